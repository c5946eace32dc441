/* paraat-organisation-page.c
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
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-ui-util.h"

/* Until its feature lands, the page says what it will hold and shows the
 * figures the store already has. */

struct _ParaatOrganisationPage
{
  GtkWidget       parent_instance;

  ParaatStore    *store;
  gulong          changed_id;
  ParaatPageLoad *load;

  AdwStatusPage  *status_page;
  GtkWidget      *demo_button;
  GtkWidget      *preferences_button;
};

G_DEFINE_FINAL_TYPE (ParaatOrganisationPage, paraat_organisation_page, GTK_TYPE_WIDGET)

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
  const char *purpose = _("This page will list the teams, their crisis functions and the people who "
                          "fill them, with each person’s functions, absences and proficiency, and "
                          "print the call-out list.");
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  text = figures != NULL ? g_strdup_printf ("%s\n\n%s", figures, purpose) : g_strdup (purpose);
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (status_page, markup);
}

static void
load (GtkWidget *widget)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *people = NULL;
  g_autofree char *functions = NULL;
  g_autofree char *teams = NULL;
  g_autofree char *figures = NULL;
  ParaatStoreCounts counts = { 0 };
  gboolean empty = self->store == NULL || paraat_store_is_empty (self->store);

  gtk_widget_set_visible (self->demo_button, empty);
  gtk_widget_set_visible (self->preferences_button, !empty);

  if (empty)
    {
      set_description (self->status_page,
                       _("This database holds no crisis organisation yet. "
                         "Open the demo organisation to see how Paraat works."));
      return;
    }

  organisation = paraat_store_get_organisation (self->store, &error);
  if (organisation == NULL || !paraat_store_get_counts (self->store, &counts, &error))
    {
      set_description (self->status_page, error->message);
      return;
    }

  /* Translators: fills the second %s of "%s has %s in %s and %s." */
  people = g_strdup_printf (ngettext ("%u functionary", "%u functionaries", counts.people),
                            counts.people);
  /* Translators: fills the third %s of "%s has %s in %s and %s." */
  functions = g_strdup_printf (ngettext ("%u crisis function", "%u crisis functions", counts.functions),
                               counts.functions);
  /* Translators: fills the last %s of "%s has %s in %s and %s." */
  teams = g_strdup_printf (ngettext ("%u team", "%u teams", counts.teams), counts.teams);
  /* Translators: e.g. "Gemeente Voorbeeld has 60 functionaries in 21 crisis functions and 6 teams." */
  figures = g_strdup_printf (_("%s has %s in %s and %s."),
                             paraat_organisation_get_name (organisation), people, functions, teams);
  set_description (self->status_page, figures);
}

/*
 * Callbacks
 */

static void
store_changed_cb (ParaatOrganisationPage *self,
                  const char             *entity)
{
  paraat_page_load_invalidate (self->load);
}

/*
 * GObject overrides
 */

static void
paraat_organisation_page_dispose (GObject *object)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (object);

  g_clear_pointer (&self->load, paraat_page_load_free);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ORGANISATION_PAGE);

  G_OBJECT_CLASS (paraat_organisation_page_parent_class)->dispose (object);
}

static void
paraat_organisation_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (object);

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
paraat_organisation_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_organisation_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_organisation_page_class_init (ParaatOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_organisation_page_dispose;
  object_class->get_property = paraat_organisation_page_get_property;
  object_class->set_property = paraat_organisation_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, preferences_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_organisation_page_init (ParaatOrganisationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_description (self->status_page, NULL);
  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
}

/*
 * Public API
 */

GtkWidget *
paraat_organisation_page_new (void)
{
  return g_object_new (PARAAT_TYPE_ORGANISATION_PAGE, NULL);
}

ParaatStore *
paraat_organisation_page_get_store (ParaatOrganisationPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION_PAGE (self), NULL);

  return self->store;
}

void
paraat_organisation_page_set_store (ParaatOrganisationPage *self,
                                    ParaatStore            *store)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION_PAGE (self));
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
paraat_organisation_page_is_loading (ParaatOrganisationPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}
