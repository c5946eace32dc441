/* paraat-events-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ui/paraat-page-load.h"
#include "ui/paraat-events-page.h"
#include "ui/paraat-ui-util.h"

/* Until its feature lands, the page says what it will hold and shows the
 * figures the store already has. */

struct _ParaatEventsPage
{
  GtkWidget       parent_instance;

  ParaatStore    *store;
  gulong          changed_id;
  ParaatPageLoad *load;

  AdwStatusPage  *status_page;
};

G_DEFINE_FINAL_TYPE (ParaatEventsPage, paraat_events_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static void
set_description (AdwStatusPage *status_page,
                 const char    *figures)
{
  /* Translators: what this page of the window will show once it is finished */
  const char *purpose = _("This page will show the event calendar with risk classes and checklist "
                          "progress, and for each event its risk scan, checklist and site "
                          "inspection.");
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  text = figures != NULL ? g_strdup_printf ("%s\n\n%s", figures, purpose) : g_strdup (purpose);
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (status_page, markup);
}

static gboolean
show_if_empty (ParaatEventsPage *self)
{
  if (self->store != NULL && !paraat_store_is_empty (self->store))
    return FALSE;

  set_description (self->status_page, _("This database holds no crisis organisation yet."));
  return TRUE;
}

static void
load (GtkWidget *widget)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (widget);
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) figures = g_string_new (NULL);
  gint64 now = paraat_ui_now ();
  gint64 from, until;
  guint n_events;
  guint coming = 0;
  guint high_risk = 0;
  int year;

  if (show_if_empty (self))
    return;

  organisation = paraat_store_get_organisation (self->store, &error);
  if (organisation == NULL)
    {
      set_description (self->status_page, error->message);
      return;
    }

  tz = paraat_ui_organisation_time_zone (organisation);
  year = paraat_ui_year_range (now, tz, &from, &until);
  events = paraat_store_list_events (self->store, from, until, &error);
  if (events == NULL)
    {
      set_description (self->status_page, error->message);
      return;
    }

  n_events = g_list_model_get_n_items (events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      ParaatRiskClass klass = paraat_event_get_effective_class (event);

      if (paraat_event_get_ends_at (event) >= now)
        coming++;
      if (klass == PARAAT_RISK_CLASS_B || klass == PARAAT_RISK_CLASS_C)
        high_risk++;
    }

  if (n_events == 0)
    g_string_append_printf (figures, _("No events are on the calendar for %d yet."), year);
  else
    {
      g_string_append_printf (figures,
                              ngettext ("%u event is on the calendar for %d.",
                                        "%u events are on the calendar for %d.", n_events),
                              n_events, year);
      if (high_risk > 0)
        {
          g_string_append_c (figures, ' ');
          /* Translators: B and C: the risk classes of events that need the advice
           * of the emergency services */
          g_string_append_printf (figures,
                                  ngettext ("%u of them is class B or C.",
                                            "%u of them are class B or C.", high_risk),
                                  high_risk);
        }
      g_string_append_c (figures, ' ');
      if (coming == 0)
        g_string_append (figures, _("None of them is still to come."));
      else
        {
          g_string_append_printf (figures,
                                  ngettext ("%u of them is still to come or under way.",
                                            "%u of them are still to come or under way.", coming),
                                  coming);
          g_string_append_c (figures, ' ');
          g_string_append (figures, _("The next ones are listed on the Overview page."));
        }
    }

  set_description (self->status_page, figures->str);
}

/*
 * Callbacks
 */

static void
store_changed_cb (ParaatEventsPage *self,
                  const char       *entity)
{
  paraat_page_load_invalidate (self->load);
}

/*
 * GObject overrides
 */

static void
paraat_events_page_dispose (GObject *object)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (object);

  g_clear_pointer (&self->load, paraat_page_load_free);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_EVENTS_PAGE);

  G_OBJECT_CLASS (paraat_events_page_parent_class)->dispose (object);
}

static void
paraat_events_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_events_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_events_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_events_page_class_init (ParaatEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_events_page_dispose;
  object_class->get_property = paraat_events_page_get_property;
  object_class->set_property = paraat_events_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatEventsPage, status_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_events_page_init (ParaatEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_description (self->status_page, NULL);
  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
}

/*
 * Public API
 */

GtkWidget *
paraat_events_page_new (void)
{
  return g_object_new (PARAAT_TYPE_EVENTS_PAGE, NULL);
}

ParaatStore *
paraat_events_page_get_store (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), NULL);

  return self->store;
}

void
paraat_events_page_set_store (ParaatEventsPage *self,
                              ParaatStore      *store)
{
  g_return_if_fail (PARAAT_IS_EVENTS_PAGE (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_object (store, "changed",
                                                G_CALLBACK (store_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  paraat_page_load_invalidate (self->load);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_events_page_is_loading (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}
