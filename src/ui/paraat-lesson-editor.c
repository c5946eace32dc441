/* paraat-lesson-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-lesson-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "ui/paraat-form.h"
#include "ui/paraat-lesson-editor.h"

#define EDITOR_KEY "paraat-lesson-editor"

typedef struct
{
  ParaatStore  *store;
  gint64        id;
  GArray       *sources;       /* per source row: { session id, event id }; the first is "an incident" */
  GArray       *owners;        /* person id per owner row; the first is 0 */
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  AdwComboRow  *kind_row;
  AdwEntryRow  *text_row;
  AdwComboRow  *source_row;
  AdwEntryRow  *incident_row;
  AdwComboRow  *owner_row;
  AdwEntryRow  *due_row;
  AdwComboRow  *status_row;
  gboolean      filling;
} Editor;

typedef struct
{
  gint64 session_id;
  gint64 event_id;
} Source;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_object_unref (editor->store);
  g_array_unref (editor->sources);
  g_array_unref (editor->owners);
  g_free (editor);
}

static gboolean
validate (Editor *editor)
{
  g_autofree char *text = paraat_form_entry_text (editor->text_row);
  g_autofree char *incident = paraat_form_entry_text (editor->incident_row);
  const char *due_problem = paraat_form_date_problem (editor->due_row, TRUE);
  gboolean from_incident = adw_combo_row_get_selected (editor->source_row) == 0;
  const char *text_problem = NULL;
  const char *incident_problem = NULL;
  gboolean valid;

  if (*text == '\0')
    text_problem = paraat_form_is_touched (editor->text_row) ? _("Say what was learnt or must improve") : "";
  if (from_incident && *incident == '\0')
    incident_problem = paraat_form_is_touched (editor->incident_row) ? _("Name the incident or other source") : "";

  gtk_widget_set_visible (GTK_WIDGET (editor->incident_row), from_incident);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->text_row),
                             text_problem != NULL && *text_problem != '\0' ? text_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->incident_row),
                             incident_problem != NULL && *incident_problem != '\0' ? incident_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->due_row), due_problem);

  valid = text_problem == NULL && incident_problem == NULL && due_problem == NULL;
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
paraat_lesson_editor_save (GtkWidget *window)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  g_autofree char *text = NULL;
  g_autofree char *incident = NULL;
  g_autofree char *due = NULL;
  g_autoptr (GError) error = NULL;
  const Source *source;
  ParaatLesson lesson = { 0 };

  g_return_val_if_fail (editor != NULL, FALSE);

  if (!validate (editor))
    return FALSE;

  text = paraat_form_entry_text (editor->text_row);
  incident = paraat_form_entry_text (editor->incident_row);
  due = paraat_form_entry_text (editor->due_row);
  source = &g_array_index (editor->sources, Source, adw_combo_row_get_selected (editor->source_row));

  lesson.id = editor->id;
  lesson.kind = adw_combo_row_get_selected (editor->kind_row);
  lesson.text = text;
  lesson.session_id = source->session_id;
  lesson.event_id = source->event_id;
  lesson.source = source->session_id == 0 && source->event_id == 0 ? incident : (char *) "";
  lesson.owner_person_id = g_array_index (editor->owners, gint64, adw_combo_row_get_selected (editor->owner_row));
  lesson.due_day = *due != '\0' ? paraat_day_parse (due) : 0;
  lesson.status = adw_combo_row_get_selected (editor->status_row);

  if (!paraat_store_save_lesson (editor->store, &lesson, &error))
    {
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
  paraat_lesson_editor_save (window);
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
           GtkStringList       *strings)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (combo_changed_cb), editor);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

GtkWidget *
paraat_lesson_editor_new (ParaatStore        *store,
                          GtkWindow          *parent,
                          const ParaatLesson *lesson)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *window, *content, *header, *cancel, *page, *group;
  gint64 since = g_date_time_to_unix (now) - 2 * 366 * 24 * 3600;
  gint64 until = g_date_time_to_unix (now) + 366 * 24 * 3600;
  Source none = { 0, 0 };

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  editor->store = g_object_ref (store);
  editor->sources = g_array_new (FALSE, FALSE, sizeof (Source));
  editor->owners = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Order as in ParaatLessonKind and ParaatLessonStatus. */
  gtk_string_list_append (kinds, C_("lesson", "Lesson"));
  gtk_string_list_append (kinds, C_("lesson", "Improvement"));
  gtk_string_list_append (statuses, C_("lesson", "Open"));
  gtk_string_list_append (statuses, C_("lesson", "In Progress"));
  gtk_string_list_append (statuses, C_("lesson", "Done"));
  gtk_string_list_append (statuses, C_("lesson", "Dropped"));

  gtk_string_list_append (sources, _("An incident or something else"));
  g_array_append_val (editor->sources, none);
  sessions = paraat_store_list_sessions (store, since, until, NULL);
  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *label = g_strdup_printf (_("Session: %s"), paraat_session_get_title (session));
      Source source = { paraat_session_get_id (session), 0 };

      gtk_string_list_append (sources, label);
      g_array_append_val (editor->sources, source);
    }
  events = paraat_store_list_events (store, since, until, NULL);
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      g_autofree char *label = g_strdup_printf (_("Event: %s"), paraat_event_get_name (event));
      Source source = { 0, paraat_event_get_id (event) };

      gtk_string_list_append (sources, label);
      g_array_append_val (editor->sources, source);
    }

  gtk_string_list_append (owners, _("No owner"));
  g_array_append_val (editor->owners, none.session_id);
  people = paraat_store_list_people (store, NULL);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);

      gtk_string_list_append (owners, paraat_person_get_display_name (person));
      g_array_append_val (editor->owners, id);
    }

  window = adw_window_new ();
  /* A lesson without id is a new one with its source already chosen. */
  gtk_window_set_title (GTK_WINDOW (window), lesson != NULL && lesson->id != 0 ? _("Edit Lesson") : _("New Lesson"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 620);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, editor, editor_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  editor->save_button = gtk_button_new_with_mnemonic (lesson != NULL && lesson->id != 0 ? _("_Save") : _("_Add"));
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

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What Was Learnt"));
  editor->filling = TRUE;
  editor->kind_row = add_combo (editor, ADW_PREFERENCES_GROUP (group), _("Kind"), kinds);
  editor->text_row = add_entry (editor, ADW_PREFERENCES_GROUP (group), _("Text"));
  editor->source_row = add_combo (editor, ADW_PREFERENCES_GROUP (group), _("Comes From"), sources);
  editor->incident_row = add_entry (editor, ADW_PREFERENCES_GROUP (group), _("Incident or Other Source"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Follow-up"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("An improvement past its due date and not done is listed on the Overview."));
  editor->owner_row = add_combo (editor, ADW_PREFERENCES_GROUP (group), _("Owner"), owners);
  editor->due_row = add_entry (editor, ADW_PREFERENCES_GROUP (group), _("Due Date (YYYY-MM-DD)"));
  editor->status_row = add_combo (editor, ADW_PREFERENCES_GROUP (group), _("Status"), statuses);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  if (lesson != NULL)
    {
      g_autofree char *due = lesson->due_day != 0 ? paraat_day_format (lesson->due_day) : NULL;

      editor->id = lesson->id;
      adw_combo_row_set_selected (editor->kind_row, lesson->kind);
      paraat_form_set_entry (editor->text_row, lesson->text);
      for (guint i = 1; i < editor->sources->len; i++)
        {
          const Source *source = &g_array_index (editor->sources, Source, i);

          if ((lesson->session_id != 0 && source->session_id == lesson->session_id) ||
              (lesson->event_id != 0 && source->event_id == lesson->event_id))
            adw_combo_row_set_selected (editor->source_row, i);
        }
      paraat_form_set_entry (editor->incident_row, lesson->source);
      for (guint i = 1; i < editor->owners->len; i++)
        if (g_array_index (editor->owners, gint64, i) == lesson->owner_person_id)
          adw_combo_row_set_selected (editor->owner_row, i);
      paraat_form_set_entry (editor->due_row, due);
      adw_combo_row_set_selected (editor->status_row, lesson->status);
    }
  else
    adw_combo_row_set_selected (editor->kind_row, PARAAT_LESSON_KIND_IMPROVEMENT);
  editor->filling = FALSE;
  validate (editor);

  adw_window_set_content (ADW_WINDOW (window), content);
  return window;
}

void
paraat_lesson_editor_fill (GtkWidget  *window,
                           const char *text,
                           const char *session_title,
                           const char *source,
                           const char *owner_name,
                           const char *due)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  GListModel *model;

  g_return_if_fail (editor != NULL);

  gtk_editable_set_text (GTK_EDITABLE (editor->text_row), text);
  /* Without a session or a source, where it came from stays as it was. */
  if (session_title != NULL || source != NULL)
    adw_combo_row_set_selected (editor->source_row, 0);
  model = adw_combo_row_get_model (editor->source_row);
  for (guint i = 1; session_title != NULL && i < g_list_model_get_n_items (model); i++)
    {
      const char *label = gtk_string_list_get_string (GTK_STRING_LIST (model), i);
      g_autofree char *wanted = g_strdup_printf (_("Session: %s"), session_title);

      if (g_strcmp0 (label, wanted) == 0)
        adw_combo_row_set_selected (editor->source_row, i);
    }
  if (source != NULL)
    gtk_editable_set_text (GTK_EDITABLE (editor->incident_row), source);
  model = adw_combo_row_get_model (editor->owner_row);
  for (guint i = 0; owner_name != NULL && i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), owner_name) == 0)
      adw_combo_row_set_selected (editor->owner_row, i);
  gtk_editable_set_text (GTK_EDITABLE (editor->due_row), due != NULL ? due : "");
}
