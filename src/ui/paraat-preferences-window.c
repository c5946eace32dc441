/* paraat-preferences-window.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "model/paraat-validate.h"
#include "ui/paraat-ics-import-dialog.h"
#include "ui/paraat-preferences-window.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-ui-util.h"

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
  AdwPreferencesGroup  *holidays_group;
  GPtrArray            *holiday_rows;
  GArray               *holidays;   /* ParaatHoliday, as listed */
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

/* "Fri 25 Dec 2026" from "2026-12-25", in @tz. */
static char *
format_date (const char *date,
             GTimeZone  *tz)
{
  g_autoptr (GDateTime) day = NULL;
  int year, month, mday;

  if (sscanf (date, "%d-%d-%d", &year, &month, &mday) != 3 ||
      (day = g_date_time_new (tz, year, month, mday, 0, 0, 0)) == NULL)
    return g_strdup (date);
  /* Translators: a date in lists of absences, strftime format: "Mon 3 Aug 2026" */
  return g_date_time_format (day, _("%a %-d %b %Y"));
}

static void holiday_remove_clicked_cb (ParaatPreferencesWindow *self,
                                       GtkButton               *button);

static void
fill_holidays (ParaatPreferencesWindow *self)
{
  g_autoptr (GTimeZone) tz = paraat_ui_organisation_time_zone (self->saved);
  g_autoptr (GError) error = NULL;
  GtkWidget *row;

  for (guint i = 0; i < self->holiday_rows->len; i++)
    adw_preferences_group_remove (self->holidays_group, g_ptr_array_index (self->holiday_rows, i));
  g_ptr_array_set_size (self->holiday_rows, 0);
  g_clear_pointer (&self->holidays, g_array_unref);

  if (self->store != NULL && !paraat_store_is_empty (self->store, NULL))
    self->holidays = paraat_store_list_holidays (self->store, &error);

  for (guint i = 0; self->holidays != NULL && i < self->holidays->len; i++)
    {
      const ParaatHoliday *holiday = &g_array_index (self->holidays, ParaatHoliday, i);
      g_autofree char *first = format_date (holiday->first_day, tz);
      g_autofree char *last = format_date (holiday->last_day, tz);
      g_autofree char *days = g_strcmp0 (holiday->first_day, holiday->last_day) == 0
        ? g_strdup (first)
        /* Translators: a period of days, "Mon 3 Aug 2026 – Fri 7 Aug 2026" */
        : g_strdup_printf (_("%s – %s"), first, last);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), holiday->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), days);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Holiday"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Holiday"), -1);
      g_object_set_data_full (G_OBJECT (remove), "holiday-id", g_memdup2 (&holiday->id, sizeof holiday->id), g_free);
      g_signal_connect_swapped (remove, "clicked", G_CALLBACK (holiday_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->holidays_group, row);
      g_ptr_array_add (self->holiday_rows, row);
    }

  if (self->holidays == NULL && error != NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The holidays cannot be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
    }
  else if (self->holidays == NULL || self->holidays->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No public holidays imported"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The roster weighs New Year, Koningsdag, the summer holidays and Christmas."));
    }
  else
    return;
  adw_preferences_group_add (self->holidays_group, row);
  g_ptr_array_add (self->holiday_rows, row);
}

typedef struct
{
  ParaatStore   *store;
  ParaatHoliday  holiday;
  GtkWidget     *window;   /* weak */
} RemovedHoliday;

static void
removed_holiday_free (gpointer data)
{
  RemovedHoliday *removed = data;

  g_clear_weak_pointer (&removed->window);
  g_object_unref (removed->store);
  paraat_holiday_clear (&removed->holiday);
  g_free (removed);
}

static void
holiday_undo_cb (AdwToast       *toast,
                 RemovedHoliday *removed)
{
  g_autoptr (GArray) again = g_array_new (FALSE, TRUE, sizeof (ParaatHoliday));
  g_autoptr (GError) error = NULL;
  ParaatHoliday copy = {
    0,
    g_strdup (removed->holiday.first_day),
    g_strdup (removed->holiday.last_day),
    g_strdup (removed->holiday.name),
    g_strdup (removed->holiday.uid),
  };

  g_array_set_clear_func (again, (GDestroyNotify) paraat_holiday_clear);
  g_array_append_val (again, copy);
  if (!paraat_store_import_holidays (removed->store, again, &error) && removed->window != NULL)
    paraat_ui_show_failure (removed->window, _("The Holiday Cannot Be Restored"), error);
}

static void
holiday_remove_clicked_cb (ParaatPreferencesWindow *self,
                           GtkButton               *button)
{
  const gint64 *id = g_object_get_data (G_OBJECT (button), "holiday-id");
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  RemovedHoliday *removed;
  AdwToast *toast;

  for (guint i = 0; id != NULL && self->holidays != NULL && i < self->holidays->len; i++)
    {
      const ParaatHoliday *holiday = &g_array_index (self->holidays, ParaatHoliday, i);

      if (holiday->id != *id)
        continue;

      removed = g_new0 (RemovedHoliday, 1);
      removed->store = g_object_ref (self->store);
      removed->holiday = (ParaatHoliday) {
        holiday->id, g_strdup (holiday->first_day), g_strdup (holiday->last_day),
        g_strdup (holiday->name), g_strdup (holiday->uid),
      };
      g_set_weak_pointer (&removed->window, GTK_WIDGET (self));
      /* The store's "changed" refills the list (and frees @button). */
      if (!paraat_store_delete_holidays (self->store, id, 1, &error))
        {
          removed_holiday_free (removed);
          paraat_ui_show_failure (GTK_WIDGET (self), _("The Holiday Cannot Be Removed"), error);
          return;
        }
      title = g_strdup_printf (_("“%s” removed"), removed->holiday.name);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (holiday_undo_cb), removed,
                             (GClosureNotify) (void (*) (void)) removed_holiday_free, 0);
      paraat_ui_show_toast (GTK_WIDGET (self->holidays_group), toast);
      return;
    }
}

/*
 * Callbacks
 */

static void
import_holidays_clicked_cb (ParaatPreferencesWindow *self)
{
  if (self->store != NULL)
    paraat_ics_import_choose (GTK_WIDGET (self->holidays_group), self->store, PARAAT_ICS_TARGET_HOLIDAYS, 0);
}

static void
store_changed_cb (ParaatPreferencesWindow *self,
                  const char              *entity)
{
  if (g_strcmp0 (entity, "holiday") == 0 || g_strcmp0 (entity, "*") == 0)
    fill_holidays (self);
}

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

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->holidays, g_array_unref);
  g_clear_pointer (&self->holiday_rows, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, ParaatPreferencesWindow, holidays_group);
  gtk_widget_class_bind_template_callback (widget_class, import_holidays_clicked_cb);
}

static void
paraat_preferences_window_init (ParaatPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->holiday_rows = g_ptr_array_new ();

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (time_zones); i++)
    gtk_string_list_append (self->time_zones, time_zones[i]);
  self->filling = FALSE;

  fill_organisation (self);
  fill_database (self);
  fill_holidays (self);
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

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

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
  fill_holidays (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
