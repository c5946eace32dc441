/* paraat-feed.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/paraat-feed.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The calendar feeds (DESIGN.md "iCalendar feeds"): per person their piket,
 * the OTO sessions they are invited to; per function and per team the
 * roster with names; the event calendar with the schouw appointments; and
 * the OTO year plan. A feed shows the past 90 days and the next 12 months. */

#define PARAAT_FEED_PAST_SECONDS   (90 * 86400)
#define PARAAT_FEED_FUTURE_SECONDS (365 * 86400)

#define PARAAT_FEED_ERROR (paraat_feed_error_quark ())

typedef enum
{
  PARAAT_FEED_ERROR_NOT_FOUND,      /* no such person, function or team */
  PARAAT_FEED_ERROR_FAILED,
} ParaatFeedError;

GQuark paraat_feed_error_quark (void);

/* Many feeds made from one read of the store: build it once, generate each
 * feed, then record what they published so the next run can tell changed
 * and removed items (SEQUENCE, CANCELLED). */
typedef struct _ParaatFeedSet ParaatFeedSet;

ParaatFeedSet   *paraat_feed_set_new       (ParaatStore      *store,
                                            gint64            now,
                                            GError          **error);
void             paraat_feed_set_free      (ParaatFeedSet    *self);
ParaatFeedFacts *paraat_feed_set_get_facts (ParaatFeedSet    *self);
/* The iCalendar text of one feed, or NULL with @error set (an unknown
 * person, function or team). @n_events, when given, counts its VEVENTs. */
char            *paraat_feed_set_generate  (ParaatFeedSet    *self,
                                            ParaatFeedScope   scope,
                                            gint64            scope_id,
                                            gsize            *length,
                                            guint            *n_events,
                                            GError          **error);
/* The feed in use (not revoked) whose token hashes to @token_hash. */
const ParaatFeedRow *paraat_feed_set_find  (ParaatFeedSet    *self,
                                            const char       *token_hash);
/* Writes what the feeds generated so far published, for the next run. */
gboolean         paraat_feed_set_record    (ParaatFeedSet    *self,
                                            ParaatStore      *store,
                                            GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatFeedSet, paraat_feed_set_free)

/* Publishing as static files: DIR/<token>.ics, one per feed. The database
 * keeps only hashes of tokens, so the folder itself remembers them: a file
 * is written when its feed is made (paraat_feed_publish_one()), and each
 * publish rewrites every file whose name is the token of a feed in use and
 * removes those of revoked or unknown tokens. Other files are left alone. */
typedef struct
{
  guint   feeds;
  guint   written;      /* the feeds that changed (the others' files stay as they are) */
  guint   events;
  guint64 bytes;
  guint   removed;
} ParaatFeedPublishStats;

gboolean paraat_feed_publish     (ParaatStore             *store,
                                  const char              *dir,
                                  gint64                   now,
                                  ParaatFeedPublishStats  *stats,
                                  GError                 **error);
/* Writes the one feed of @token (just made) into @dir. */
gboolean paraat_feed_publish_one (ParaatStore             *store,
                                  const char              *dir,
                                  const char              *token,
                                  gint64                   now,
                                  GError                 **error);

/* A new link for the feed of @scope and @scope_id, replacing the one it had
 * (revoked in the same step), its file written into the publish folder when
 * one is set. Returns the token, to be shown once; NULL with @error set. */
char    *paraat_feed_subscribe   (ParaatStore             *store,
                                  ParaatFeedScope          scope,
                                  gint64                   scope_id,
                                  gint64                   now,
                                  GError                 **error);
/* "https://host/feed/TOKEN.ics", or with @webcal "webcal://host/feed/
 * TOKEN.ics"; NULL when no base URL is set. */
char    *paraat_feed_url         (const char              *base_url,
                                  const char              *token,
                                  gboolean                 webcal);

G_END_DECLS
