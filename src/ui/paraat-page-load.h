/* paraat-page-load.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Deferred loading for pages. A page never reads the store while it is being
 * built or before its first frame: it marks itself out of date, and the loader
 * calls @func in an idle callback once the page is mapped and the window has
 * painted a frame since. So the time to the first frame does not grow with the
 * size of the database, and hidden pages cost nothing until they are shown. */

typedef void (*ParaatPageLoadFunc) (GtkWidget *page);

typedef struct _ParaatPageLoad ParaatPageLoad;

ParaatPageLoad *paraat_page_load_new        (GtkWidget          *page,
                                             ParaatPageLoadFunc  func);
void            paraat_page_load_free       (ParaatPageLoad     *self);
/* The data shown is out of date: load again when (or as soon as) it is shown. */
void            paraat_page_load_invalidate (ParaatPageLoad     *self);
/* Follows @store (or none): invalidates now and whenever it reports a change. */
void            paraat_page_load_set_store  (ParaatPageLoad     *self,
                                             ParaatStore        *store);
/* TRUE while a load is waiting to run. */
gboolean        paraat_page_load_pending    (ParaatPageLoad     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatPageLoad, paraat_page_load_free)

G_END_DECLS
