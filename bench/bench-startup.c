/* bench-startup.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/paraat-store.h"

/* Time from process start to the first rendered frame of the main window,
 * on an empty organisation, the demo and a large synthetic region. The app
 * prints "first-frame <monotonic µs>" when PARAAT_BENCH_FIRST_FRAME is set
 * and quits; CLOCK_MONOTONIC is shared between processes, so the difference
 * with the moment of spawning is the startup time. Needs a display. */

static char *paraat_path;
static char *generate_path;
static int runs = 5;
static char *keep_dir;

static const GOptionEntry entries[] = {
  { "paraat", 0, 0, G_OPTION_ARG_FILENAME, &paraat_path, "The paraat executable", "PATH" },
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "The bench-generate executable", "PATH" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per database (the median is printed)", "N" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &keep_dir, "Keep the databases in DIR (reused when present)", "DIR" },
  G_OPTION_ENTRY_NULL
};

static gboolean
run_command (const char * const *argv,
             GError            **error)
{
  g_autoptr (GSubprocess) process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, error);

  if (process == NULL)
    return FALSE;
  return g_subprocess_wait_check (process, NULL, error);
}

static gboolean
ensure_database (const char  *path,
                 const char  *kind,
                 GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_str_equal (kind, "empty"))
    {
      g_autoptr (ParaatStore) store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, error);
      g_autoptr (ParaatOrganisation) organisation = paraat_organisation_new ();

      if (store == NULL)
        return FALSE;
      paraat_organisation_set_name (organisation, "Gemeente Leeg");
      return paraat_store_save_organisation (store, organisation, error);
    }
  else if (g_str_equal (kind, "demo"))
    {
      const char *argv[] = { generate_path, "--demo", path, NULL };
      return run_command (argv, error);
    }
  else
    {
      const char *argv[] = { generate_path, path, NULL };
      return run_command (argv, error);
    }
}

/* One start of the app: microseconds to its first frame, or -1. */
static gint64
measure_once (const char  *database,
              GError     **error)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GDataInputStream) input = NULL;
  g_autofree char *line = NULL;
  gint64 spawned, painted = -1;

  g_subprocess_launcher_setenv (launcher, "PARAAT_BENCH_FIRST_FRAME", "1", TRUE);

  spawned = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, error, paraat_path, "--database", database, NULL);
  if (process == NULL)
    return -1;

  input = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (input, NULL, NULL, error)) != NULL)
    {
      if (g_str_has_prefix (line, "first-frame "))
        painted = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
      g_clear_pointer (&line, g_free);
    }

  if (!g_subprocess_wait_check (process, NULL, error))
    return -1;
  if (painted < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "paraat did not report a first frame");
      return -1;
    }
  return painted - spawned;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  static const char * const kinds[] = { "empty", "demo", "large" };
  g_autoptr (GOptionContext) context = g_option_context_new ("— measure time to the first frame");
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  double medians[G_N_ELEMENTS (kinds)];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || paraat_path == NULL || generate_path == NULL)
    {
      g_printerr ("usage: bench-startup --paraat PATH --generate PATH [--runs N] [--dir DIR]\n");
      return 2;
    }

  dir = keep_dir != NULL ? g_strdup (keep_dir) : g_dir_make_tmp ("paraat-bench-XXXXXX", &error);
  if (dir == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("bench-startup: no folder for the databases\n");
      return 1;
    }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("%s.db", kinds[k]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr (GString) all = g_string_new (NULL);

      if (!ensure_database (path, kinds[k], &error))
        {
          g_printerr ("bench-startup: %s: %s\n", kinds[k], error->message);
          return 1;
        }

      /* One warm-up start fills the page cache, as on a desk where the app
       * was used before; it is not counted. */
      if (measure_once (path, &error) < 0)
        {
          g_printerr ("bench-startup: %s: %s\n", kinds[k], error->message);
          return 1;
        }

      for (int r = 0; r < runs; r++)
        {
          gint64 t = measure_once (path, &error);

          if (t < 0)
            {
              g_printerr ("bench-startup: %s: %s\n", kinds[k], error->message);
              return 1;
            }
          g_array_append_val (times, t);
          g_string_append_printf (all, "%s%.0f", r ? " " : "", t / 1000.0);
        }
      g_array_sort (times, compare_gint64);
      medians[k] = g_array_index (times, gint64, times->len / 2) / 1000.0;
      g_print ("first frame, %-5s database: %6.1f ms median of %d (runs: %s ms)\n",
               kinds[k], medians[k], runs, all->str);
    }

  g_print ("large / empty: %.2f (target: at most 1.20)\n", medians[2] / medians[0]);
  g_print ("demo / empty:  %.2f\n", medians[1] / medians[0]);

  if (keep_dir == NULL)
    {
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *name = g_strdup_printf ("%s.db", kinds[k]);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);

          g_remove (path);
          g_remove (wal);
          g_remove (shm);
        }
      g_rmdir (dir);
    }
  return 0;
}
