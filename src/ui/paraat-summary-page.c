/* paraat-summary-page.c
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
#include "ui/paraat-summary-page.h"
#include "ui/paraat-ui-util.h"

/* The pages whose feature has not landed yet: each says what it will hold and
 * shows the figures the store already has. The "section" property picks the
 * page from the table below. */

typedef struct
{
  const char  *name;
  const char  *icon_name;
  const char  *title;
  const char  *purpose;
  /* The figures for a store that is not empty, or NULL and @error. */
  char      *(*figures) (ParaatStore  *store,
                         GError      **error);
  gboolean     buttons;   /* the demo and preferences buttons */
} Section;

struct _ParaatSummaryPage
{
  GtkWidget       parent_instance;

  const Section  *section;
  ParaatStore    *store;
  ParaatPageLoad *load;

  AdwStatusPage  *status_page;
  GtkWidget      *demo_button;
  GtkWidget      *preferences_button;
};

G_DEFINE_FINAL_TYPE (ParaatSummaryPage, paraat_summary_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Figures
 */

/* This year in the organisation's time zone: returns the year and sets
 * [@from, @until); FALSE and @error if the organisation cannot be read. */
static gboolean
organisation_year (ParaatStore  *store,
                   gint64        now,
                   int          *year,
                   gint64       *from,
                   gint64       *until,
                   GError      **error)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GTimeZone) tz = NULL;

  organisation = paraat_store_get_organisation (store, error);
  if (organisation == NULL)
    return FALSE;

  tz = paraat_ui_organisation_time_zone (organisation);
  *year = paraat_ui_year_range (now, tz, from, until);
  return TRUE;
}

static char *
oto_figures (ParaatStore  *store,
             GError      **error)
{
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GString) figures = g_string_new (NULL);
  gint64 now = paraat_ui_now ();
  gint64 from, until;
  guint planned = 0;
  guint coming = 0;
  int year;

  if (!organisation_year (store, now, &year, &from, &until, error))
    return NULL;

  sessions = paraat_store_list_sessions (store, from, until, error);
  if (sessions == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);

      if (paraat_session_get_status (session) == PARAAT_SESSION_STATUS_CANCELLED)
        continue;
      planned++;
      if (paraat_session_get_starts_at (session) >= now)
        coming++;
    }

  if (planned == 0)
    g_string_append_printf (figures, _("No OTO sessions are planned for %d yet."), year);
  else
    {
      g_string_append_printf (figures,
                              /* Translators: OTO: opleiden, trainen, oefenen (education, training and exercises) */
                              ngettext ("%u OTO session is planned for %d.",
                                        "%u OTO sessions are planned for %d.", planned),
                              planned, year);
      g_string_append_c (figures, ' ');
      if (coming == 0)
        g_string_append (figures, _("None of them is still to come."));
      else
        {
          g_string_append_printf (figures,
                                  ngettext ("%u of them is still to come.",
                                            "%u of them are still to come.", coming),
                                  coming);
          g_string_append_c (figures, ' ');
          g_string_append (figures, _("The next ones are listed on the Overview page."));
        }
    }

  return g_string_free (g_steal_pointer (&figures), FALSE);
}

static char *
events_figures (ParaatStore  *store,
                GError      **error)
{
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GString) figures = g_string_new (NULL);
  gint64 now = paraat_ui_now ();
  gint64 from, until;
  guint n_events;
  guint coming = 0;
  guint high_risk = 0;
  int year;

  if (!organisation_year (store, now, &year, &from, &until, error))
    return NULL;

  events = paraat_store_list_events (store, from, until, error);
  if (events == NULL)
    return NULL;

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
          g_string_append_printf (figures,
                                  /* Translators: B and C: the risk classes of events that need the advice of the emergency services */
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

  return g_string_free (g_steal_pointer (&figures), FALSE);
}

static const Section sections[] = {
  {
    .name = "oto",
    .icon_name = "x-office-calendar-symbolic",
    .title = N_("Education, Training and Exercises"),
    /* Translators: what this page of the window will show once it is finished */
    .purpose = N_("This page will show the OTO year plan per function and month, the "
                  "sessions with their attendance and lessons learned, and the proficiency "
                  "of every functionary."),
    .figures = oto_figures,
  },
  {
    .name = "events",
    .icon_name = "emoji-flags-symbolic",
    .title = N_("Event Safety"),
    /* Translators: what this page of the window will show once it is finished */
    .purpose = N_("This page will show the event calendar with risk classes and checklist "
                  "progress, and for each event its risk scan, checklist and site "
                  "inspection."),
    .figures = events_figures,
  },
};

/*
 * Auxiliary methods
 */

static const Section *
find_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      return &sections[i];

  g_critical ("ParaatSummaryPage has no section “%s”", name != NULL ? name : "(null)");
  return &sections[0];
}

static void
set_description (ParaatSummaryPage *self,
                 const char        *figures)
{
  const char *purpose = _(self->section->purpose);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  text = figures != NULL ? g_strdup_printf ("%s\n\n%s", figures, purpose) : g_strdup (purpose);
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (self->status_page, markup);
}

static void
load (GtkWidget *widget)
{
  ParaatSummaryPage *self = PARAAT_SUMMARY_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *figures = NULL;
  gboolean empty = self->store == NULL || paraat_store_is_empty (self->store, &error);

  gtk_widget_set_visible (self->demo_button, self->section->buttons && empty);
  /* Preferences names the organisation of an empty database too. */
  gtk_widget_set_visible (self->preferences_button, self->section->buttons && self->store != NULL);

  if (error != NULL)
    {
      set_description (self, error->message);
      return;
    }

  if (empty)
    {
      /* Only the page with the buttons offers the demo. */
      if (self->section->buttons)
        set_description (self,
                         _("This database holds no crisis organisation yet. "
                           "Open the demo organisation to see how Paraat works."));
      else
        set_description (self, _("This database holds no crisis organisation yet."));
      return;
    }

  figures = self->section->figures (self->store, &error);
  set_description (self, figures != NULL ? figures : error->message);
}

/*
 * GObject overrides
 */

static void
paraat_summary_page_constructed (GObject *object)
{
  ParaatSummaryPage *self = PARAAT_SUMMARY_PAGE (object);

  G_OBJECT_CLASS (paraat_summary_page_parent_class)->constructed (object);

  adw_status_page_set_icon_name (self->status_page, self->section->icon_name);
  adw_status_page_set_title (self->status_page, _(self->section->title));
  /* Without buttons, no (empty) child that would take room. */
  if (!self->section->buttons)
    adw_status_page_set_child (self->status_page, NULL);
  set_description (self, NULL);
}

static void
paraat_summary_page_dispose (GObject *object)
{
  ParaatSummaryPage *self = PARAAT_SUMMARY_PAGE (object);

  g_clear_pointer (&self->load, paraat_page_load_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_SUMMARY_PAGE);

  G_OBJECT_CLASS (paraat_summary_page_parent_class)->dispose (object);
}

static void
paraat_summary_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ParaatSummaryPage *self = PARAAT_SUMMARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, paraat_summary_page_get_section (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_summary_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ParaatSummaryPage *self = PARAAT_SUMMARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = find_section (g_value_get_string (value));
      break;

    case PROP_STORE:
      paraat_summary_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_summary_page_class_init (ParaatSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = paraat_summary_page_constructed;
  object_class->dispose = paraat_summary_page_dispose;
  object_class->get_property = paraat_summary_page_get_property;
  object_class->set_property = paraat_summary_page_set_property;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatSummaryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatSummaryPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatSummaryPage, preferences_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_summary_page_init (ParaatSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
}

/*
 * Public API
 */

GtkWidget *
paraat_summary_page_new (const char *section)
{
  return g_object_new (PARAAT_TYPE_SUMMARY_PAGE, "section", section, NULL);
}

const char *
paraat_summary_page_get_section (ParaatSummaryPage *self)
{
  g_return_val_if_fail (PARAAT_IS_SUMMARY_PAGE (self), NULL);

  return self->section->name;
}

ParaatStore *
paraat_summary_page_get_store (ParaatSummaryPage *self)
{
  g_return_val_if_fail (PARAAT_IS_SUMMARY_PAGE (self), NULL);

  return self->store;
}

void
paraat_summary_page_set_store (ParaatSummaryPage *self,
                               ParaatStore       *store)
{
  g_return_if_fail (PARAAT_IS_SUMMARY_PAGE (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  paraat_page_load_set_store (self->load, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_summary_page_is_loading (ParaatSummaryPage *self)
{
  g_return_val_if_fail (PARAAT_IS_SUMMARY_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}
