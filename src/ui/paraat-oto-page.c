/* paraat-oto-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-oto-page"

#include "config.h"

#include <glib/gi18n.h>

#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-oto-page.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-grid.h"
#include "ui/paraat-lesson-editor.h"
#include "ui/paraat-session-editor.h"
#include "ui/paraat-ui-util.h"

/*
 * One person's row of the matrix.
 */

#define PARAAT_TYPE_OTO_PERSON_ROW (paraat_oto_person_row_get_type ())
G_DECLARE_FINAL_TYPE (ParaatOtoPersonRow, paraat_oto_person_row, PARAAT, OTO_PERSON_ROW, GObject)

struct _ParaatOtoPersonRow
{
  GObject     parent_instance;
  gint64      person_id;
  guint       rank;    /* the person's place in the register (by family name) */
  char       *name;
  GHashTable *cells;   /* function id → const ParaatProficiencyCell * (owned by the page's array) */
};

G_DEFINE_FINAL_TYPE (ParaatOtoPersonRow, paraat_oto_person_row, G_TYPE_OBJECT)

static void
paraat_oto_person_row_finalize (GObject *object)
{
  ParaatOtoPersonRow *self = PARAAT_OTO_PERSON_ROW (object);

  g_free (self->name);
  g_hash_table_unref (self->cells);
  G_OBJECT_CLASS (paraat_oto_person_row_parent_class)->finalize (object);
}

static void
paraat_oto_person_row_class_init (ParaatOtoPersonRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = paraat_oto_person_row_finalize;
}

static void
paraat_oto_person_row_init (ParaatOtoPersonRow *self)
{
  self->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/*
 * The page
 */

struct _ParaatOtoPage
{
  GtkWidget            parent_instance;

  ParaatStore         *store;
  gulong               changed_id;
  GTimeZone           *tz;
  guint                reload_id;
  gboolean             dirty;          /* changed while not on screen */

  GtkWidget           *box;
  GtkStack            *stack;
  GtkDropDown         *team_dropdown;
  GArray              *team_ids;       /* gint64 per dropdown entry; 0 = every team */

  AdwPreferencesPage  *sessions_page;
  GPtrArray           *session_groups;
  GPtrArray           *sessions;       /* ParaatSession listed */

  AdwPreferencesPage  *lessons_page;
  GPtrArray           *lesson_groups;
  GArray              *lessons;        /* ParaatLesson listed */

  GtkDropDown         *plan_year_dropdown;
  GtkWidget           *plan_grid;
  AdwPreferencesGroup *plan_gaps_group;
  GtkWidget           *plan_gaps_list;
  GtkWidget           *plan_counts_grid;
  ParaatOtoYearPlan   *plan;

  ParaatGrid          *matrix;
  GArray              *matrix_columns; /* MatrixColumn, what each column of the matrix shows */
  GListStore          *people_rows;
  GArray              *cells;          /* ParaatProficiencyCell of the matrix */
  ParaatProficiencyIndex *index;       /* what the cells point into */
  GListModel          *functions;
  GHashTable          *names;          /* person id → name */
  GHashTable          *ranks;          /* person id → place in the register + 1 */
  GtkDropDown         *function_dropdown;
  GArray              *function_ids;   /* gint64 per dropdown entry; 0 = every function */
};

G_DEFINE_FINAL_TYPE (ParaatOtoPage, paraat_oto_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (ParaatOtoPage *self);

static const char *
person_name (ParaatOtoPage *self,
             gint64         person_id)
{
  const char *name = self->names != NULL ? g_hash_table_lookup (self->names, &person_id) : NULL;

  return name != NULL ? name : "";
}

static void
show_error (ParaatOtoPage *self,
            const GError  *error)
{
  paraat_ui_show_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

/*
 * The attendance dialog
 */

/* The widgets of one person on the list. */
typedef struct
{
  GtkDropDown    *status;
  AdwEntryRow    *role;
  GtkSpinButton  *hours;
  AdwComboRow    *result;
  AdwExpanderRow *row;
} AttendanceWidgets;

typedef struct
{
  ParaatOtoPage        *page;
  ParaatSession        *session;
  GArray               *rows;        /* ParaatAttendance */
  GArray               *widgets;     /* AttendanceWidgets, one per row */
  AdwPreferencesGroup  *group;
  GtkDropDown          *add_dropdown;
  GArray               *add_ids;     /* gint64: the people add_dropdown offers, after its placeholder */
  GtkLabel             *error_label;
  char                 *when;        /* the session's start, formatted */
  gboolean              cancelled;
} AttendanceDialog;

static void
attendance_dialog_free (gpointer data)
{
  AttendanceDialog *dialog = data;

  g_object_unref (dialog->session);
  g_array_unref (dialog->rows);
  g_array_unref (dialog->widgets);
  g_array_unref (dialog->add_ids);
  g_free (dialog->when);
  g_free (dialog);
}

/* The session's length in hours, to the half hour: what a present person
 * gets unless told otherwise. */
static double
session_hours (ParaatSession *session)
{
  gint64 starts_at = paraat_session_get_starts_at (session);
  gint64 ends_at = paraat_session_get_ends_at (session);

  return ends_at > starts_at ? (double) ((ends_at - starts_at + 900) / 1800) / 2.0 : 0;
}

static const char *
status_label (ParaatAttendanceStatus status)
{
  switch (status)
    {
    case PARAAT_ATTENDANCE_INVITED:
      return C_("attendance", "Invited");
    case PARAAT_ATTENDANCE_PRESENT:
      return C_("attendance", "Present");
    case PARAAT_ATTENDANCE_ABSENT:
      return C_("attendance", "Absent");
    case PARAAT_ATTENDANCE_EXCUSED:
      return C_("attendance", "Excused");
    default:
      return "";
    }
}

gboolean
paraat_attendance_dialog_save (GtkWindow *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (dialog != NULL, FALSE);

  for (guint i = 0; i < dialog->rows->len; i++)
    {
      ParaatAttendance *row = &g_array_index (dialog->rows, ParaatAttendance, i);
      AttendanceWidgets *widgets = &g_array_index (dialog->widgets, AttendanceWidgets, i);
      g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widgets->role))));

      row->status = gtk_drop_down_get_selected (widgets->status);
      g_free (row->role);
      row->role = g_steal_pointer (&role);
      if (row->status == PARAAT_ATTENDANCE_PRESENT)
        {
          row->hours = gtk_spin_button_get_value (widgets->hours);
          row->result = adw_combo_row_get_selected (widgets->result);
        }
      else
        {
          row->hours = -1;
          row->result = PARAAT_RESULT_NONE;
        }
    }

  if (!paraat_store_write_attendance (dialog->page->store, paraat_session_get_id (dialog->session),
                                      (const ParaatAttendance *) dialog->rows->data, dialog->rows->len, &error))
    {
      gtk_label_set_text (dialog->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (dialog->error_label), TRUE);
      return FALSE;
    }
  gtk_window_destroy (window);
  return TRUE;
}

static AttendanceWidgets *
find_widgets (AttendanceDialog *dialog,
              const char       *name)
{
  for (guint i = 0; i < dialog->rows->len; i++)
    if (g_strcmp0 (person_name (dialog->page, g_array_index (dialog->rows, ParaatAttendance, i).person_id), name) == 0)
      return &g_array_index (dialog->widgets, AttendanceWidgets, i);
  return NULL;
}

gboolean
paraat_attendance_dialog_set_status (GtkWindow              *window,
                                     const char             *name,
                                     ParaatAttendanceStatus  status)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  AttendanceWidgets *widgets;

  g_return_val_if_fail (dialog != NULL, FALSE);

  if ((widgets = find_widgets (dialog, name)) == NULL)
    return FALSE;
  gtk_drop_down_set_selected (widgets->status, status);
  return TRUE;
}

gboolean
paraat_attendance_dialog_set_details (GtkWindow              *window,
                                      const char             *name,
                                      const char             *role,
                                      double                  hours,
                                      ParaatAttendanceResult  result)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  AttendanceWidgets *widgets;

  g_return_val_if_fail (dialog != NULL, FALSE);

  if ((widgets = find_widgets (dialog, name)) == NULL ||
      !gtk_widget_get_sensitive (GTK_WIDGET (widgets->hours)))
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (widgets->role), role);
  gtk_spin_button_set_value (widgets->hours, hours);
  adw_combo_row_set_selected (widgets->result, result);
  return TRUE;
}

gboolean
paraat_attendance_dialog_add_person (GtkWindow  *window,
                                     const char *name)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  GListModel *names;

  g_return_val_if_fail (dialog != NULL, FALSE);

  if (dialog->add_dropdown == NULL)
    return FALSE;
  names = gtk_drop_down_get_model (dialog->add_dropdown);
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        gtk_drop_down_set_selected (dialog->add_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

static void
save_clicked_cb (GtkButton *button,
                 GtkWindow *window)
{
  paraat_attendance_dialog_save (window);
}

static void
all_present_clicked_cb (GtkButton *button,
                        GtkWindow *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");

  for (guint i = 0; i < dialog->widgets->len; i++)
    {
      GtkDropDown *status = g_array_index (dialog->widgets, AttendanceWidgets, i).status;

      if (gtk_drop_down_get_selected (status) == PARAAT_ATTENDANCE_INVITED)
        gtk_drop_down_set_selected (status, PARAAT_ATTENDANCE_PRESENT);
    }
}

static void
copy_next_year_cb (GtkButton *button,
                   GtkWindow *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  ParaatOtoPage *page = dialog->page;
  g_autoptr (ParaatSession) copy = NULL;
  g_autoptr (GError) error = NULL;

  copy = paraat_oto_copy_to_next_year (page->store, page->tz, paraat_session_get_id (dialog->session), &error);
  if (copy == NULL)
    {
      gtk_label_set_text (dialog->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (dialog->error_label), TRUE);
      return;
    }
  {
    g_autofree char *when = paraat_ui_format_instant (paraat_session_get_starts_at (copy), page->tz);
    g_autofree char *text = g_strdup_printf (_("Copied to %s"), when);

    gtk_window_destroy (window);
    paraat_ui_show_toast (GTK_WIDGET (page), adw_toast_new (text));
  }
}

static void
edit_session_cb (GtkButton *button,
                 GtkWindow *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  ParaatOtoPage *page = dialog->page;
  g_autoptr (ParaatSession) session = g_object_ref (dialog->session);

  gtk_window_destroy (window);
  paraat_oto_page_new_session (page, session);
}

static void
cancel_response_cb (AdwMessageDialog *message,
                    const char       *response,
                    GtkWindow        *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "cancel-session") != 0)
    return;
  paraat_session_set_status (dialog->session, PARAAT_SESSION_STATUS_CANCELLED);
  if (!paraat_store_save_session (dialog->page->store, dialog->session, &error))
    {
      paraat_session_set_status (dialog->session, PARAAT_SESSION_STATUS_PLANNED);
      gtk_label_set_text (dialog->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (dialog->error_label), TRUE);
      return;
    }
  gtk_window_destroy (window);
}

static void
cancel_session_cb (GtkButton *button,
                   GtkWindow *window)
{
  AttendanceDialog *dialog = g_object_get_data (G_OBJECT (window), "attendance-dialog");
  AdwMessageDialog *message;

  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Cancel this session?"), NULL));
  adw_message_dialog_format_body (message, _("“%s” will not take place. Its invitations stay on record but count "
                                             "for no one’s proficiency."), paraat_session_get_title (dialog->session));
  adw_message_dialog_add_responses (message, "keep", _("_Keep"), "cancel-session", _("_Cancel Session"), NULL);
  adw_message_dialog_set_response_appearance (message, "cancel-session", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (message, "keep");
  adw_message_dialog_set_close_response (message, "keep");
  g_signal_connect (message, "response", G_CALLBACK (cancel_response_cb), window);
  gtk_window_present (GTK_WINDOW (message));
}

static int
compare_attendance_by_rank (gconstpointer a,
                            gconstpointer b,
                            gpointer      data)
{
  GHashTable *ranks = data;
  guint x = ranks != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, &((const ParaatAttendance *) a)->person_id)) : 0;
  guint y = ranks != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, &((const ParaatAttendance *) b)->person_id)) : 0;

  return (x > y) - (x < y);
}

static int
compare_ids_by_rank (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  GHashTable *ranks = data;
  guint x = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, *(gint64 * const *) a));
  guint y = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, *(gint64 * const *) b));

  return (x > y) - (x < y);
}

/* "Present · role Liaison · 3.5 h · passed": what the collapsed row says. */
static void
update_attendance_row (AttendanceWidgets *widgets)
{
  gboolean present = gtk_drop_down_get_selected (widgets->status) == PARAAT_ATTENDANCE_PRESENT;
  const char *role = gtk_editable_get_text (GTK_EDITABLE (widgets->role));
  g_autoptr (GString) summary = g_string_new (NULL);

  /* Hours and a result belong to who was there. */
  gtk_widget_set_sensitive (GTK_WIDGET (widgets->hours), present);
  gtk_widget_set_sensitive (GTK_WIDGET (widgets->result), present);
  if (role != NULL && *role != '\0')
    g_string_append (summary, role);
  if (present)
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      /* Translators: hours someone attended a session, e.g. "3.5 h" */
      g_string_append_printf (summary, _("%.1f h"), gtk_spin_button_get_value (widgets->hours));
      if (adw_combo_row_get_selected (widgets->result) == PARAAT_RESULT_PASSED)
        g_string_append_printf (summary, " · %s", C_("result", "passed"));
      else if (adw_combo_row_get_selected (widgets->result) == PARAAT_RESULT_FAILED)
        g_string_append_printf (summary, " · %s", C_("result", "not passed"));
    }
  adw_expander_row_set_subtitle (widgets->row, summary->str);
}

static void
attendance_changed_cb (GObject    *object,
                       GParamSpec *pspec,
                       gpointer    data)
{
  AttendanceDialog *dialog = data;

  for (guint i = 0; i < dialog->widgets->len; i++)
    update_attendance_row (&g_array_index (dialog->widgets, AttendanceWidgets, i));
}

/* One person: name and status in the row, role, hours and result when
 * opened. */
static void
add_attendance_row (AttendanceDialog *dialog,
                    guint             index)
{
  ParaatOtoPage *self = dialog->page;
  const ParaatAttendance *row = &g_array_index (dialog->rows, ParaatAttendance, index);
  const char *statuses[] = {
    status_label (PARAAT_ATTENDANCE_INVITED), status_label (PARAAT_ATTENDANCE_PRESENT),
    status_label (PARAAT_ATTENDANCE_ABSENT), status_label (PARAAT_ATTENDANCE_EXCUSED), NULL,
  };
  const char *results[] = { C_("result", "Not assessed"), C_("result", "Passed"), C_("result", "Not passed"), NULL };
  g_autoptr (GtkStringList) result_names = gtk_string_list_new (results);
  AttendanceWidgets widgets = { 0 };
  GtkWidget *hours_row;

  widgets.row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widgets.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets.row), person_name (self, row->person_id));

  widgets.status = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (statuses));
  gtk_drop_down_set_selected (widgets.status, row->status);
  gtk_widget_set_valign (GTK_WIDGET (widgets.status), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widgets.status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  person_name (self, row->person_id), -1);
  adw_expander_row_add_action (widgets.row, GTK_WIDGET (widgets.status));

  widgets.role = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets.role), _("Role played"));
  gtk_editable_set_text (GTK_EDITABLE (widgets.role), row->role != NULL ? row->role : "");
  adw_expander_row_add_row (widgets.row, GTK_WIDGET (widgets.role));

  hours_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), _("Hours"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (hours_row), _("Counted for who was present"));
  widgets.hours = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 24 * 14, 0.5));
  gtk_spin_button_set_digits (widgets.hours, 1);
  gtk_spin_button_set_value (widgets.hours, row->hours >= 0 ? row->hours : session_hours (dialog->session));
  gtk_widget_set_valign (GTK_WIDGET (widgets.hours), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widgets.hours), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hours"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), GTK_WIDGET (widgets.hours));
  adw_expander_row_add_row (widgets.row, hours_row);

  widgets.result = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets.result), _("Result"));
  adw_combo_row_set_model (widgets.result, G_LIST_MODEL (result_names));
  adw_combo_row_set_selected (widgets.result, row->result);
  adw_expander_row_add_row (widgets.row, GTK_WIDGET (widgets.result));

  gtk_widget_set_sensitive (GTK_WIDGET (widgets.row), !dialog->cancelled);
  g_array_append_val (dialog->widgets, widgets);
  update_attendance_row (&widgets);
  g_signal_connect (widgets.status, "notify::selected", G_CALLBACK (attendance_changed_cb), dialog);
  g_signal_connect (widgets.role, "notify::text", G_CALLBACK (attendance_changed_cb), dialog);
  g_signal_connect (widgets.hours, "notify::value", G_CALLBACK (attendance_changed_cb), dialog);
  g_signal_connect (widgets.result, "notify::selected", G_CALLBACK (attendance_changed_cb), dialog);
  adw_preferences_group_add (dialog->group, GTK_WIDGET (widgets.row));
}

/* "Tuesday 10 March 2026, 14:00 · 27 people on the list" */
static void
update_list_description (AttendanceDialog *dialog)
{
  g_autofree char *description = NULL;

  if (dialog->cancelled)
    description = g_strdup_printf (_("%s · cancelled: nothing to register"), dialog->when);
  else
    description = g_strdup_printf (ngettext ("%s · %u person on the list", "%s · %u people on the list",
                                             dialog->rows->len), dialog->when, dialog->rows->len);
  adw_preferences_group_set_description (dialog->group, description);
}

/* Someone chosen from the register joins the list as invited. */
static void
add_person_selected_cb (GtkDropDown      *dropdown,
                        GParamSpec       *pspec,
                        AttendanceDialog *dialog)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  ParaatAttendance row = { 0 };

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > dialog->add_ids->len)
    return;
  row.person_id = g_array_index (dialog->add_ids, gint64, selected - 1);
  row.status = PARAAT_ATTENDANCE_INVITED;
  row.hours = -1;
  row.result = PARAAT_RESULT_NONE;
  for (guint i = 0; i < dialog->rows->len; i++)
    if (g_array_index (dialog->rows, ParaatAttendance, i).person_id == row.person_id)
      {
        gtk_drop_down_set_selected (dropdown, 0);
        return;
      }
  g_array_append_val (dialog->rows, row);
  add_attendance_row (dialog, dialog->rows->len - 1);
  update_list_description (dialog);
  gtk_drop_down_set_selected (dropdown, 0);
}

static AdwPreferencesGroup *
add_person_group (AttendanceDialog *dialog)
{
  ParaatOtoPage *self = dialog->page;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GHashTableIter iter;
  gpointer key, value;

  /* Everyone in the register, by rank (family name). */
  g_hash_table_iter_init (&iter, self->ranks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (people, g_memdup2 (key, sizeof (gint64)));
  g_ptr_array_sort_with_data (people, compare_ids_by_rank, self->ranks);

  /* Translators: the first entry of the list of people to add to a session */
  gtk_string_list_append (names, _("Choose someone…"));
  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = *(gint64 *) g_ptr_array_index (people, i);

      g_array_append_val (dialog->add_ids, id);
      gtk_string_list_append (names, person_name (self, id));
    }

  dialog->add_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), gtk_expression_ref (expression)));
  gtk_drop_down_set_enable_search (dialog->add_dropdown, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (dialog->add_dropdown), GTK_ALIGN_CENTER);
  g_signal_connect (dialog->add_dropdown, "notify::selected", G_CALLBACK (add_person_selected_cb), dialog);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add to the List"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Someone from the register who is not invited yet"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->add_dropdown));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->add_dropdown));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWindow *
attendance_dialog_new (ParaatOtoPage *self,
                       ParaatSession *session)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) rows = paraat_store_read_attendance (self->store, paraat_session_get_id (session), &error);
  AttendanceDialog *dialog;
  GtkWidget *window, *content, *header, *save, *cancel, *scrolled, *page, *group, *actions, *button, *label;
  gboolean cancelled = paraat_session_get_status (session) == PARAAT_SESSION_STATUS_CANCELLED;

  if (rows == NULL)
    {
      show_error (self, error);
      return NULL;
    }

  /* In register order (by family name), as everywhere else. */
  g_array_sort_with_data (rows, compare_attendance_by_rank, self->ranks);

  dialog = g_new0 (AttendanceDialog, 1);
  dialog->page = self;
  dialog->session = g_object_ref (session);
  dialog->rows = g_steal_pointer (&rows);
  dialog->widgets = g_array_new (FALSE, TRUE, sizeof (AttendanceWidgets));
  dialog->add_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  dialog->cancelled = cancelled;

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Attendance"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);
  g_object_set_data_full (G_OBJECT (window), "attendance-dialog", dialog, attendance_dialog_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_sensitive (save, !cancelled);
  g_signal_connect (save, "clicked", G_CALLBACK (save_clicked_cb), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_visible (label, FALSE);
  dialog->error_label = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (content), label);

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  page = adw_preferences_page_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  gtk_box_append (GTK_BOX (content), scrolled);

  dialog->when = paraat_ui_format_instant (paraat_session_get_starts_at (session), self->tz);
  group = adw_preferences_group_new ();
  dialog->group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), paraat_session_get_title (session));
  update_list_description (dialog);
  if (!cancelled && dialog->rows->len > 0)
    {
      button = gtk_button_new_with_mnemonic (_("Everyone _Present"));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Mark everyone still invited as present"));
      g_signal_connect (button, "clicked", G_CALLBACK (all_present_clicked_cb), window);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  for (guint i = 0; i < dialog->rows->len; i++)
    add_attendance_row (dialog, i);
  if (dialog->rows->len == 0)
    {
      GtkWidget *empty = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("No one is invited"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (empty), _("The session targets no function that someone holds."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty);
    }
  if (!cancelled)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add_person_group (dialog)));

  actions = adw_preferences_group_new ();
  button = gtk_button_new_with_mnemonic (_("_Edit Session…"));
  gtk_widget_set_tooltip_text (button, _("Change the title, time, place or functions"));
  g_signal_connect (button, "clicked", G_CALLBACK (edit_session_cb), window);
  gtk_widget_set_margin_bottom (button, 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), button);
  button = gtk_button_new_with_mnemonic (_("C_opy to Next Year"));
  gtk_widget_set_tooltip_text (button, _("Plan the same session in the same week next year, with its functions"));
  g_signal_connect (button, "clicked", G_CALLBACK (copy_next_year_cb), window);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), button);
  if (!cancelled)
    {
      button = gtk_button_new_with_mnemonic (_("Cancel _Session…"));
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_widget_set_margin_top (button, 6);
      g_signal_connect (button, "clicked", G_CALLBACK (cancel_session_cb), window);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), button);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));

  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/*
 * Sessions
 */

static void
session_row_activated_cb (AdwActionRow  *row,
                          ParaatOtoPage *self)
{
  ParaatSession *session = g_object_get_data (G_OBJECT (row), "session");

  attendance_dialog_new (self, session);
}

/* "12 of 14 present", "Not registered", "14 invited", "Cancelled". */
static GtkWidget *
session_badge (ParaatSession               *session,
               const ParaatAttendanceCount *count,
               gint64                       now)
{
  guint listed = count != NULL ? count->listed : 0;
  g_autofree char *text = NULL;
  GtkWidget *label;
  const char *css = "dim-label";

  if (paraat_session_get_status (session) == PARAAT_SESSION_STATUS_CANCELLED)
    text = g_strdup (C_("session", "Cancelled"));
  else if (paraat_session_get_ends_at (session) < now && listed > 0 && count->registered == 0)
    {
      text = g_strdup (_("Not registered"));
      css = "warning";
    }
  else if (paraat_session_get_ends_at (session) < now && listed > 0)
    text = g_strdup_printf (ngettext ("%u of %u present", "%u of %u present", listed), count->present, listed);
  else
    text = g_strdup_printf (ngettext ("%u invited", "%u invited", listed), listed);

  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, css);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
fill_sessions (ParaatOtoPage *self,
               gint64         now)
{
  g_autoptr (GDateTime) local_now = g_date_time_new_from_unix_utc (now);
  g_autoptr (GDateTime) here = g_date_time_to_timezone (local_now, self->tz);
  g_autoptr (GDateTime) from = g_date_time_new (self->tz, g_date_time_get_year (here), 1, 1, 0, 0, 0);
  g_autoptr (GDateTime) until = g_date_time_new (self->tz, g_date_time_get_year (here) + 2, 1, 1, 0, 0, 0);
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GArray) counts = NULL;
  g_autoptr (GHashTable) count_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GError) error = NULL;
  AdwPreferencesGroup *group = NULL;
  int group_key = -1;

  for (guint i = 0; i < self->session_groups->len; i++)
    adw_preferences_page_remove (self->sessions_page, g_ptr_array_index (self->session_groups, i));
  g_ptr_array_set_size (self->session_groups, 0);
  g_ptr_array_set_size (self->sessions, 0);

  sessions = paraat_store_list_sessions (self->store, g_date_time_to_unix (from), g_date_time_to_unix (until), &error);
  if (sessions != NULL)
    counts = paraat_store_count_attendance (self->store, g_date_time_to_unix (from), g_date_time_to_unix (until), &error);
  if (counts == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < counts->len; i++)
    g_hash_table_insert (count_of, &g_array_index (counts, ParaatAttendanceCount, i).session_id,
                         &g_array_index (counts, ParaatAttendanceCount, i));

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (paraat_session_get_starts_at (session));
      g_autoptr (GDateTime) start = g_date_time_to_timezone (utc, self->tz);
      int quarter = (g_date_time_get_month (start) - 1) / 3 + 1;
      int key = g_date_time_get_year (start) * 10 + quarter;
      g_autofree char *when = paraat_ui_format_instant (paraat_session_get_starts_at (session), self->tz);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (key != group_key)
        {
          g_autofree char *title = NULL;

          /* Translators: a quarter of a year in the OTO plan: "Q1 2026" */
          title = g_strdup_printf (_("Q%d %d"), quarter, g_date_time_get_year (start));
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->sessions_page, group);
          g_ptr_array_add (self->session_groups, group);
          group_key = key;
        }

      subtitle = *paraat_session_get_location (session) != '\0'
                 ? g_strdup_printf ("%s · %s · %s", when, paraat_session_get_kind (session),
                                    paraat_session_get_location (session))
                 : g_strdup_printf ("%s · %s", when, paraat_session_get_kind (session));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), paraat_session_get_title (session));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      {
        gint64 id = paraat_session_get_id (session);

        adw_action_row_add_suffix (ADW_ACTION_ROW (row), session_badge (session, g_hash_table_lookup (count_of, &id), now));
      }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (session), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (session_row_activated_cb), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->sessions, g_object_ref (session));
    }

  if (self->sessions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No sessions planned this year or next"));
      adw_preferences_group_add (group, row);
      adw_preferences_page_add (self->sessions_page, group);
      g_ptr_array_add (self->session_groups, group);
    }
}

/*
 * Lessons
 */

static const char *
lesson_status_label (ParaatLessonStatus status)
{
  switch (status)
    {
    case PARAAT_LESSON_OPEN:
      return C_("lesson", "Open");
    case PARAAT_LESSON_IN_PROGRESS:
      return C_("lesson", "In Progress");
    case PARAAT_LESSON_DONE:
      return C_("lesson", "Done");
    case PARAAT_LESSON_DROPPED:
      return C_("lesson", "Dropped");
    default:
      return "";
    }
}

static void
lesson_row_activated_cb (AdwActionRow  *row,
                         ParaatOtoPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "lesson-index"));
  GtkWidget *editor;

  if (index >= self->lessons->len)
    return;
  editor = paraat_lesson_editor_new (self->store, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     &g_array_index (self->lessons, ParaatLesson, index));
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  ParaatStore  *store;
  ParaatLesson  lesson;
} LessonUndo;

static void
lesson_undo_free (gpointer data)
{
  LessonUndo *undo = data;

  g_object_unref (undo->store);
  paraat_lesson_clear (&undo->lesson);
  g_free (undo);
}

static void
lesson_undo_cb (AdwToast   *toast,
                LessonUndo *undo)
{
  g_autoptr (GError) error = NULL;

  /* Saved again as new: the same text, source, owner, date and status. */
  undo->lesson.id = 0;
  if (!paraat_store_save_lesson (undo->store, &undo->lesson, &error))
    g_warning ("Could not restore the lesson: %s", error->message);
}

static void
lesson_delete_clicked_cb (GtkButton     *button,
                          ParaatOtoPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lesson-index"));
  const ParaatLesson *lesson;
  g_autoptr (GError) error = NULL;
  LessonUndo *undo;
  AdwToast *toast;

  if (index >= self->lessons->len)
    return;
  lesson = &g_array_index (self->lessons, ParaatLesson, index);
  undo = g_new0 (LessonUndo, 1);
  undo->store = g_object_ref (self->store);
  undo->lesson = *lesson;
  undo->lesson.text = g_strdup (lesson->text);
  undo->lesson.source = g_strdup (lesson->source);

  if (!paraat_store_delete_lesson (self->store, lesson->id, &error))
    {
      lesson_undo_free (undo);
      show_error (self, error);
      return;
    }
  toast = adw_toast_new (_("Lesson removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (lesson_undo_cb), undo,
                         (GClosureNotify) (void (*) (void)) lesson_undo_free, 0);
  paraat_ui_show_toast (GTK_WIDGET (self), toast);
}

static void
fill_lessons (ParaatOtoPage *self,
              gint64         now)
{
  g_autoptr (GListModel) sessions = paraat_store_list_sessions (self->store, G_MININT64, G_MAXINT64, NULL);
  g_autoptr (GListModel) events = paraat_store_list_events (self->store, G_MININT64, G_MAXINT64, NULL);
  g_autoptr (GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GError) error = NULL;
  AdwPreferencesGroup *open_group, *closed_group;
  guint32 today = paraat_day_of_instant (now, self->tz);
  guint n_open = 0, n_closed = 0;

  for (guint i = 0; i < self->lesson_groups->len; i++)
    adw_preferences_page_remove (self->lessons_page, g_ptr_array_index (self->lesson_groups, i));
  g_ptr_array_set_size (self->lesson_groups, 0);
  g_clear_pointer (&self->lessons, g_array_unref);

  self->lessons = paraat_store_read_lessons (self->store, &error);
  if (self->lessons == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);

      g_hash_table_insert (sources, g_strdup_printf ("s%" G_GINT64_FORMAT, paraat_session_get_id (session)),
                           g_strdup (paraat_session_get_title (session)));
    }
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);

      g_hash_table_insert (sources, g_strdup_printf ("e%" G_GINT64_FORMAT, paraat_event_get_id (event)),
                           g_strdup (paraat_event_get_name (event)));
    }

  open_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (open_group, _("Open"));
  closed_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (closed_group, _("Done or Dropped"));

  for (guint i = 0; i < self->lessons->len; i++)
    {
      const ParaatLesson *lesson = &g_array_index (self->lessons, ParaatLesson, i);
      gboolean open = lesson->status == PARAAT_LESSON_OPEN || lesson->status == PARAAT_LESSON_IN_PROGRESS;
      gboolean overdue = open && lesson->due_day != 0 && lesson->due_day < today;
      g_autofree char *key = lesson->session_id != 0 ? g_strdup_printf ("s%" G_GINT64_FORMAT, lesson->session_id)
                           : lesson->event_id != 0 ? g_strdup_printf ("e%" G_GINT64_FORMAT, lesson->event_id)
                           : NULL;
      const char *source = key != NULL ? g_hash_table_lookup (sources, key) : lesson->source;
      g_autofree char *due = lesson->due_day != 0 ? paraat_day_format (lesson->due_day) : NULL;
      g_autoptr (GString) subtitle = g_string_new (lesson->kind == PARAAT_LESSON_KIND_IMPROVEMENT
                                                   ? C_("lesson", "Improvement") : C_("lesson", "Lesson"));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_label_new (lesson_status_label (lesson->status));
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (source != NULL && *source != '\0')
        g_string_append_printf (subtitle, " · %s", source);
      if (lesson->owner_person_id != 0)
        g_string_append_printf (subtitle, " · %s", person_name (self, lesson->owner_person_id));
      if (due != NULL)
        /* Translators: the due date of an improvement, in a list */
        g_string_append_printf (subtitle, _(" · due %s"), due);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lesson->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (overdue)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("Overdue"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      g_object_set_data (G_OBJECT (remove), "lesson-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (lesson_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "lesson-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (lesson_row_activated_cb), self);
      adw_preferences_group_add (open ? open_group : closed_group, row);
      if (open)
        n_open++;
      else
        n_closed++;
    }

  if (n_open == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing open"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (open_group, row);
    }
  adw_preferences_page_add (self->lessons_page, open_group);
  g_ptr_array_add (self->lesson_groups, open_group);
  if (n_closed > 0)
    {
      adw_preferences_page_add (self->lessons_page, closed_group);
      g_ptr_array_add (self->lesson_groups, closed_group);
    }
  else
    {
      /* Never shown: drop it. */
      g_object_ref_sink (closed_group);
      g_object_unref (closed_group);
    }
}

static void
new_lesson_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (widget);
  GtkWidget *editor;

  if (self->store == NULL)
    return;
  editor = paraat_lesson_editor_new (self->store, GTK_WINDOW (gtk_widget_get_root (widget)), NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

/*
 * The year plan
 */

static int
plan_year (ParaatOtoPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (self->tz);

  return g_date_time_get_year (now) + (int) gtk_drop_down_get_selected (self->plan_year_dropdown);
}

static GtkWidget *
grid_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_add_css_class (label, heading ? "heading" : "numeric");
  return label;
}

static void
clear_grid (GtkWidget *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (grid)) != NULL)
    gtk_grid_remove (GTK_GRID (grid), child);
}

static void
fill_plan (ParaatOtoPage *self)
{
  g_autoptr (GError) error = NULL;
  const char *quarters[] = { _("Q1"), _("Q2"), _("Q3"), _("Q4") };
  const char *count_head[] = { _("Year"), C_("requirement", "Course"), C_("requirement", "Training"),
                               C_("requirement", "Exercise"), C_("requirement", "Test"),
                               C_("requirement", "Evaluation"), _("Cancelled") };
  guint row = 1;

  clear_grid (self->plan_grid);
  clear_grid (self->plan_counts_grid);
  paraat_ui_list_box_remove_all (GTK_LIST_BOX (self->plan_gaps_list));
  g_clear_pointer (&self->plan, paraat_oto_year_plan_free);

  self->plan = paraat_oto_year_plan_new (self->store, self->tz, plan_year (self), &error);
  if (self->plan == NULL)
    {
      show_error (self, error);
      return;
    }

  gtk_grid_attach (GTK_GRID (self->plan_grid), grid_label (_("Function"), TRUE), 0, 0, 1, 1);
  for (guint q = 0; q < 4; q++)
    gtk_grid_attach (GTK_GRID (self->plan_grid), grid_label (quarters[q], TRUE), q + 1, 0, 1, 1);
  for (guint f = 0; f < self->plan->plan->function_ids->len; f++, row++)
    {
      GtkWidget *label = grid_label (g_ptr_array_index (self->plan->function_labels, f), FALSE);

      gtk_widget_remove_css_class (label, "numeric");
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
      gtk_grid_attach (GTK_GRID (self->plan_grid), label, 0, row, 1, 1);
      for (guint q = 0; q < 4; q++)
        {
          g_autofree char *text = paraat_oto_year_plan_quarter_text (self->plan, f, q);
          GtkWidget *cell = grid_label (*text != '\0' ? text : "–", FALSE);

          /* One session a line: "10 Mar TTX". */
          gtk_label_set_wrap (GTK_LABEL (cell), FALSE);

          if (*text == '\0')
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (GTK_GRID (self->plan_grid), cell, q + 1, row, 1, 1);
        }
    }

  for (guint g = 0; g < self->plan->plan->gaps->len; g++)
    {
      g_autofree char *text = paraat_oto_year_plan_describe_gap (self->plan, g_ptr_array_index (self->plan->plan->gaps, g));
      GtkWidget *gap_row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (gap_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (gap_row), text);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (gap_row), icon);
      gtk_list_box_append (GTK_LIST_BOX (self->plan_gaps_list), gap_row);
    }
  if (self->plan->plan->gaps->len == 0)
    {
      GtkWidget *ok_row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ok_row), _("The plan offers every session the requirements ask for."));
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (ok_row), icon);
      gtk_list_box_append (GTK_LIST_BOX (self->plan_gaps_list), ok_row);
    }

  for (guint c = 0; c < G_N_ELEMENTS (count_head); c++)
    gtk_grid_attach (GTK_GRID (self->plan_counts_grid), grid_label (count_head[c], TRUE), c, 0, 1, 1);
  for (guint y = 0; y < self->plan->counts->len; y++)
    {
      const ParaatPlanYearCount *count = &g_array_index (self->plan->counts, ParaatPlanYearCount, y);
      guint values[] = { count->education, count->training, count->exercise, count->test, count->evaluation,
                         count->cancelled };
      g_autofree char *year = g_strdup_printf ("%d", count->year);

      gtk_grid_attach (GTK_GRID (self->plan_counts_grid), grid_label (year, FALSE), 0, y + 1, 1, 1);
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          g_autofree char *text = g_strdup_printf ("%u", values[v]);

          gtk_grid_attach (GTK_GRID (self->plan_counts_grid), grid_label (text, FALSE), v + 1, y + 1, 1, 1);
        }
    }
}

static void
plan_year_selected_cb (ParaatOtoPage *self)
{
  if (self->store != NULL && self->tz != NULL)
    fill_plan (self);
}

typedef struct
{
  ParaatOtoPage *page;
  int            year;
} PlanExport;

static void
plan_export_free (gpointer data)
{
  PlanExport *export = data;

  g_object_unref (export->page);
  g_free (export);
}

static gboolean
plan_export_write (gpointer     data,
                   const char  *path,
                   GError     **error)
{
  PlanExport *export = data;
  ParaatOtoPage *self = export->page;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (ParaatOtoYearPlan) plan = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now (self->tz);

  return (organisation = paraat_store_get_organisation (self->store, error)) != NULL &&
         (plan = paraat_oto_year_plan_new (self->store, self->tz, export->year, error)) != NULL &&
         paraat_oto_year_plan_write_pdf (plan, paraat_organisation_get_name (organisation), now, path, error) > 0;
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (widget);

  if (self->store != NULL)
    /* Translators: the suggested file name of the OTO calendar */
    paraat_feed_ui_export (widget, self->store, PARAAT_FEED_OTO, 0, _("oto-jaarplan.ics"));
}

static void
export_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (widget);
  g_autofree char *name = NULL;
  PlanExport *export;

  if (self->store == NULL)
    return;
  export = g_new0 (PlanExport, 1);
  export->page = g_object_ref (self);
  export->year = plan_year (self);
  /* Translators: the suggested file name of the year plan; keep %d (the year) and ".pdf" */
  name = g_strdup_printf (_("oto-jaarplan-%d.pdf"), export->year);
  /* Translators: a toast; %s is the file's name */
  paraat_ui_save_pdf (widget, _("Save Year Plan as PDF"), name, _("Year plan saved as “%s”"),
                      _("The Year Plan Cannot Be Saved"), plan_export_write, export, plan_export_free);
}

static GtkWidget *
build_plan_view (ParaatOtoPage *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Save as _PDF…"));
  GtkWidget *frame, *scrolled;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *this_year = g_strdup_printf ("%d", g_date_time_get_year (now));
  g_autofree char *next_year = g_strdup_printf ("%d", g_date_time_get_year (now) + 1);
  const char *years[] = { this_year, next_year, NULL };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("OTO Year Plan"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Which sessions serve which function, by quarter."));
  self->plan_year_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (years));
  gtk_widget_set_valign (GTK_WIDGET (self->plan_year_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->plan_year_dropdown), _("Year"));
  g_signal_connect_swapped (self->plan_year_dropdown, "notify::selected", G_CALLBACK (plan_year_selected_cb), self);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("The plan for the college: functions by quarter, gaps and sessions per year"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "oto.export-plan");
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->plan_year_dropdown));
  gtk_box_append (GTK_BOX (suffix), button);
  button = gtk_button_new_with_mnemonic (_("Export ._ics…"));
  gtk_widget_set_name (button, "export-oto-ics-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("The sessions of the past three months and the coming year as a calendar file"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "oto.export-ics");
  gtk_box_append (GTK_BOX (suffix), button);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);

  self->plan_grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->plan_grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (self->plan_grid), 2);
  gtk_widget_set_margin_start (self->plan_grid, 12);
  gtk_widget_set_margin_end (self->plan_grid, 12);
  gtk_widget_set_margin_top (self->plan_grid, 6);
  gtk_widget_set_margin_bottom (self->plan_grid, 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->plan_grid), FALSE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->plan_grid);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  self->plan_gaps_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->plan_gaps_group, _("Requirements This Plan Does Not Cover"));
  self->plan_gaps_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->plan_gaps_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->plan_gaps_list, "boxed-list");
  adw_preferences_group_add (self->plan_gaps_group, self->plan_gaps_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->plan_gaps_group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sessions per Year"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("The multi-year view (meerjarenplan)"));
  self->plan_counts_grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->plan_counts_grid), 24);
  gtk_widget_set_margin_start (self->plan_counts_grid, 12);
  gtk_widget_set_margin_top (self->plan_counts_grid, 6);
  gtk_widget_set_margin_bottom (self->plan_counts_grid, 6);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->plan_counts_grid);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return page;
}

/*
 * The proficiency matrix
 */

/* "✓ 2027-07-06", "⚠ 2026-12-01", "✗ Not proficient", "– Never trained". */
static char *
cell_text (const ParaatProficiencyCell *cell,
           const char                 **css)
{
  const ParaatProficiency *proficiency = cell->proficiency;
  g_autofree char *until = paraat_day_format (proficiency->valid_until);
  g_autofree char *text = NULL;

  switch (proficiency->status)
    {
    case PARAAT_PROFICIENCY_NO_REQUIREMENTS:
      *css = "dim-label";
      text = g_strdup_printf ("✓ %s", paraat_proficiency_status_label (proficiency->status));
      break;
    case PARAAT_PROFICIENCY_VALID:
      *css = "success";
      text = g_strdup_printf ("✓ %s", until);
      break;
    case PARAAT_PROFICIENCY_EXPIRING:
      *css = "warning";
      text = g_strdup_printf ("⚠ %s", until);
      break;
    case PARAAT_PROFICIENCY_LAPSED:
      *css = "error";
      text = g_strdup_printf ("✗ %s", paraat_proficiency_status_label (proficiency->status));
      break;
    case PARAAT_PROFICIENCY_NEVER:
    default:
      *css = "dim-label";
      text = g_strdup_printf ("– %s", paraat_proficiency_status_label (proficiency->status));
      break;
    }
  if (cell->trainee)
    /* Translators: a matrix cell of someone who holds the function as a trainee */
    return g_strdup_printf (_("%s (trainee)"), text);
  return g_steal_pointer (&text);
}

/* A column of the matrix: a function's proficiency (@requirement
 * G_MAXUINT), or one requirement of it. */
typedef struct {
  gint64  function_id;
  guint   requirement;
  char   *title;
} MatrixColumn;

static void
matrix_column_clear (gpointer data)
{
  g_free (((MatrixColumn *) data)->title);
}

static ParaatGridTone
tone_of_css (const char *css)
{
  if (g_strcmp0 (css, "success") == 0)
    return PARAAT_GRID_TONE_SUCCESS;
  if (g_strcmp0 (css, "warning") == 0)
    return PARAAT_GRID_TONE_WARNING;
  if (g_strcmp0 (css, "error") == 0)
    return PARAAT_GRID_TONE_ERROR;
  return PARAAT_GRID_TONE_DIM;
}

/* One requirement of a function: "✓ 2027-03-09", "⚠ 2026-12-01", "✗ 1 needed". */
static char *
requirement_text (const ParaatProficiencyCell *cell,
                  guint                        index,
                  ParaatGridTone              *tone)
{
  const ParaatRequirementState *state = &g_array_index (cell->proficiency->requirements, ParaatRequirementState, index);
  g_autofree char *missing = paraat_requirement_state_describe (state, cell->proficiency->day, PARAAT_PROFICIENCY_WARN_DAYS);
  g_autofree char *until = paraat_day_format (state->valid_until);

  if (!state->met)
    {
      *tone = PARAAT_GRID_TONE_ERROR;
      /* Translators: a requirement not met: "✗ 1 needed" */
      return g_strdup_printf (_("✗ %u needed"), state->needed);
    }
  if (state->valid_until == PARAAT_DAY_FOREVER)
    {
      *tone = PARAAT_GRID_TONE_SUCCESS;
      return g_strdup ("✓");
    }
  *tone = missing != NULL ? PARAAT_GRID_TONE_WARNING : PARAAT_GRID_TONE_SUCCESS;
  return g_strdup_printf ("%s %s", missing != NULL ? "⚠" : "✓", until);
}

static const ParaatProficiencyCell *
matrix_cell (ParaatOtoPage       *self,
             ParaatOtoPersonRow  *row,
             guint                column,
             const MatrixColumn **info)
{
  *info = column < self->matrix_columns->len ? &g_array_index (self->matrix_columns, MatrixColumn, column) : NULL;
  if (*info == NULL || row == NULL)
    return NULL;
  return g_hash_table_lookup (row->cells, &(*info)->function_id);
}

static char *
matrix_label_cb (gpointer  item,
                 gboolean *strong,
                 gboolean *highlight,
                 gpointer  data)
{
  ParaatOtoPersonRow *row = item;

  *strong = row == NULL;
  *highlight = FALSE;
  return g_strdup (row != NULL ? row->name : _("Person"));
}

static char *
matrix_cell_cb (gpointer        item,
                guint           column,
                ParaatGridTone *tone,
                gpointer        data)
{
  ParaatOtoPage *self = data;
  const MatrixColumn *info;
  const ParaatProficiencyCell *cell = matrix_cell (self, item, column, &info);
  const char *css = NULL;
  char *text;

  if (info == NULL)
    return NULL;
  if (item == NULL)
    return g_strdup (info->title);
  if (cell == NULL)
    return NULL;
  if (info->requirement != G_MAXUINT)
    return info->requirement < cell->proficiency->requirements->len
           ? requirement_text (cell, info->requirement, tone) : NULL;
  text = cell_text (cell, &css);
  *tone = tone_of_css (css);
  return text;
}

/* The header's full title; a cell's "what is missing". */
static char *
matrix_tooltip_cb (gpointer item,
                   guint    column,
                   gpointer data)
{
  ParaatOtoPage *self = data;
  const MatrixColumn *info;
  const ParaatProficiencyCell *cell = matrix_cell (self, item, column, &info);

  if (info == NULL)
    return NULL;
  if (item == NULL)
    {
      g_autoptr (ParaatFunction) function = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (self->functions) && function == NULL; i++)
        {
          g_autoptr (ParaatFunction) candidate = g_list_model_get_item (self->functions, i);

          if (paraat_function_get_id (candidate) == info->function_id)
            function = g_steal_pointer (&candidate);
        }
      if (function == NULL || info->requirement != G_MAXUINT)
        return g_strdup (info->title);
      return g_strdup_printf ("%s – %s", paraat_function_get_code (function), paraat_function_get_name (function));
    }
  if (cell == NULL)
    return NULL;
  if (info->requirement != G_MAXUINT)
    {
      if (info->requirement >= cell->proficiency->requirements->len)
        return NULL;
      return paraat_requirement_state_describe (&g_array_index (cell->proficiency->requirements,
                                                                ParaatRequirementState, info->requirement),
                                                cell->proficiency->day, PARAAT_PROFICIENCY_WARN_DAYS);
    }
  return paraat_proficiency_describe_missing (cell->proficiency, PARAAT_PROFICIENCY_WARN_DAYS);
}

/* The requirements' titles wrap over two lines; a row is one. */
static guint
matrix_lines_cb (gpointer item,
                 gpointer data)
{
  ParaatOtoPage *self = data;

  return item == NULL && self->matrix_columns->len > 0 &&
         g_array_index (self->matrix_columns, MatrixColumn, self->matrix_columns->len - 1).requirement != G_MAXUINT
         ? 2 : 1;
}

static const ParaatGridFuncs matrix_funcs = {
  .label = matrix_label_cb,
  .cell = matrix_cell_cb,
  .tooltip = matrix_tooltip_cb,
  .lines = matrix_lines_cb,
};

static void
add_column (ParaatOtoPage *self,
            const char    *title,
            gint64         function_id,
            guint          requirement)
{
  MatrixColumn column = { function_id, requirement, g_strdup (title) };

  g_array_append_val (self->matrix_columns, column);
}

static int
compare_rows_by_name (gconstpointer a,
                      gconstpointer b)
{
  const ParaatOtoPersonRow *x = *(ParaatOtoPersonRow * const *) a;
  const ParaatOtoPersonRow *y = *(ParaatOtoPersonRow * const *) b;

  return (x->rank > y->rank) - (x->rank < y->rank);
}

static void
fill_matrix (ParaatOtoPage *self,
             gint64         now)
{
  ParaatProficiencyIndex *index;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) shown_functions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint selected = gtk_drop_down_get_selected (self->team_dropdown);
  gint64 team_id = selected != GTK_INVALID_LIST_POSITION && selected < self->team_ids->len
                   ? g_array_index (self->team_ids, gint64, selected) : 0;
  guint function_selected = gtk_drop_down_get_selected (self->function_dropdown);
  gint64 chosen = function_selected != GTK_INVALID_LIST_POSITION && function_selected < self->function_ids->len
                  ? g_array_index (self->function_ids, gint64, function_selected) : 0;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  ParaatOtoPersonRow *row = NULL;
  guint32 day = paraat_day_of_instant (now, self->tz);

  /* The rows point into the cells: both go first. */
  paraat_grid_set_model (self->matrix, NULL, 0);
  g_list_store_remove_all (self->people_rows);
  g_array_set_size (self->matrix_columns, 0);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->index, paraat_proficiency_index_free);

  /* The cells point into the index's requirements: both live till the next fill. */
  self->index = paraat_proficiency_index_new (self->store, self->tz, &error);
  index = self->index;
  if (index != NULL)
    self->cells = paraat_oto_matrix (self->store, index, day, &error);
  if (self->cells == NULL)
    {
      show_error (self, error);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->team_dropdown), chosen == 0);
  if (chosen != 0)
    {
      const ParaatOtoFacts *facts = paraat_proficiency_index_get_facts (index);
      guint n = 0;

      /* One function: its proficiency, then each requirement. */
      g_hash_table_add (shown_functions, g_memdup2 (&chosen, sizeof chosen));
      add_column (self, _("Proficiency"), chosen, G_MAXUINT);
      for (guint r = 0; r < facts->requirements->len; r++)
        {
          const ParaatRequirement *requirement = &g_array_index (facts->requirements, ParaatRequirement, r);
          g_autofree char *title = NULL;

          if (requirement->function_id != chosen)
            continue;
          title = paraat_requirement_describe (requirement);
          add_column (self, title, chosen, n++);
        }
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (self->functions); i++)
      {
        g_autoptr (ParaatFunction) function = g_list_model_get_item (self->functions, i);
        gint64 id = paraat_function_get_id (function);

        if (team_id != 0 && paraat_function_get_team_id (function) != team_id)
          continue;
        g_hash_table_add (shown_functions, g_memdup2 (&id, sizeof id));
        add_column (self, paraat_function_get_code (function), id, G_MAXUINT);
      }

  /* Cells are sorted by person: one row per run. */
  for (guint i = 0; i < self->cells->len; i++)
    {
      const ParaatProficiencyCell *cell = &g_array_index (self->cells, ParaatProficiencyCell, i);

      if (!g_hash_table_contains (shown_functions, &cell->function_id))
        continue;
      if (row == NULL || row->person_id != cell->person_id)
        {
          row = g_object_new (PARAAT_TYPE_OTO_PERSON_ROW, NULL);
          row->person_id = cell->person_id;
          row->name = g_strdup (person_name (self, cell->person_id));
          row->rank = GPOINTER_TO_UINT (g_hash_table_lookup (self->ranks, &cell->person_id));
          g_ptr_array_add (rows, row);
        }
      g_hash_table_insert (row->cells, g_memdup2 (&cell->function_id, sizeof (gint64)), (gpointer) cell);
    }
  g_ptr_array_sort (rows, compare_rows_by_name);
  g_list_store_splice (self->people_rows, 0, 0, rows->pdata, rows->len);
  paraat_grid_set_model (self->matrix, G_LIST_MODEL (self->people_rows), self->matrix_columns->len);
}

static void
team_selected_cb (ParaatOtoPage *self)
{
  if (self->store != NULL && self->functions != NULL)
    fill_matrix (self, paraat_ui_now ());
}

static void
fill_teams (ParaatOtoPage *self)
{
  g_autoptr (GListModel) teams = paraat_store_list_teams (self->store, NULL);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GtkStringList) function_names = NULL;
  gint64 none = 0;

  g_array_set_size (self->team_ids, 0);
  gtk_string_list_append (names, _("All Teams"));
  g_array_append_val (self->team_ids, none);
  for (guint i = 0; teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr (ParaatTeam) team = g_list_model_get_item (teams, i);
      gint64 id = paraat_team_get_id (team);

      gtk_string_list_append (names, paraat_team_get_name (team));
      g_array_append_val (self->team_ids, id);
    }
  g_signal_handlers_block_by_func (self->team_dropdown, team_selected_cb, self);
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->team_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->team_dropdown, team_selected_cb, self);

  functions = paraat_store_list_functions (self->store, NULL);
  function_names = gtk_string_list_new (NULL);
  g_array_set_size (self->function_ids, 0);
  gtk_string_list_append (function_names, _("All Functions"));
  g_array_append_val (self->function_ids, none);
  for (guint i = 0; functions != NULL && i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);
      g_autofree char *label = g_strdup_printf ("%s — %s", paraat_function_get_code (function),
                                                paraat_function_get_name (function));

      gtk_string_list_append (function_names, label);
      g_array_append_val (self->function_ids, id);
    }
  g_signal_handlers_block_by_func (self->function_dropdown, team_selected_cb, self);
  gtk_drop_down_set_model (self->function_dropdown, G_LIST_MODEL (function_names));
  gtk_drop_down_set_selected (self->function_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->function_dropdown, team_selected_cb, self);
}

static void
reload (ParaatOtoPage *self)
{
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = paraat_ui_now ();

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->dirty = FALSE;
  if (self->store == NULL)
    return;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = paraat_roster_service_time_zone (self->store, NULL);
  if (self->tz == NULL)
    self->tz = g_time_zone_new_utc ();

  g_clear_object (&self->functions);
  self->functions = paraat_store_list_functions (self->store, &error);
  people = self->functions != NULL ? paraat_store_list_people (self->store, &error) : NULL;
  if (people == NULL)
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->ranks, g_hash_table_unref);
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->ranks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);

      g_hash_table_insert (self->names, g_memdup2 (&id, sizeof id), g_strdup (paraat_person_get_display_name (person)));
      g_hash_table_insert (self->ranks, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }

  fill_sessions (self, now);
  fill_lessons (self, now);
  fill_plan (self);
  fill_matrix (self, now);
}

static gboolean
reload_idle_cb (gpointer data)
{
  ParaatOtoPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (ParaatOtoPage *self,
                  const char    *entity)
{
  /* Off screen, reload when shown; on screen, coalesce a burst of changes
   * into one reload. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
paraat_oto_page_map (GtkWidget *widget)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (widget);

  GTK_WIDGET_CLASS (paraat_oto_page_parent_class)->map (widget);
  if (self->dirty)
    reload (self);
}

/*
 * Public API
 */

GtkWidget *
paraat_oto_page_new (void)
{
  return g_object_new (PARAAT_TYPE_OTO_PAGE, NULL);
}

ParaatStore *
paraat_oto_page_get_store (ParaatOtoPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), NULL);

  return self->store;
}

void
paraat_oto_page_set_store (ParaatOtoPage *self,
                           ParaatStore   *store)
{
  g_return_if_fail (PARAAT_IS_OTO_PAGE (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      self->changed_id = g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
      fill_teams (self);
    }
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
paraat_oto_page_show_view (ParaatOtoPage *self,
                           const char    *name)
{
  g_return_if_fail (PARAAT_IS_OTO_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, name);
}

void
paraat_oto_page_show_function (ParaatOtoPage *self,
                               const char    *function_code)
{
  g_return_if_fail (PARAAT_IS_OTO_PAGE (self));

  for (guint i = 0; self->functions != NULL && i < g_list_model_get_n_items (self->functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (self->functions, i);

      if (g_strcmp0 (paraat_function_get_code (function), function_code) != 0)
        continue;
      for (guint j = 0; j < self->function_ids->len; j++)
        if (g_array_index (self->function_ids, gint64, j) == paraat_function_get_id (function))
          gtk_drop_down_set_selected (self->function_dropdown, j);
      return;
    }
  gtk_drop_down_set_selected (self->function_dropdown, 0);
}

guint
paraat_oto_page_get_n_sessions (ParaatOtoPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), 0);

  return self->sessions->len;
}

guint
paraat_oto_page_get_n_lessons (ParaatOtoPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), 0);

  return self->lessons != NULL ? self->lessons->len : 0;
}

guint
paraat_oto_page_get_n_people (ParaatOtoPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->people_rows));
}

char *
paraat_oto_page_get_cell_text (ParaatOtoPage *self,
                               const char    *name,
                               const char    *function_code)
{
  gint64 function_id = 0;

  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), NULL);

  for (guint i = 0; self->functions != NULL && i < g_list_model_get_n_items (self->functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (self->functions, i);

      if (g_strcmp0 (paraat_function_get_code (function), function_code) == 0)
        function_id = paraat_function_get_id (function);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->people_rows)); i++)
    {
      g_autoptr (ParaatOtoPersonRow) row = g_list_model_get_item (G_LIST_MODEL (self->people_rows), i);
      const ParaatProficiencyCell *cell;
      const char *css;

      if (g_strcmp0 (row->name, name) != 0)
        continue;
      cell = g_hash_table_lookup (row->cells, &function_id);
      return cell != NULL ? cell_text (cell, &css) : NULL;
    }
  return NULL;
}

GtkWindow *
paraat_oto_page_open_attendance (ParaatOtoPage *self,
                                 const char    *title)
{
  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), NULL);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      ParaatSession *session = g_ptr_array_index (self->sessions, i);

      if (g_strcmp0 (paraat_session_get_title (session), title) == 0)
        return attendance_dialog_new (self, session);
    }
  return NULL;
}

/*
 * GObject
 */

static void
paraat_oto_page_dispose (GObject *object)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (paraat_oto_page_parent_class)->dispose (object);
}

static void
paraat_oto_page_finalize (GObject *object)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (object);

  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->session_groups, g_ptr_array_unref);
  g_clear_pointer (&self->lesson_groups, g_ptr_array_unref);
  g_clear_pointer (&self->lessons, g_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->plan, paraat_oto_year_plan_free);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->index, paraat_proficiency_index_free);
  g_clear_pointer (&self->matrix_columns, g_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->ranks, g_hash_table_unref);
  g_clear_pointer (&self->function_ids, g_array_unref);
  g_clear_object (&self->functions);
  g_clear_object (&self->people_rows);
  G_OBJECT_CLASS (paraat_oto_page_parent_class)->finalize (object);
}

static void
paraat_oto_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (object);

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
paraat_oto_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ParaatOtoPage *self = PARAAT_OTO_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_oto_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

GtkWidget *
paraat_oto_page_new_session (ParaatOtoPage *self,
                             ParaatSession *session)
{
  GtkWidget *editor;

  g_return_val_if_fail (PARAAT_IS_OTO_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;
  editor = paraat_session_editor_new (self->store, session);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  paraat_oto_page_new_session (PARAAT_OTO_PAGE (widget), NULL);
}

static void
paraat_oto_page_class_init (ParaatOtoPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_oto_page_dispose;
  object_class->finalize = paraat_oto_page_finalize;
  object_class->get_property = paraat_oto_page_get_property;
  object_class->set_property = paraat_oto_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = paraat_oto_page_map;
  gtk_widget_class_install_action (widget_class, "oto.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "oto.new-lesson", NULL, new_lesson_action);
  gtk_widget_class_install_action (widget_class, "oto.export-plan", NULL, export_plan_action);
  gtk_widget_class_install_action (widget_class, "oto.export-ics", NULL, export_ics_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_oto_page_init (ParaatOtoPage *self)
{
  GtkWidget *bar, *bar_scroll, *switcher, *new_button, *intro, *matrix_box, *filter_bar, *filter_scroll, *label, *legend;

  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->session_groups = g_ptr_array_new ();
  self->lesson_groups = g_ptr_array_new ();
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->people_rows = g_list_store_new (PARAAT_TYPE_OTO_PERSON_ROW);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  /* Only the view shown is measured: a large organisation's hidden views
   * (thousands of sessions, a hundred functions' plan) would cost seconds. */
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  bar = gtk_center_box_new ();
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  switcher = gtk_stack_switcher_new ();
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), switcher);
  /* On a narrow window the switcher scrolls sideways rather than widen it. */
  bar_scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (bar_scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (bar_scroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (bar_scroll), bar);
  gtk_box_append (GTK_BOX (self->box), bar_scroll);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  self->sessions_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  intro = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (intro),
                                         _("The sessions of this year and the next, by quarter. Choose one to "
                                           "register who came."));
  new_button = gtk_button_new_with_mnemonic (_("_New Session…"));
  gtk_widget_set_tooltip_text (new_button, _("Plan a training, exercise or course"));
  gtk_widget_set_valign (new_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_button), "oto.new-session");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (intro), new_button);
  adw_preferences_page_add (self->sessions_page, ADW_PREFERENCES_GROUP (intro));
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->sessions_page), "sessions", _("Sessions"));

  self->lessons_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  intro = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (intro),
                                         _("Leerpunten and verbeterpunten from sessions, events and incidents, "
                                           "with who follows them up and by when."));
  new_button = gtk_button_new_with_mnemonic (_("New _Lesson…"));
  gtk_widget_set_valign (new_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_button), "oto.new-lesson");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (intro), new_button);
  adw_preferences_page_add (self->lessons_page, ADW_PREFERENCES_GROUP (intro));

  matrix_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  filter_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (filter_bar, 12);
  gtk_widget_set_margin_end (filter_bar, 12);
  label = gtk_label_new_with_mnemonic (_("_Team"));
  self->team_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->team_dropdown));
  g_signal_connect_swapped (self->team_dropdown, "notify::selected", G_CALLBACK (team_selected_cb), self);
  gtk_box_append (GTK_BOX (filter_bar), label);
  gtk_box_append (GTK_BOX (filter_bar), GTK_WIDGET (self->team_dropdown));
  label = gtk_label_new_with_mnemonic (_("_Function"));
  self->function_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->function_dropdown),
                               _("One function: its holders and each of its requirements"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->function_dropdown));
  g_signal_connect_swapped (self->function_dropdown, "notify::selected", G_CALLBACK (team_selected_cb), self);
  gtk_box_append (GTK_BOX (filter_bar), label);
  gtk_box_append (GTK_BOX (filter_bar), GTK_WIDGET (self->function_dropdown));
  legend = gtk_label_new (_("✓ valid until · ⚠ expires within 90 days · ✗ not proficient · – never trained"));
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_widget_set_hexpand (legend, TRUE);
  gtk_label_set_xalign (GTK_LABEL (legend), 1);
  gtk_label_set_ellipsize (GTK_LABEL (legend), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (filter_bar), legend);
  /* On a narrow window the filters scroll sideways rather than widen it. */
  filter_scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (filter_scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (filter_scroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (filter_scroll), filter_bar);
  gtk_box_append (GTK_BOX (matrix_box), filter_scroll);

  self->matrix_columns = g_array_new (FALSE, TRUE, sizeof (MatrixColumn));
  g_array_set_clear_func (self->matrix_columns, matrix_column_clear);
  self->matrix = PARAAT_GRID (paraat_grid_new (&matrix_funcs, self, 220, 180, 2));
  gtk_accessible_update_property (GTK_ACCESSIBLE (paraat_grid_get_list_view (self->matrix)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Proficiency per person and function"), -1);
  gtk_widget_set_vexpand (GTK_WIDGET (self->matrix), TRUE);
  gtk_box_append (GTK_BOX (matrix_box), GTK_WIDGET (self->matrix));
  gtk_stack_add_titled (self->stack, matrix_box, "proficiency", _("Proficiency"));
  gtk_stack_add_titled (self->stack, build_plan_view (self), "plan", _("Year Plan"));
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->lessons_page), "lessons", _("Lessons"));
}
