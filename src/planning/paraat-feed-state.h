/* paraat-feed-state.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-feed.h"

G_BEGIN_DECLS

/* How long a removed item stays in its feed as STATUS:CANCELLED, so that
 * subscribers' calendars drop it rather than keep a stale copy. */
#define PARAAT_FEED_CANCELLED_SECONDS (30 * 86400)

/* One item as its feed would publish it now. */
typedef struct
{
  const char *uid;
  const char *digest;       /* of everything a subscriber sees */
  gint64      starts_at;
  gint64      ends_at;
  gboolean    all_day;
  const char *summary;
} ParaatFeedCurrent;

typedef struct
{
  GArray    *sequences;     /* int, per current item */
  GArray    *modified;      /* gint64, per current item: LAST-MODIFIED */
  GArray    *cancelled;     /* ParaatFeedItemState to publish as CANCELLED, by start */
  GArray    *writes;        /* ParaatFeedItemState to record (new, changed, removed) */
  GPtrArray *dropped;       /* UIDs (not owned) to forget */
} ParaatFeedOutcome;

void paraat_feed_outcome_init  (ParaatFeedOutcome *outcome);
void paraat_feed_outcome_clear (ParaatFeedOutcome *outcome);

/* Compares what the feed @feed_key publishes now (@current, UIDs unique)
 * with what it published before (@before: its ParaatFeedItemState, see
 * paraat_feed_states_by_feed()) and works out, at @now:
 *   - an item seen before unchanged keeps its SEQUENCE and LAST-MODIFIED;
 *   - a changed one (other digest, or back after removal) gets SEQUENCE + 1;
 *   - a new one starts at 0;
 *   - one that is gone is published as CANCELLED with SEQUENCE + 1 for
 *     PARAAT_FEED_CANCELLED_SECONDS, then forgotten; one that only slid out
 *     of the horizon (ended before @horizon_start) is forgotten at once.
 * Pure: the caller records @outcome->writes and ->dropped when it wants the
 * next run to see them. Appends to @outcome. */
void paraat_feed_reconcile (const char              *feed_key,
                            const ParaatFeedCurrent *current,
                            guint                    n_current,
                            GPtrArray               *before,
                            gint64                   now,
                            gint64                   horizon_start,
                            ParaatFeedOutcome       *outcome);

/* @states (ParaatFeedItemState) grouped by feed: feed key → GPtrArray of
 * pointers into @states, for paraat_feed_reconcile(). */
GHashTable *paraat_feed_states_by_feed (GArray *states);

G_END_DECLS
