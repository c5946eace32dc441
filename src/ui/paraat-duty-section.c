/* paraat-duty-section.c
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
#include "planning/paraat-calendar.h"
#include "ui/paraat-duty-section.h"
#include "ui/paraat-form.h"
#include "ui/paraat-ui-util.h"

/* What the section keeps on the event window ("duty-context"). */
typedef struct
{
  ParaatStore          *store;
  GTimeZone            *tz;
  ParaatEvent          *event;
  GPtrArray            *requests;   /* ParaatDutyRequest, as shown */
  ParaatDutyRefreshFunc refresh;
  GtkWidget            *toasts;     /* a widget in the main window's toast overlay */
} DutyContext;

static void
duty_context_free (gpointer data)
{
  DutyContext *context = data;

  g_clear_object (&context->store);
  g_clear_pointer (&context->tz, g_time_zone_unref);
  g_clear_object (&context->event);
  g_clear_object (&context->toasts);
  g_clear_pointer (&context->requests, g_ptr_array_unref);
  g_free (context);
}

static char *
format_local (GTimeZone  *tz,
              gint64      instant,
              const char *format)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, format);
}

static const char *
line_name (int line)
{
  return line == 2 ? _("2nd line") : _("1st line");
}

/*
 * Removing, with undo
 */

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
undo_remove_cb (AdwToast *toast,
                gpointer  data)
{
  GWeakRef *window_ref = g_object_get_data (G_OBJECT (toast), "window");
  g_autoptr (GtkWindow) window = g_weak_ref_get (window_ref);
  ParaatDutyRefreshFunc refresh = (ParaatDutyRefreshFunc) data;
  ParaatStore *store = g_object_get_data (G_OBJECT (toast), "store");
  ParaatDutyRequest *removed = g_object_get_data (G_OBJECT (toast), "request");
  GtkWidget *parent = g_object_get_data (G_OBJECT (toast), "parent");
  g_autoptr (ParaatDutyRequest) copy = paraat_duty_request_copy (removed);
  g_autoptr (GError) error = NULL;

  /* Back as a new request, with its shift as it was. */
  copy->id = 0;
  if (!paraat_store_save_duty_request (store, copy, &error))
    paraat_ui_show_toast (parent, adw_toast_new (error->message));
  else if (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)))
    refresh (window);
}

gboolean
paraat_duty_section_remove (GtkWindow *window,
                            guint      index)
{
  DutyContext *context = g_object_get_data (G_OBJECT (window), "duty-context");
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *parent;
  ParaatDutyRequest *request;
  AdwToast *toast;

  g_return_val_if_fail (context != NULL, FALSE);

  if (index >= context->requests->len)
    return FALSE;
  request = g_ptr_array_index (context->requests, index);
  /* The toast shows in the main window, under the event window. */
  parent = context->toasts;
  if (!paraat_store_delete_duty_request (context->store, request->id, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("The Extra Piket Cannot Be Removed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  /* TRANSLATORS: e.g. "Extra piket for OVDBZ removed" */
  title = g_strdup_printf (_("Extra piket for %s removed"), request->function_code);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (context->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "request", paraat_duty_request_copy (request),
                          (GDestroyNotify) paraat_duty_request_free);
  g_object_set_data_full (G_OBJECT (toast), "parent", g_object_ref (parent), g_object_unref);
  {
    GWeakRef *window_ref = g_new0 (GWeakRef, 1);

    g_weak_ref_init (window_ref, window);
    g_object_set_data_full (G_OBJECT (toast), "window", window_ref, weak_ref_free);
  }
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_remove_cb), (gpointer) context->refresh);
  paraat_ui_show_toast (parent, toast);
  context->refresh (window);
  return TRUE;
}

static void
remove_clicked_cb (GtkButton *button,
                   GtkWindow *window)
{
  paraat_duty_section_remove (window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

/*
 * The dialog
 */

typedef struct
{
  GtkWindow        *window;       /* the event window */
  DutyContext      *context;
  AdwMessageDialog *dialog;
  AdwComboRow      *function_row;
  AdwComboRow      *line_row;
  AdwEntryRow      *from_date_row;
  AdwEntryRow      *from_time_row;
  AdwEntryRow      *until_date_row;
  AdwEntryRow      *until_time_row;
  AdwEntryRow      *note_row;
  GArray           *function_ids;   /* gint64 per function row */
  GPtrArray        *codes;          /* char * per function row */
  char             *problem;
} DutyDialog;

static void
duty_dialog_free (gpointer data)
{
  DutyDialog *duty = data;

  g_array_unref (duty->function_ids);
  g_ptr_array_unref (duty->codes);
  g_free (duty->problem);
  g_free (duty);
}

/* The instant of a date row and a time row (an empty time is midnight),
 * or -1 with the problem shown at the row. */
static gint64
read_instant (DutyDialog  *duty,
              AdwEntryRow *date_row,
              AdwEntryRow *time_row)
{
  g_autofree char *date = paraat_form_entry_text (date_row);
  g_autofree char *time = paraat_form_entry_text (time_row);
  int minutes = paraat_form_parse_time (time);
  int year, month, day;
  gint64 instant = -1;

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (date_row),
                             paraat_validate_date (date) ? NULL : _("A date as YYYY-MM-DD"));
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (time_row), minutes == -1 ? _("A time as HH:MM, or empty") : NULL);
  if (minutes == -1 || !paraat_validate_date (date) || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return -1;
  if (minutes < 0)
    minutes = 0;
  if (!paraat_calendar_local_to_utc (duty->context->tz, year, month, day, minutes / 60, minutes % 60, &instant))
    return -1;
  return instant;
}

/* The request the fields say, checked at every change: a problem with a
 * field shows at its row, one with the request as a whole (outside the
 * event's days, asked already) in the dialog's text; Save waits for none. */
static gboolean
duty_dialog_read (DutyDialog        *duty,
                  ParaatDutyRequest *request)
{
  guint function = adw_combo_row_get_selected (duty->function_row);
  g_autoptr (GError) error = NULL;
  g_autofree char *note = paraat_form_entry_text (duty->note_row);
  gint64 from = read_instant (duty, duty->from_date_row, duty->from_time_row);
  gint64 until = read_instant (duty, duty->until_date_row, duty->until_time_row);
  const char *problem = NULL;
  gboolean ok;

  g_clear_pointer (&duty->problem, g_free);
  if (from >= 0 && until >= 0 && until <= from)
    {
      problem = _("Must end after it starts");
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (duty->until_date_row), problem);
    }
  ok = from >= 0 && until > from && function < duty->function_ids->len;
  *request = (ParaatDutyRequest) {
    .event_id = paraat_event_get_id (duty->context->event),
    .function_id = function < duty->function_ids->len ? g_array_index (duty->function_ids, gint64, function) : 0,
    .line = adw_combo_row_get_selected (duty->line_row) == 1 ? 2 : 1,
    .starts_at = from,
    .ends_at = until,
    .note = NULL,
  };
  if (ok && !paraat_store_check_duty_request (duty->context->store, request, &error))
    {
      ok = FALSE;
      duty->problem = g_strdup (error->message);
    }
  else if (problem != NULL)
    duty->problem = g_strdup (problem);
  else if (!ok)
    duty->problem = g_strdup (_("Fill in when the extra piket starts and ends."));
  adw_message_dialog_set_body (duty->dialog, duty->problem != NULL && error != NULL ? duty->problem
                                             : _("One more person on piket for the function, on top of the roster. "
                                                 "The roster shows it as a place of its own, filled when the roster "
                                                 "is generated or by hand."));
  adw_message_dialog_set_response_enabled (duty->dialog, "save", ok);
  request->note = ok ? g_steal_pointer (&note) : NULL;
  return ok;
}

static void
duty_changed_cb (DutyDialog *duty)
{
  ParaatDutyRequest request;

  duty_dialog_read (duty, &request);
  g_free (request.note);
}

static void
duty_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  DutyDialog       *duty)
{
  ParaatDutyRequest request;
  g_autoptr (GError) error = NULL;
  g_autofree char *note = NULL;

  if (!g_str_equal (response, "save") || !duty_dialog_read (duty, &request))
    return;
  note = request.note;
  if (!paraat_store_save_duty_request (duty->context->store, &request, &error))
    {
      GtkWidget *message = adw_message_dialog_new (duty->window, _("The Extra Piket Cannot Be Asked"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  duty->context->refresh (duty->window);
}

GtkWindow *
paraat_duty_dialog_new (GtkWindow            *window,
                        ParaatStore          *store,
                        GTimeZone            *tz,
                        ParaatEvent          *event,
                        ParaatDutyRefreshFunc refresh)
{
  DutyContext *context = g_object_get_data (G_OBJECT (window), "duty-context");
  g_autoptr (GListModel) functions = paraat_store_list_functions (store, NULL);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  const char *lines[] = { _("1st line"), _("2nd line"), NULL };
  g_autofree char *from_date = format_local (tz, paraat_event_get_starts_at (event), "%Y-%m-%d");
  g_autofree char *from_time = format_local (tz, paraat_event_get_starts_at (event), "%H:%M");
  g_autofree char *until_date = format_local (tz, paraat_event_get_ends_at (event), "%Y-%m-%d");
  g_autofree char *until_time = format_local (tz, paraat_event_get_ends_at (event), "%H:%M");
  DutyDialog *duty = g_new0 (DutyDialog, 1);
  GtkWidget *dialog, *group;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (context != NULL, NULL);

  duty->window = window;
  duty->context = context;
  duty->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  duty->codes = g_ptr_array_new_with_free_func (g_free);

  /* TRANSLATORS: heading of the dialog, e.g. "Request Extra Piket for Koningsdag" */
  heading = g_strdup_printf (_("Request Extra Piket for %s"), paraat_event_get_name (event));
  dialog = adw_message_dialog_new (window, heading, NULL);
  duty->dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_set_data_full (G_OBJECT (dialog), "duty-dialog", duty, duty_dialog_free);

  /* The functions with piket, in the register's order. */
  for (guint i = 0; functions != NULL && i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);
      g_autofree char *name = NULL;

      if (paraat_function_get_piket_kind (function) == PARAAT_PIKET_KIND_NONE)
        continue;
      name = g_strdup_printf ("%s – %s", paraat_function_get_code (function), paraat_function_get_name (function));
      gtk_string_list_append (names, name);
      g_array_append_val (duty->function_ids, id);
      g_ptr_array_add (duty->codes, g_strdup (paraat_function_get_code (function)));
    }

  group = adw_preferences_group_new ();
  duty->function_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->function_row), _("Function"));
  adw_combo_row_set_model (duty->function_row, G_LIST_MODEL (names));
  duty->line_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->line_row), _("Line"));
  adw_combo_row_set_model (duty->line_row, G_LIST_MODEL (gtk_string_list_new (lines)));
  g_object_unref (adw_combo_row_get_model (duty->line_row));
  duty->from_date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->from_date_row), _("From Date (YYYY-MM-DD)"));
  duty->from_time_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->from_time_row), _("From Time (HH:MM)"));
  duty->until_date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->until_date_row), _("Until Date (YYYY-MM-DD)"));
  duty->until_time_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->until_time_row), _("Until Time (HH:MM)"));
  duty->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duty->note_row), _("Why (e.g. 2nd OvD-Bz for the vrijmarkt)"));
  gtk_editable_set_text (GTK_EDITABLE (duty->from_date_row), from_date);
  gtk_editable_set_text (GTK_EDITABLE (duty->from_time_row), from_time);
  gtk_editable_set_text (GTK_EDITABLE (duty->until_date_row), until_date);
  gtk_editable_set_text (GTK_EDITABLE (duty->until_time_row), until_time);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->function_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->line_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->from_date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->from_time_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->until_date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->until_time_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (duty->note_row));
  adw_message_dialog_set_extra_child (duty->dialog, group);
  adw_message_dialog_add_responses (duty->dialog, "cancel", _("_Cancel"), "save", _("_Request"), NULL);
  adw_message_dialog_set_response_appearance (duty->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (duty->dialog, "save");
  adw_message_dialog_set_close_response (duty->dialog, "cancel");

  g_signal_connect_swapped (duty->function_row, "notify::selected", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect_swapped (duty->line_row, "notify::selected", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect_swapped (duty->from_date_row, "changed", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect_swapped (duty->from_time_row, "changed", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect_swapped (duty->until_date_row, "changed", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect_swapped (duty->until_time_row, "changed", G_CALLBACK (duty_changed_cb), duty);
  g_signal_connect (dialog, "response", G_CALLBACK (duty_response_cb), duty);
  duty_changed_cb (duty);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

gboolean
paraat_duty_dialog_fill (GtkWindow  *dialog,
                         const char *function_code,
                         int         line,
                         const char *from_date,
                         const char *from_time,
                         const char *until_date,
                         const char *until_time,
                         const char *note)
{
  DutyDialog *duty = g_object_get_data (G_OBJECT (dialog), "duty-dialog");
  ParaatDutyRequest request;
  gboolean ok;

  g_return_val_if_fail (duty != NULL, FALSE);

  for (guint i = 0; function_code != NULL && i < duty->codes->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (duty->codes, i), function_code) == 0)
      adw_combo_row_set_selected (duty->function_row, i);
  if (line == 1 || line == 2)
    adw_combo_row_set_selected (duty->line_row, (guint) line - 1);
  if (from_date != NULL)
    gtk_editable_set_text (GTK_EDITABLE (duty->from_date_row), from_date);
  if (from_time != NULL)
    gtk_editable_set_text (GTK_EDITABLE (duty->from_time_row), from_time);
  if (until_date != NULL)
    gtk_editable_set_text (GTK_EDITABLE (duty->until_date_row), until_date);
  if (until_time != NULL)
    gtk_editable_set_text (GTK_EDITABLE (duty->until_time_row), until_time);
  if (note != NULL)
    gtk_editable_set_text (GTK_EDITABLE (duty->note_row), note);
  ok = duty_dialog_read (duty, &request);
  g_free (request.note);
  return ok;
}

const char *
paraat_duty_dialog_get_problem (GtkWindow *dialog)
{
  DutyDialog *duty = g_object_get_data (G_OBJECT (dialog), "duty-dialog");

  g_return_val_if_fail (duty != NULL, NULL);

  return duty->problem;
}

/*
 * The section
 */

static void
request_clicked_cb (GtkButton *button,
                    GtkWindow *window)
{
  DutyContext *context = g_object_get_data (G_OBJECT (window), "duty-context");

  paraat_duty_dialog_new (window, context->store, context->tz, context->event, context->refresh);
}

void
paraat_duty_section_fill (AdwPreferencesPage   *page,
                          GPtrArray            *groups,
                          GtkWindow            *window,
                          GtkWidget            *toasts,
                          ParaatStore          *store,
                          GTimeZone            *tz,
                          ParaatEvent          *event,
                          ParaatDutyRefreshFunc refresh)
{
  DutyContext *context = g_new0 (DutyContext, 1);
  g_autoptr (GError) error = NULL;
  GtkWidget *group, *box, *button;

  context->store = g_object_ref (store);
  context->tz = g_time_zone_ref (tz);
  context->event = g_object_ref (event);
  context->refresh = refresh;
  context->toasts = g_object_ref (toasts);
  context->requests = paraat_store_list_event_duty_requests (store, paraat_event_get_id (event), &error);
  g_object_set_data_full (G_OBJECT (window), "duty-context", context, duty_context_free);

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "extra-piket");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Extra Piket"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         context->requests == NULL ? error->message
                                         : context->requests->len == 0
                                         ? _("Piket the event asks on top of the roster, such as a 2nd OvD-Bz or "
                                             "communications on standby. None asked yet.")
                                         : _("Piket the event asks on top of the roster. The roster shows each as a "
                                             "place of its own; moving the event moves it."));
  if (context->requests == NULL)
    context->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_duty_request_free);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (groups, group);

  for (guint i = 0; i < context->requests->len; i++)
    {
      const ParaatDutyRequest *request = g_ptr_array_index (context->requests, i);
      g_autofree char *title = g_strdup_printf ("%s – %s, %s", request->function_code, request->function_name,
                                                line_name (request->line));
      g_autofree char *from = format_local (tz, request->starts_at, _("%a %-d %b %H:%M"));
      g_autofree char *until = format_local (tz, request->ends_at, _("%a %-d %b %H:%M"));
      g_autoptr (GString) subtitle = g_string_new (NULL);
      GtkWidget *row = adw_action_row_new ();

      g_string_append_printf (subtitle, "%s – %s · ", from, until);
      if (request->person_id != 0)
        /* TRANSLATORS: who fills an extra piket, e.g. "Filled by Iris Schouwenaar" */
        g_string_append_printf (subtitle, _("Filled by %s"), request->person_name);
      else
        g_string_append (subtitle, _("Not yet filled"));
      if (request->note != NULL && *request->note != '\0')
        g_string_append_printf (subtitle, "\n%s", request->note);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (request->person_id == 0)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Not yet filled"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Remove this extra piket"));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), window);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  button = gtk_button_new_with_mnemonic (_("Request _Extra Piket…"));
  gtk_widget_set_name (button, "request-extra-piket");
  g_signal_connect (button, "clicked", G_CALLBACK (request_clicked_cb), window);
  gtk_box_append (GTK_BOX (box), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
}
