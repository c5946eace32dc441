/* paraat-rotation-editor.c
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
#include "ui/paraat-form.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-rotation-editor.h"
#include "ui/paraat-ui-util.h"

typedef struct
{
  gint64    person_id;
  char     *name;
  char     *detail;    /* "Primary", "Backup", or why they no longer can be */
  gboolean  member;
} Candidate;

struct _ParaatRotationEditor
{
  AdwWindow       parent_instance;

  ParaatStore    *store;
  ParaatFunction *function;
  ParaatRotation *rotation;    /* NULL for a new one */
  GArray         *candidates;  /* Candidate, in rotation order */
  gboolean        filling;

  GtkWidget      *save_button;
  GtkWidget      *error_group;
  GtkLabel       *error_label;
  AdwComboRow    *pattern_row;
  AdwComboRow    *weekday_row;
  AdwEntryRow    *time_row;
  GtkWidget      *period_row;
  GtkSpinButton  *period_spin;
  AdwComboRow    *split_weekday_row;
  AdwEntryRow    *split_time_row;
  AdwComboRow    *parts_row;
  AdwEntryRow    *start_row;
  GtkSpinButton  *lines_spin;
  GtkSpinButton  *consecutive_spin;
  GtkSpinButton  *weight_spin;
  GtkSwitch      *overlap_switch;
  GtkListBox     *members_list;
  GtkWidget      *remove_group;
};

G_DEFINE_FINAL_TYPE (ParaatRotationEditor, paraat_rotation_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
candidate_clear (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->name);
  g_free (candidate->detail);
}

static void
show_error (ParaatRotationEditor *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* "09:00" as minutes after midnight; -1 when it is no time of day. */
static int
parse_time (const char *text)
{
  int hour, minute;
  char tail;

  if (sscanf (text, "%d:%d%c", &hour, &minute, &tail) != 2 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return -1;
  return hour * 60 + minute;
}

static char *
format_time (int minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

static guint
n_members (ParaatRotationEditor *self)
{
  guint n = 0;

  for (guint i = 0; i < self->candidates->len; i++)
    n += g_array_index (self->candidates, Candidate, i).member;
  return n;
}

/* The rule as the form has it; FALSE with the problems shown at their rows. */
static gboolean
read_rule (ParaatRotationEditor *self,
           ParaatRotationRule   *rule)
{
  g_autofree char *time = paraat_form_entry_text (self->time_row);
  g_autofree char *split_time = paraat_form_entry_text (self->split_time_row);
  g_autofree char *start = paraat_form_entry_text (self->start_row);
  ParaatRotationPattern pattern = (ParaatRotationPattern) adw_combo_row_get_selected (self->pattern_row);
  const char *start_problem = paraat_form_date_problem (self->start_row, TRUE);
  const char *time_problem = NULL, *split_problem = NULL;
  gboolean ok = TRUE;

  paraat_rotation_rule_init_weekly (rule, 2026, 1, 1);
  rule->pattern = pattern;
  rule->handover_weekday = (int) adw_combo_row_get_selected (self->weekday_row) + 1;
  rule->split_weekday = (int) adw_combo_row_get_selected (self->split_weekday_row) + 1;
  rule->period_days = gtk_spin_button_get_value_as_int (self->period_spin);
  rule->parts = (ParaatRotationParts) (adw_combo_row_get_selected (self->parts_row) == 1 ? PARAAT_ROTATION_PART_FIRST
                                       : adw_combo_row_get_selected (self->parts_row) == 2 ? PARAAT_ROTATION_PART_SECOND
                                       : PARAAT_ROTATION_PART_BOTH);

  if ((rule->handover_minute = parse_time (time)) < 0)
    {
      time_problem = *time == '\0' && !paraat_form_is_touched (self->time_row) ? "" : _("A time of day such as 09:00");
      ok = FALSE;
    }
  if (pattern == PARAAT_ROTATION_SPLIT && (rule->split_minute = parse_time (split_time)) < 0)
    {
      split_problem = *split_time == '\0' && !paraat_form_is_touched (self->split_time_row) ? "" : _("A time of day such as 17:00");
      ok = FALSE;
    }
  if (start_problem != NULL ||
      sscanf (start, "%d-%d-%d", &rule->start_year, &rule->start_month, &rule->start_day) != 3)
    ok = FALSE;

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->time_row),
                             time_problem != NULL && *time_problem != '\0' ? time_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->split_time_row),
                             split_problem != NULL && *split_problem != '\0' ? split_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->start_row),
                             start_problem != NULL && *start_problem != '\0' ? start_problem : NULL);
  return ok;
}

/* Checks every field, shows what is wrong and makes Save sensitive when
 * nothing is. */
static gboolean
validate (ParaatRotationEditor *self)
{
  ParaatRotationRule rule;
  ParaatRotationPattern pattern = (ParaatRotationPattern) adw_combo_row_get_selected (self->pattern_row);
  g_autoptr (GError) error = NULL;
  gboolean valid;

  /* Only what the pattern uses is shown. */
  gtk_widget_set_visible (self->period_row, pattern != PARAAT_ROTATION_SPLIT);
  gtk_widget_set_visible (GTK_WIDGET (self->weekday_row), pattern != PARAAT_ROTATION_DAILY);
  gtk_widget_set_visible (GTK_WIDGET (self->split_weekday_row), pattern == PARAAT_ROTATION_SPLIT);
  gtk_widget_set_visible (GTK_WIDGET (self->split_time_row), pattern == PARAAT_ROTATION_SPLIT);
  gtk_widget_set_visible (GTK_WIDGET (self->parts_row), pattern == PARAAT_ROTATION_SPLIT);

  valid = read_rule (self, &rule);
  if (valid && !paraat_rotation_rule_check (&rule, &error))
    {
      show_error (self, error->message);
      valid = FALSE;
    }
  valid = valid && n_members (self) > 0;
  gtk_widget_set_sensitive (self->save_button, valid && self->store != NULL);
  return valid;
}

static void rebuild_members (ParaatRotationEditor *self);

static void
member_toggled_cb (GtkCheckButton       *check,
                   ParaatRotationEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "index"));

  g_array_index (self->candidates, Candidate, index).member = gtk_check_button_get_active (check);
  show_error (self, NULL);
  validate (self);
}

static void
move_clicked_cb (GtkButton            *button,
                 ParaatRotationEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));
  guint other = (guint) ((int) index + step);
  Candidate tmp;

  if (other >= self->candidates->len)
    return;
  tmp = g_array_index (self->candidates, Candidate, index);
  g_array_index (self->candidates, Candidate, index) = g_array_index (self->candidates, Candidate, other);
  g_array_index (self->candidates, Candidate, other) = tmp;
  rebuild_members (self);
  validate (self);
}

static GtkWidget *
move_button (ParaatRotationEditor *self,
             const char           *icon_name,
             const char           *tooltip,
             guint                 index,
             int                   step,
             gboolean              sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (step));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

static void
rebuild_members (ParaatRotationEditor *self)
{
  paraat_ui_list_box_remove_all (self->members_list);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (self->candidates, Candidate, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candidate->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), candidate->detail);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), candidate->member);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "index", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (member_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 move_button (self, "go-up-symbolic", _("Earlier in the rotation"), i, -1, i > 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 move_button (self, "go-down-symbolic", _("Later in the rotation"), i, 1,
                                              i + 1 < self->candidates->len));
      gtk_list_box_append (self->members_list, row);
    }

  if (self->candidates->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody holds this function"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add its people on the Organisation page first."));
      gtk_list_box_append (self->members_list, row);
    }
}

/* The function's holders (primary and backup, active) and the rotation's
 * members, in rotation order: members first, then the others in call order. */
static void
load_candidates (ParaatRotationEditor *self)
{
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;
  const gint64 *members = NULL;
  guint n = 0;

  g_array_set_size (self->candidates, 0);
  if ((people = paraat_store_list_people (self->store, &error)) == NULL ||
      (assignments = paraat_store_list_assignments (self->store, 0, paraat_function_get_id (self->function), &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      ParaatPerson *person = g_list_model_get_item (people, i);

      g_hash_table_insert (names, g_memdup2 (&(gint64) { paraat_person_get_id (person) }, sizeof (gint64)), person);
    }

  if (self->rotation != NULL)
    members = paraat_rotation_get_members (self->rotation, &n);
  for (guint m = 0; m < n; m++)
    {
      ParaatPerson *person = g_hash_table_lookup (names, &members[m]);
      Candidate candidate = { members[m], NULL, NULL, TRUE };

      if (person == NULL)
        continue;
      candidate.name = g_strdup (paraat_person_get_display_name (person));
      candidate.detail = g_strdup (paraat_person_get_active (person) ? _("Member") : _("Inactive: skipped when the roster is generated"));
      g_array_append_val (self->candidates, candidate);
      g_hash_table_add (seen, g_memdup2 (&members[m], sizeof (gint64)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      ParaatPerson *person = g_hash_table_lookup (names, &person_id);
      ParaatAssignmentLevel level = paraat_assignment_get_level (assignment);
      Candidate candidate = { person_id, NULL, NULL, FALSE };

      if (person == NULL || level == PARAAT_ASSIGNMENT_LEVEL_TRAINEE || !paraat_person_get_active (person) ||
          g_hash_table_contains (seen, &person_id))
        continue;
      candidate.name = g_strdup (paraat_person_get_display_name (person));
      candidate.detail = g_strdup (paraat_organisation_level_label (level));
      /* A new rotation starts with the primary people in their order. */
      candidate.member = self->rotation == NULL && level == PARAAT_ASSIGNMENT_LEVEL_PRIMARY;
      g_array_append_val (self->candidates, candidate);
      g_hash_table_add (seen, g_memdup2 (&person_id, sizeof (gint64)));
    }
}

static void
fill (ParaatRotationEditor *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  const ParaatRotationRule *rule = NULL;
  ParaatRotationRule fresh;
  g_autofree char *title = NULL;
  g_autofree char *time = NULL;
  g_autofree char *split_time = NULL;
  g_autofree char *start = NULL;

  self->filling = TRUE;

  /* TRANSLATORS: the title of the rotation editor, e.g. "Piket Rotation of ACB" */
  title = g_strdup_printf (_("Piket Rotation of %s"), paraat_function_get_code (self->function));
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->rotation != NULL)
    rule = paraat_rotation_get_rule (self->rotation);
  else
    {
      /* From Monday 09:00, from the first of next month. */
      g_autoptr (GDateTime) next = g_date_time_add_months (now, 1);

      paraat_rotation_rule_init_weekly (&fresh, g_date_time_get_year (next), g_date_time_get_month (next), 1);
      rule = &fresh;
    }

  time = format_time (rule->handover_minute);
  split_time = format_time (rule->split_minute);
  start = g_strdup_printf ("%04d-%02d-%02d", rule->start_year, rule->start_month, rule->start_day);
  adw_combo_row_set_selected (self->pattern_row, (guint) rule->pattern);
  adw_combo_row_set_selected (self->weekday_row, (guint) CLAMP (rule->handover_weekday, 1, 7) - 1);
  adw_combo_row_set_selected (self->split_weekday_row, (guint) CLAMP (rule->split_weekday, 1, 7) - 1);
  adw_combo_row_set_selected (self->parts_row, rule->parts == PARAAT_ROTATION_PART_FIRST ? 1
                                               : rule->parts == PARAAT_ROTATION_PART_SECOND ? 2 : 0);
  gtk_spin_button_set_value (self->period_spin, rule->period_days);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_editable_set_text (GTK_EDITABLE (self->split_time_row), split_time);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);

  if (self->rotation != NULL)
    {
      gtk_spin_button_set_value (self->lines_spin, paraat_rotation_get_lines (self->rotation));
      gtk_spin_button_set_value (self->consecutive_spin, paraat_rotation_get_max_consecutive (self->rotation));
      gtk_spin_button_set_value (self->weight_spin, paraat_rotation_get_holiday_weight (self->rotation));
      gtk_switch_set_active (self->overlap_switch, paraat_rotation_get_allow_overlap (self->rotation));
    }
  else
    gtk_spin_button_set_value (self->lines_spin, CLAMP (paraat_function_get_lines (self->function), 1, 2));

  gtk_widget_set_visible (self->remove_group, self->rotation != NULL);
  load_candidates (self);
  rebuild_members (self);
  self->filling = FALSE;

  validate (self);
}

static void
field_changed_cb (AdwEntryRow          *row,
                  ParaatRotationEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

static void
value_changed_cb (ParaatRotationEditor *self)
{
  if (self->filling)
    return;

  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatRotationEditor *self)
{
  paraat_rotation_editor_save (self);
}

static gboolean
remove_idle_cb (gpointer data)
{
  ParaatRotationEditor *self = data;

  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL && self->store != NULL)
    paraat_rotation_editor_remove (self);
  return G_SOURCE_REMOVE;
}

static void
remove_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    ParaatRotationEditor *self)
{
  /* After the dialog has gone: removing closes this window, which the
   * dialog still belongs to while it answers. */
  if (g_str_equal (response, "remove"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, remove_idle_cb, g_object_ref (self), g_object_unref);
}

/* Asks first: the rotation goes, the shifts already on the roster stay. */
static void
remove_clicked_cb (ParaatRotationEditor *self)
{
  g_autofree char *heading = g_strdup_printf (_("Remove the Rotation of %s?"), paraat_function_get_code (self->function));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("The shifts already on the roster stay. Generating no longer fills "
                                                "this function, and the Piket page no longer shows it."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paraat_rotation_editor_dispose (GObject *object)
{
  ParaatRotationEditor *self = PARAAT_ROTATION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->function);
  g_clear_object (&self->rotation);
  g_clear_pointer (&self->candidates, g_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ROTATION_EDITOR);

  G_OBJECT_CLASS (paraat_rotation_editor_parent_class)->dispose (object);
}

static void
paraat_rotation_editor_class_init (ParaatRotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_rotation_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-rotation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, pattern_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, period_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, period_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, split_weekday_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, split_time_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, parts_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, lines_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, consecutive_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, weight_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, overlap_switch);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, members_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatRotationEditor, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_rotation_editor_init (ParaatRotationEditor *self)
{
  self->filling = TRUE;
  self->candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_array_set_clear_func (self->candidates, candidate_clear);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

GtkWidget *
paraat_rotation_editor_new (ParaatStore    *store,
                            ParaatFunction *function,
                            ParaatRotation *rotation)
{
  ParaatRotationEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (PARAAT_IS_FUNCTION (function), NULL);
  g_return_val_if_fail (rotation == NULL || PARAAT_IS_ROTATION (rotation), NULL);

  self = g_object_new (PARAAT_TYPE_ROTATION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->function = g_object_ref (function);
  self->rotation = rotation != NULL ? g_object_ref (rotation) : NULL;
  fill (self);

  return GTK_WIDGET (self);
}

void
paraat_rotation_editor_set_member (ParaatRotationEditor *self,
                                   guint                 index,
                                   gboolean              member)
{
  g_return_if_fail (PARAAT_IS_ROTATION_EDITOR (self));
  g_return_if_fail (index < self->candidates->len);

  g_array_index (self->candidates, Candidate, index).member = member;
  rebuild_members (self);
  validate (self);
}

gboolean
paraat_rotation_editor_save (ParaatRotationEditor *self)
{
  g_autoptr (ParaatRotation) rotation = paraat_rotation_new ();
  g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GError) error = NULL;
  ParaatRotationRule rule;

  g_return_val_if_fail (PARAAT_IS_ROTATION_EDITOR (self), FALSE);

  if (!validate (self) || !read_rule (self, &rule))
    return FALSE;

  for (guint i = 0; i < self->candidates->len; i++)
    if (g_array_index (self->candidates, Candidate, i).member)
      g_array_append_val (members, g_array_index (self->candidates, Candidate, i).person_id);

  /* A copy, so that the caller's rotation is unchanged when the store refuses. */
  if (self->rotation != NULL)
    paraat_rotation_set_id (rotation, paraat_rotation_get_id (self->rotation));
  paraat_rotation_set_function_id (rotation, paraat_function_get_id (self->function));
  paraat_rotation_set_rule (rotation, &rule);
  paraat_rotation_set_lines (rotation, gtk_spin_button_get_value_as_int (self->lines_spin));
  paraat_rotation_set_max_consecutive (rotation, gtk_spin_button_get_value_as_int (self->consecutive_spin));
  paraat_rotation_set_holiday_weight (rotation, gtk_spin_button_get_value (self->weight_spin));
  paraat_rotation_set_allow_overlap (rotation, gtk_switch_get_active (self->overlap_switch));
  paraat_rotation_set_members (rotation, (const gint64 *) members->data, members->len);

  if (!paraat_store_save_rotation (self->store, rotation, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, rotation);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

gboolean
paraat_rotation_editor_remove (ParaatRotationEditor *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (PARAAT_IS_ROTATION_EDITOR (self), FALSE);
  g_return_val_if_fail (self->rotation != NULL, FALSE);

  if (!paraat_store_delete_rotation (self->store, paraat_rotation_get_id (self->rotation), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->rotation);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
