/* paraat-grid.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How a cell's text is coloured. The text itself must say the same (an icon
 * or a word): colour alone is not read by everyone. */
typedef enum {
  PARAAT_GRID_TONE_NORMAL,
  PARAAT_GRID_TONE_DIM,
  PARAAT_GRID_TONE_SUCCESS,
  PARAAT_GRID_TONE_WARNING,
  PARAAT_GRID_TONE_ERROR,
} ParaatGridTone;

/* What the grid asks its owner. @item is an item of the model, or NULL for
 * the header row. Returned strings are freed by the grid. */
typedef struct {
  /* The row's label in the first column; *@strong makes it bold, and
   * *@highlight shades the whole row. */
  char  *(*label)    (gpointer        item,
                      gboolean       *strong,
                      gboolean       *highlight,
                      gpointer        data);
  /* A cell (the column's title for the header): one line per "\n". */
  char  *(*cell)     (gpointer        item,
                      guint           column,
                      ParaatGridTone *tone,
                      gpointer        data);
  /* Optional: the cell's tooltip, or NULL for none. */
  char  *(*tooltip)  (gpointer        item,
                      guint           column,
                      gpointer        data);
  /* Optional: the lines the row needs (1 when NULL); for the header, the
   * lines its titles may wrap over. */
  guint  (*lines)    (gpointer        item,
                      gpointer        data);
  /* Optional: a click on a cell, or Enter on the cell the keyboard is on. */
  void   (*activate) (gpointer        item,
                      guint           column,
                      gpointer        data);
} ParaatGridFuncs;

#define PARAAT_TYPE_GRID (paraat_grid_get_type ())

G_DECLARE_FINAL_TYPE (ParaatGrid, paraat_grid, PARAAT, GRID, GtkWidget)

/* A table of a few thousand rows and a hundred columns that stays fast: a
 * list view whose rows are one widget each, drawing only the cells in view,
 * under a header that scrolls sideways with it. Left and Right move the
 * keyboard between the cells of a row. @label_width and @cell_width are in
 * pixels; @max_lines caps a row's height. */
GtkWidget   *paraat_grid_new                (const ParaatGridFuncs *funcs,
                                             gpointer               data,
                                             int                    label_width,
                                             int                    cell_width,
                                             guint                  max_lines);
/* The rows (GObjects, passed to the funcs as @item) and the number of
 * columns; redraws everything. */
void         paraat_grid_set_model          (ParaatGrid            *self,
                                             GListModel            *model,
                                             guint                  n_columns);
guint        paraat_grid_get_n_columns      (ParaatGrid            *self);
/* Redraws every row in view, after what the funcs return has changed. */
void         paraat_grid_redraw             (ParaatGrid            *self);
guint        paraat_grid_get_focus_column   (ParaatGrid            *self);
GtkListView *paraat_grid_get_list_view      (ParaatGrid            *self);
/* Scrolls the rows so that @position is near the top. */
void         paraat_grid_scroll_to          (ParaatGrid            *self,
                                             guint                  position);

G_END_DECLS
