/* paraat-ui-util.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The organisation's time zone (Europe/Amsterdam when it has none, or an
 * identifier this system does not know). */
GTimeZone *paraat_ui_organisation_time_zone (ParaatOrganisation *organisation);

/* "Tuesday 24 November 2026, 14:00" in @tz, in the user's language. */
char      *paraat_ui_format_instant         (gint64              instant,
                                             GTimeZone          *tz);

/* The calendar year that @now falls in, in @tz, as [from, until) UTC seconds. */
int        paraat_ui_year_range             (gint64              now,
                                             GTimeZone          *tz,
                                             gint64             *from,
                                             gint64             *until);

/* The current instant in UTC seconds. */
gint64     paraat_ui_now                    (void);

void       paraat_ui_list_box_remove_all    (GtkListBox         *list_box);

/* Shows @toast (taken over) in the toast overlay around @widget, after
 * dismissing the one shown before through this function. libadwaita 1.2
 * aborts when a high-priority toast pushes back a toast that is still on
 * screen and that one comes back later; one toast at a time avoids it. */
void       paraat_ui_show_toast             (GtkWidget          *widget,
                                             AdwToast           *toast);
/* Dismisses the toast shown through paraat_ui_show_toast() in the overlay
 * around (or under) @widget, if any. */
void       paraat_ui_dismiss_toast          (GtkWidget          *widget);
/* Takes back @toast shown through paraat_ui_show_toast() in the overlay
 * around @widget, if it is still shown or waiting to be. */
void       paraat_ui_withdraw_toast         (GtkWidget          *widget,
                                             AdwToast           *toast);

/* Says in a dialog over @widget's window that something failed: @heading,
 * and the error's message. */
void       paraat_ui_show_failure           (GtkWidget          *widget,
                                             const char         *heading,
                                             const GError       *error);

/* Writes the file (a PDF, a calendar) to @path; FALSE with @error set. */
typedef gboolean (*ParaatUiPdfFunc)         (gpointer            data,
                                             const char         *path,
                                             GError            **error);

/* Asks where to save a PDF (a file chooser titled @title suggesting
 * @file_name), then calls @write with the path: on success a toast
 * @saved ("… saved as “%s”", the file's name) in the toast overlay around
 * @widget, on failure a dialog with @failure and the error. @data is freed
 * with @destroy once the chooser is done. */
/* The same for any kind of file: @filter_name ("iCalendar files"),
 * @mime_type and @suffix (without the dot) make the chooser's filter. */
void       paraat_ui_save_file              (GtkWidget          *widget,
                                             const char         *title,
                                             const char         *file_name,
                                             const char         *filter_name,
                                             const char         *mime_type,
                                             const char         *suffix,
                                             const char         *saved,
                                             const char         *failure,
                                             ParaatUiPdfFunc     write,
                                             gpointer            data,
                                             GDestroyNotify      destroy);
void       paraat_ui_save_pdf               (GtkWidget          *widget,
                                             const char         *title,
                                             const char         *file_name,
                                             const char         *saved,
                                             const char         *failure,
                                             ParaatUiPdfFunc     write,
                                             gpointer            data,
                                             GDestroyNotify      destroy);

G_END_DECLS
