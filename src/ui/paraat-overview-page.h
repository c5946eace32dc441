/* paraat-overview-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_OVERVIEW_PAGE (paraat_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatOverviewPage, paraat_overview_page, PARAAT, OVERVIEW_PAGE, GtkWidget)

GtkWidget   *paraat_overview_page_new        (void);
ParaatStore *paraat_overview_page_get_store  (ParaatOverviewPage *self);
void         paraat_overview_page_set_store  (ParaatOverviewPage *self,
                                              ParaatStore        *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_overview_page_is_loading (ParaatOverviewPage *self);

G_END_DECLS
