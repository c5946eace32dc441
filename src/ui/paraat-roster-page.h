/* paraat-roster-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ROSTER_PAGE (paraat_roster_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatRosterPage, paraat_roster_page, PARAAT, ROSTER_PAGE, GtkWidget)

GtkWidget   *paraat_roster_page_new        (void);
ParaatStore *paraat_roster_page_get_store  (ParaatRosterPage *self);
void         paraat_roster_page_set_store  (ParaatRosterPage *self,
                                            ParaatStore      *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_roster_page_is_loading (ParaatRosterPage *self);

G_END_DECLS
