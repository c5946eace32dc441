/* paraat-feed.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/paraat-feed.h"

static const char * const scope_names[] = { "person", "function", "team", "events", "oto" };

const char *
paraat_feed_scope_to_string (ParaatFeedScope scope)
{
  g_return_val_if_fail ((guint) scope < G_N_ELEMENTS (scope_names), NULL);

  return scope_names[scope];
}

gboolean
paraat_feed_scope_from_string (const char      *text,
                               ParaatFeedScope *scope)
{
  for (guint i = 0; i < G_N_ELEMENTS (scope_names); i++)
    if (g_strcmp0 (text, scope_names[i]) == 0)
      {
        *scope = (ParaatFeedScope) i;
        return TRUE;
      }
  return FALSE;
}

char *
paraat_feed_key (ParaatFeedScope scope,
                 gint64          scope_id)
{
  if (scope == PARAAT_FEED_EVENTS || scope == PARAAT_FEED_OTO)
    return g_strdup (paraat_feed_scope_to_string (scope));
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, paraat_feed_scope_to_string (scope), scope_id);
}

ParaatFeedFacts *
paraat_feed_facts_new (void)
{
  ParaatFeedFacts *facts = g_new0 (ParaatFeedFacts, 1);

  facts->strings = g_string_chunk_new (64 * 1024);
  facts->people = g_array_new (FALSE, FALSE, sizeof (ParaatFeedPerson));
  facts->functions = g_array_new (FALSE, FALSE, sizeof (ParaatFeedFunction));
  facts->teams = g_array_new (FALSE, FALSE, sizeof (ParaatFeedTeam));
  facts->shifts = g_array_new (FALSE, FALSE, sizeof (ParaatFeedShift));
  facts->sessions = g_array_new (FALSE, FALSE, sizeof (ParaatFeedSession));
  facts->invites = g_array_new (FALSE, FALSE, sizeof (ParaatFeedInvite));
  facts->holders = g_array_new (FALSE, FALSE, sizeof (ParaatFeedHolder));
  facts->events = g_array_new (FALSE, FALSE, sizeof (ParaatFeedEvent));
  facts->schouws = g_array_new (FALSE, FALSE, sizeof (ParaatFeedSchouw));
  facts->schouw_people = g_array_new (FALSE, FALSE, sizeof (ParaatFeedSchouwPerson));
  facts->feeds = g_array_new (FALSE, FALSE, sizeof (ParaatFeedRow));
  facts->states = g_array_new (FALSE, FALSE, sizeof (ParaatFeedItemState));
  return facts;
}

void
paraat_feed_facts_free (ParaatFeedFacts *facts)
{
  if (facts == NULL)
    return;
  g_string_chunk_free (facts->strings);
  g_array_unref (facts->people);
  g_array_unref (facts->functions);
  g_array_unref (facts->teams);
  g_array_unref (facts->shifts);
  g_array_unref (facts->sessions);
  g_array_unref (facts->invites);
  g_array_unref (facts->holders);
  g_array_unref (facts->events);
  g_array_unref (facts->schouws);
  g_array_unref (facts->schouw_people);
  g_array_unref (facts->feeds);
  g_array_unref (facts->states);
  g_free (facts);
}

const char *
paraat_feed_facts_keep (ParaatFeedFacts *facts,
                        const char      *text)
{
  return text != NULL ? g_string_chunk_insert_const (facts->strings, text) : NULL;
}
