/* paraat-page-load.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include "ui/paraat-page-load.h"

struct _ParaatPageLoad
{
  GtkWidget          *page;      /* unowned: the page owns the loader */
  ParaatPageLoadFunc  func;
  gboolean            dirty;
  gboolean            painted;   /* a frame was painted since the page was mapped */
  guint               idle_id;
  GdkFrameClock      *clock;
  gulong              after_paint_id;
  gulong              map_id;
  gulong              unmap_id;
  ParaatStore        *store;
  gulong              changed_id;
};

static void
stop_waiting_for_paint (ParaatPageLoad *self)
{
  if (self->clock != NULL)
    {
      g_clear_signal_handler (&self->after_paint_id, self->clock);
      g_clear_object (&self->clock);
    }
}

static gboolean
load_idle_cb (gpointer user_data)
{
  ParaatPageLoad *self = user_data;

  self->idle_id = 0;
  if (!self->dirty || !gtk_widget_get_mapped (self->page))
    return G_SOURCE_REMOVE;

  self->dirty = FALSE;
  self->func (self->page);
  return G_SOURCE_REMOVE;
}

static void
schedule_load (ParaatPageLoad *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_idle_cb, self, NULL);
}

static void
after_paint_cb (GdkFrameClock  *clock,
                ParaatPageLoad *self)
{
  stop_waiting_for_paint (self);
  self->painted = TRUE;
  if (self->dirty)
    schedule_load (self);
}

static void
wait_for_paint (ParaatPageLoad *self)
{
  GdkFrameClock *clock;

  if (self->clock != NULL)
    return;

  clock = gtk_widget_get_frame_clock (self->page);
  if (clock == NULL)
    {
      self->painted = TRUE;
      schedule_load (self);
      return;
    }

  self->clock = g_object_ref (clock);
  self->after_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_draw (self->page);
}

static void
map_cb (GtkWidget      *page,
        ParaatPageLoad *self)
{
  if (self->dirty)
    wait_for_paint (self);
}

static void
unmap_cb (GtkWidget      *page,
          ParaatPageLoad *self)
{
  stop_waiting_for_paint (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->painted = FALSE;
}

static void
stop_following_store (ParaatPageLoad *self)
{
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
}

static void
store_changed_cb (ParaatStore    *store,
                  const char     *entity,
                  ParaatPageLoad *self)
{
  /* What the calendar feeds published last is bookkeeping no page shows;
   * publishing after every change would otherwise reload every page twice. */
  if (g_strcmp0 (entity, "feed_item") == 0)
    return;
  paraat_page_load_invalidate (self);
}

ParaatPageLoad *
paraat_page_load_new (GtkWidget          *page,
                      ParaatPageLoadFunc  func)
{
  ParaatPageLoad *self;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (ParaatPageLoad, 1);
  self->page = page;
  self->func = func;
  self->dirty = TRUE;
  self->map_id = g_signal_connect (page, "map", G_CALLBACK (map_cb), self);
  self->unmap_id = g_signal_connect (page, "unmap", G_CALLBACK (unmap_cb), self);
  return self;
}

void
paraat_page_load_free (ParaatPageLoad *self)
{
  if (self == NULL)
    return;

  stop_waiting_for_paint (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_signal_handler (&self->map_id, self->page);
  g_clear_signal_handler (&self->unmap_id, self->page);
  stop_following_store (self);
  g_free (self);
}

void
paraat_page_load_invalidate (ParaatPageLoad *self)
{
  g_return_if_fail (self != NULL);

  self->dirty = TRUE;
  if (!gtk_widget_get_mapped (self->page))
    return;

  if (self->painted)
    schedule_load (self);
  else
    wait_for_paint (self);
}

void
paraat_page_load_set_store (ParaatPageLoad *self,
                            ParaatStore    *store)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  stop_following_store (self);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
    }

  paraat_page_load_invalidate (self);
}

gboolean
paraat_page_load_pending (ParaatPageLoad *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->dirty;
}
