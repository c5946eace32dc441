/* bench-filter.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bench-ui.h"
#include "store/paraat-store.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-ui.h"

/* Search as you type on the organisation page with a large register: writes
 * a region of --people people with bench-generate, shows the page in a
 * window, and types queries one character at a time. For every keystroke it
 * measures the filtering itself (what happens before the next frame can be
 * drawn) and the filtering plus the next painted frame. Target: under one
 * frame (16 ms) per keystroke. Needs a display (run under xvfb-run). */

static int people = 10000;
static char *generate_path;

static const GOptionEntry entries[] = {
  { "people", 0, 0, G_OPTION_ARG_INT, &people, "Number of people", "N" },
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Path of bench-generate", "PATH" },
  G_OPTION_ENTRY_NULL
};

static const char * const queries[] = {
  "voorbeeldsma anna",
  "0612",
  "f042",
  "piketsma",
};

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time search as you type");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GArray) filter_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  g_autofree char *people_arg = NULL;
  GtkWidget *window;
  GtkWidget *page;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generate_path == NULL)
    {
      g_printerr ("usage: bench-filter --generate PATH [--people N]\n");
      return 2;
    }

  people_arg = g_strdup_printf ("%d", people);

  start = g_get_monotonic_time ();
  {
    const char *generate_args[] = { "--people", people_arg, "--years", "1", "--sessions", "100",
                                    "--events", "10", NULL };

    path = bench_generate_region (generate_path, generate_args);
    if (path == NULL)
      return 1;
  }
  g_print ("generated %d people in %.1f s\n", people, (g_get_monotonic_time () - start) / 1e6);

  adw_init ();
  paraat_ui_init ();

  store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("bench-filter: %s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = paraat_organisation_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  start = g_get_monotonic_time ();
  paraat_organisation_page_set_store (PARAAT_ORGANISATION_PAGE (page), store);
  while (paraat_organisation_page_is_loading (PARAAT_ORGANISATION_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  bench_wait_for_paint (window);
  g_print ("page loaded and drawn in %.1f ms, %u people listed\n",
           (g_get_monotonic_time () - start) / 1e3,
           paraat_organisation_page_get_n_shown (PARAAT_ORGANISATION_PAGE (page), "people"));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      for (gsize length = 1; length <= strlen (queries[q]); length++)
        {
          g_autofree char *typed = g_strndup (queries[q], length);
          gint64 before = g_get_monotonic_time ();
          double filtered;

          paraat_organisation_page_set_search (PARAAT_ORGANISATION_PAGE (page), typed);
          filtered = (g_get_monotonic_time () - before) / 1e3;
          g_array_append_val (filter_times, filtered);
          g_array_append_val (frame_times, (double) { filtered + bench_wait_for_paint (window) });
        }

      g_print ("\"%s\": %u people shown\n", queries[q],
               paraat_organisation_page_get_n_shown (PARAAT_ORGANISATION_PAGE (page), "people"));

      /* Deleting what was typed widens the list again, one key at a time. */
      for (gsize length = strlen (queries[q]); length-- > 0;)
        {
          g_autofree char *typed = g_strndup (queries[q], length);
          gint64 before = g_get_monotonic_time ();
          double filtered;

          paraat_organisation_page_set_search (PARAAT_ORGANISATION_PAGE (page), typed);
          filtered = (g_get_monotonic_time () - before) / 1e3;
          g_array_append_val (filter_times, filtered);
          g_array_append_val (frame_times, (double) { filtered + bench_wait_for_paint (window) });
        }
    }

  g_print ("people: %d (target: under 16 ms per keystroke)\n", people);
  bench_report ("filter", "keystrokes", filter_times);
  bench_report ("filter + frame drawn", "keystrokes", frame_times);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  bench_remove_region (path);
  return 0;
}
