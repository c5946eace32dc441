/* bench-ui.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bench-ui.h"
#include "ui/paraat-grid.h"

char *
bench_generate_region (const char         *generate_path,
                       const char * const *args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("paraat-bench-XXXXXX", &error);
  char *path;
  int status = 0;

  if (dir == NULL)
    {
      g_printerr ("bench: %s\n", error->message);
      return NULL;
    }
  path = g_build_filename (dir, "region.db", NULL);

  g_ptr_array_add (argv, (gpointer) generate_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, path);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      g_free (path);
      return NULL;
    }
  return path;
}

void
bench_remove_region (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
}

typedef struct
{
  gint64 started;
  gint64 finished;
} Frame;

static void
before_paint_cb (GdkFrameClock *clock,
                 Frame         *frame)
{
  if (frame->started == 0)
    frame->started = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->started != 0)
    frame->finished = g_get_monotonic_time ();
}

double
bench_wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frame frame = { 0, 0 };
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frame);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);

  gtk_widget_queue_draw (widget);
  while (frame.finished == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);

  return (frame.finished - frame.started) / 1e3;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

void
bench_report (const char *what,
              const char *unit,
              GArray     *times)
{
  double sum = 0;

  if (times->len == 0)
    return;

  g_array_sort (times, compare_doubles);
  for (guint i = 0; i < times->len; i++)
    sum += g_array_index (times, double, i);

  g_print ("%-28s %s %4u  median %6.2f ms  mean %6.2f ms  max %6.2f ms\n",
           what, unit, times->len,
           g_array_index (times, double, times->len / 2),
           sum / times->len,
           g_array_index (times, double, times->len - 1));
}

GtkAdjustment *
bench_find_grid_vadjustment (GtkWidget *widget)
{
  if (PARAAT_IS_GRID (widget))
    return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (paraat_grid_get_list_view (PARAAT_GRID (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *found = bench_find_grid_vadjustment (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
bench_scroll (GtkWidget     *window,
              GtkAdjustment *adjustment,
              const char    *what)
{
  /* A fast fling (half a screen per frame) and smooth scrolling (an eighth). */
  for (int pass = 0; pass < 2; pass++)
    {
      double step = pass == 0 ? 0.5 : 0.125;
      g_autoptr (GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
      guint dropped = 0;

      gtk_adjustment_set_value (adjustment, 0);
      bench_wait_for_paint (window);
      while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
             gtk_adjustment_get_upper (adjustment) - 1)
        {
          double ms;

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                                gtk_adjustment_get_page_size (adjustment) * step);
          ms = bench_wait_for_paint (window);
          dropped += ms > 1000.0 / 60;
          g_array_append_val (frames, ms);
        }

      g_print ("scrolling %s, %s of a screen per frame (target: every frame under 16.7 ms):\n",
               what, pass == 0 ? "half" : "an eighth");
      bench_report ("frame", "frames", frames);
      g_print ("%u of %u frames over 16.7 ms\n", dropped, frames->len);
    }
}
