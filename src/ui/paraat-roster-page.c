/* paraat-roster-page.c
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
#include "ui/paraat-roster-page.h"
#include "ui/paraat-ui-util.h"

/* Until its feature lands, the page says what it will hold and shows the
 * figures the store already has. */

struct _ParaatRosterPage
{
  GtkWidget       parent_instance;

  ParaatStore    *store;
  gulong          changed_id;
  ParaatPageLoad *load;

  AdwStatusPage  *status_page;
};

G_DEFINE_FINAL_TYPE (ParaatRosterPage, paraat_roster_page, GTK_TYPE_WIDGET)

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
  const char *purpose = _("This page will show the on-call roster per ISO week and function: "
                          "generate rotations, arrange swaps and absences, and see gaps and "
                          "conflicts at a glance.");
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  text = figures != NULL ? g_strdup_printf ("%s\n\n%s", figures, purpose) : g_strdup (purpose);
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (status_page, markup);
}

static gboolean
show_if_empty (ParaatRosterPage *self)
{
  if (self->store != NULL && !paraat_store_is_empty (self->store))
    return FALSE;

  set_description (self->status_page, _("This database holds no crisis organisation yet."));
  return TRUE;
}

static void
load (GtkWidget *widget)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) figures = g_string_new (NULL);
  ParaatStoreCounts counts = { 0 };
  guint n_hard = 0;
  guint n_soft = 0;

  if (show_if_empty (self))
    return;

  functions = paraat_store_list_functions (self->store, &error);
  if (functions == NULL || !paraat_store_get_counts (self->store, &counts, &error))
    {
      set_description (self->status_page, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);

      switch (paraat_function_get_piket_kind (function))
        {
        case PARAAT_PIKET_KIND_HARD:
          n_hard++;
          break;

        case PARAAT_PIKET_KIND_SOFT:
          n_soft++;
          break;

        case PARAAT_PIKET_KIND_NONE:
        default:
          break;
        }
    }

  if (n_hard == 0)
    g_string_append (figures, _("No crisis function has hard piket yet, so none needs a roster."));
  else
    /* Translators: hard piket: the functionary must be reachable and respond within the response time */
    g_string_append_printf (figures,
                            ngettext ("%u crisis function has hard piket and needs a roster.",
                                      "%u crisis functions have hard piket and need a roster.",
                                      n_hard),
                            n_hard);

  if (n_soft > 0)
    {
      g_string_append_c (figures, ' ');
      /* Translators: soft piket: reachable on a best-effort basis, without a roster */
      g_string_append_printf (figures,
                              ngettext ("%u more has soft piket.", "%u more have soft piket.", n_soft),
                              n_soft);
    }

  g_string_append_c (figures, ' ');
  if (counts.shifts == 0)
    g_string_append (figures, _("No shifts are planned yet."));
  else
    g_string_append_printf (figures,
                            ngettext ("%u shift is planned.", "%u shifts are planned.", counts.shifts),
                            counts.shifts);

  set_description (self->status_page, figures->str);
}

/*
 * Callbacks
 */

static void
store_changed_cb (ParaatRosterPage *self,
                  const char       *entity)
{
  paraat_page_load_invalidate (self->load);
}

/*
 * GObject overrides
 */

static void
paraat_roster_page_dispose (GObject *object)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

  g_clear_pointer (&self->load, paraat_page_load_free);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ROSTER_PAGE);

  G_OBJECT_CLASS (paraat_roster_page_parent_class)->dispose (object);
}

static void
paraat_roster_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

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
paraat_roster_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_roster_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_roster_page_class_init (ParaatRosterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_roster_page_dispose;
  object_class->get_property = paraat_roster_page_get_property;
  object_class->set_property = paraat_roster_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-roster-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, status_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_roster_page_init (ParaatRosterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_description (self->status_page, NULL);
  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
}

/*
 * Public API
 */

GtkWidget *
paraat_roster_page_new (void)
{
  return g_object_new (PARAAT_TYPE_ROSTER_PAGE, NULL);
}

ParaatStore *
paraat_roster_page_get_store (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), NULL);

  return self->store;
}

void
paraat_roster_page_set_store (ParaatRosterPage *self,
                              ParaatStore      *store)
{
  g_return_if_fail (PARAAT_IS_ROSTER_PAGE (self));
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
paraat_roster_page_is_loading (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}
