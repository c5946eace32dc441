/* paraat-oto-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_OTO_PAGE (paraat_oto_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatOtoPage, paraat_oto_page, PARAAT, OTO_PAGE, GtkWidget)

/* The OTO page: the sessions of this year and the next by quarter, each
 * opening its attendance list; the proficiency matrix, people down and
 * functions (or one function's requirements) across, filterable by team; the
 * year plan by function and quarter with what it does not cover, and its
 * PDF; and the lessons learned. */
GtkWidget   *paraat_oto_page_new               (void);
ParaatStore *paraat_oto_page_get_store         (ParaatOtoPage *self);
void         paraat_oto_page_set_store         (ParaatOtoPage *self,
                                                ParaatStore   *store);

/* Shows "sessions", "proficiency", "plan" or "lessons". */
void         paraat_oto_page_show_view         (ParaatOtoPage *self,
                                                const char    *name);
/* Shows one function's holders and requirements (@function_code NULL: every
 * function). */
void         paraat_oto_page_show_function     (ParaatOtoPage *self,
                                                const char    *function_code);
/* The number of sessions listed and of people in the matrix (tests). */
guint        paraat_oto_page_get_n_sessions    (ParaatOtoPage *self);
guint        paraat_oto_page_get_n_people      (ParaatOtoPage *self);
guint        paraat_oto_page_get_n_lessons     (ParaatOtoPage *self);
/* The text of the matrix cell of @person_name and @function_code, or NULL. */
char        *paraat_oto_page_get_cell_text     (ParaatOtoPage *self,
                                                const char    *person_name,
                                                const char    *function_code);
/* Opens the attendance dialog of the session titled @title; returns it. */
GtkWindow   *paraat_oto_page_open_attendance   (ParaatOtoPage *self,
                                                const char    *title);

/* Opens the session editor: a new session (@session NULL) or @session. */
GtkWidget   *paraat_oto_page_new_session       (ParaatOtoPage *self,
                                                ParaatSession *session);

/* The attendance dialog's rows: set one person's status, then save (tests). */
gboolean     paraat_attendance_dialog_set_status (GtkWindow   *dialog,
                                                  const char  *person_name,
                                                  ParaatAttendanceStatus status);
/* Role, hours and result of someone present on the list; FALSE when @name
 * is not on it or not present. */
gboolean     paraat_attendance_dialog_set_details (GtkWindow              *dialog,
                                                   const char             *name,
                                                   const char             *role,
                                                   double                  hours,
                                                   ParaatAttendanceResult  result);
/* Adds @name from the register to the list, as invited. */
gboolean     paraat_attendance_dialog_add_person  (GtkWindow   *dialog,
                                                   const char  *name);
gboolean     paraat_attendance_dialog_save       (GtkWindow   *dialog);

G_END_DECLS
