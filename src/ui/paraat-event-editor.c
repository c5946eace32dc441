/* paraat-event-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-event-editor"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "planning/paraat-calendar.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-event-editor.h"
#include "ui/paraat-form.h"

#define EDITOR_KEY "paraat-event-editor"

typedef struct
{
  ParaatStore  *store;
  ParaatEvent  *event;       /* the event changed, or NULL for a new one */
  GTimeZone    *tz;
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  AdwEntryRow  *name_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *organiser_row;
  AdwEntryRow  *contact_row;
  AdwEntryRow  *location_row;
  AdwEntryRow  *first_row;
  AdwEntryRow  *start_row;
  AdwEntryRow  *last_row;
  AdwEntryRow  *end_row;
  AdwEntryRow  *build_day_row;
  AdwEntryRow  *build_time_row;
  AdwEntryRow  *down_day_row;
  AdwEntryRow  *down_time_row;
  AdwEntryRow  *expected_row;
  AdwEntryRow  *max_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *application_row;
  AdwComboRow  *anchor_row;
  AdwEntryRow  *description_row;
  GPtrArray    *partner_checks;   /* GtkCheckButton per partner, "partner-id" set */
  gboolean      filling;
} Editor;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_object_unref (editor->store);
  g_clear_object (&editor->event);
  g_time_zone_unref (editor->tz);
  g_ptr_array_unref (editor->partner_checks);
  g_free (editor);
}

/* -1 for text that is not a whole number of 0 or more; 0 when empty. */
static int
parse_count (const char *text)
{
  char *end = NULL;
  long value;

  if (text == NULL || *text == '\0')
    return 0;
  value = strtol (text, &end, 10);
  if (end == text || *end != '\0' || value < 0 || value > 10000000)
    return -1;
  return (int) value;
}

/* The instant of @date at @time (minutes, or @fallback when empty), or -1. */
static gint64
instant_of (Editor     *editor,
            const char *date,
            int         time,
            int         fallback)
{
  int year, month, day;
  gint64 instant = 0;

  if (time < 0)
    time = fallback;
  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3 ||
      !paraat_calendar_local_to_utc (editor->tz, year, month, day, time / 60, time % 60, &instant))
    return -1;
  return instant;
}

static gboolean
compute (Editor *editor,
         gint64 *starts_at,
         gint64 *ends_at)
{
  g_autofree char *first = paraat_form_entry_text (editor->first_row);
  g_autofree char *last = paraat_form_entry_text (editor->last_row);
  g_autofree char *start = paraat_form_entry_text (editor->start_row);
  g_autofree char *end = paraat_form_entry_text (editor->end_row);

  if (!paraat_validate_date (first) || !paraat_validate_date (last))
    return FALSE;
  *starts_at = instant_of (editor, first, paraat_form_parse_time (start), 0);
  *ends_at = instant_of (editor, last, paraat_form_parse_time (end), 23 * 60 + 59);
  return *starts_at >= 0 && *ends_at >= 0;
}

/* An optional moment (build-up, break-down): 0 when its day is empty, -1
 * when it does not exist here; its time defaults to @fallback minutes. */
static gint64
optional_instant (Editor      *editor,
                  AdwEntryRow *day_row,
                  AdwEntryRow *time_row,
                  int          fallback)
{
  g_autofree char *day = paraat_form_entry_text (day_row);
  g_autofree char *time = paraat_form_entry_text (time_row);

  if (*day == '\0')
    return 0;
  if (!paraat_validate_date (day))
    return -1;
  return instant_of (editor, day, paraat_form_parse_time (time), fallback);
}

/* What is wrong with the build-up or break-down before or after the event
 * (@sign -1: before @edge, +1: after it), or NULL. */
static const char *
around_problem (Editor      *editor,
                AdwEntryRow *day_row,
                AdwEntryRow *time_row,
                int          fallback,
                gint64       edge,
                int          sign)
{
  const char *problem = paraat_form_date_problem (day_row, TRUE);
  gint64 instant;

  if (problem == NULL)
    problem = paraat_form_time_problem (time_row);
  if (problem != NULL || edge <= 0)
    return problem;
  instant = optional_instant (editor, day_row, time_row, fallback);
  if (instant < 0)
    return _("This date or time does not exist here");
  if (instant == 0)
    return NULL;
  if (sign < 0 && instant > edge)
    return _("Building up starts before the event opens");
  if (sign > 0 && instant < edge)
    return _("Breaking down ends after the event closes");
  if ((instant - edge) * sign > 31 * 86400)
    return _("At most a month");
  return NULL;
}

static gboolean
validate (Editor *editor)
{
  g_autofree char *name = paraat_form_entry_text (editor->name_row);
  g_autofree char *expected = paraat_form_entry_text (editor->expected_row);
  g_autofree char *max = paraat_form_entry_text (editor->max_row);
  const char *name_problem = NULL, *last_problem, *expected_problem = NULL, *max_problem = NULL;
  const char *first_problem = paraat_form_date_problem (editor->first_row, FALSE);
  const char *start_problem = paraat_form_time_problem (editor->start_row);
  const char *end_problem = paraat_form_time_problem (editor->end_row);
  const char *application_problem = paraat_form_date_problem (editor->application_row, TRUE);
  const char *build_problem, *down_problem;
  gint64 starts_at = 0, ends_at = 0;
  gboolean valid;

  last_problem = paraat_form_date_problem (editor->last_row, FALSE);
  if (*name == '\0')
    name_problem = paraat_form_is_touched (editor->name_row) ? _("Give the event a name") : "";
  if (parse_count (expected) < 0)
    expected_problem = _("A whole number of 0 or more");
  if (parse_count (max) < 0)
    max_problem = _("A whole number of 0 or more");
  else if (parse_count (max) > 0 && parse_count (expected) > parse_count (max))
    max_problem = _("Fewer than the visitors expected");
  if (first_problem == NULL && last_problem == NULL && start_problem == NULL && end_problem == NULL)
    {
      if (!compute (editor, &starts_at, &ends_at))
        last_problem = _("This date or time does not exist here");
      else if (ends_at < starts_at)
        last_problem = _("The event ends before it starts");
    }

  build_problem = around_problem (editor, editor->build_day_row, editor->build_time_row, 0,
                                  last_problem == NULL ? starts_at : 0, -1);
  down_problem = around_problem (editor, editor->down_day_row, editor->down_time_row, 23 * 60 + 59,
                                 last_problem == NULL ? ends_at : 0, +1);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->build_day_row), build_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->down_day_row), down_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->name_row),
                             name_problem != NULL && *name_problem != '\0' ? name_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->first_row),
                             first_problem != NULL && *first_problem != '\0' ? first_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->last_row),
                             last_problem != NULL && *last_problem != '\0' ? last_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->start_row), start_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->end_row), end_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->expected_row), expected_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->max_row), max_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->application_row), application_problem);

  valid = name_problem == NULL && first_problem == NULL && last_problem == NULL && start_problem == NULL &&
          end_problem == NULL && expected_problem == NULL && max_problem == NULL && application_problem == NULL &&
          build_problem == NULL && down_problem == NULL;
  gtk_widget_set_sensitive (editor->save_button, valid);
  return valid;
}

static void
entry_changed_cb (AdwEntryRow *row,
                  Editor      *editor)
{
  if (editor->filling)
    return;
  paraat_form_touch (row);
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), FALSE);
  validate (editor);
}

static void
combo_changed_cb (Editor *editor)
{
  if (!editor->filling)
    validate (editor);
}

gboolean
paraat_event_editor_save (GtkWidget *window)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL, *organiser = NULL, *contact = NULL, *location = NULL;
  g_autofree char *expected = NULL, *max = NULL, *application = NULL, *description = NULL;
  gint64 starts_at = 0, ends_at = 0, old_start = 0;
  gboolean ok;

  g_return_val_if_fail (editor != NULL, FALSE);

  if (!validate (editor) || !compute (editor, &starts_at, &ends_at))
    return FALSE;

  name = paraat_form_entry_text (editor->name_row);
  organiser = paraat_form_entry_text (editor->organiser_row);
  contact = paraat_form_entry_text (editor->contact_row);
  location = paraat_form_entry_text (editor->location_row);
  expected = paraat_form_entry_text (editor->expected_row);
  max = paraat_form_entry_text (editor->max_row);
  application = paraat_form_entry_text (editor->application_row);
  description = paraat_form_entry_text (editor->description_row);

  /* A copy, so that the caller's event is unchanged when the store refuses. */
  event = paraat_event_new ();
  if (editor->event != NULL)
    {
      old_start = paraat_event_get_starts_at (editor->event);
      paraat_event_set_id (event, paraat_event_get_id (editor->event));
      paraat_event_set_scan_class (event, paraat_event_get_scan_class (editor->event));
      paraat_event_set_scan_answers (event, paraat_event_get_scan_answers (editor->event));
      paraat_event_set_class_override (event, paraat_event_get_class_override (editor->event));
      paraat_event_set_override_reason (event, paraat_event_get_override_reason (editor->event));
    }
  paraat_event_set_name (event, name);
  paraat_event_set_kind (event, adw_combo_row_get_selected (editor->kind_row));
  paraat_event_set_organiser (event, organiser);
  paraat_event_set_contact (event, contact);
  paraat_event_set_location (event, location);
  paraat_event_set_starts_at (event, starts_at);
  paraat_event_set_ends_at (event, ends_at);
  paraat_event_set_build_up_at (event, optional_instant (editor, editor->build_day_row, editor->build_time_row, 0));
  paraat_event_set_break_down_at (event, optional_instant (editor, editor->down_day_row, editor->down_time_row,
                                                           23 * 60 + 59));
  paraat_event_set_visitors_expected (event, parse_count (expected));
  paraat_event_set_visitors_max (event, parse_count (max));
  paraat_event_set_status (event, adw_combo_row_get_selected (editor->status_row));
  paraat_event_set_application_on (event, paraat_form_or_null (application));
  paraat_event_set_anchor (event, adw_combo_row_get_selected (editor->anchor_row));
  paraat_event_set_description (event, description);

  /* Moving an event takes its open checklist items along. */
  if (editor->event != NULL && old_start != starts_at)
    ok = paraat_event_move (editor->store, editor->tz, event, old_start, &error);
  else
    ok = paraat_store_save_event (editor->store, event, &error);
  if (ok)
    {
      g_autoptr (GArray) partners = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < editor->partner_checks->len; i++)
        {
          GtkCheckButton *check = g_ptr_array_index (editor->partner_checks, i);

          if (gtk_check_button_get_active (check))
            g_array_append_val (partners, *(gint64 *) g_object_get_data (G_OBJECT (check), "partner-id"));
        }
      ok = paraat_store_write_event_partners (editor->store, paraat_event_get_id (event),
                                              (const gint64 *) partners->data, partners->len, &error);
    }
  if (!ok)
    {
      /* A new event saved before its partners failed: edit it from now on. */
      if (editor->event == NULL && paraat_event_get_id (event) > 0)
        editor->event = g_object_ref (event);
      gtk_label_set_text (editor->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (editor->error_label), TRUE);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

static void
save_clicked_cb (GtkWidget *window)
{
  paraat_event_editor_save (window);
}

static AdwEntryRow *
add_entry (Editor              *editor,
           AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), editor);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo (Editor              *editor,
           AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *names)
{
  g_autoptr (GtkStringList) strings = gtk_string_list_new (names);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (combo_changed_cb), editor);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static AdwPreferencesGroup *
add_group (GtkWidget  *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

/* The local date and time of @instant: "YYYY-MM-DD" and "HH:MM". */
static void
set_when (Editor      *editor,
          AdwEntryRow *date_row,
          AdwEntryRow *time_row,
          gint64       instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, editor->tz);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  paraat_form_set_entry (date_row, date);
  paraat_form_set_entry (time_row, time);
}

GtkWidget *
paraat_event_editor_new (ParaatStore *store,
                         GtkWindow   *parent,
                         ParaatEvent *event)
{
  /* In the order of ParaatEventKind, ParaatEventStatus and ParaatDateAnchor. */
  const char *kinds[] = { C_("event kind", "Event"), C_("event kind", "Yearly Programme"), NULL };
  const char *statuses[] = {
    C_("event status", "Announced"), C_("event status", "Application Received"), C_("event status", "In Advice"),
    C_("event status", "Permit Granted"), C_("event status", "Refused"), C_("event status", "Held"),
    C_("event status", "Evaluated"), NULL,
  };
  const char *anchors[] = {
    _("The same date"), _("The same week and weekday"), _("Koningsdag (26 April when the 27th is a Sunday)"), NULL,
  };
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *window, *content, *header, *cancel, *page, *group;
  AdwPreferencesGroup *section;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  editor->store = g_object_ref (store);
  editor->event = event != NULL ? g_object_ref (event) : NULL;
  editor->partner_checks = g_ptr_array_new ();
  editor->tz = paraat_roster_service_time_zone (store, NULL);
  if (editor->tz == NULL)
    editor->tz = g_time_zone_new_utc ();

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), event != NULL ? _("Edit Event") : _("New Event"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 720);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, editor, editor_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  editor->save_button = gtk_button_new_with_mnemonic (event != NULL ? _("_Save") : _("_Add"));
  gtk_widget_set_name (editor->save_button, "save-button");
  gtk_widget_add_css_class (editor->save_button, "suggested-action");
  g_signal_connect_swapped (editor->save_button, "clicked", G_CALLBACK (save_clicked_cb), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), editor->save_button);
  gtk_box_append (GTK_BOX (content), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), page);

  group = adw_preferences_group_new ();
  editor->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (editor->error_label, TRUE);
  gtk_label_set_xalign (editor->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (editor->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (editor->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  editor->filling = TRUE;
  section = add_group (page, _("Event"), NULL);
  editor->name_row = add_entry (editor, section, _("Name"));
  editor->kind_row = add_combo (editor, section, _("Kind"), kinds);
  editor->organiser_row = add_entry (editor, section, _("Organiser"));
  editor->contact_row = add_entry (editor, section, _("Contact (name, phone)"));
  editor->location_row = add_entry (editor, section, _("Location"));
  editor->description_row = add_entry (editor, section, _("Description"));

  section = add_group (page, _("When"), _("Days as YYYY-MM-DD and times as HH:MM. Without times the event lasts "
                                          "from the start of the first day to the end of the last."));
  editor->first_row = add_entry (editor, section, _("First Day"));
  editor->start_row = add_entry (editor, section, _("Opens At"));
  editor->last_row = add_entry (editor, section, _("Last Day"));
  editor->end_row = add_entry (editor, section, _("Closes At"));
  editor->anchor_row = add_combo (editor, section, _("Next Year On"), anchors);

  section = add_group (page, _("Build-up and Break-down"),
                       _("Leave empty when the site is built and cleared on the event's own days."));
  editor->build_day_row = add_entry (editor, section, _("Build-up Starts On"));
  editor->build_time_row = add_entry (editor, section, _("Build-up Starts At"));
  editor->down_day_row = add_entry (editor, section, _("Break-down Ends On"));
  editor->down_time_row = add_entry (editor, section, _("Break-down Ends At"));

  section = add_group (page, _("Visitors and Permit"), NULL);
  editor->expected_row = add_entry (editor, section, _("Visitors Expected"));
  editor->max_row = add_entry (editor, section, _("Most at the Same Time (0 if unknown)"));
  editor->status_row = add_combo (editor, section, _("Status"), statuses);
  editor->application_row = add_entry (editor, section, _("Permit Application Received (YYYY-MM-DD)"));

  /* The partners involved, internal and external. */
  section = add_group (page, _("Partners Involved"), NULL);
  {
    g_autoptr (GListModel) partners = paraat_store_list_partners (store, NULL);
    g_autoptr (GArray) chosen = event != NULL ? paraat_store_read_event_partners (store, paraat_event_get_id (event), NULL)
                                              : NULL;

    for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
      {
        g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);
        gint64 id = paraat_partner_get_id (partner);
        GtkWidget *row = adw_action_row_new ();
        GtkWidget *check = gtk_check_button_new ();

        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), paraat_partner_get_name (partner));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     paraat_partner_get_kind (partner) == PARAAT_PARTNER_KIND_INTERNAL
                                     ? _("Internal") : _("External"));
        g_object_set_data_full (G_OBJECT (check), "partner-id", g_memdup2 (&id, sizeof id), g_free);
        for (guint c = 0; chosen != NULL && c < chosen->len; c++)
          if (g_array_index (chosen, gint64, c) == id)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
        adw_preferences_group_add (section, row);
        g_ptr_array_add (editor->partner_checks, check);
      }
  }

  if (event != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("%d", paraat_event_get_visitors_expected (event));
      g_autofree char *max = g_strdup_printf ("%d", paraat_event_get_visitors_max (event));

      paraat_form_set_entry (editor->name_row, paraat_event_get_name (event));
      adw_combo_row_set_selected (editor->kind_row, paraat_event_get_kind (event));
      paraat_form_set_entry (editor->organiser_row, paraat_event_get_organiser (event));
      paraat_form_set_entry (editor->contact_row, paraat_event_get_contact (event));
      paraat_form_set_entry (editor->location_row, paraat_event_get_location (event));
      paraat_form_set_entry (editor->description_row, paraat_event_get_description (event));
      set_when (editor, editor->first_row, editor->start_row, paraat_event_get_starts_at (event));
      set_when (editor, editor->last_row, editor->end_row, paraat_event_get_ends_at (event));
      adw_combo_row_set_selected (editor->anchor_row, paraat_event_get_anchor (event));
      if (paraat_event_get_build_up_at (event) > 0)
        set_when (editor, editor->build_day_row, editor->build_time_row, paraat_event_get_build_up_at (event));
      if (paraat_event_get_break_down_at (event) > 0)
        set_when (editor, editor->down_day_row, editor->down_time_row, paraat_event_get_break_down_at (event));
      paraat_form_set_entry (editor->expected_row, expected);
      paraat_form_set_entry (editor->max_row, max);
      adw_combo_row_set_selected (editor->status_row, paraat_event_get_status (event));
      paraat_form_set_entry (editor->application_row, paraat_event_get_application_on (event));
    }
  editor->filling = FALSE;
  validate (editor);

  adw_window_set_content (ADW_WINDOW (window), content);
  return window;
}

void
paraat_event_editor_fill (GtkWidget  *window,
                          const char *name,
                          const char *first_day,
                          const char *start,
                          const char *last_day,
                          const char *end,
                          const char *visitors)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  struct { AdwEntryRow *row; const char *text; } fields[] = {
    { editor->name_row, name }, { editor->first_row, first_day }, { editor->start_row, start },
    { editor->last_row, last_day }, { editor->end_row, end }, { editor->expected_row, visitors },
  };

  g_return_if_fail (editor != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].text != NULL)
      gtk_editable_set_text (GTK_EDITABLE (fields[i].row), fields[i].text);
}

void
paraat_event_editor_fill_site (GtkWidget  *window,
                               const char *build_day,
                               const char *build_time,
                               const char *down_day,
                               const char *down_time)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  struct { AdwEntryRow *row; const char *text; } fields[] = {
    { editor->build_day_row, build_day }, { editor->build_time_row, build_time },
    { editor->down_day_row, down_day }, { editor->down_time_row, down_time },
  };

  g_return_if_fail (editor != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].text != NULL)
      gtk_editable_set_text (GTK_EDITABLE (fields[i].row), fields[i].text);
}

void
paraat_event_editor_choose_partner (GtkWidget  *window,
                                    const char *name)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);

  g_return_if_fail (editor != NULL);

  for (guint i = 0; i < editor->partner_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (editor->partner_checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);

      if (row != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
}
