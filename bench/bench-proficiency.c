/* bench-proficiency.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bench-ui.h"
#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-oto-page.h"
#include "ui/paraat-ui.h"

/* Proficiency on the large region: 2,000 people, 100 functions, 5 years of
 * 5,000 sessions with their attendance. Prints how long reading the facts
 * takes, how long the matrix's proficiency takes to compute (target: under
 * 50 ms), and the frames of scrolling the matrix on the OTO page. */

static char *generate_path;

static const GOptionEntry entries[] = {
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Path of bench-generate", "PATH" },
  G_OPTION_ENTRY_NULL
};

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time proficiency and the matrix");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GArray) compute = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) reads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  g_autofree char *first_year = g_strdup_printf ("%d", g_date_time_get_year (now) - 4);
  guint n_cells = 0, n_records = 0;
  GtkWidget *window, *page;
  GtkAdjustment *adjustment;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generate_path == NULL)
    {
      g_printerr ("usage: bench-proficiency --generate PATH\n");
      return 2;
    }

  start = g_get_monotonic_time ();
  {
    const char *generate_args[] = { "--years", "5", "--first-year", first_year, "--events", "10", NULL };

    path = bench_generate_region (generate_path, generate_args);
    if (path == NULL)
      return 1;
  }
  g_print ("generated the region (2,000 people, 100 functions, 5,000 sessions over 5 years) in %.1f s\n",
           (g_get_monotonic_time () - start) / 1e6);

  store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL)
    {
      g_printerr ("bench-proficiency: %s\n", error->message);
      return 1;
    }

  /* Reading (SQLite) and computing (the rules) apart, ten runs each. */
  for (int run = 0; run < 10; run++)
    {
      g_autoptr (ParaatProficiencyIndex) index = NULL;
      g_autoptr (GListModel) assignments = NULL;
      guint32 today = paraat_day_of_instant (g_get_real_time () / G_USEC_PER_SEC, tz);
      gint64 t0 = g_get_monotonic_time (), t1;
      double ms;

      index = paraat_proficiency_index_new (store, tz, &error);
      assignments = paraat_store_list_assignments (store, 0, 0, &error);
      if (index == NULL || assignments == NULL)
        {
          g_printerr ("bench-proficiency: %s\n", error->message);
          return 1;
        }
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1e3;
      g_array_append_val (reads, ms);

      n_cells = 0;
      for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
        {
          g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
          g_autoptr (ParaatProficiency) proficiency =
            paraat_proficiency_index_evaluate (index, paraat_assignment_get_person_id (assignment),
                                               paraat_assignment_get_function_id (assignment), today);

          n_cells += proficiency != NULL;
        }
      ms = (g_get_monotonic_time () - t1) / 1e3;
      g_array_append_val (compute, ms);
      n_records = paraat_proficiency_index_get_facts (index)->records->len;
    }
  g_print ("%u attendance records, %u people × their functions\n", n_records, n_cells);
  bench_report ("read requirements, attendance and assignments", "runs", reads);
  bench_report ("compute the matrix (target: under 50 ms)", "runs", compute);

  adw_init ();
  paraat_ui_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = paraat_oto_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  bench_wait_for_paint (window);

  start = g_get_monotonic_time ();
  paraat_oto_page_set_store (PARAAT_OTO_PAGE (page), store);
  paraat_oto_page_show_view (PARAAT_OTO_PAGE (page), "proficiency");
  bench_wait_for_paint (window);
  g_print ("OTO page loaded (sessions, lessons, year plan and matrix) and drawn in %.1f ms: %u people in the matrix\n",
           (g_get_monotonic_time () - start) / 1e3, paraat_oto_page_get_n_people (PARAAT_OTO_PAGE (page)));

  for (int i = 0; i < 5; i++)
    bench_wait_for_paint (window);
  adjustment = bench_find_grid_vadjustment (page);
  if (adjustment == NULL)
    {
      g_printerr ("bench-proficiency: no grid on the page\n");
      return 1;
    }
  bench_scroll (window, adjustment, "the matrix");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  bench_remove_region (path);
  return 0;
}
