/* bench-ui.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the benchmarks of pages share: a generated region in a temporary
 * folder, the time a frame takes, and a line of figures. */

/* Runs bench-generate at @generate_path with @args (NULL-terminated) into a
 * new temporary folder; returns the database's path, or NULL after printing
 * why. */
char   *bench_generate_region (const char        *generate_path,
                               const char * const *args);
/* Removes the database at @path, the files SQLite keeps beside it, and its folder. */
void    bench_remove_region   (const char        *path);

/* Waits for the next frame of @widget's window and returns the time the
 * frame itself took (layout and drawing), in ms. */
double  bench_wait_for_paint  (GtkWidget         *widget);

/* "what   count N  median … mean … max …" of @times (ms), sorted in place. */
void    bench_report          (const char        *what,
                               const char        *unit,
                               GArray            *times);

/* The vertical adjustment of the first ParaatGrid under @widget. */
GtkAdjustment *bench_find_grid_vadjustment (GtkWidget *widget);

/* Scrolls @adjustment from top to bottom twice, half and an eighth of a
 * screen per frame, and prints the frame times of each pass. */
void    bench_scroll          (GtkWidget         *window,
                               GtkAdjustment     *adjustment,
                               const char        *what);

G_END_DECLS
