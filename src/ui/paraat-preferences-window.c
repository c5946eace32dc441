/* paraat-preferences-window.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "ui/paraat-preferences-window.h"
#include "ui/paraat-feed-ui.h"

/* The organisation's details, saved together with Apply, and facts about the
 * database file. */

static const char * const time_zones[] = {
  "Europe/Amsterdam",
  "Europe/Brussels",
  "UTC",
};

struct _ParaatPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  ParaatStore          *store;
  GtkWidget            *calendars_page;
  ParaatOrganisation   *saved;     /* as last read from or written to the store */
  gboolean              filling;

  GtkWidget            *apply_button;
  AdwEntryRow          *name_row;
  AdwEntryRow          *region_row;
  AdwComboRow          *time_zone_row;
  GtkStringList        *time_zones;
  GtkLabel             *error_label;
  AdwActionRow         *path_row;
  AdwActionRow         *schema_row;
  AdwActionRow         *backup_row;
};

G_DEFINE_FINAL_TYPE (ParaatPreferencesWindow, paraat_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static const char *
selected_time_zone (ParaatPreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->time_zone_row);

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->time_zones, position);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
clear_error (ParaatPreferencesWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_zone_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (ParaatPreferencesWindow *self,
            GtkWidget               *row,
            const char              *message)
{
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
update_apply (ParaatPreferencesWindow *self)
{
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *region = entry_text (self->region_row);
  const char *time_zone = selected_time_zone (self);
  gboolean changed = TRUE;

  if (self->saved != NULL)
    {
      const char *saved_region = paraat_organisation_get_region (self->saved);

      changed = g_strcmp0 (name, paraat_organisation_get_name (self->saved)) != 0
                || g_strcmp0 (region, saved_region != NULL ? saved_region : "") != 0
                || g_strcmp0 (time_zone, paraat_organisation_get_time_zone (self->saved)) != 0;
    }

  gtk_widget_set_sensitive (self->apply_button,
                            self->store != NULL && changed && !paraat_validate_is_blank (name));
}

static void
select_time_zone (ParaatPreferencesWindow *self,
                  const char              *time_zone)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->time_zones));

  if (time_zone == NULL || *time_zone == '\0')
    time_zone = time_zones[0];

  for (guint i = 0; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (self->time_zones, i), time_zone))
      {
        adw_combo_row_set_selected (self->time_zone_row, i);
        return;
      }

  /* A zone set elsewhere (paraatctl, an older version) stays selectable. */
  gtk_string_list_append (self->time_zones, time_zone);
  adw_combo_row_set_selected (self->time_zone_row, n);
}

static void
fill_organisation (ParaatPreferencesWindow *self)
{
  g_autoptr (GError) error = NULL;
  const char *region = NULL;

  g_clear_object (&self->saved);
  clear_error (self);

  self->filling = TRUE;
  if (self->store != NULL && !paraat_store_is_empty (self->store, NULL))
    {
      self->saved = paraat_store_get_organisation (self->store, &error);
      if (self->saved == NULL)
        show_error (self, NULL, error->message);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         self->saved != NULL ? paraat_organisation_get_name (self->saved) : "");
  if (self->saved != NULL)
    region = paraat_organisation_get_region (self->saved);
  gtk_editable_set_text (GTK_EDITABLE (self->region_row), region != NULL ? region : "");
  select_time_zone (self, self->saved != NULL ? paraat_organisation_get_time_zone (self->saved) : NULL);
  self->filling = FALSE;

  update_apply (self);
}

static void
fill_database (ParaatPreferencesWindow *self)
{
  g_autofree char *version = g_strdup_printf ("%d", paraat_store_schema_version ());
  const char *path = NULL;
  const char *backup = NULL;

  if (self->store != NULL)
    {
      path = paraat_store_get_path (self->store);
      backup = paraat_store_get_backup_path (self->store);
    }

  adw_action_row_set_subtitle (self->path_row, path != NULL ? path : _("No database is open"));
  adw_action_row_set_subtitle (self->schema_row, version);
  adw_action_row_set_subtitle (self->backup_row, backup != NULL ? backup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->backup_row), backup != NULL);
}

/*
 * Callbacks
 */

static void
field_changed_cb (ParaatPreferencesWindow *self)
{
  if (self->filling)
    return;

  clear_error (self);
  update_apply (self);
}

/* Saves the organisation fields; FALSE (with the reason shown at the field)
 * when they cannot be saved. */
static gboolean
apply_changes (ParaatPreferencesWindow *self)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *region = entry_text (self->region_row);
  const char *time_zone = selected_time_zone (self);

  if (self->store == NULL || !gtk_widget_get_sensitive (self->apply_button))
    return TRUE;

  clear_error (self);

  if (paraat_validate_is_blank (name))
    {
      show_error (self, GTK_WIDGET (self->name_row), _("The organisation needs a name."));
      return FALSE;
    }

  if (time_zone == NULL || (tz = g_time_zone_new_identifier (time_zone)) == NULL)
    {
      show_error (self, GTK_WIDGET (self->time_zone_row),
                  _("This computer does not know that time zone. Choose another one."));
      return FALSE;
    }

  organisation = paraat_organisation_new ();
  paraat_organisation_set_name (organisation, name);
  paraat_organisation_set_region (organisation, region);
  paraat_organisation_set_time_zone (organisation, time_zone);

  if (!paraat_store_save_organisation (self->store, organisation, &error))
    {
      show_error (self, NULL, error->message);
      return FALSE;
    }

  g_set_object (&self->saved, organisation);
  update_apply (self);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Organisation details saved")));
  return TRUE;
}

static void
apply_clicked_cb (ParaatPreferencesWindow *self)
{
  apply_changes (self);
}

/* Closing keeps what was typed: valid changes are saved, and a change that
 * cannot be saved keeps the window open with the reason at the field. */
static gboolean
paraat_preferences_window_close_request (GtkWindow *window)
{
  ParaatPreferencesWindow *self = PARAAT_PREFERENCES_WINDOW (window);

  if (!apply_changes (self))
    return TRUE;

  return GTK_WINDOW_CLASS (paraat_preferences_window_parent_class)->close_request (window);
}

static void
copy_path_clicked_cb (ParaatPreferencesWindow *self,
                      GtkButton               *button)
{
  const char *path;

  if (self->store == NULL || (path = paraat_store_get_path (self->store)) == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), path);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Path copied")));
}

/*
 * GObject overrides
 */

static void
paraat_preferences_window_dispose (GObject *object)
{
  ParaatPreferencesWindow *self = PARAAT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->saved);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (paraat_preferences_window_parent_class)->dispose (object);
}

static void
paraat_preferences_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ParaatPreferencesWindow *self = PARAAT_PREFERENCES_WINDOW (object);

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
paraat_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ParaatPreferencesWindow *self = PARAAT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_preferences_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_preferences_window_class_init (ParaatPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = paraat_preferences_window_dispose;
  window_class->close_request = paraat_preferences_window_close_request;
  object_class->get_property = paraat_preferences_window_get_property;
  object_class->set_property = paraat_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, apply_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, time_zones);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, schema_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, backup_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_path_clicked_cb);
}

static void
paraat_preferences_window_init (ParaatPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (time_zones); i++)
    gtk_string_list_append (self->time_zones, time_zones[i]);
  self->filling = FALSE;

  fill_organisation (self);
  fill_database (self);
}

/*
 * Public API
 */

GtkWidget *
paraat_preferences_window_new (GtkWindow   *parent,
                               ParaatStore *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || PARAAT_IS_STORE (store), NULL);

  return g_object_new (PARAAT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

ParaatStore *
paraat_preferences_window_get_store (ParaatPreferencesWindow *self)
{
  g_return_val_if_fail (PARAAT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}

void
paraat_preferences_window_set_store (ParaatPreferencesWindow *self,
                                     ParaatStore             *store)
{
  g_return_if_fail (PARAAT_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->calendars_page != NULL)
    adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->calendars_page));
  self->calendars_page = NULL;
  if (store != NULL)
    {
      self->calendars_page = paraat_feed_ui_preferences_page (store);
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->calendars_page));
    }

  fill_organisation (self);
  fill_database (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
