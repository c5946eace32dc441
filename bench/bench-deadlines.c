/* bench-deadlines.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/paraat-store.h"
#include "bench-ui.h"

/* The large database's 500 events with 40 checklist items each: the
 * Overzicht's deadline list (open items overdue or due in 14 days) and a
 * year of the event calendar, read from the store. Target: under 50 ms. */

static char *generate_path;

static const GOptionEntry entries[] = {
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Path of bench-generate", "PATH" },
  G_OPTION_ENTRY_NULL
};

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time the event deadlines and calendar");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GArray) deadline_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) calendar_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GDateTime) now_time = g_date_time_new_now_local ();
  g_autofree char *path = NULL;
  g_autofree char *first_year = g_strdup_printf ("%d", g_date_time_get_year (now_time) - 2);
  const char *args[] = { "--first-year", first_year, NULL };
  gint64 now = g_date_time_to_unix (now_time);
  ParaatStoreCounts counts;
  guint n_deadlines = 0, n_events = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generate_path == NULL)
    {
      g_printerr ("bench-deadlines: %s\n", error != NULL ? error->message : "--generate PATH is required");
      return 1;
    }
  path = bench_generate_region (generate_path, args);
  if (path == NULL)
    return 1;
  store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !paraat_store_get_counts (store, &counts, &error))
    {
      g_printerr ("bench-deadlines: %s\n", error->message);
      return 1;
    }
  g_print ("%u events with %u checklist items\n", counts.events, counts.event_tasks);

  for (int run = 0; run < 20; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GArray) deadlines = paraat_store_read_deadlines (store, now + 14 * 86400, &error);
      double ms = (g_get_monotonic_time () - start) / 1e3;
      g_autoptr (GListModel) events = NULL;

      if (deadlines == NULL)
        {
          g_printerr ("bench-deadlines: %s\n", error->message);
          return 1;
        }
      n_deadlines = deadlines->len;
      g_array_append_val (deadline_times, ms);

      start = g_get_monotonic_time ();
      events = paraat_store_list_events (store, now - 183 * 86400, now + 183 * 86400, &error);
      ms = (g_get_monotonic_time () - start) / 1e3;
      if (events == NULL)
        {
          g_printerr ("bench-deadlines: %s\n", error->message);
          return 1;
        }
      n_events = g_list_model_get_n_items (events);
      g_array_append_val (calendar_times, ms);
    }

  g_print ("deadlines: %u open items overdue or due in 14 days (target: under 50 ms)\n", n_deadlines);
  bench_report ("read deadlines", "runs", deadline_times);
  g_print ("event calendar: %u events in the year around today (target: under 50 ms)\n", n_events);
  bench_report ("read a year of events", "runs", calendar_times);

  g_clear_object (&store);
  bench_remove_region (path);
  return 0;
}
