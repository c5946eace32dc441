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

GtkWidget   *paraat_organisation_page_new        (void);
ParaatStore *paraat_organisation_page_get_store  (ParaatOrganisationPage *self);
void         paraat_organisation_page_set_store  (ParaatOrganisationPage *self,
                                                  ParaatStore            *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_organisation_page_is_loading (ParaatOrganisationPage *self);

G_END_DECLS
