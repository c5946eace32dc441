/* paraat-summary-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_SUMMARY_PAGE (paraat_summary_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatSummaryPage, paraat_summary_page, PARAAT, SUMMARY_PAGE, GtkWidget)

/* @section: "organisation", "roster", "oto" or "events" */
GtkWidget   *paraat_summary_page_new         (const char        *section);
const char  *paraat_summary_page_get_section (ParaatSummaryPage *self);
ParaatStore *paraat_summary_page_get_store   (ParaatSummaryPage *self);
void         paraat_summary_page_set_store   (ParaatSummaryPage *self,
                                              ParaatStore       *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_summary_page_is_loading  (ParaatSummaryPage *self);

G_END_DECLS
