/* paraat-oto-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_OTO_PAGE (paraat_oto_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatOtoPage, paraat_oto_page, PARAAT, OTO_PAGE, GtkWidget)

GtkWidget   *paraat_oto_page_new        (void);
ParaatStore *paraat_oto_page_get_store  (ParaatOtoPage *self);
void         paraat_oto_page_set_store  (ParaatOtoPage *self,
                                         ParaatStore   *store);
/* TRUE while the page still has to load what it shows (the tests wait for it). */
gboolean     paraat_oto_page_is_loading (ParaatOtoPage *self);

G_END_DECLS
