/* paraat-team-editor.c
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
#include "ui/paraat-team-editor.h"

/* The form of one team: code, name and description. Checked at every change
 * like the person editor: the problem at its row, Save insensitive until the
 * form is valid. */

struct _ParaatTeamEditor
{
  AdwWindow       parent_instance;

  ParaatStore    *store;
  ParaatTeam     *team;       /* the team edited, or NULL for a new one */
  GPtrArray      *codes;      /* the codes of the other teams */
  gboolean        filling;

  GtkWidget      *save_button;
  GtkWidget      *error_group;
  GtkLabel       *error_label;
  AdwEntryRow    *code_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *description_row;
};

G_DEFINE_FINAL_TYPE (ParaatTeamEditor, paraat_team_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
show_error (ParaatTeamEditor *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* Checks every field, shows the problems at their rows and makes Save
 * sensitive when there are none. */
static gboolean
validate (ParaatTeamEditor *self)
{
  g_autofree char *name = paraat_form_entry_text (self->name_row);
  const char *code_error = NULL;
  const char *name_error = NULL;

  code_error = paraat_form_code_problem (self->code_row, self->codes, _("Another team already has this code"));

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
fill (ParaatTeamEditor *self)
{
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = self->team != NULL ? paraat_team_get_id (self->team) : 0;

  teams = paraat_store_list_teams (self->store, &error);
  if (teams == NULL)
    show_error (self, error->message);
  for (guint i = 0; teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr (ParaatTeam) team = g_list_model_get_item (teams, i);

      if (paraat_team_get_id (team) != id || id == 0)
        g_ptr_array_add (self->codes, g_strdup (paraat_team_get_code (team)));
    }

  self->filling = TRUE;
  if (self->team != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Team"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      paraat_form_set_entry (self->code_row, paraat_team_get_code (self->team));
      paraat_form_set_entry (self->name_row, paraat_team_get_name (self->team));
      paraat_form_set_entry (self->description_row, paraat_team_get_description (self->team));
    }
  self->filling = FALSE;

  validate (self);
}

/*
 * Callbacks
 */

static void
field_changed_cb (AdwEntryRow      *row,
                  ParaatTeamEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

/* Codes are upper case: what is typed is converted as it is typed. */
static void
code_changed_cb (AdwEntryRow      *row,
                 ParaatTeamEditor *self)
{
  /* Changed again, with the text as it should be, when it was not. */
  if (paraat_form_uppercase (row))
    return;

  field_changed_cb (row, self);
}

static void
save_clicked_cb (ParaatTeamEditor *self)
{
  paraat_team_editor_save (self);
}

/*
 * GObject overrides
 */

static void
paraat_team_editor_dispose (GObject *object)
{
  ParaatTeamEditor *self = PARAAT_TEAM_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->team);
  g_clear_pointer (&self->codes, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_TEAM_EDITOR);

  G_OBJECT_CLASS (paraat_team_editor_parent_class)->dispose (object);
}

static void
paraat_team_editor_class_init (ParaatTeamEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_team_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-team-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatTeamEditor, description_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_team_editor_init (ParaatTeamEditor *self)
{
  self->codes = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

GtkWidget *
paraat_team_editor_new (ParaatStore *store,
                        ParaatTeam  *team)
{
  ParaatTeamEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (team == NULL || PARAAT_IS_TEAM (team), NULL);

  self = g_object_new (PARAAT_TYPE_TEAM_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->team = team != NULL ? g_object_ref (team) : NULL;
  fill (self);

  return GTK_WIDGET (self);
}

void
paraat_team_editor_save (ParaatTeamEditor *self)
{
  g_autoptr (ParaatTeam) team = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (PARAAT_IS_TEAM_EDITOR (self));

  if (!validate (self))
    return;

  code = paraat_form_entry_text (self->code_row);
  name = paraat_form_entry_text (self->name_row);
  description = paraat_form_entry_text (self->description_row);

  /* A copy, so that the caller's team is unchanged when the store refuses. */
  team = paraat_team_new ();
  if (self->team != NULL)
    {
      paraat_team_set_id (team, paraat_team_get_id (self->team));
      paraat_team_set_position (team, paraat_team_get_position (self->team));
    }
  paraat_team_set_code (team, code);
  paraat_team_set_name (team, name);
  paraat_team_set_description (team, paraat_form_or_null (description));

  if (!paraat_store_save_team (self->store, team, &error))
    {
      if (g_error_matches (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE))
        paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->code_row), _("Another team already has this code"));
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->team, team);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, team);
  gtk_window_destroy (GTK_WINDOW (self));
}
