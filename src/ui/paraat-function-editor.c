/* paraat-function-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "ui/paraat-form.h"
#include "ui/paraat-function-editor.h"

/* The form of one crisis function: its team, code, name and description, and
 * how its piket is organised. Checked at every change like the person editor:
 * the problem at its row, Save insensitive until the form is valid. */

/* The order of the piket kind row's items. */
static const ParaatPiketKind piket_kinds[] = {
  PARAAT_PIKET_KIND_HARD,
  PARAAT_PIKET_KIND_SOFT,
  PARAAT_PIKET_KIND_NONE,
};

struct _ParaatFunctionEditor
{
  AdwWindow          parent_instance;

  ParaatStore       *store;
  ParaatFunction    *function;   /* the function edited, or NULL for a new one */
  GArray            *team_ids;   /* gint64 per item of team_names; 0 is "No team" */
  GPtrArray         *codes;      /* the codes of the other functions */
  gboolean           filling;

  GtkWidget         *save_button;
  GtkWidget         *error_group;
  GtkLabel          *error_label;
  AdwComboRow       *team_row;
  GtkStringList     *team_names;
  AdwEntryRow       *code_row;
  AdwEntryRow       *name_row;
  AdwEntryRow       *description_row;
  AdwComboRow       *piket_kind_row;
  GtkSpinButton     *response_spin;
  GtkSpinButton     *lines_spin;
  GtkSpinButton     *per_line_spin;
  GtkSwitch         *regional_pool_switch;
};

G_DEFINE_FINAL_TYPE (ParaatFunctionEditor, paraat_function_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
show_error (ParaatFunctionEditor *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* Checks every field, shows the problems at their rows and makes Save
 * sensitive when there are none. */
static gboolean
validate (ParaatFunctionEditor *self)
{
  g_autofree char *name = paraat_form_entry_text (self->name_row);
  const char *code_error = NULL;
  const char *name_error = NULL;

  code_error = paraat_form_code_problem (self->code_row, self->codes, _("Another function already has this code"));

  if (*name == '\0')
    name_error = paraat_form_is_touched (self->name_row) ? _("Fill in a name") : "";

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->code_row),
                 code_error != NULL && *code_error != '\0' ? code_error : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->name_row),
                 name_error != NULL && *name_error != '\0' ? name_error : NULL);

  gtk_widget_set_sensitive (self->save_button,
                            code_error == NULL && name_error == NULL && self->store != NULL);
  return code_error == NULL && name_error == NULL;
}

static void
fill_lists (ParaatFunctionEditor *self)
{
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = self->function != NULL ? paraat_function_get_id (self->function) : 0;
  gint64 none = 0;

  gtk_string_list_append (self->team_names, _("No team"));
  g_array_append_val (self->team_ids, none);

  teams = paraat_store_list_teams (self->store, &error);
  for (guint i = 0; teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr (ParaatTeam) team = g_list_model_get_item (teams, i);
      gint64 team_id = paraat_team_get_id (team);

      gtk_string_list_append (self->team_names, paraat_team_get_name (team));
      g_array_append_val (self->team_ids, team_id);
    }

  if (error == NULL)
    functions = paraat_store_list_functions (self->store, &error);
  for (guint i = 0; functions != NULL && i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);

      if (id == 0 || paraat_function_get_id (function) != id)
        g_ptr_array_add (self->codes, g_strdup (paraat_function_get_code (function)));
    }

  if (error != NULL)
    show_error (self, error->message);
}

static void
select_team (ParaatFunctionEditor *self,
             gint64                team_id)
{
  for (guint i = 0; i < self->team_ids->len; i++)
    if (g_array_index (self->team_ids, gint64, i) == team_id)
      {
        adw_combo_row_set_selected (self->team_row, i);
        return;
      }
  adw_combo_row_set_selected (self->team_row, 0);
}

static void
fill (ParaatFunctionEditor *self,
      gint64                team_id)
{
  g_autoptr (ParaatFunction) defaults = NULL;
  ParaatFunction *function = self->function;
  ParaatPiketKind kind;

  fill_lists (self);

  if (function == NULL)
    function = defaults = paraat_function_new ();
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Function"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      team_id = paraat_function_get_team_id (function);
    }

  self->filling = TRUE;
  select_team (self, team_id);
  paraat_form_set_entry (self->code_row, paraat_function_get_code (function));
  paraat_form_set_entry (self->name_row, paraat_function_get_name (function));
  paraat_form_set_entry (self->description_row, paraat_function_get_description (function));
  kind = paraat_function_get_piket_kind (function);
  for (guint i = 0; i < G_N_ELEMENTS (piket_kinds); i++)
    if (piket_kinds[i] == kind)
      adw_combo_row_set_selected (self->piket_kind_row, i);
  gtk_spin_button_set_value (self->response_spin, MAX (paraat_function_get_response_minutes (function), 0));
  gtk_spin_button_set_value (self->lines_spin, paraat_function_get_lines (function));
  gtk_spin_button_set_value (self->per_line_spin, paraat_function_get_per_line (function));
  gtk_switch_set_active (self->regional_pool_switch, paraat_function_get_regional_pool (function));
  self->filling = FALSE;

  validate (self);
}

/*
 * Callbacks
 */

static void
field_changed_cb (AdwEntryRow          *row,
                  ParaatFunctionEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

/* Codes are upper case: what is typed is converted as it is typed. */
static void
code_changed_cb (AdwEntryRow          *row,
                 ParaatFunctionEditor *self)
{
  /* Changed again, with the text as it should be, when it was not. */
  if (paraat_form_uppercase (row))
    return;

  field_changed_cb (row, self);
}

/* A combo, a spin button or a switch changed: always valid by themselves. */
static void
value_changed_cb (ParaatFunctionEditor *self)
{
  if (self->filling)
    return;

  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatFunctionEditor *self)
{
  paraat_function_editor_save (self);
}

/*
 * GObject overrides
 */

static void
paraat_function_editor_dispose (GObject *object)
{
  ParaatFunctionEditor *self = PARAAT_FUNCTION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->function);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->codes, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_FUNCTION_EDITOR);

  G_OBJECT_CLASS (paraat_function_editor_parent_class)->dispose (object);
}

static void
paraat_function_editor_class_init (ParaatFunctionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_function_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-function-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, team_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, team_names);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, piket_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, response_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, lines_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, per_line_spin);
  gtk_widget_class_bind_template_child (widget_class, ParaatFunctionEditor, regional_pool_switch);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_function_editor_init (ParaatFunctionEditor *self)
{
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->codes = g_ptr_array_new_with_free_func (g_free);

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

/*
 * Public API
 */

GtkWidget *
paraat_function_editor_new (ParaatStore    *store,
                            ParaatFunction *function,
                            gint64          team_id)
{
  ParaatFunctionEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (function == NULL || PARAAT_IS_FUNCTION (function), NULL);

  self = g_object_new (PARAAT_TYPE_FUNCTION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->function = function != NULL ? g_object_ref (function) : NULL;
  fill (self, team_id);

  return GTK_WIDGET (self);
}

void
paraat_function_editor_save (ParaatFunctionEditor *self)
{
  g_autoptr (ParaatFunction) function = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  guint team = adw_combo_row_get_selected (self->team_row);
  guint kind = adw_combo_row_get_selected (self->piket_kind_row);
  int minutes;

  g_return_if_fail (PARAAT_IS_FUNCTION_EDITOR (self));

  if (!validate (self))
    return;

  code = paraat_form_entry_text (self->code_row);
  name = paraat_form_entry_text (self->name_row);
  description = paraat_form_entry_text (self->description_row);
  minutes = gtk_spin_button_get_value_as_int (self->response_spin);

  /* A copy, so that the caller's function is unchanged when the store refuses. */
  function = paraat_function_new ();
  if (self->function != NULL)
    {
      paraat_function_set_id (function, paraat_function_get_id (self->function));
      paraat_function_set_allow_overlap (function, paraat_function_get_allow_overlap (self->function));
      paraat_function_set_position (function, paraat_function_get_position (self->function));
    }
  /* An unknown response time (shown as 0) stays unknown unless one is entered. */
  if (minutes == 0 && (self->function == NULL || paraat_function_get_response_minutes (self->function) < 0))
    minutes = -1;
  paraat_function_set_team_id (function, team < self->team_ids->len ? g_array_index (self->team_ids, gint64, team) : 0);
  paraat_function_set_code (function, code);
  paraat_function_set_name (function, name);
  paraat_function_set_description (function, paraat_form_or_null (description));
  paraat_function_set_piket_kind (function, kind < G_N_ELEMENTS (piket_kinds) ? piket_kinds[kind] : PARAAT_PIKET_KIND_HARD);
  paraat_function_set_response_minutes (function, minutes);
  paraat_function_set_lines (function, gtk_spin_button_get_value_as_int (self->lines_spin));
  paraat_function_set_per_line (function, gtk_spin_button_get_value_as_int (self->per_line_spin));
  paraat_function_set_regional_pool (function, gtk_switch_get_active (self->regional_pool_switch));

  if (!paraat_store_save_function (self->store, function, &error))
    {
      if (g_error_matches (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE))
        paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->code_row), _("Another function already has this code"));
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->function, function);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, function);
  gtk_window_destroy (GTK_WINDOW (self));
}
