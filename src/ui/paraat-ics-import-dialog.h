/* paraat-ics-import-dialog.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "service/paraat-import-service.h"

G_BEGIN_DECLS

/* Importing a calendar file (.ics) as a person's absences or as public
 * holidays: the dialog shows what would be imported and what is skipped, and
 * why, before anything is written; Import writes all of it or nothing, and
 * the toast's Undo removes it again. */

#define PARAAT_TYPE_ICS_IMPORT_DIALOG (paraat_ics_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ParaatIcsImportDialog, paraat_ics_import_dialog, PARAAT, ICS_IMPORT_DIALOG, AdwWindow)

/* A dialog showing what importing @file would do, with the horizon around
 * @now (UTC seconds); @person_id for absences, 0 for holidays. Toasts go to
 * the overlay around @origin (may be NULL). */
GtkWidget *paraat_ics_import_dialog_new            (ParaatStore           *store,
                                                    ParaatIcsTarget        target,
                                                    gint64                 person_id,
                                                    GFile                 *file,
                                                    gint64                 now,
                                                    GtkWidget             *origin);
/* TRUE when the file was read and holds something to import. */
gboolean   paraat_ics_import_dialog_get_can_import (ParaatIcsImportDialog *self);
/* What the Import button does; FALSE (and the reason shown) on failure. */
gboolean   paraat_ics_import_dialog_import         (ParaatIcsImportDialog *self);

/* Asks for an .ics file, then shows the dialog, from @widget's window. */
void       paraat_ics_import_choose                (GtkWidget             *widget,
                                                    ParaatStore           *store,
                                                    ParaatIcsTarget        target,
                                                    gint64                 person_id);

G_END_DECLS
