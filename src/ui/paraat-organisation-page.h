/* paraat-organisation-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ORGANISATION_PAGE (paraat_organisation_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatOrganisationPage, paraat_organisation_page, PARAAT, ORGANISATION_PAGE, GtkWidget)

GtkWidget   *paraat_organisation_page_new         (void);
ParaatStore *paraat_organisation_page_get_store   (ParaatOrganisationPage *self);
void         paraat_organisation_page_set_store   (ParaatOrganisationPage *self,
                                                   ParaatStore            *store);
gboolean     paraat_organisation_page_is_loading  (ParaatOrganisationPage *self);

/* Types @text into the search field and filters at once (tests, benchmarks). */
void         paraat_organisation_page_set_search  (ParaatOrganisationPage *self,
                                                   const char             *text);
/* How many rows the list @list ("people", "functions", "teams") shows. */
guint        paraat_organisation_page_get_n_shown (ParaatOrganisationPage *self,
                                                   const char             *list);
/* Shows the record of @kind ("person", "function", "team") with @id. */
void         paraat_organisation_page_select      (ParaatOrganisationPage *self,
                                                   const char             *kind,
                                                   gint64                  id);

/* "Primary", "Backup", "Trainee". */
const char  *paraat_organisation_level_label      (ParaatAssignmentLevel   level);
/* "Weekly from Monday 09:00 · 1st and 2nd line". */
char        *paraat_organisation_rotation_summary (ParaatRotation       *rotation);
/* "Hard piket", "Soft piket", "No piket". */
const char  *paraat_organisation_piket_label      (ParaatPiketKind         kind);

G_END_DECLS
