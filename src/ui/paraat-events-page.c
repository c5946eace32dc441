/* paraat-events-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-events-page"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "model/paraat-validate.h"
#include "planning/paraat-calendar.h"
#include "planning/paraat-event-labels.h"
#include "service/paraat-event-print.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-checklist-editors.h"
#include "ui/paraat-duty-section.h"
#include "ui/paraat-event-editor.h"
#include "ui/paraat-events-page.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-form.h"
#include "ui/paraat-lesson-editor.h"
#include "ui/paraat-ui-util.h"

struct _ParaatEventsPage
{
  GtkWidget            parent_instance;

  ParaatStore         *store;
  gulong               changed_id;
  GTimeZone           *tz;
  guint                reload_id;
  gboolean             dirty;

  GtkWidget           *box;
  GtkDropDown         *year_dropdown;
  GtkDropDown         *class_dropdown;
  GtkDropDown         *status_dropdown;
  GtkStack            *stack;
  AdwPreferencesPage  *page;
  GPtrArray           *groups;       /* the month groups on the page */
  GPtrArray           *events;       /* ParaatEvent shown */
  int                  first_year;   /* of the year dropdown */
};

G_DEFINE_FINAL_TYPE (ParaatEventsPage, paraat_events_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (ParaatEventsPage *self);

static void
show_error (GtkWidget    *widget,
            const GError *error)
{
  paraat_ui_show_toast (widget, adw_toast_new (error->message));
}

/* "Saturday 27 June 2026, 12:00 – Sunday 28 June, 23:00". */
static char *
when_text (ParaatEvent *event,
           GTimeZone   *tz)
{
  g_autofree char *from = paraat_ui_format_instant (paraat_event_get_starts_at (event), tz);
  g_autofree char *until = paraat_ui_format_instant (paraat_event_get_ends_at (event), tz);

  /* Translators: an event's first and last moment */
  return g_strdup_printf (_("%s – %s"), from, until);
}

static char *
format_due (gint64     instant,
            GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  /* Translators: the due moment of a checklist item, strftime format */
  return g_date_time_format (local, C_("due", "%a %-d %b %Y, %H:%M"));
}

/*
 * The risk scan window
 */

typedef struct
{
  ParaatEventsPage *page;
  ParaatEvent      *event;
  ParaatScanForm   *form;
  GPtrArray        *rows;        /* AdwComboRow per question */
  GPtrArray        *option_ids;  /* per question: GArray of gint64 (after the placeholder) */
  GtkLabel         *result_label;
  GtkWidget        *save_button;
  GtkLabel         *error_label;
  GtkWindow        *event_window;
} ScanWindow;

static void
scan_window_free (gpointer data)
{
  ScanWindow *scan = data;

  g_object_unref (scan->event);
  paraat_scan_form_free (scan->form);
  g_ptr_array_unref (scan->rows);
  g_ptr_array_unref (scan->option_ids);
  g_free (scan);
}

/* The answers chosen so far; FALSE when a question has none. */
static gboolean
scan_answers (ScanWindow *scan,
              GArray     *answers)
{
  gboolean complete = TRUE;

  for (guint q = 0; q < scan->rows->len; q++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (scan->rows, q));
      GArray *ids = g_ptr_array_index (scan->option_ids, q);

      if (selected == 0 || selected > ids->len)
        complete = FALSE;
      else
        g_array_append_val (answers, g_array_index (ids, gint64, selected - 1));
    }
  return complete;
}

static void
scan_update (ScanWindow *scan)
{
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  ParaatRiskClass klass;
  int points = 0;

  if (!scan_answers (scan, answers))
    {
      guint open = 0;

      for (guint q = 0; q < scan->rows->len; q++)
        open += adw_combo_row_get_selected (g_ptr_array_index (scan->rows, q)) == 0;
      gtk_label_set_text (scan->result_label,
                          g_dngettext (NULL, "Answer the last question to see the class.",
                                       "Answer the remaining questions to see the class.", open));
      gtk_widget_set_sensitive (scan->save_button, FALSE);
      return;
    }
  if (!paraat_risk_scan (scan->form, (const gint64 *) answers->data, answers->len, &klass, &points, reasons, &error))
    {
      gtk_label_set_text (scan->result_label, error->message);
      gtk_widget_set_sensitive (scan->save_button, FALSE);
      return;
    }
  g_ptr_array_add (reasons, NULL);
  {
    g_autofree char *why = g_strjoinv ("\n", (char **) reasons->pdata);
    /* Translators: the result of the risk scan: "Class B", then the reasons */
    g_autofree char *text = g_strdup_printf (_("Class %s\n%s"), paraat_risk_class_label (klass), why);

    gtk_label_set_text (scan->result_label, text);
  }
  gtk_widget_set_sensitive (scan->save_button, TRUE);
}

static void event_window_refresh (GtkWindow *window);

gboolean
paraat_scan_window_save (GtkWindow *window)
{
  ScanWindow *scan = g_object_get_data (G_OBJECT (window), "scan-window");
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (scan != NULL, FALSE);

  if (!scan_answers (scan, answers) ||
      !paraat_event_apply_scan (scan->page->store, scan->event, (const gint64 *) answers->data, answers->len,
                                NULL, &error))
    {
      gtk_label_set_text (scan->error_label, error != NULL ? error->message : _("Answer every question."));
      gtk_widget_set_visible (GTK_WIDGET (scan->error_label), TRUE);
      return FALSE;
    }
  if (scan->event_window != NULL)
    event_window_refresh (scan->event_window);
  gtk_window_destroy (window);
  return TRUE;
}

void
paraat_scan_window_answer_all (GtkWindow *window,
                               guint      option)
{
  ScanWindow *scan = g_object_get_data (G_OBJECT (window), "scan-window");

  g_return_if_fail (scan != NULL);

  for (guint q = 0; q < scan->rows->len; q++)
    {
      GArray *ids = g_ptr_array_index (scan->option_ids, q);

      adw_combo_row_set_selected (g_ptr_array_index (scan->rows, q), MIN (option, ids->len - 1) + 1);
    }
}

static void
scan_save_clicked_cb (GtkWidget *window)
{
  paraat_scan_window_save (GTK_WINDOW (window));
}

static GtkWindow *
scan_window_new (ParaatEventsPage *self,
                 ParaatEvent      *event,
                 GtkWindow        *parent)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) previous = g_strsplit (paraat_event_get_scan_answers (event), ",", -1);
  ParaatScanForm *form = paraat_store_read_scan_form (self->store, &error);
  ScanWindow *scan;
  GtkWidget *window, *content, *header, *cancel, *page, *group = NULL, *label;
  const char *profile = NULL;

  if (form == NULL)
    {
      show_error (GTK_WIDGET (self), error);
      return NULL;
    }
  scan = g_new0 (ScanWindow, 1);
  scan->page = self;
  scan->event = g_object_ref (event);
  scan->form = form;
  scan->rows = g_ptr_array_new ();
  scan->option_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  scan->event_window = parent;

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Risk Scan"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  g_object_set_data_full (G_OBJECT (window), "scan-window", scan, scan_window_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  scan->save_button = gtk_button_new_with_mnemonic (_("_Save Class"));
  gtk_widget_add_css_class (scan->save_button, "suggested-action");
  g_signal_connect_swapped (scan->save_button, "clicked", G_CALLBACK (scan_save_clicked_cb), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), scan->save_button);
  gtk_box_append (GTK_BOX (content), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), page);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), paraat_event_get_name (event));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The class follows from the points of the answers; some answers ask a "
                                           "class of their own. The scan is advice: a different class can be "
                                           "set afterwards, with a reason."));
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  scan->result_label = GTK_LABEL (label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  scan->error_label = GTK_LABEL (label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = NULL;
  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);
      g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      GtkWidget *row = adw_combo_row_new ();
      guint chosen = 0;

      if (group == NULL || g_strcmp0 (profile, question->profile) != 0)
        {
          profile = question->profile;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), paraat_scan_profile_title (profile));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
        }
      /* Translators: the first choice of a risk-scan question: nothing chosen yet */
      gtk_string_list_append (names, _("Choose…"));
      for (guint o = 0; o < form->options->len; o++)
        {
          const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, option->id);

          if (option->question_id != question->id)
            continue;
          gtk_string_list_append (names, option->text);
          g_array_append_val (ids, option->id);
          if (previous != NULL && g_strv_contains ((const char * const *) previous, id_text))
            chosen = ids->len;
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), question->text);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), chosen);
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (scan_update), scan);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (scan->rows, row);
      g_ptr_array_add (scan->option_ids, ids);
    }
  scan_update (scan);

  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/*
 * The event window
 */

typedef struct
{
  ParaatEventsPage *page;
  gint64            event_id;
  ParaatEvent      *event;
  GArray           *tasks;          /* ParaatEventTask */
  GArray           *templates;      /* ParaatChecklistTemplate */
  GPtrArray        *status_dropdowns;
  AdwPreferencesPage *content_page;
  GPtrArray        *groups;
  GtkDropDown      *template_dropdown;
  GtkLabel         *error_label;
  AdwComboRow      *override_row;
  AdwEntryRow      *reason_row;
  ParaatSchouw     *schouw;
  GArray           *findings;       /* ParaatFinding */
  GArray           *partner_ids;    /* gint64 per owner choice; the first is 0 */
  AdwEntryRow      *schouw_date_row;
  AdwEntryRow      *schouw_time_row;
  AdwEntryRow      *participants_row;
  AdwComboRow      *decision_row;
  AdwEntryRow      *decided_by_row;
  AdwEntryRow      *finding_row;
  AdwComboRow      *finding_owner_row;
  gboolean          filling;
} EventWindow;

static void
event_window_free (gpointer data)
{
  EventWindow *ew = data;

  g_clear_object (&ew->event);
  g_clear_pointer (&ew->tasks, g_array_unref);
  g_clear_pointer (&ew->templates, g_array_unref);
  g_clear_pointer (&ew->schouw, paraat_schouw_free);
  g_clear_pointer (&ew->findings, g_array_unref);
  g_clear_pointer (&ew->partner_ids, g_array_unref);
  g_ptr_array_unref (ew->status_dropdowns);
  g_ptr_array_unref (ew->groups);
  g_free (ew);
}

static void
event_window_error (EventWindow  *ew,
                    const GError *error)
{
  gtk_label_set_text (ew->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (ew->error_label), TRUE);
}

static GtkWidget *
info_row (const char *title,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "–");
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
edit_clicked_cb (GtkButton *button,
                 GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  GtkWidget *editor = paraat_event_editor_new (ew->page->store, window, ew->event);

  g_signal_connect_object (editor, "destroy", G_CALLBACK (event_window_refresh), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

GtkWidget *
paraat_event_window_new_lesson (GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  ParaatLesson lesson = { .event_id = ew->event_id, .kind = PARAAT_LESSON_KIND_IMPROVEMENT, .text = (char *) "",
                          .source = (char *) "", .status = PARAAT_LESSON_OPEN };

  g_return_val_if_fail (ew != NULL, NULL);

  /* Evaluations go to OTO's list of lessons, linked to this event. */
  return paraat_lesson_editor_new (ew->page->store, window, &lesson);
}

static void
lesson_clicked_cb (GtkButton *button,
                   GtkWindow *window)
{
  gtk_window_present (GTK_WINDOW (paraat_event_window_new_lesson (window)));
}

static void
scan_clicked_cb (GtkButton *button,
                 GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  scan_window_new (ew->page, ew->event, window);
}

GtkWindow *
paraat_event_window_open_scan (GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  g_return_val_if_fail (ew != NULL, NULL);

  return scan_window_new (ew->page, ew->event, window);
}

static void
override_clicked_cb (GtkButton *button,
                     GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->reason_row))));
  ParaatRiskClass before = paraat_event_get_class_override (ew->event);
  g_autofree char *before_reason = g_strdup (paraat_event_get_override_reason (ew->event));
  /* The combo: "As the scan says", 0, A, B, C. */
  ParaatRiskClass klass = adw_combo_row_get_selected (ew->override_row);

  paraat_event_set_class_override (ew->event, klass);
  paraat_event_set_override_reason (ew->event, klass == PARAAT_RISK_CLASS_UNKNOWN ? "" : reason);
  if (!paraat_store_save_event (ew->page->store, ew->event, &error))
    {
      paraat_event_set_class_override (ew->event, before);
      paraat_event_set_override_reason (ew->event, before_reason);
      event_window_error (ew, error);
      return;
    }
  event_window_refresh (window);
}

static void
reason_changed_cb (EventWindow *ew)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->reason_row))));
  gboolean needs = adw_combo_row_get_selected (ew->override_row) != PARAAT_RISK_CLASS_UNKNOWN;

  /* At the field: an override needs its reason. */
  if (needs && *reason == '\0')
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ew->reason_row), _("Reason (required for a different class)"));
      gtk_widget_add_css_class (GTK_WIDGET (ew->reason_row), "error");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ew->reason_row), _("Reason"));
      gtk_widget_remove_css_class (GTK_WIDGET (ew->reason_row), "error");
    }
}

static void
copy_clicked_cb (GtkButton *button,
                 GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) copy = paraat_event_copy_to_next_year (ew->page->store, ew->page->tz, ew->event_id, &error);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (copy == NULL)
    {
      event_window_error (ew, error);
      return;
    }
  when = paraat_ui_format_instant (paraat_event_get_starts_at (copy), ew->page->tz);
  text = g_strdup_printf (_("Next year’s edition planned on %s"), when);
  paraat_ui_show_toast (GTK_WIDGET (ew->page), adw_toast_new (text));
  gtk_window_destroy (window);
}

gboolean
paraat_event_window_add_checklist (GtkWindow  *window,
                                   const char *template_code)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;
  guint added = 0;
  gint64 template_id = 0;

  g_return_val_if_fail (ew != NULL, FALSE);

  for (guint i = 0; i < ew->templates->len; i++)
    if (g_ascii_strcasecmp (g_array_index (ew->templates, ParaatChecklistTemplate, i).code, template_code) == 0)
      template_id = g_array_index (ew->templates, ParaatChecklistTemplate, i).id;
  if (template_id == 0 ||
      !paraat_event_add_checklist (ew->page->store, ew->page->tz, ew->event_id, template_id, &added, &error))
    {
      if (error != NULL)
        event_window_error (ew, error);
      return FALSE;
    }
  event_window_refresh (window);
  return TRUE;
}

static void
add_checklist_clicked_cb (GtkButton *button,
                          GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  guint selected = gtk_drop_down_get_selected (ew->template_dropdown);

  if (selected < ew->templates->len)
    paraat_event_window_add_checklist (window, g_array_index (ew->templates, ParaatChecklistTemplate, selected).code);
}

gboolean
paraat_event_window_set_task_status (GtkWindow        *window,
                                     guint             index,
                                     ParaatTaskStatus  status)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  ParaatEventTask *task;
  g_autoptr (GError) error = NULL;
  ParaatTaskStatus before;

  g_return_val_if_fail (ew != NULL, FALSE);

  if (index >= ew->tasks->len)
    return FALSE;
  task = &g_array_index (ew->tasks, ParaatEventTask, index);
  before = task->status;
  if (before == status)
    return TRUE;
  task->status = status;
  if (status != PARAAT_TASK_OPEN)
    {
      task->done_at = paraat_ui_now ();
      g_free (task->done_by);
      task->done_by = g_strdup (paraat_store_get_actor (ew->page->store));
    }
  if (!paraat_store_save_event_task (ew->page->store, task, &error))
    {
      task->status = before;
      event_window_error (ew, error);
      return FALSE;
    }
  event_window_refresh (window);
  return TRUE;
}

static void
task_status_changed_cb (GtkDropDown *dropdown,
                        GParamSpec  *pspec,
                        GtkWindow   *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  if (ew->filling)
    return;
  paraat_event_window_set_task_status (window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "index")),
                                       gtk_drop_down_get_selected (dropdown));
}

guint
paraat_event_window_get_n_tasks (GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  g_return_val_if_fail (ew != NULL, 0);

  return ew->tasks != NULL ? ew->tasks->len : 0;
}

/*
 * One checklist item: added by hand, changed (text, due moment, owner) or
 * removed with undo.
 */

typedef struct
{
  GtkWindow       *window;      /* the event window */
  gint64           task_id;     /* 0 for a new item */
  AdwEntryRow     *text_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *time_row;
  AdwComboRow     *owner_row;
  AdwEntryRow     *note_row;
  GArray          *owner_ids;   /* gint64 per owner row; the first is 0 */
  AdwMessageDialog *dialog;
} ItemDialog;

static void
item_dialog_free (gpointer data)
{
  ItemDialog *item = data;

  g_array_unref (item->owner_ids);
  g_free (item);
}

/* The due moment the fields say, or -1 (with the problems shown at them). */
static gint64
item_dialog_due (ItemDialog *item)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (item->window), "event-window");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->text_row))));
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->date_row))));
  g_autofree char *time = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->time_row))));
  int minutes = paraat_form_parse_time (time);
  int year, month, day;
  gint64 due = -1;

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (item->text_row), *text == '\0' ? _("Say what is to be done") : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (item->date_row),
                             paraat_validate_date (date) ? NULL : _("A date as YYYY-MM-DD"));
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (item->time_row), minutes == -1 ? _("A time as HH:MM, or empty") : NULL);
  if (minutes < 0)
    minutes = 23 * 60 + 59;
  if (*text != '\0' && paraat_validate_date (date) && minutes >= 0 &&
      sscanf (date, "%d-%d-%d", &year, &month, &day) == 3 &&
      !paraat_calendar_local_to_utc (ew->page->tz, year, month, day, minutes / 60, minutes % 60, &due))
    due = -1;
  adw_message_dialog_set_response_enabled (item->dialog, "save", due > 0);
  return due;
}

static void
item_changed_cb (ItemDialog *item)
{
  item_dialog_due (item);
}

static void
remove_undo_cb (AdwToast *toast,
                gpointer  data)
{
  ParaatEventsPage *self = g_object_get_data (G_OBJECT (toast), "page");
  ParaatEventTask *removed = g_object_get_data (G_OBJECT (toast), "task");
  ParaatEventTask copy = *removed;
  g_autoptr (GError) error = NULL;

  /* Back as a new item, then with the status it had. */
  copy.id = 0;
  copy.status = PARAAT_TASK_OPEN;
  if (!paraat_store_add_event_tasks (self->store, removed->event_id, &copy, 1, &error))
    {
      show_error (GTK_WIDGET (self), error);
      return;
    }
  copy.status = removed->status;
  if (copy.status != PARAAT_TASK_OPEN && !paraat_store_save_event_task (self->store, &copy, &error))
    show_error (GTK_WIDGET (self), error);
}

static void
task_free (gpointer data)
{
  paraat_event_task_clear (data);
  g_free (data);
}

static void
item_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  ItemDialog       *item)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (item->window), "event-window");
  ParaatEventsPage *self = ew->page;
  g_autoptr (GError) error = NULL;
  ParaatEventTask *current = NULL;

  for (guint i = 0; item->task_id != 0 && i < ew->tasks->len; i++)
    if (g_array_index (ew->tasks, ParaatEventTask, i).id == item->task_id)
      current = &g_array_index (ew->tasks, ParaatEventTask, i);

  if (g_strcmp0 (response, "remove") == 0 && current != NULL)
    {
      ParaatEventTask *kept = g_new0 (ParaatEventTask, 1);
      g_autofree char *title = NULL;
      AdwToast *toast;

      *kept = *current;
      kept->text = g_strdup (current->text);
      kept->done_by = g_strdup (current->done_by);
      kept->note = g_strdup (current->note);
      if (!paraat_store_delete_event_task (self->store, current->id, &error))
        {
          task_free (kept);
          event_window_error (ew, error);
          return;
        }
      title = g_strdup_printf (_("“%s” removed from the checklist"), kept->text);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "page", self);
      g_object_set_data_full (G_OBJECT (toast), "task", kept, task_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (remove_undo_cb), NULL);
      paraat_ui_show_toast (GTK_WIDGET (self), toast);
      event_window_refresh (item->window);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->text_row))));
      g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->note_row))));
      guint owner = adw_combo_row_get_selected (item->owner_row);
      ParaatEventTask task = { 0 };
      gint64 due = item_dialog_due (item);
      gboolean ok;

      if (due <= 0)
        return;
      if (current != NULL)
        task = *current;
      else
        task.phase = due > paraat_event_get_starts_at (ew->event) ? PARAAT_TASK_PHASE_AFTER : PARAAT_TASK_PHASE_BEFORE;
      task.text = text;
      task.note = note;
      task.due_at = due;
      task.partner_id = owner < item->owner_ids->len ? g_array_index (item->owner_ids, gint64, owner) : 0;
      ok = current != NULL ? paraat_store_save_event_task (self->store, &task, &error)
                           : paraat_store_add_event_tasks (self->store, ew->event_id, &task, 1, &error);
      if (!ok)
        event_window_error (ew, error);
      else
        event_window_refresh (item->window);
    }
}

/* A dialog for @task (NULL: a new item). */
static GtkWindow *
item_dialog_new (GtkWindow             *window,
                 const ParaatEventTask *task)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GListModel) partners = paraat_store_list_partners (ew->page->store, NULL);
  g_autoptr (GtkStringList) owners = gtk_string_list_new (NULL);
  ItemDialog *item = g_new0 (ItemDialog, 1);
  GtkWidget *dialog, *group;
  gint64 none = 0;

  item->window = window;
  item->task_id = task != NULL ? task->id : 0;
  item->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  dialog = adw_message_dialog_new (window, task != NULL ? _("Checklist Item") : _("New Checklist Item"), NULL);
  item->dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_set_data_full (G_OBJECT (dialog), "item-dialog", item, item_dialog_free);
  group = adw_preferences_group_new ();
  item->text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->text_row), _("What"));
  item->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->date_row), _("Due Date (YYYY-MM-DD)"));
  item->time_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->time_row), _("Due Time (HH:MM)"));
  item->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->owner_row), _("Owner"));
  item->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->note_row), _("Note"));
  gtk_string_list_append (owners, _("No owner"));
  g_array_append_val (item->owner_ids, none);
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = paraat_partner_get_id (partner);

      gtk_string_list_append (owners, paraat_partner_get_name (partner));
      g_array_append_val (item->owner_ids, id);
      if (task != NULL && task->partner_id == id)
        adw_combo_row_set_selected (item->owner_row, item->owner_ids->len - 1);
    }
  adw_combo_row_set_model (item->owner_row, G_LIST_MODEL (owners));
  if (task != NULL)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (task->due_at);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, ew->page->tz);
      g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
      g_autofree char *time = g_date_time_format (local, "%H:%M");

      gtk_editable_set_text (GTK_EDITABLE (item->text_row), task->text);
      gtk_editable_set_text (GTK_EDITABLE (item->date_row), date);
      gtk_editable_set_text (GTK_EDITABLE (item->time_row), time);
      gtk_editable_set_text (GTK_EDITABLE (item->note_row), task->note != NULL ? task->note : "");
      for (guint i = 1; i < item->owner_ids->len; i++)
        if (g_array_index (item->owner_ids, gint64, i) == task->partner_id)
          adw_combo_row_set_selected (item->owner_row, i);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (item->text_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (item->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (item->time_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (item->owner_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (item->note_row));
  adw_message_dialog_set_extra_child (item->dialog, group);
  adw_message_dialog_add_response (item->dialog, "cancel", _("_Cancel"));
  if (task != NULL)
    {
      adw_message_dialog_add_response (item->dialog, "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (item->dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (item->dialog, "save", task != NULL ? _("_Save") : _("_Add"));
  adw_message_dialog_set_response_appearance (item->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (item->dialog, "save");
  adw_message_dialog_set_close_response (item->dialog, "cancel");
  g_signal_connect_swapped (item->text_row, "changed", G_CALLBACK (item_changed_cb), item);
  g_signal_connect_swapped (item->date_row, "changed", G_CALLBACK (item_changed_cb), item);
  g_signal_connect_swapped (item->time_row, "changed", G_CALLBACK (item_changed_cb), item);
  g_signal_connect (dialog, "response", G_CALLBACK (item_response_cb), item);
  item_dialog_due (item);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
edit_item_clicked_cb (GtkButton *button,
                      GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < ew->tasks->len)
    item_dialog_new (window, &g_array_index (ew->tasks, ParaatEventTask, index));
}

static void
new_item_clicked_cb (GtkButton *button,
                     GtkWindow *window)
{
  item_dialog_new (window, NULL);
}

GtkWindow *
paraat_event_window_edit_item (GtkWindow *window,
                               guint      index)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  g_return_val_if_fail (ew != NULL, NULL);

  if (index == G_MAXUINT)
    return item_dialog_new (window, NULL);
  return index < ew->tasks->len ? item_dialog_new (window, &g_array_index (ew->tasks, ParaatEventTask, index)) : NULL;
}

void
paraat_item_dialog_fill (GtkWindow  *dialog,
                         const char *text,
                         const char *date,
                         const char *time)
{
  ItemDialog *item = g_object_get_data (G_OBJECT (dialog), "item-dialog");

  g_return_if_fail (item != NULL);

  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (item->text_row), text);
  if (date != NULL)
    gtk_editable_set_text (GTK_EDITABLE (item->date_row), date);
  if (time != NULL)
    gtk_editable_set_text (GTK_EDITABLE (item->time_row), time);
}

static AdwPreferencesGroup *
add_group (EventWindow *ew,
           const char  *title,
           const char  *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ew->content_page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (ew->groups, group);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
button_row (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  return box;
}

static GtkWidget *
add_button (GtkWidget  *box,
            const char *label,
            GCallback   callback,
            GtkWindow  *window)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_signal_connect (button, "clicked", callback, window);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

/*
 * The integrale schouw in the event window
 */

gboolean
paraat_event_window_plan_schouw (GtkWindow  *window,
                                 const char *date,
                                 const char *time,
                                 const char *participants)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");

  g_return_val_if_fail (ew != NULL && ew->schouw_date_row != NULL, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (ew->schouw_date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (ew->schouw_time_row), time);
  gtk_editable_set_text (GTK_EDITABLE (ew->participants_row), participants);
  {
    g_autoptr (GError) error = NULL;
    ParaatSchouw schouw = { 0 };
    int minutes = paraat_form_parse_time (time);
    int year, month, day;

    if (ew->schouw != NULL)
      schouw = *ew->schouw;
    schouw.event_id = ew->event_id;
    schouw.participants = (char *) participants;
    schouw.starts_at = 0;
    if (paraat_validate_date (date) && minutes >= 0 && sscanf (date, "%d-%d-%d", &year, &month, &day) == 3)
      paraat_calendar_local_to_utc (ew->page->tz, year, month, day, minutes / 60, minutes % 60, &schouw.starts_at);
    if (schouw.starts_at <= 0)
      {
        g_set_error_literal (&error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                             _("Give the schouw a date (YYYY-MM-DD) and a time (HH:MM)."));
        event_window_error (ew, error);
        return FALSE;
      }
    if (!paraat_store_save_schouw (ew->page->store, &schouw, &error))
      {
        event_window_error (ew, error);
        return FALSE;
      }
  }
  event_window_refresh (window);
  return TRUE;
}

gboolean
paraat_event_window_set_schouw_people (GtkWindow    *window,
                                       const gint64 *person_ids,
                                       guint         n_people)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (ew != NULL, FALSE);

  if (ew->schouw == NULL)
    return FALSE;
  if (!paraat_store_write_schouw_people (ew->page->store, ew->schouw->id, person_ids, n_people, &error))
    {
      event_window_error (ew, error);
      return FALSE;
    }
  event_window_refresh (window);
  return TRUE;
}

static void
schouw_people_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           GtkWindow        *window)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Once: closing the dialog afterwards answers again. */
  g_signal_handlers_disconnect_by_func (dialog, schouw_people_response_cb, window);
  if (g_strcmp0 (response, "save") != 0)
    return;
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, *(gint64 *) g_object_get_data (G_OBJECT (check), "person-id"));
    }
  paraat_event_window_set_schouw_people (window, (const gint64 *) (void *) ids->data, ids->len);
}

static void
schouw_people_clicked_cb (GtkButton *button,
                          GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GListModel) people = paraat_store_list_people (ew->page->store, NULL);
  g_autoptr (GArray) chosen = paraat_store_read_schouw_people (ew->page->store, ew->schouw->id, NULL);
  GPtrArray *checks = g_ptr_array_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *dialog;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);
      GtkWidget *row, *check;

      if (!paraat_person_get_active (person))
        continue;
      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), paraat_person_get_display_name (person));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), paraat_person_get_department (person));
      g_object_set_data_full (G_OBJECT (check), "person-id", g_memdup2 (&id, sizeof id), g_free);
      for (guint c = 0; chosen != NULL && c < chosen->len; c++)
        if (g_array_index (chosen, gint64, c) == id)
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (checks, check);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  dialog = adw_message_dialog_new (window, _("Who Goes to the Schouw?"),
                                   _("The schouw shows in their own calendar, for those who subscribed to it."));
  gtk_widget_set_name (dialog, "schouw-people-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (schouw_people_response_cb), window);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_schouw_clicked_cb (GtkButton *button,
                        GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->schouw_date_row))));
  g_autofree char *time = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->schouw_time_row))));
  g_autofree char *participants = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->participants_row))));

  paraat_event_window_plan_schouw (window, date, time, participants);
}

gboolean
paraat_event_window_add_finding (GtkWindow  *window,
                                 const char *text)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;
  guint owner;
  ParaatFinding finding = { 0 };

  g_return_val_if_fail (ew != NULL, FALSE);

  if (ew->schouw == NULL || ew->finding_row == NULL)
    return FALSE;
  owner = adw_combo_row_get_selected (ew->finding_owner_row);
  finding.schouw_id = ew->schouw->id;
  finding.text = (char *) text;
  finding.partner_id = owner < ew->partner_ids->len ? g_array_index (ew->partner_ids, gint64, owner) : 0;
  if (!paraat_store_save_finding (ew->page->store, &finding, &error))
    {
      event_window_error (ew, error);
      return FALSE;
    }
  event_window_refresh (window);
  return TRUE;
}

static void
add_finding_clicked_cb (GtkButton *button,
                        GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->finding_row))));

  paraat_event_window_add_finding (window, text);
}

static void
finding_status_changed_cb (GtkDropDown *dropdown,
                           GParamSpec  *pspec,
                           GtkWindow   *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "index"));
  g_autoptr (GError) error = NULL;
  ParaatFinding *finding;

  if (ew->filling || index >= ew->findings->len)
    return;
  finding = &g_array_index (ew->findings, ParaatFinding, index);
  finding->status = gtk_drop_down_get_selected (dropdown);
  if (!paraat_store_save_finding (ew->page->store, finding, &error))
    event_window_error (ew, error);
  else
    event_window_refresh (window);
}

gboolean
paraat_event_window_decide (GtkWindow            *window,
                            ParaatSchouwDecision  decision,
                            const char           *decided_by)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autoptr (GError) error = NULL;
  ParaatSchouw schouw;

  g_return_val_if_fail (ew != NULL, FALSE);

  if (ew->schouw == NULL)
    return FALSE;
  schouw = *ew->schouw;
  schouw.decision = decision;
  schouw.decided_by = (char *) decided_by;
  schouw.decided_at = paraat_ui_now ();
  if (!paraat_store_save_schouw (ew->page->store, &schouw, &error))
    {
      event_window_error (ew, error);
      return FALSE;
    }
  event_window_refresh (window);
  return TRUE;
}

static void
decide_clicked_cb (GtkButton *button,
                   GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  g_autofree char *by = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ew->decided_by_row))));

  paraat_event_window_decide (window, adw_combo_row_get_selected (ew->decision_row), by);
}

typedef struct
{
  ParaatStore *store;
  GTimeZone   *tz;
  gint64       event_id;
} SchouwForm;

static void
schouw_form_free (gpointer data)
{
  SchouwForm *form = data;

  g_object_unref (form->store);
  g_time_zone_unref (form->tz);
  g_free (form);
}

static gboolean
schouw_form_write (gpointer     data,
                   const char  *path,
                   GError     **error)
{
  SchouwForm *form = data;
  g_autoptr (ParaatOrganisation) organisation = paraat_store_get_organisation (form->store, error);
  g_autoptr (GDateTime) now = g_date_time_new_now (form->tz);

  return organisation != NULL &&
         paraat_schouw_form_write_pdf (form->store, form->tz, form->event_id, paraat_organisation_get_name (organisation),
                                       now, path, error) > 0;
}

static void
schouw_form_clicked_cb (GtkButton *button,
                        GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  SchouwForm *form = g_new0 (SchouwForm, 1);
  g_autofree char *slug = g_ascii_strdown (paraat_event_get_name (ew->event), -1);
  g_autofree char *name = NULL;

  form->store = g_object_ref (ew->page->store);
  form->tz = g_time_zone_ref (ew->page->tz);
  form->event_id = ew->event_id;
  g_strdelimit (slug, " /\\:*?\"<>|", '-');
  /* Translators: the suggested file name of a schouw form; keep %s (the event) and ".pdf" */
  name = g_strdup_printf (_("schouwformulier-%s.pdf"), slug);
  /* Translators: a toast; %s is the file's name */
  paraat_ui_save_pdf (GTK_WIDGET (ew->content_page), _("Save Schouw Form as PDF"), name, _("Schouw form saved as “%s”"),
                      _("The Schouw Form Cannot Be Saved"), schouw_form_write, form, schouw_form_free);
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

static void
fill_schouw (EventWindow   *ew,
             GtkWindow     *window,
             GtkStringList *owners)
{
  const char *decisions[] = { paraat_schouw_decision_label (PARAAT_SCHOUW_PENDING),
                              paraat_schouw_decision_label (PARAAT_SCHOUW_GO),
                              paraat_schouw_decision_label (PARAAT_SCHOUW_NO_GO), NULL };
  const char *statuses[] = { paraat_finding_status_label (PARAAT_FINDING_OPEN),
                             paraat_finding_status_label (PARAAT_FINDING_RESOLVED),
                             paraat_finding_status_label (PARAAT_FINDING_ACCEPTED), NULL };
  AdwPreferencesGroup *group;
  GtkWidget *box, *row, *button;

  group = add_group (ew, _("Integrale Schouw"),
                     _("The joint inspection before opening: who walks along, what must be put right, and the "
                       "go or no-go."));
  ew->schouw_date_row = ew->schouw_time_row = NULL;
  ew->finding_row = NULL;
  if (ew->schouw != NULL)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (ew->schouw->starts_at);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, ew->page->tz);
      g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
      g_autofree char *time = g_date_time_format (local, "%H:%M");

      ew->schouw_date_row = ADW_ENTRY_ROW (entry_row (_("Date (YYYY-MM-DD)"), date));
      ew->schouw_time_row = ADW_ENTRY_ROW (entry_row (_("Time (HH:MM)"), time));
    }
  else
    {
      ew->schouw_date_row = ADW_ENTRY_ROW (entry_row (_("Date (YYYY-MM-DD)"), NULL));
      ew->schouw_time_row = ADW_ENTRY_ROW (entry_row (_("Time (HH:MM)"), NULL));
    }
  ew->participants_row = ADW_ENTRY_ROW (entry_row (_("Participants (police, VR, permits, traffic, enforcement, BWT)"),
                                                   ew->schouw != NULL ? ew->schouw->participants : NULL));
  adw_preferences_group_add (group, GTK_WIDGET (ew->schouw_date_row));
  adw_preferences_group_add (group, GTK_WIDGET (ew->schouw_time_row));
  adw_preferences_group_add (group, GTK_WIDGET (ew->participants_row));
  if (ew->schouw != NULL)
    {
      g_autoptr (GArray) going = paraat_store_read_schouw_people (ew->page->store, ew->schouw->id, NULL);
      g_autoptr (GString) names = g_string_new (NULL);
      GtkWidget *going_row;

      for (guint i = 0; going != NULL && i < going->len; i++)
        {
          g_autoptr (ParaatPerson) person = paraat_store_get_person (ew->page->store,
                                                                     g_array_index (going, gint64, i), NULL);

          if (person != NULL)
            g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                                    paraat_person_get_display_name (person));
        }
      going_row = info_row (_("Colleagues Going (in their calendar)"), names->str);
      button = gtk_button_new_with_mnemonic (_("C_hoose…"));
      gtk_widget_set_name (button, "schouw-people-button");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect (button, "clicked", G_CALLBACK (schouw_people_clicked_cb), window);
      adw_action_row_add_suffix (ADW_ACTION_ROW (going_row), button);
      adw_preferences_group_add (group, going_row);
    }
  box = button_row ();
  button = add_button (box, _("Save Schouw _Form as PDF…"), G_CALLBACK (schouw_form_clicked_cb), window);
  gtk_widget_set_name (button, "schouw-form-button");
  gtk_widget_set_tooltip_text (button, _("The form to take along: the checklist, the points to put right, room to "
                                         "write more, and the go or no-go"));
  add_button (box, ew->schouw != NULL ? _("_Change Schouw") : _("_Plan Schouw"),
              G_CALLBACK (plan_schouw_clicked_cb), window);
  adw_preferences_group_add (group, box);
  if (ew->schouw == NULL)
    return;

  /* The findings, each with its owner and status. */
  group = add_group (ew, _("Points to Put Right"), NULL);
  for (guint i = 0; i < ew->findings->len; i++)
    {
      const ParaatFinding *finding = &g_array_index (ew->findings, ParaatFinding, i);
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (statuses);
      const char *owner = NULL;

      for (guint p = 1; p < ew->partner_ids->len; p++)
        if (g_array_index (ew->partner_ids, gint64, p) == finding->partner_id)
          owner = gtk_string_list_get_string (owners, p);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->text);
      if (owner != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), owner);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), finding->status);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, finding->text, -1);
      g_object_set_data (G_OBJECT (dropdown), "index", GUINT_TO_POINTER (i));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (finding_status_changed_cb), window);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_preferences_group_add (group, row);
    }
  ew->finding_row = ADW_ENTRY_ROW (entry_row (_("New Point"), NULL));
  adw_preferences_group_add (group, GTK_WIDGET (ew->finding_row));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Owner"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (owners));
  ew->finding_owner_row = ADW_COMBO_ROW (row);
  adw_preferences_group_add (group, row);
  box = button_row ();
  add_button (box, _("Add _Point"), G_CALLBACK (add_finding_clicked_cb), window);
  adw_preferences_group_add (group, box);

  /* The decision. */
  group = add_group (ew, _("Go or No-Go"), NULL);
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Decision"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (decisions)));
  g_object_unref (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), ew->schouw->decision);
  ew->decision_row = ADW_COMBO_ROW (row);
  adw_preferences_group_add (group, row);
  ew->decided_by_row = ADW_ENTRY_ROW (entry_row (_("Decided By"), ew->schouw->decided_by));
  adw_preferences_group_add (group, GTK_WIDGET (ew->decided_by_row));
  if (ew->schouw->decision != PARAAT_SCHOUW_PENDING)
    {
      g_autofree char *when = paraat_ui_format_instant (ew->schouw->decided_at, ew->page->tz);

      adw_preferences_group_set_description (group, when);
    }
  box = button_row ();
  add_button (box, _("_Record Decision"), G_CALLBACK (decide_clicked_cb), window);
  adw_preferences_group_add (group, box);
}

/* Reads the event and its checklist again and rebuilds the window's content. */
static void
event_window_refresh (GtkWindow *window)
{
  EventWindow *ew = g_object_get_data (G_OBJECT (window), "event-window");
  ParaatEventsPage *self = ew->page;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GtkStringList) template_names = gtk_string_list_new (NULL);
  g_autoptr (GListModel) partners = NULL;
  g_autoptr (GHashTable) partner_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GtkStringList) owner_names = gtk_string_list_new (NULL);
  const char *statuses[] = { paraat_task_status_label (PARAAT_TASK_OPEN), paraat_task_status_label (PARAAT_TASK_DONE),
                             paraat_task_status_label (PARAAT_TASK_NOT_APPLICABLE), NULL };
  const char *overrides[] = { _("As the scan says"), "0", "A", "B", "C", NULL };
  AdwPreferencesGroup *group;
  GtkWidget *box, *row;
  gint64 now = paraat_ui_now ();
  guint done = 0;

  event = paraat_store_get_event (self->store, ew->event_id, &error);
  if (event == NULL)
    {
      show_error (GTK_WIDGET (self), error);
      gtk_window_destroy (window);
      return;
    }
  g_clear_pointer (&ew->tasks, g_array_unref);
  g_clear_pointer (&ew->templates, g_array_unref);
  ew->tasks = paraat_store_read_event_tasks (self->store, ew->event_id, &error);
  if (ew->tasks != NULL)
    ew->templates = paraat_store_list_templates (self->store, &error);
  /* Templates set aside are not offered for new checklists. */
  for (guint i = ew->templates != NULL ? ew->templates->len : 0; i > 0; i--)
    if (!g_array_index (ew->templates, ParaatChecklistTemplate, i - 1).active)
      g_array_remove_index (ew->templates, i - 1);
  if (ew->templates != NULL)
    partners = paraat_store_list_partners (self->store, &error);
  if (partners == NULL)
    {
      show_error (GTK_WIDGET (self), error);
      gtk_window_destroy (window);
      return;
    }
  g_set_object (&ew->event, event);
  g_clear_pointer (&ew->schouw, paraat_schouw_free);
  g_clear_pointer (&ew->findings, g_array_unref);
  ew->schouw = paraat_store_read_schouw (self->store, ew->event_id, NULL);
  ew->findings = ew->schouw != NULL ? paraat_store_read_findings (self->store, ew->schouw->id, NULL) : NULL;
  if (ew->findings == NULL)
    ew->findings = g_array_new (FALSE, TRUE, sizeof (ParaatFinding));
  g_clear_pointer (&ew->partner_ids, g_array_unref);
  ew->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (ew->partner_ids, (gint64) { 0 });
  gtk_string_list_append (owner_names, _("No owner"));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = paraat_partner_get_id (partner);

      g_hash_table_insert (partner_names, g_memdup2 (&id, sizeof id), g_strdup (paraat_partner_get_name (partner)));
      g_array_append_val (ew->partner_ids, id);
      gtk_string_list_append (owner_names, paraat_partner_get_name (partner));
    }

  gtk_window_set_title (window, paraat_event_get_name (event));
  /* What went wrong before is past once the window shows the new state. */
  gtk_widget_set_visible (GTK_WIDGET (ew->error_label), FALSE);
  for (guint i = 0; i < ew->groups->len; i++)
    adw_preferences_page_remove (ew->content_page, g_ptr_array_index (ew->groups, i));
  g_ptr_array_set_size (ew->groups, 0);
  g_ptr_array_set_size (ew->status_dropdowns, 0);
  ew->filling = TRUE;

  /* The event. */
  {
    g_autofree char *when = when_text (event, self->tz);
    g_autofree char *visitors = paraat_event_get_visitors_max (event) > 0
      ? g_strdup_printf (_("%d expected, at most %d at the same time"), paraat_event_get_visitors_expected (event),
                         paraat_event_get_visitors_max (event))
      : g_strdup_printf (_("%d expected"), paraat_event_get_visitors_expected (event));

    group = add_group (ew, paraat_event_get_name (event), paraat_event_get_description (event));
    adw_preferences_group_add (group, info_row (_("When"), when));
    if (paraat_event_get_build_up_at (event) > 0 || paraat_event_get_break_down_at (event) > 0)
      {
        g_autofree char *from = paraat_event_get_build_up_at (event) > 0
          ? paraat_ui_format_instant (paraat_event_get_build_up_at (event), self->tz) : g_strdup (_("the start"));
        g_autofree char *until = paraat_event_get_break_down_at (event) > 0
          ? paraat_ui_format_instant (paraat_event_get_break_down_at (event), self->tz) : g_strdup (_("the end"));
        /* Translators: when the site is built up and cleared: "from … until …" */
        g_autofree char *site = g_strdup_printf (_("From %s until %s"), from, until);

        adw_preferences_group_add (group, info_row (_("Build-up and Break-down"), site));
      }
    adw_preferences_group_add (group, info_row (_("Where"), paraat_event_get_location (event)));
    adw_preferences_group_add (group, info_row (_("Organiser"), paraat_event_get_organiser (event)));
    {
      g_autoptr (GArray) involved = paraat_store_read_event_partners (self->store, ew->event_id, NULL);
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; involved != NULL && i < involved->len; i++)
        {
          const char *name = g_hash_table_lookup (partner_names, &g_array_index (involved, gint64, i));

          if (name != NULL)
            g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
        }
      adw_preferences_group_add (group, info_row (_("Partners Involved"), names->str));
    }
    adw_preferences_group_add (group, info_row (_("Visitors"), visitors));
    adw_preferences_group_add (group, info_row (_("Status"), paraat_event_status_label (paraat_event_get_status (event))));
    box = button_row ();
    add_button (box, _("_Edit…"), G_CALLBACK (edit_clicked_cb), window);
    add_button (box, _("Add _Lesson…"), G_CALLBACK (lesson_clicked_cb), window);
    add_button (box, _("C_opy to Next Year"), G_CALLBACK (copy_clicked_cb), window);
    adw_preferences_group_add (group, box);
  }

  /* The class. */
  {
    g_autofree char *scan = NULL;
    ParaatRiskClass scanned = paraat_event_get_scan_class (event);

    if (scanned == PARAAT_RISK_CLASS_UNKNOWN)
      scan = g_strdup (_("Not scanned yet"));
    else
      scan = g_strdup_printf (_("Class %s"), paraat_risk_class_label (scanned));
    group = add_group (ew, _("Risk Class"), _("From the risk scan, unless a different class is set with a reason."));
    adw_preferences_group_add (group, info_row (_("Risk Scan"), scan));
    row = adw_combo_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Class"));
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (overrides)));
    g_object_unref (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), paraat_event_get_class_override (event));
    ew->override_row = ADW_COMBO_ROW (row);
    adw_preferences_group_add (group, row);
    row = adw_entry_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reason"));
    gtk_editable_set_text (GTK_EDITABLE (row), paraat_event_get_override_reason (event));
    ew->reason_row = ADW_ENTRY_ROW (row);
    adw_preferences_group_add (group, row);
    g_signal_connect_swapped (ew->override_row, "notify::selected", G_CALLBACK (reason_changed_cb), ew);
    g_signal_connect_swapped (ew->reason_row, "changed", G_CALLBACK (reason_changed_cb), ew);
    reason_changed_cb (ew);
    box = button_row ();
    add_button (box, _("_Risk Scan…"), G_CALLBACK (scan_clicked_cb), window);
    add_button (box, _("Set _Class"), G_CALLBACK (override_clicked_cb), window);
    adw_preferences_group_add (group, box);
  }

  fill_schouw (ew, window, owner_names);
  paraat_duty_section_fill (ew->content_page, ew->groups, window, GTK_WIDGET (self), self->store, self->tz, event,
                            event_window_refresh);

  /* The checklist. */
  for (guint i = 0; i < ew->tasks->len; i++)
    done += g_array_index (ew->tasks, ParaatEventTask, i).status != PARAAT_TASK_OPEN;
  {
    g_autofree char *description = ew->tasks->len > 0
      ? g_strdup_printf (_("%u of %u done or not applicable. A new class or date does not change it: moving the "
                           "event moves the open items."), done, ew->tasks->len)
      : g_strdup (_("Make it from a template: the items that apply to the event’s class, with their due dates."));

    group = add_group (ew, _("Checklist"), description);
  }
  for (guint i = 0; i < ew->templates->len; i++)
    gtk_string_list_append (template_names, g_array_index (ew->templates, ParaatChecklistTemplate, i).name);
  box = button_row ();
  gtk_widget_set_halign (box, GTK_ALIGN_FILL);
  ew->template_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (template_names)), NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (ew->template_dropdown), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ew->template_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Checklist template"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (ew->template_dropdown));
  add_button (box, _("_Add Items"), G_CALLBACK (add_checklist_clicked_cb), window);
  add_button (box, _("New _Item…"), G_CALLBACK (new_item_clicked_cb), window);
  adw_preferences_group_add (group, box);
  /* The items in a group of their own, under the template chooser. */
  group = add_group (ew, NULL, NULL);
  for (guint i = 0; i < ew->tasks->len; i++)
    {
      const ParaatEventTask *task = &g_array_index (ew->tasks, ParaatEventTask, i);
      g_autofree char *due = format_due (task->due_at, self->tz);
      const char *owner = g_hash_table_lookup (partner_names, &task->partner_id);
      g_autoptr (GString) subtitle = g_string_new (due);
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (statuses);

      if (owner != NULL)
        g_string_append_printf (subtitle, " · %s", owner);
      if (task->note != NULL && *task->note != '\0')
        g_string_append_printf (subtitle, " · %s", task->note);
      if (task->status != PARAAT_TASK_OPEN && task->done_by != NULL)
        {
          g_autofree char *when = format_due (task->done_at, self->tz);

          g_string_append (subtitle, " · ");
          /* Translators: who ticked off a checklist item, and when */
          g_string_append_printf (subtitle, _("by %s, %s"), task->done_by, when);
        }
      else if (task->due_at < now)
        g_string_append_printf (subtitle, " · %s", C_("deadline", "Overdue"));

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), task->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (task->status == PARAAT_TASK_OPEN && task->due_at < now)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          C_("deadline", "Overdue"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      else if (task->status != PARAAT_TASK_OPEN)
        gtk_widget_add_css_class (row, "dim-label");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), task->status);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, task->text, -1);
      g_object_set_data (G_OBJECT (dropdown), "index", GUINT_TO_POINTER (i));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (task_status_changed_cb), window);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      {
        GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");

        gtk_widget_add_css_class (edit, "flat");
        gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
        gtk_widget_set_tooltip_text (edit, _("Change the text, due date or owner, or remove the item"));
        g_object_set_data (G_OBJECT (edit), "index", GUINT_TO_POINTER (i));
        g_signal_connect (edit, "clicked", G_CALLBACK (edit_item_clicked_cb), window);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      }
      adw_preferences_group_add (group, row);
      g_ptr_array_add (ew->status_dropdowns, dropdown);
    }
  ew->filling = FALSE;
}

static GtkWindow *
event_window_new (ParaatEventsPage *self,
                  gint64            event_id)
{
  EventWindow *ew = g_new0 (EventWindow, 1);
  GtkWidget *window, *content, *header, *label, *overlay;

  ew->page = self;
  ew->event_id = event_id;
  ew->status_dropdowns = g_ptr_array_new ();
  ew->groups = g_ptr_array_new ();

  window = adw_window_new ();
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 760);
  g_object_set_data_full (G_OBJECT (window), "event-window", ew, event_window_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (content), header);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_visible (label, FALSE);
  ew->error_label = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (content), label);
  ew->content_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (ew->content_page), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (ew->content_page));
  /* Its own toasts (a saved schouw form) show in the window itself. */
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), content);
  adw_window_set_content (ADW_WINDOW (window), overlay);

  event_window_refresh (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/*
 * The page
 */

static void
event_row_activated_cb (AdwActionRow     *row,
                        ParaatEventsPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "event-id");

  if (id != NULL)
    event_window_new (self, *id);
}

/* The filter the page shows: class all, 0, A, B, C, none yet; any status or one. */
static void
page_filter (ParaatEventsPage  *self,
             ParaatEventFilter *filter)
{
  guint klass = gtk_drop_down_get_selected (self->class_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  filter->klass = klass >= 1 && klass <= 4 ? (int) (PARAAT_RISK_CLASS_0 + klass - 1)
                : klass == 5 ? PARAAT_RISK_CLASS_UNKNOWN : PARAAT_EVENT_FILTER_ANY;
  filter->status = status >= 1 && status != GTK_INVALID_LIST_POSITION ? (int) status - 1 : PARAAT_EVENT_FILTER_ANY;
}

/* "12 of 36 done", with the overdue count. */
static GtkWidget *
progress_label (ParaatEventsPage *self,
                ParaatEvent      *event,
                gint64            now)
{
  g_autoptr (GArray) tasks = paraat_store_read_event_tasks (self->store, paraat_event_get_id (event), NULL);
  g_autofree char *text = NULL;
  guint done = 0, overdue = 0;
  GtkWidget *label;

  if (tasks == NULL || tasks->len == 0)
    {
      label = gtk_label_new (_("No checklist"));
      gtk_widget_add_css_class (label, "dim-label");
      return label;
    }
  for (guint i = 0; i < tasks->len; i++)
    {
      const ParaatEventTask *task = &g_array_index (tasks, ParaatEventTask, i);

      done += task->status != PARAAT_TASK_OPEN;
      overdue += task->status == PARAAT_TASK_OPEN && task->due_at < now;
    }
  if (overdue > 0)
    text = g_strdup_printf (g_dngettext (NULL, "%u of %u done, %u overdue", "%u of %u done, %u overdue", overdue),
                            done, tasks->len, overdue);
  else
    text = g_strdup_printf (_("%u of %u done"), done, tasks->len);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, overdue > 0 ? "warning" : "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
reload (ParaatEventsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  AdwPreferencesGroup *group = NULL;
  int month = 0, year;
  gint64 from = 0, until = 0;
  guint shown = 0;
  ParaatEventFilter filter;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->dirty = FALSE;
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->events, 0);
  if (self->store == NULL)
    return;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = paraat_roster_service_time_zone (self->store, NULL);
  if (self->tz == NULL)
    self->tz = g_time_zone_new_utc ();
  year = self->first_year + (int) gtk_drop_down_get_selected (self->year_dropdown);
  if (!paraat_calendar_local_to_utc (self->tz, year, 1, 1, 0, 0, &from) ||
      !paraat_calendar_local_to_utc (self->tz, year + 1, 1, 1, 0, 0, &until))
    return;
  events = paraat_store_list_events (self->store, from, until, &error);
  if (events == NULL)
    {
      show_error (GTK_WIDGET (self), error);
      return;
    }
  page_filter (self, &filter);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (paraat_event_get_starts_at (event));
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, self->tz);
      g_autofree char *when = when_text (event, self->tz);
      g_autofree char *subtitle = NULL;
      g_autofree gint64 *id = g_new (gint64, 1);
      GtkWidget *row, *suffix, *klass;
      int event_month = g_date_time_get_year (local) == year ? g_date_time_get_month (local) : 1;

      if (!paraat_event_filter_matches (&filter, event))
        continue;
      if (group == NULL || event_month != month)
        {
          g_autofree char *title = NULL;
          g_autoptr (GDateTime) first = g_date_time_new (self->tz, year, event_month, 1, 0, 0, 0);

          month = event_month;
          /* Translators: a month heading of the event calendar, strftime format */
          title = g_date_time_format (first, C_("month", "%B %Y"));
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->groups, group);
        }
      subtitle = paraat_event_get_location (event)[0] != '\0'
                 ? g_strdup_printf ("%s · %s", when, paraat_event_get_location (event)) : g_strdup (when);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), paraat_event_get_name (event));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      klass = gtk_label_new (paraat_event_class_text (event));
      gtk_label_set_xalign (GTK_LABEL (klass), 1);
      gtk_widget_add_css_class (klass, "heading");
      gtk_box_append (GTK_BOX (suffix), klass);
      gtk_box_append (GTK_BOX (suffix), progress_label (self, event, g_date_time_to_unix (now)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      *id = paraat_event_get_id (event);
      g_object_set_data_full (G_OBJECT (row), "event-id", g_steal_pointer (&id), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (event_row_activated_cb), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->events, g_object_ref (event));
      shown++;
    }
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "events" : "empty");
}

static gboolean
reload_idle_cb (gpointer data)
{
  ParaatEventsPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (ParaatEventsPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
filter_changed_cb (ParaatEventsPage *self)
{
  if (self->store != NULL)
    reload (self);
}

typedef struct
{
  ParaatStore       *store;
  GTimeZone         *tz;
  int                year;
  ParaatEventFilter  filter;
} CalendarExport;

static void
calendar_export_free (gpointer data)
{
  CalendarExport *export = data;

  g_object_unref (export->store);
  g_time_zone_unref (export->tz);
  g_free (export);
}

static gboolean
calendar_export_write (gpointer     data,
                       const char  *path,
                       GError     **error)
{
  CalendarExport *export = data;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (ParaatEventCalendar) calendar = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now (export->tz);

  return (organisation = paraat_store_get_organisation (export->store, error)) != NULL &&
         (calendar = paraat_event_calendar_new (export->store, export->tz, export->year, &export->filter,
                                                g_date_time_to_unix (now), error)) != NULL &&
         paraat_event_calendar_write_pdf (calendar, paraat_organisation_get_name (organisation), now, path, error) > 0;
}

/* The calendar as the page shows it (year, class, status) as a PDF. */
static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (widget);
  g_autofree char *name = NULL;
  CalendarExport *export;

  if (self->store == NULL || self->tz == NULL)
    return;
  export = g_new0 (CalendarExport, 1);
  export->store = g_object_ref (self->store);
  export->tz = g_time_zone_ref (self->tz);
  export->year = self->first_year + (int) gtk_drop_down_get_selected (self->year_dropdown);
  page_filter (self, &export->filter);
  /* Translators: the suggested file name of the event calendar; keep %d (the year) and ".pdf" */
  name = g_strdup_printf (_("evenementenkalender-%d.pdf"), export->year);
  /* Translators: a toast; %s is the file's name */
  paraat_ui_save_pdf (widget, _("Save Calendar as PDF"), name, _("Event calendar saved as “%s”"),
                      _("The Event Calendar Cannot Be Saved"), calendar_export_write, export, calendar_export_free);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (widget);

  if (self->store != NULL)
    /* Translators: the suggested file name of the events' calendar file */
    paraat_feed_ui_export (widget, self->store, PARAAT_FEED_EVENTS, 0, _("evenementen.ics"));
}

static void
new_event_clicked_cb (ParaatEventsPage *self)
{
  GtkWidget *editor = paraat_events_page_new_event (self);

  if (editor != NULL)
    gtk_window_present (GTK_WINDOW (editor));
}

static void
templates_action_cb (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  paraat_events_page_open_templates (PARAAT_EVENTS_PAGE (widget));
}

static void
scan_questions_action_cb (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  paraat_events_page_open_scan_questions (PARAAT_EVENTS_PAGE (widget));
}

static void
paraat_events_page_map (GtkWidget *widget)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (widget);

  GTK_WIDGET_CLASS (paraat_events_page_parent_class)->map (widget);
  if (self->dirty)
    reload (self);
}

static void
paraat_events_page_dispose (GObject *object)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (paraat_events_page_parent_class)->dispose (object);
}

static void
paraat_events_page_finalize (GObject *object)
{
  ParaatEventsPage *self = PARAAT_EVENTS_PAGE (object);

  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->events);

  G_OBJECT_CLASS (paraat_events_page_parent_class)->finalize (object);
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
  object_class->finalize = paraat_events_page_finalize;
  object_class->get_property = paraat_events_page_get_property;
  object_class->set_property = paraat_events_page_set_property;
  widget_class->map = paraat_events_page_map;
  gtk_widget_class_install_action (widget_class, "events.export-calendar", NULL, export_calendar_action);

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "events.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "events.templates", NULL, templates_action_cb);
  gtk_widget_class_install_action (widget_class, "events.scan-questions", NULL, scan_questions_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "paraat-events-page");
}

static void
paraat_events_page_init (ParaatEventsPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr (GMenu) menu = NULL;
  const char *classes[] = {
    _("All Classes"), C_("risk class", "Class 0"), C_("risk class", "Class A"), C_("risk class", "Class B"),
    C_("risk class", "Class C"), _("No Class Yet"), NULL,
  };
  const char *statuses[] = {
    _("Any Status"), C_("event status", "Announced"), C_("event status", "Application Received"),
    C_("event status", "In Advice"), C_("event status", "Permit Granted"), C_("event status", "Refused"),
    C_("event status", "Held"), C_("event status", "Evaluated"), NULL,
  };
  GtkWidget *bar, *bar_scroll, *label, *button, *empty;

  self->groups = g_ptr_array_new ();
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->first_year = g_date_time_get_year (now) - 2;
  for (int y = self->first_year; y <= self->first_year + 4; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);

      gtk_string_list_append (years, text);
    }

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  label = gtk_label_new_with_mnemonic (_("_Year"));
  self->year_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (years)), NULL));
  gtk_drop_down_set_selected (self->year_dropdown, 2);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->year_dropdown));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->year_dropdown));
  label = gtk_label_new_with_mnemonic (_("C_lass"));
  self->class_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (classes));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->class_dropdown));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->class_dropdown));
  label = gtk_label_new_with_mnemonic (_("_Status"));
  self->status_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (statuses));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->status_dropdown));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status_dropdown));
  button = gtk_button_new_with_mnemonic (_("Save Calendar as _PDF…"));
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (button, _("The calendar for the services, with the filters shown"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "events.export-calendar");
  gtk_box_append (GTK_BOX (bar), button);
  button = gtk_button_new_with_mnemonic (_("_New Event…"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (new_event_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), button);
  menu = g_menu_new ();
  g_menu_append (menu, _("Export Calendar as ._ics…"), "events.export-ics");
  g_menu_append (menu, _("_Checklist Templates"), "events.templates");
  g_menu_append (menu, _("_Risk Scan Questions"), "events.scan-questions");
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Templates and Risk Scan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Templates and Risk Scan"), -1);
  gtk_box_append (GTK_BOX (bar), button);
  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->class_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  /* On a narrow window the filters scroll sideways rather than widen it. */
  bar_scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (bar_scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (bar_scroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (bar_scroll), bar);
  gtk_box_append (GTK_BOX (self->box), bar_scroll);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->page), "events");
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emoji-flags-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Events"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("No event of this year matches the filters. Add the events of the year as "
                                     "they are announced, with New Event."));
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

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

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                                G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_events_page_is_loading (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), FALSE);

  return self->dirty || self->reload_id != 0;
}

guint
paraat_events_page_get_n_events (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), 0);

  return self->events->len;
}

void
paraat_events_page_show_year (ParaatEventsPage *self,
                              int               year)
{
  g_return_if_fail (PARAAT_IS_EVENTS_PAGE (self));

  if (year >= self->first_year && year <= self->first_year + 4)
    gtk_drop_down_set_selected (self->year_dropdown, (guint) (year - self->first_year));
}

GtkWidget *
paraat_events_page_new_event (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;
  return paraat_event_editor_new (self->store, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL);
}

GtkWindow *
paraat_events_page_open_event (ParaatEventsPage *self,
                               const char       *name)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), NULL);

  for (guint i = 0; i < self->events->len; i++)
    {
      ParaatEvent *event = g_ptr_array_index (self->events, i);

      if (g_strcmp0 (paraat_event_get_name (event), name) == 0)
        return event_window_new (self, paraat_event_get_id (event));
    }
  return NULL;
}

void
paraat_events_page_set_filter (ParaatEventsPage        *self,
                               const ParaatEventFilter *filter)
{
  g_return_if_fail (PARAAT_IS_EVENTS_PAGE (self));
  g_return_if_fail (filter != NULL);

  gtk_drop_down_set_selected (self->class_dropdown,
                              filter->klass == PARAAT_EVENT_FILTER_ANY ? 0
                              : filter->klass == PARAAT_RISK_CLASS_UNKNOWN ? 5 : (guint) filter->klass);
  gtk_drop_down_set_selected (self->status_dropdown,
                              filter->status == PARAAT_EVENT_FILTER_ANY ? 0 : (guint) filter->status + 1);
}

GtkWindow *
paraat_events_page_open_templates (ParaatEventsPage *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;
  return paraat_templates_window_new (self->store, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
}

GtkWindow *
paraat_events_page_open_scan_questions (ParaatEventsPage *self)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *window;

  g_return_val_if_fail (PARAAT_IS_EVENTS_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;
  window = paraat_scan_editor_new (self->store, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  if (window == NULL)
    paraat_ui_show_toast (GTK_WIDGET (self), adw_toast_new (_("The risk scan could not be read.")));
  return window;
}
