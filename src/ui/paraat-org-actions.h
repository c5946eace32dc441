/* paraat-org-actions.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Deleting records of the organisation register. Nothing cascades silently:
 * when a record has dependants (a person's assignments and absences, a
 * function's assignments, a team's functions) a dialog says what will happen
 * and offers the alternative (make a person inactive). Every delete is one
 * transaction and can be undone from the toast it shows, or with the
 * "org.undo" action of @widget's page, until the next delete. @widget is the
 * page: dialogs are transient for its window and toasts go to the nearest
 * AdwToastOverlay. */

void     paraat_org_delete_person      (GtkWidget        *widget,
                                        ParaatStore      *store,
                                        ParaatPerson     *person);
void     paraat_org_delete_function    (GtkWidget        *widget,
                                        ParaatStore      *store,
                                        ParaatFunction   *function);
void     paraat_org_delete_team        (GtkWidget        *widget,
                                        ParaatStore      *store,
                                        ParaatTeam       *team);
void     paraat_org_delete_assignment  (GtkWidget        *widget,
                                        ParaatStore      *store,
                                        ParaatAssignment *assignment,
                                        ParaatPerson     *person,
                                        ParaatFunction   *function);
void     paraat_org_delete_absence     (GtkWidget        *widget,
                                        ParaatStore      *store,
                                        ParaatAbsence    *absence);

/* Restores what the last delete from @widget removed. FALSE when there is
 * nothing to undo or the store refused (then a dialog says why). */
gboolean paraat_org_undo               (GtkWidget        *widget,
                                        ParaatStore      *store);

/* The call-out list, import and export of people: @name is "print-callout",
 * "export-callout", "import-people" or "export-people". */
void     paraat_org_run_document_action (GtkWidget       *widget,
                                         ParaatStore     *store,
                                         const char      *name);

G_END_DECLS
