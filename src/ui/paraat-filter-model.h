/* paraat-filter-model.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A list model of the items of a list that pass a test, for search as you
 * type over thousands of records. Unlike GtkFilterListModel it keeps the items
 * in an array (every lookup is O(1)), refilters in one pass, narrows by testing
 * only what is shown, and reports one change: the span between the unchanged
 * head and tail of the list. */

typedef gboolean (*ParaatFilterFunc) (gpointer item,
                                      gpointer user_data);

#define PARAAT_TYPE_FILTER_MODEL (paraat_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (ParaatFilterModel, paraat_filter_model, PARAAT, FILTER_MODEL, GObject)

ParaatFilterModel *paraat_filter_model_new         (GType              item_type,
                                                    ParaatFilterFunc   func,
                                                    gpointer           user_data);
/* Replaces all items with those of @items (NULL: none) and filters them. */
void               paraat_filter_model_set_items   (ParaatFilterModel *self,
                                                    GListModel        *items);
/* Tests the items again. With @narrower the test only got stricter, so only
 * the items shown now are tested. */
void               paraat_filter_model_refilter    (ParaatFilterModel *self,
                                                    gboolean           narrower);
/* All items, shown or not. */
guint              paraat_filter_model_get_n_total (ParaatFilterModel *self);
/* Item @position of all items (not a new reference), or NULL. */
gpointer           paraat_filter_model_peek_total  (ParaatFilterModel *self,
                                                    guint              position);

G_END_DECLS
