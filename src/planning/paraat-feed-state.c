/* paraat-feed-state.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-feed-state.h"

void
paraat_feed_outcome_init (ParaatFeedOutcome *outcome)
{
  outcome->sequences = g_array_new (FALSE, FALSE, sizeof (int));
  outcome->modified = g_array_new (FALSE, FALSE, sizeof (gint64));
  outcome->cancelled = g_array_new (FALSE, FALSE, sizeof (ParaatFeedItemState));
  outcome->writes = g_array_new (FALSE, FALSE, sizeof (ParaatFeedItemState));
  outcome->dropped = g_ptr_array_new ();
}

void
paraat_feed_outcome_clear (ParaatFeedOutcome *outcome)
{
  g_clear_pointer (&outcome->sequences, g_array_unref);
  g_clear_pointer (&outcome->modified, g_array_unref);
  g_clear_pointer (&outcome->cancelled, g_array_unref);
  g_clear_pointer (&outcome->writes, g_array_unref);
  g_clear_pointer (&outcome->dropped, g_ptr_array_unref);
}

GHashTable *
paraat_feed_states_by_feed (GArray *states)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < states->len; i++)
    {
      ParaatFeedItemState *state = &g_array_index (states, ParaatFeedItemState, i);
      GPtrArray *group = g_hash_table_lookup (index, state->feed_key);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (index, (gpointer) state->feed_key, group);
        }
      g_ptr_array_add (group, state);
    }
  return index;
}

static int
compare_state_start (gconstpointer a,
                     gconstpointer b)
{
  const ParaatFeedItemState *x = a;
  const ParaatFeedItemState *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  return g_strcmp0 (x->uid, y->uid);
}

void
paraat_feed_reconcile (const char              *feed_key,
                       const ParaatFeedCurrent *current,
                       guint                    n_current,
                       GPtrArray               *before_states,
                       gint64                   now,
                       gint64                   horizon_start,
                       ParaatFeedOutcome       *outcome)
{
  g_autoptr (GHashTable) states = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint first_cancelled = outcome->cancelled->len;

  g_return_if_fail (feed_key != NULL);

  for (guint i = 0; before_states != NULL && i < before_states->len; i++)
    {
      const ParaatFeedItemState *state = g_ptr_array_index (before_states, i);

      g_hash_table_insert (states, (gpointer) state->uid, (gpointer) state);
    }

  for (guint i = 0; i < n_current; i++)
    {
      const ParaatFeedCurrent *item = &current[i];
      const ParaatFeedItemState *before = g_hash_table_lookup (states, item->uid);
      int sequence = 0;
      gint64 modified = now;
      gboolean write = TRUE;

      g_hash_table_add (seen, (gpointer) item->uid);

      if (before != NULL)
        {
          gboolean same = before->removed_at == 0 && g_strcmp0 (before->digest, item->digest) == 0;

          sequence = same ? before->sequence : before->sequence + 1;
          modified = same ? before->modified_at : now;
          /* The moment and summary are in the digest: unchanged means the
           * record holds them already. */
          write = !same || g_strcmp0 (before->feed_key, feed_key) != 0;
        }

      g_array_append_val (outcome->sequences, sequence);
      g_array_append_val (outcome->modified, modified);
      if (write)
        {
          ParaatFeedItemState state = {
            .uid = item->uid,
            .feed_key = feed_key,
            .digest = item->digest,
            .sequence = sequence,
            .modified_at = modified,
            .removed_at = 0,
            .starts_at = item->starts_at,
            .ends_at = item->ends_at,
            .all_day = item->all_day,
            .summary = item->summary,
          };

          g_array_append_val (outcome->writes, state);
        }
    }

  for (guint i = 0; before_states != NULL && i < before_states->len; i++)
    {
      const ParaatFeedItemState *before = g_ptr_array_index (before_states, i);
      ParaatFeedItemState state;

      if (g_hash_table_contains (seen, before->uid))
        continue;

      if (before->removed_at == 0 && before->ends_at <= horizon_start)
        {
          /* Slid into the past: not removed, just no longer shown. */
          g_ptr_array_add (outcome->dropped, (gpointer) before->uid);
          continue;
        }
      if (before->removed_at > 0 && now - before->removed_at > PARAAT_FEED_CANCELLED_SECONDS)
        {
          g_ptr_array_add (outcome->dropped, (gpointer) before->uid);
          continue;
        }

      state = *before;
      if (before->removed_at == 0)
        {
          state.sequence = before->sequence + 1;
          state.modified_at = now;
          state.removed_at = now;
          g_array_append_val (outcome->writes, state);
        }
      g_array_append_val (outcome->cancelled, state);
    }

  /* The text of a feed must not depend on the order of the records. */
  if (outcome->cancelled->len > first_cancelled + 1)
    {
      ParaatFeedItemState *part = &g_array_index (outcome->cancelled, ParaatFeedItemState, first_cancelled);

      qsort (part, outcome->cancelled->len - first_cancelled, sizeof (ParaatFeedItemState), compare_state_start);
    }
}
