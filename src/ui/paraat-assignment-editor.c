/* paraat-assignment-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "ui/paraat-form.h"
#include "ui/paraat-assignment-editor.h"

/* The form of one assignment: who holds which function, at which level and
 * place in the call order, and from and until when. Checked at every change
 * like the person editor: the problem at its row, Save insensitive until the
 * form is valid. */

/* The order of the level row's items. */
static const ParaatAssignmentLevel levels[] = {
  PARAAT_ASSIGNMENT_LEVEL_PRIMARY,
  PARAAT_ASSIGNMENT_LEVEL_BACKUP,
  PARAAT_ASSIGNMENT_LEVEL_TRAINEE,
};

struct _ParaatAssignmentEditor
{
  AdwWindow          parent_instance;

  ParaatStore       *store;
  ParaatAssignment  *assignment;    /* the assignment edited, or NULL for a new one */
  GArray            *person_ids;    /* gint64 per item of person_names */
  GArray            *function_ids;  /* gint64 per item of function_names */
  gboolean           filling;

  GtkWidget         *save_button;
  GtkWidget         *error_group;
  GtkLabel          *error_label;
  AdwComboRow       *person_row;
  GtkStringList     *person_names;
  AdwComboRow       *function_row;
  GtkStringList     *function_names;
  AdwComboRow       *level_row;
  GtkSpinButton     *position_spin;
  AdwEntryRow       *from_row;
  AdwEntryRow       *until_row;
};

G_DEFINE_FINAL_TYPE (ParaatAssignmentEditor, paraat_assignment_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
show_error (ParaatAssignmentEditor *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* The id of the item selected in @row, 0 when none is. */
static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint position = adw_combo_row_get_selected (row);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

/* Selects @id, or nothing (rather than whatever comes first) when @id is 0,
 * so that a new assignment is never made for someone by accident. */
static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
}

/* Checks every field, shows the problems at their rows and makes Save
 * sensitive when there are none. */
static gboolean
validate (ParaatAssignmentEditor *self)
{
  g_autofree char *from = paraat_form_entry_text (self->from_row);
  g_autofree char *until = paraat_form_entry_text (self->until_row);
  const char *from_problem = paraat_form_date_problem (self->from_row, TRUE);
  const char *until_problem = paraat_form_date_problem (self->until_row, TRUE);
  gboolean valid = TRUE;

  if (selected_id (self->person_row, self->person_ids) == 0)
    {
      valid = FALSE;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->person_row),
                     self->person_ids->len == 0 ? _("Add a person first") : _("Choose a person"));
    }
  else
    paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->person_row), NULL);

  if (selected_id (self->function_row, self->function_ids) == 0)
    {
      valid = FALSE;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->function_row),
                     self->function_ids->len == 0 ? _("Add a function first") : _("Choose a function"));
    }
  else
    paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->function_row), NULL);

  if (from_problem == NULL && until_problem == NULL
      && *from != '\0' && *until != '\0' && strcmp (until, from) < 0)
    until_problem = _("Lies before the start date");

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->from_row), from_problem);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->until_row), until_problem);
  if (from_problem != NULL || until_problem != NULL)
    valid = FALSE;

  gtk_widget_set_sensitive (self->save_button, valid && self->store != NULL);
  return valid;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  ParaatPerson *pa = *(ParaatPerson **) a;
  ParaatPerson *pb = *(ParaatPerson **) b;
  const char *fa = paraat_person_get_family_name (pa);
  const char *fb = paraat_person_get_family_name (pb);
  g_autofree char *ka = g_utf8_collate_key (fa != NULL ? fa : paraat_person_get_display_name (pa), -1);
  g_autofree char *kb = g_utf8_collate_key (fb != NULL ? fb : paraat_person_get_display_name (pb), -1);
  int result = strcmp (ka, kb);

  if (result == 0)
    result = g_utf8_collate (paraat_person_get_display_name (pa), paraat_person_get_display_name (pb));
  return result;
}

static void
fill_lists (ParaatAssignmentEditor *self)
{
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;

  people = paraat_store_list_people (self->store, &error);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (people, i));
  g_ptr_array_sort (sorted, compare_people);
  for (guint i = 0; i < sorted->len; i++)
    {
      ParaatPerson *person = g_ptr_array_index (sorted, i);
      gint64 id = paraat_person_get_id (person);

      gtk_string_list_append (self->person_names, paraat_person_get_display_name (person));
      g_array_append_val (self->person_ids, id);
    }

  if (error == NULL)
    functions = paraat_store_list_functions (self->store, &error);
  for (guint i = 0; functions != NULL && i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      /* Translators: a function in a list, its code and its name: "WTH — Burgemeester" */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), paraat_function_get_code (function),
                                                paraat_function_get_name (function));
      gint64 id = paraat_function_get_id (function);

      gtk_string_list_append (self->function_names, label);
      g_array_append_val (self->function_ids, id);
    }

  if (error != NULL)
    show_error (self, error->message);
}

static void
fill (ParaatAssignmentEditor *self,
      gint64                  person_id,
      gint64                  function_id)
{
  ParaatAssignmentLevel level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY;

  self->filling = TRUE;
  fill_lists (self);

  if (self->assignment != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Assignment"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      level = paraat_assignment_get_level (self->assignment);
      gtk_spin_button_set_value (self->position_spin, MAX (paraat_assignment_get_position (self->assignment), 1));
      paraat_form_set_entry (self->from_row, paraat_assignment_get_valid_from (self->assignment));
      paraat_form_set_entry (self->until_row, paraat_assignment_get_valid_until (self->assignment));
    }

  select_id (self->person_row, self->person_ids,
             person_id > 0 || self->assignment == NULL ? person_id : paraat_assignment_get_person_id (self->assignment));
  select_id (self->function_row, self->function_ids,
             function_id > 0 || self->assignment == NULL ? function_id : paraat_assignment_get_function_id (self->assignment));
  /* What the caller chose stays chosen. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), person_id <= 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->function_row), function_id <= 0);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i] == level)
      adw_combo_row_set_selected (self->level_row, i);
  self->filling = FALSE;

  validate (self);
}

/*
 * Callbacks
 */

static void
field_changed_cb (AdwEntryRow            *row,
                  ParaatAssignmentEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

/* A combo or a spin button changed. */
static void
value_changed_cb (ParaatAssignmentEditor *self)
{
  if (self->filling)
    return;

  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatAssignmentEditor *self)
{
  paraat_assignment_editor_save (self);
}

/*
 * GObject overrides
 */

static void
paraat_assignment_editor_dispose (GObject *object)
{
  ParaatAssignmentEditor *self = PARAAT_ASSIGNMENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->assignment);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->function_ids, g_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ASSIGNMENT_EDITOR);

  G_OBJECT_CLASS (paraat_assignment_editor_parent_class)->dispose (object);
}

static void
paraat_assignment_editor_class_init (ParaatAssignmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_assignment_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-assignment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, person_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, person_names);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, function_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, function_names);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, position_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAssignmentEditor, until_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_assignment_editor_init (ParaatAssignmentEditor *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

/*
 * Public API
 */

GtkWidget *
paraat_assignment_editor_new (ParaatStore      *store,
                              ParaatAssignment *assignment,
                              gint64            person_id,
                              gint64            function_id)
{
  ParaatAssignmentEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (assignment == NULL || PARAAT_IS_ASSIGNMENT (assignment), NULL);

  self = g_object_new (PARAAT_TYPE_ASSIGNMENT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->assignment = assignment != NULL ? g_object_ref (assignment) : NULL;
  fill (self, person_id, function_id);

  return GTK_WIDGET (self);
}

void
paraat_assignment_editor_save (ParaatAssignmentEditor *self)
{
  g_autoptr (ParaatAssignment) assignment = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  guint level;

  g_return_if_fail (PARAAT_IS_ASSIGNMENT_EDITOR (self));

  if (!validate (self))
    return;

  from = paraat_form_entry_text (self->from_row);
  until = paraat_form_entry_text (self->until_row);
  level = adw_combo_row_get_selected (self->level_row);

  /* A copy, so that the caller's assignment is unchanged when the store refuses. */
  assignment = paraat_assignment_new ();
  if (self->assignment != NULL)
    paraat_assignment_set_id (assignment, paraat_assignment_get_id (self->assignment));
  paraat_assignment_set_person_id (assignment, selected_id (self->person_row, self->person_ids));
  paraat_assignment_set_function_id (assignment, selected_id (self->function_row, self->function_ids));
  paraat_assignment_set_level (assignment, level < G_N_ELEMENTS (levels) ? levels[level] : PARAAT_ASSIGNMENT_LEVEL_PRIMARY);
  paraat_assignment_set_position (assignment, gtk_spin_button_get_value_as_int (self->position_spin));
  paraat_assignment_set_valid_from (assignment, *from != '\0' ? from : NULL);
  paraat_assignment_set_valid_until (assignment, *until != '\0' ? until : NULL);

  if (!paraat_store_save_assignment (self->store, assignment, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->assignment, assignment);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, assignment);
  gtk_window_destroy (GTK_WINDOW (self));
}
