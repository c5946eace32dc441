/* bench-roster-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bench-ui.h"
#include "store/paraat-store.h"
#include "ui/paraat-roster-page.h"
#include "ui/paraat-ui.h"

/* The Piket page on a large region: 100 functions with rotations and five
 * years of weekly shifts (two years back, two ahead, as the page shows them).
 * Times loading the page, then scrolls from the first week to the last, half
 * a screen per frame, and times every frame. Target (issue 4): five years
 * scroll without dropped frames, that is every frame under 16.7 ms. Needs a
 * display (run under xvfb-run). */

static char *generate_path;
static int functions = 100;

static const GOptionEntry entries[] = {
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Path of bench-generate", "PATH" },
  { "functions", 0, 0, G_OPTION_ARG_INT, &functions, "Number of functions", "N" },
  G_OPTION_ENTRY_NULL
};

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time scrolling the roster");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *path = NULL;
  g_autofree char *first_year = g_strdup_printf ("%d", g_date_time_get_year (now) - 2);
  g_autofree char *functions_arg = NULL;
  GtkWidget *window, *page;
  GtkAdjustment *adjustment;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generate_path == NULL)
    {
      g_printerr ("usage: bench-roster-page --generate PATH\n");
      return 2;
    }

  functions_arg = g_strdup_printf ("%d", functions);
  start = g_get_monotonic_time ();
  {
    const char *generate_args[] = { "--years", "5", "--first-year", first_year, "--sessions", "100",
                                    "--events", "10", "--functions", functions_arg, NULL };

    path = bench_generate_region (generate_path, generate_args);
    if (path == NULL)
      return 1;
  }
  g_print ("generated the region (2,000 people, %d functions, 5 years of shifts) in %.1f s\n",
           functions, (g_get_monotonic_time () - start) / 1e6);

  adw_init ();
  paraat_ui_init ();

  store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("bench-roster-page: %s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = paraat_roster_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  start = g_get_monotonic_time ();
  paraat_roster_page_set_store (PARAAT_ROSTER_PAGE (page), store);
  while (paraat_roster_page_is_loading (PARAAT_ROSTER_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  bench_wait_for_paint (window);
  g_print ("page loaded and drawn in %.1f ms: %u weeks × %u functions\n",
           (g_get_monotonic_time () - start) / 1e3,
           paraat_roster_page_get_n_weeks (PARAAT_ROSTER_PAGE (page)),
           paraat_roster_page_get_n_columns (PARAAT_ROSTER_PAGE (page)));

  g_print ("%u widgets on the page; renderer %s (under Xvfb the GL renderer runs on Mesa's software "
           "rasteriser: GSK_RENDERER=cairo shows what the CPU drawing costs)\n", count_widgets (page),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* Let the page scroll to this week first, then start at the top. */
  for (int i = 0; i < 5; i++)
    bench_wait_for_paint (window);
  adjustment = bench_find_grid_vadjustment (page);
  if (adjustment == NULL)
    {
      g_printerr ("bench-roster-page: no grid on the page\n");
      return 1;
    }
  bench_scroll (window, adjustment, "five years");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  bench_remove_region (path);
  return 0;
}
