/* paraat-filter-model.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include "ui/paraat-filter-model.h"

struct _ParaatFilterModel
{
  GObject           parent_instance;

  GType             item_type;
  ParaatFilterFunc  func;
  gpointer          user_data;
  GPtrArray        *items;     /* owns a reference to each */
  GPtrArray        *shown;     /* borrows from items */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ParaatFilterModel, paraat_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return PARAAT_FILTER_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return PARAAT_FILTER_MODEL (model)->shown->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  ParaatFilterModel *self = PARAAT_FILTER_MODEL (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
paraat_filter_model_finalize (GObject *object)
{
  ParaatFilterModel *self = (ParaatFilterModel *) object;

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (paraat_filter_model_parent_class)->finalize (object);
}

static void
paraat_filter_model_class_init (ParaatFilterModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = paraat_filter_model_finalize;
}

static void
paraat_filter_model_init (ParaatFilterModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_new ();
}

ParaatFilterModel *
paraat_filter_model_new (GType            item_type,
                         ParaatFilterFunc func,
                         gpointer         user_data)
{
  ParaatFilterModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (PARAAT_TYPE_FILTER_MODEL, NULL);
  self->item_type = item_type;
  self->func = func;
  self->user_data = user_data;

  return self;
}

/* Shows @shown instead of what was shown, and reports the changed span. */
static void
replace_shown (ParaatFilterModel *self,
               GPtrArray         *shown)
{
  g_autoptr (GPtrArray) old = self->shown;
  guint head = 0;
  guint tail = 0;

  while (head < old->len && head < shown->len &&
         g_ptr_array_index (old, head) == g_ptr_array_index (shown, head))
    head++;
  while (tail < old->len - head && tail < shown->len - head &&
         g_ptr_array_index (old, old->len - 1 - tail) == g_ptr_array_index (shown, shown->len - 1 - tail))
    tail++;

  self->shown = shown;

  if (old->len != shown->len || head < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), head,
                                old->len - head - tail, shown->len - head - tail);
}

void
paraat_filter_model_refilter (ParaatFilterModel *self,
                              gboolean           narrower)
{
  GPtrArray *from;
  GPtrArray *shown;

  g_return_if_fail (PARAAT_IS_FILTER_MODEL (self));

  from = narrower ? self->shown : self->items;
  shown = g_ptr_array_sized_new (from->len);
  for (guint i = 0; i < from->len; i++)
    {
      gpointer item = g_ptr_array_index (from, i);

      if (self->func (item, self->user_data))
        g_ptr_array_add (shown, item);
    }

  replace_shown (self, shown);
}

void
paraat_filter_model_set_items (ParaatFilterModel *self,
                               GListModel        *items)
{
  g_autoptr (GPtrArray) old_items = NULL;
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  guint n_shown;

  g_return_if_fail (PARAAT_IS_FILTER_MODEL (self));
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));

  /* The new items are new objects: everything shown changes. */
  old_items = g_steal_pointer (&self->items);
  n_shown = self->shown->len;
  g_ptr_array_set_size (self->shown, 0);

  self->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (items, i);

      g_ptr_array_add (self->items, item);
      if (self->func (item, self->user_data))
        g_ptr_array_add (self->shown, item);
    }

  if (n_shown > 0 || self->shown->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_shown, self->shown->len);
}

guint
paraat_filter_model_get_n_total (ParaatFilterModel *self)
{
  g_return_val_if_fail (PARAAT_IS_FILTER_MODEL (self), 0);

  return self->items->len;
}

gpointer
paraat_filter_model_peek_total (ParaatFilterModel *self,
                                guint              position)
{
  g_return_val_if_fail (PARAAT_IS_FILTER_MODEL (self), NULL);

  return position < self->items->len ? g_ptr_array_index (self->items, position) : NULL;
}
