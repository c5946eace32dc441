/* paraat-session-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-session-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "model/paraat-validate.h"
#include "planning/paraat-calendar.h"
#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-form.h"
#include "ui/paraat-session-editor.h"

struct _ParaatSessionEditor
{
  AdwWindow       parent_instance;

  ParaatStore    *store;
  ParaatSession  *session;
  GTimeZone      *tz;
  GArray         *kinds;        /* ParaatSessionKind, in the combo's order */
  GPtrArray      *checks;       /* GtkCheckButton per function, with "function-id" */
  gboolean        filling;

  GtkWidget      *save_button;
  GtkWidget      *error_group;
  GtkLabel       *error_label;
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *location_row;
  AdwEntryRow    *organiser_row;
  AdwEntryRow    *partners_row;
  GtkSpinButton  *capacity_spin;
  AdwEntryRow    *date_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwPreferencesGroup *targets_group;
};

G_DEFINE_FINAL_TYPE (ParaatSessionEditor, paraat_session_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (ParaatSessionEditor *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

static gboolean
validate (ParaatSessionEditor *self)
{
  g_autofree char *title = paraat_form_entry_text (self->title_row);
  g_autofree char *start = paraat_form_entry_text (self->start_row);
  g_autofree char *end = paraat_form_entry_text (self->end_row);
  const char *title_problem = NULL;
  const char *date_problem = paraat_form_date_problem (self->date_row, FALSE);
  const char *start_problem = paraat_form_time_problem (self->start_row);
  const char *end_problem = paraat_form_time_problem (self->end_row);
  int from = paraat_form_parse_time (start), until = paraat_form_parse_time (end);
  gboolean valid;

  if (*title == '\0')
    title_problem = paraat_form_is_touched (self->title_row) ? _("A session needs a title") : "";
  if (start_problem == NULL && end_problem == NULL)
    {
      if ((from == -2) != (until == -2))
        end_problem = _("Give both times, or neither for self-paced work");
      else if (from >= 0 && until >= 0 && until <= from)
        end_problem = _("Ends before it starts");
    }

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->title_row),
                             title_problem != NULL && *title_problem != '\0' ? title_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->date_row),
                             date_problem != NULL && *date_problem != '\0' ? date_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->start_row), start_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->end_row), end_problem);

  valid = title_problem == NULL && date_problem == NULL && start_problem == NULL && end_problem == NULL &&
          adw_combo_row_get_selected (self->kind_row) != GTK_INVALID_LIST_POSITION && self->kinds->len > 0;
  gtk_widget_set_sensitive (self->save_button, valid);
  return valid;
}

static void
field_changed_cb (AdwEntryRow         *row,
                  ParaatSessionEditor *self)
{
  if (self->filling)
    return;
  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

static void
value_changed_cb (ParaatSessionEditor *self)
{
  if (self->filling)
    return;
  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatSessionEditor *self)
{
  paraat_session_editor_save (self);
}

/* The local date and time of @instant: "YYYY-MM-DD" and "HH:MM". */
static void
local_parts (GTimeZone  *tz,
             gint64      instant,
             char      **date,
             char      **time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  *date = g_date_time_format (local, "%Y-%m-%d");
  *time = g_date_time_format (local, "%H:%M");
}

static void
fill (ParaatSessionEditor *self)
{
  g_autoptr (GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GArray) targets = NULL;
  g_autoptr (GError) error = NULL;

  self->tz = paraat_roster_service_time_zone (self->store, NULL);
  if (self->tz == NULL)
    self->tz = g_time_zone_new_utc ();

  self->kinds = paraat_store_read_session_kinds (self->store, &error);
  if (self->kinds == NULL)
    {
      self->kinds = g_array_new (FALSE, FALSE, sizeof (ParaatSessionKind));
      show_error (self, error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; i < self->kinds->len; i++)
    {
      const ParaatSessionKind *kind = &g_array_index (self->kinds, ParaatSessionKind, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", kind->name, kind->code);

      gtk_string_list_append (kind_names, label);
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));

  if (self->session != NULL)
    {
      g_autofree char *date = NULL, *start = NULL, *end_date = NULL, *end = NULL;
      gint64 starts_at = paraat_session_get_starts_at (self->session);
      gint64 ends_at = paraat_session_get_ends_at (self->session);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      paraat_form_set_entry (self->title_row, paraat_session_get_title (self->session));
      for (guint i = 0; i < self->kinds->len; i++)
        if (g_ascii_strcasecmp (g_array_index (self->kinds, ParaatSessionKind, i).code,
                                paraat_session_get_kind (self->session)) == 0)
          adw_combo_row_set_selected (self->kind_row, i);
      paraat_form_set_entry (self->location_row, paraat_session_get_location (self->session));
      paraat_form_set_entry (self->organiser_row, paraat_session_get_organiser (self->session));
      paraat_form_set_entry (self->partners_row, paraat_session_get_partners (self->session));
      gtk_spin_button_set_value (self->capacity_spin, paraat_session_get_capacity (self->session));
      local_parts (self->tz, starts_at, &date, &start);
      local_parts (self->tz, ends_at, &end_date, &end);
      paraat_form_set_entry (self->date_row, date);
      /* A deadline (start = end) shows no times. */
      paraat_form_set_entry (self->start_row, ends_at > starts_at ? start : NULL);
      paraat_form_set_entry (self->end_row, ends_at > starts_at ? end : NULL);
      targets = paraat_store_read_session_targets (self->store, paraat_session_get_id (self->session), NULL);
    }

  functions = paraat_store_list_functions (self->store, NULL);
  for (guint i = 0; functions != NULL && i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 id = paraat_function_get_id (function);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), paraat_function_get_name (function));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), paraat_function_get_code (function));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "function-id", g_memdup2 (&id, sizeof id), g_free);
      g_object_set_data_full (G_OBJECT (check), "function-code", g_strdup (paraat_function_get_code (function)), g_free);
      for (guint t = 0; targets != NULL && t < targets->len; t++)
        if (g_array_index (targets, gint64, t) == id)
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_preferences_group_add (self->targets_group, row);
      g_ptr_array_add (self->checks, check);
    }
  self->filling = FALSE;
  validate (self);
}

static void
paraat_session_editor_dispose (GObject *object)
{
  ParaatSessionEditor *self = PARAAT_SESSION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_SESSION_EDITOR);
  G_OBJECT_CLASS (paraat_session_editor_parent_class)->dispose (object);
}

static void
paraat_session_editor_class_init (ParaatSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_session_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/paraat/Paraat/ui/paraat-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, organiser_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, partners_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatSessionEditor, targets_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_session_editor_init (ParaatSessionEditor *self)
{
  self->filling = TRUE;
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

GtkWidget *
paraat_session_editor_new (ParaatStore   *store,
                           ParaatSession *session)
{
  ParaatSessionEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (session == NULL || PARAAT_IS_SESSION (session), NULL);

  self = g_object_new (PARAAT_TYPE_SESSION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->session = session != NULL ? g_object_ref (session) : NULL;
  fill (self);
  return GTK_WIDGET (self);
}

void
paraat_session_editor_fill (ParaatSessionEditor *self,
                            const char          *title,
                            const char          *kind_code,
                            const char          *date,
                            const char          *start,
                            const char          *end,
                            const char * const  *function_codes)
{
  g_return_if_fail (PARAAT_IS_SESSION_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  for (guint i = 0; i < self->kinds->len; i++)
    if (g_ascii_strcasecmp (g_array_index (self->kinds, ParaatSessionKind, i).code, kind_code) == 0)
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      const char *code = g_object_get_data (G_OBJECT (check), "function-code");

      gtk_check_button_set_active (check, function_codes != NULL && g_strv_contains (function_codes, code));
    }
}

gboolean
paraat_session_editor_save (ParaatSessionEditor *self)
{
  g_autoptr (ParaatSession) session = NULL;
  g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL, *date = NULL, *start = NULL, *end = NULL;
  g_autofree char *location = NULL, *organiser = NULL, *partners = NULL;
  const ParaatSessionKind *kind;
  int year, month, day, from, until;
  gint64 starts_at, ends_at;

  g_return_val_if_fail (PARAAT_IS_SESSION_EDITOR (self), FALSE);

  if (!validate (self))
    return FALSE;

  title = paraat_form_entry_text (self->title_row);
  date = paraat_form_entry_text (self->date_row);
  start = paraat_form_entry_text (self->start_row);
  end = paraat_form_entry_text (self->end_row);
  location = paraat_form_entry_text (self->location_row);
  organiser = paraat_form_entry_text (self->organiser_row);
  partners = paraat_form_entry_text (self->partners_row);
  kind = &g_array_index (self->kinds, ParaatSessionKind, adw_combo_row_get_selected (self->kind_row));
  from = paraat_form_parse_time (start);
  until = paraat_form_parse_time (end);
  /* Self-paced work is due at the end of the working day. */
  if (from < 0)
    from = until = 17 * 60;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3 ||
      !paraat_calendar_local_to_utc (self->tz, year, month, day, from / 60, from % 60, &starts_at) ||
      !paraat_calendar_local_to_utc (self->tz, year, month, day, until / 60, until % 60, &ends_at))
    {
      show_error (self, _("This date or time does not exist in the organisation’s time zone."));
      return FALSE;
    }

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        g_array_append_val (targets, *(gint64 *) g_object_get_data (G_OBJECT (check), "function-id"));
    }

  /* A copy, so that the caller's session is unchanged when the store refuses. */
  session = paraat_session_new ();
  if (self->session != NULL)
    {
      paraat_session_set_id (session, paraat_session_get_id (self->session));
      paraat_session_set_status (session, paraat_session_get_status (self->session));
      paraat_session_set_description (session, paraat_session_get_description (self->session));
    }
  paraat_session_set_title (session, title);
  paraat_session_set_kind (session, kind->code);
  paraat_session_set_starts_at (session, starts_at);
  paraat_session_set_ends_at (session, ends_at);
  paraat_session_set_location (session, location);
  paraat_session_set_organiser (session, organiser);
  paraat_session_set_partners (session, partners);
  paraat_session_set_capacity (session, gtk_spin_button_get_value_as_int (self->capacity_spin));

  if (!paraat_oto_save_session (self->store, self->tz, session, (const gint64 *) targets->data, targets->len, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, session);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
