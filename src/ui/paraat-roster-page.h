/* paraat-roster-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ROSTER_PAGE (paraat_roster_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatRosterPage, paraat_roster_page, PARAAT, ROSTER_PAGE, GtkWidget)

/* The Piket page: ISO weeks down, the functions with a rotation across, the
 * 1st and 2nd line in each cell; this week marked, gaps and absent people
 * flagged; a cell opens who may take it; "Generate…" previews a period's
 * roster before writing it. Five years of weeks in a list view. */
GtkWidget   *paraat_roster_page_new           (void);
ParaatStore *paraat_roster_page_get_store     (ParaatRosterPage *self);
void         paraat_roster_page_set_store     (ParaatRosterPage *self,
                                               ParaatStore      *store);
gboolean     paraat_roster_page_is_loading    (ParaatRosterPage *self);

/* The number of weeks and of function columns shown (tests, benchmarks). */
guint        paraat_roster_page_get_n_weeks   (ParaatRosterPage *self);
guint        paraat_roster_page_get_n_columns (ParaatRosterPage *self);
/* The row of the week that contains @instant, or G_MAXUINT. */
guint        paraat_roster_page_find_week     (ParaatRosterPage *self,
                                               gint64            instant);
/* The text of the cell of @function_code in row @week (tests). */
char        *paraat_roster_page_get_cell_text (ParaatRosterPage *self,
                                               guint             week,
                                               const char       *function_code);
/* Opens the dialog that reassigns the cell of @function_code in row @week. */
void         paraat_roster_page_open_cell     (ParaatRosterPage *self,
                                               guint             week,
                                               const char       *function_code);

/* Scrolls to the week of the shift of @function_id that starts at
 * @starts_at and opens who may take it (once the page has loaded). */
void         paraat_roster_page_show_shift    (ParaatRosterPage *self,
                                               gint64            function_id,
                                               gint64            starts_at);

G_END_DECLS
