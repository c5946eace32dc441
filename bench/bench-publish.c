/* bench-publish.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bench-ui.h"
#include "feed/paraat-feed.h"
#include "feed/paraat-feed-token.h"

/* Publishing every calendar of a safety region (2,000 people, 100 functions
 * with weekly shifts, 5,000 sessions, 500 events): a feed per person, per
 * function and per team, the event calendar and the OTO year plan. The
 * first run records every item; later runs find them unchanged. Target:
 * under 1 second for all feeds. */

#define RUNS 5

static char *generate_path;

static const GOptionEntry entries[] = {
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Path of bench-generate", "PATH" },
  G_OPTION_ENTRY_NULL
};

#define CHECK(expr) G_STMT_START { if (!(expr)) { g_printerr ("bench-publish: %s\n", error->message); return 1; } } G_STMT_END

static gboolean
add_feed (ParaatStore      *store,
          const char       *dir,
          ParaatFeedScope   scope,
          gint64            scope_id,
          GError          **error)
{
  g_autofree char *token = paraat_feed_token_new (error);
  g_autofree char *hash = NULL;
  g_autofree char *path = NULL;

  if (token == NULL)
    return FALSE;
  hash = paraat_feed_token_hash (token);
  if (paraat_store_add_feed (store, scope, scope_id, hash, error) == 0)
    return FALSE;
  /* The folder remembers the token: an empty file until the publish. */
  path = g_strdup_printf ("%s/%s.ics", dir, token);
  return g_file_set_contents (path, "", 0, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time publishing every calendar feed");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GDateTime) now_time = g_date_time_new_now_local ();
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *first_year = g_strdup_printf ("%d", g_date_time_get_year (now_time) - 1);
  const char *args[] = { "--first-year", first_year, "--years", "3", NULL };
  gint64 now = g_date_time_to_unix (now_time);
  ParaatFeedFacts *facts;
  g_autoptr (GDir) folder = NULL;
  const char *name;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generate_path == NULL)
    {
      g_printerr ("bench-publish: %s\n", error != NULL ? error->message : "--generate PATH is required");
      return 1;
    }
  path = bench_generate_region (generate_path, args);
  if (path == NULL)
    return 1;
  store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, &error);
  CHECK (store != NULL);
  dir = g_dir_make_tmp ("paraat-publish-XXXXXX", &error);
  CHECK (dir != NULL);

  /* A feed for everyone and everything. */
  {
    g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (store, now, &error);

    CHECK (set != NULL);
    facts = paraat_feed_set_get_facts (set);
    CHECK (paraat_store_begin (store, &error));
    for (guint i = 0; i < facts->people->len; i++)
      CHECK (add_feed (store, dir, PARAAT_FEED_PERSON, g_array_index (facts->people, ParaatFeedPerson, i).id, &error));
    for (guint i = 0; i < facts->functions->len; i++)
      CHECK (add_feed (store, dir, PARAAT_FEED_FUNCTION, g_array_index (facts->functions, ParaatFeedFunction, i).id, &error));
    for (guint i = 0; i < facts->teams->len; i++)
      CHECK (add_feed (store, dir, PARAAT_FEED_TEAM, g_array_index (facts->teams, ParaatFeedTeam, i).id, &error));
    CHECK (add_feed (store, dir, PARAAT_FEED_EVENTS, 0, &error));
    CHECK (add_feed (store, dir, PARAAT_FEED_OTO, 0, &error));
    CHECK (paraat_store_commit (store, &error));
    g_print ("%u people, %u functions, %u teams; %u shifts, %u sessions, %u invitations, %u events in the horizon\n",
             facts->people->len, facts->functions->len, facts->teams->len, facts->shifts->len,
             facts->sessions->len, facts->invites->len, facts->events->len);
  }

  for (int run = 0; run < RUNS; run++)
    {
      ParaatFeedPublishStats stats = { 0 };
      gint64 start = g_get_monotonic_time ();
      double seconds;

      CHECK (paraat_feed_publish (store, dir, now + run, &stats, &error));
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_print ("publish %s: %u feeds (%u written), %u events, %.1f MB in %.3f s - %.0f events/s, %.1f MB/s\n",
               run == 0 ? "(first, records every item)" : "(unchanged)",
               stats.feeds, stats.written, stats.events, stats.bytes / 1e6, seconds,
               stats.events / seconds, stats.bytes / 1e6 / seconds);
    }

  /* Where the time goes: reading the facts, and making the text. */
  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (store, now, &error);
    gint64 read = g_get_monotonic_time ();
    guint64 bytes = 0;
    guint n_events = 0;

    CHECK (set != NULL);
    facts = paraat_feed_set_get_facts (set);
    for (guint i = 0; i < facts->feeds->len; i++)
      {
        const ParaatFeedRow *feed = &g_array_index (facts->feeds, ParaatFeedRow, i);
        gsize length = 0;
        guint n = 0;
        g_autofree char *text = paraat_feed_set_generate (set, feed->scope, feed->scope_id, &length, &n, &error);

        CHECK (text != NULL);
        bytes += length;
        n_events += n;
      }
    g_print ("of which: reading the facts %.3f s, making %u events (%.1f MB) in memory %.3f s\n",
             (read - start) / 1e6, n_events, bytes / 1e6, (g_get_monotonic_time () - read) / 1e6);
  }

  folder = g_dir_open (dir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_remove (file);
    }
  g_rmdir (dir);
  g_clear_object (&store);
  bench_remove_region (path);
  return 0;
}
