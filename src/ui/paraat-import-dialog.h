/* paraat-import-dialog.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The body of an import preview: a header bar with Cancel and Import, an
 * icon, a title and a description of the file, a line for a failure, and a
 * list of rows; @content takes more. Used by the imports of people and of
 * calendars. */
typedef struct
{
  GtkWidget *import_button;
  GtkImage  *icon;
  GtkLabel  *title_label;
  GtkLabel  *description_label;
  GtkLabel  *error_label;
  GtkWidget *list;
  GtkWidget *content;
} ParaatImportPreview;

void       paraat_import_preview_build         (AdwWindow           *window,
                                                const char          *title,
                                                ParaatImportPreview *preview,
                                                GCallback            import_cb,
                                                gpointer             data);
void       paraat_import_preview_set_status    (ParaatImportPreview *preview,
                                                const char          *icon_name,
                                                const char          *title,
                                                const char          *description);
void       paraat_import_preview_show_error    (ParaatImportPreview *preview,
                                                const char          *message);
/* A row: @title (plain text), @subtitle on as many lines as it needs, and
 * an icon in front (with @icon_class, "error" or "dim-label") when given. */
GtkWidget *paraat_import_preview_row           (const char          *title,
                                                const char          *subtitle,
                                                const char          *icon_name,
                                                const char          *icon_class);

/* Importing people and their functions from a spreadsheet (CSV): the dialog
 * reads the file, shows every problem per line before anything is written,
 * and imports all lines in one transaction, or none. */

#define PARAAT_TYPE_IMPORT_DIALOG (paraat_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ParaatImportDialog, paraat_import_dialog, PARAAT, IMPORT_DIALOG, AdwWindow)

/* A dialog showing what importing @file into @store would do. */
GtkWidget *paraat_import_dialog_new            (ParaatStore        *store,
                                                GFile              *file);
/* TRUE when the file was read and no line has a problem. */
gboolean   paraat_import_dialog_get_can_import (ParaatImportDialog *self);
/* What the Import button does; FALSE (and the reason shown) on failure. */
gboolean   paraat_import_dialog_import         (ParaatImportDialog *self);

/* Asks for a CSV file, then shows the dialog, from @widget's window. */
void       paraat_import_people                (GtkWidget          *widget,
                                                ParaatStore        *store);
/* Asks where to save, then writes all people and their functions as CSV
 * (";"-separated, as Excel in a Dutch locale reads it). */
void       paraat_export_people                (GtkWidget          *widget,
                                                ParaatStore        *store);

/* Asks where to save, then writes @csv (taken over) there; @done_format,
 * with %s for the file's name, is the toast that says it was written. */
void       paraat_save_csv                     (GtkWidget          *widget,
                                                const char         *title,
                                                const char         *file_name,
                                                const char         *failure_heading,
                                                const char         *done_format,
                                                char               *csv);

G_END_DECLS
