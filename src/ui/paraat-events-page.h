/* paraat-events-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_EVENTS_PAGE (paraat_events_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatEventsPage, paraat_events_page, PARAAT, EVENTS_PAGE, GtkWidget)

GtkWidget   *paraat_events_page_new        (void);
ParaatStore *paraat_events_page_get_store  (ParaatEventsPage *self);
void         paraat_events_page_set_store  (ParaatEventsPage *self,
                                            ParaatStore      *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_events_page_is_loading (ParaatEventsPage *self);

G_END_DECLS
