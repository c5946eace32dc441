/* paraat-person-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "planning/paraat-phone.h"
#include "ui/paraat-form.h"
#include "ui/paraat-person-editor.h"

/* The form of one person. Every change is checked at once: a row with a
 * problem shows it as its title (in the error colour) and Save stays
 * insensitive until the form is valid. A required field left empty is only
 * called out once something was typed in the form's name rows. */

struct _ParaatPersonEditor
{
  AdwWindow       parent_instance;

  ParaatStore    *store;
  ParaatPerson   *person;     /* the person edited, or NULL for a new one */
  gboolean        filling;

  GtkWidget      *save_button;
  GtkWidget      *error_group;
  GtkLabel       *error_label;
  AdwEntryRow    *given_name_row;
  AdwEntryRow    *family_name_row;
  GtkSwitch      *active_switch;
  AdwEntryRow    *mobile_row;
  AdwEntryRow    *phone_alt_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *department_row;
  AdwEntryRow    *municipality_row;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (ParaatPersonEditor, paraat_person_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
show_error (ParaatPersonEditor *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* Checks a telephone row; FALSE (with the reason at the row) when what it
 * holds is not a telephone number. */
static gboolean
check_phone (AdwEntryRow *row)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = paraat_form_entry_text (row);
  g_autofree char *e164 = paraat_phone_normalise (text, &error);

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (row), e164 == NULL ? error->message : NULL);
  return e164 != NULL;
}

/* Checks every field, shows the problems at their rows and makes Save
 * sensitive when there are none. */
static gboolean
validate (ParaatPersonEditor *self)
{
  g_autofree char *given = paraat_form_entry_text (self->given_name_row);
  g_autofree char *family = paraat_form_entry_text (self->family_name_row);
  g_autofree char *email = paraat_form_entry_text (self->email_row);
  gboolean valid = TRUE;

  if (paraat_validate_is_blank (given) && paraat_validate_is_blank (family))
    {
      valid = FALSE;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->given_name_row),
                     paraat_form_is_touched (self->given_name_row) || paraat_form_is_touched (self->family_name_row)
                       ? _("Fill in a given name or a family name") : NULL);
    }
  else
    paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->given_name_row), NULL);

  if (!check_phone (self->mobile_row))
    valid = FALSE;
  if (!check_phone (self->phone_alt_row))
    valid = FALSE;

  if (*email != '\0' && !paraat_validate_email (email))
    {
      valid = FALSE;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->email_row),
                     _("Not an e-mail address (such as name@example.nl)"));
    }
  else
    paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->email_row), NULL);

  gtk_widget_set_sensitive (self->save_button, valid && self->store != NULL);
  return valid;
}

static void
fill (ParaatPersonEditor *self)
{
  g_autofree char *mobile = NULL;
  g_autofree char *phone_alt = NULL;
  const char *notes;

  self->filling = TRUE;
  if (self->person != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));

      mobile = paraat_phone_format (paraat_person_get_phone (self->person));
      phone_alt = paraat_phone_format (paraat_person_get_phone_alt (self->person));
      notes = paraat_person_get_notes (self->person);

      paraat_form_set_entry (self->given_name_row, paraat_person_get_given_name (self->person));
      paraat_form_set_entry (self->family_name_row, paraat_person_get_family_name (self->person));
      gtk_switch_set_active (self->active_switch, paraat_person_get_active (self->person));
      paraat_form_set_entry (self->mobile_row, mobile);
      paraat_form_set_entry (self->phone_alt_row, phone_alt);
      paraat_form_set_entry (self->email_row, paraat_person_get_email (self->person));
      paraat_form_set_entry (self->department_row, paraat_person_get_department (self->person));
      paraat_form_set_entry (self->municipality_row, paraat_person_get_municipality (self->person));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                notes != NULL ? notes : "", -1);
    }
  self->filling = FALSE;

  validate (self);
}

/*
 * Callbacks
 */

static void
field_changed_cb (AdwEntryRow        *row,
                  ParaatPersonEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatPersonEditor *self)
{
  paraat_person_editor_save (self);
}

/*
 * GObject overrides
 */

static void
paraat_person_editor_dispose (GObject *object)
{
  ParaatPersonEditor *self = PARAAT_PERSON_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (paraat_person_editor_parent_class)->dispose (object);
}

static void
paraat_person_editor_class_init (ParaatPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_person_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, mobile_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, phone_alt_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatPersonEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_person_editor_init (ParaatPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

GtkWidget *
paraat_person_editor_new (ParaatStore  *store,
                          ParaatPerson *person)
{
  ParaatPersonEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || PARAAT_IS_PERSON (person), NULL);

  self = g_object_new (PARAAT_TYPE_PERSON_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->person = person != NULL ? g_object_ref (person) : NULL;
  fill (self);

  return GTK_WIDGET (self);
}

void
paraat_person_editor_save (ParaatPersonEditor *self)
{
  g_autoptr (ParaatPerson) person = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *mobile_text = NULL;
  g_autofree char *phone_alt_text = NULL;
  g_autofree char *mobile = NULL;
  g_autofree char *phone_alt = NULL;
  g_autofree char *email = NULL;
  g_autofree char *department = NULL;
  g_autofree char *municipality = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (PARAAT_IS_PERSON_EDITOR (self));

  if (!validate (self))
    return;

  given = paraat_form_entry_text (self->given_name_row);
  family = paraat_form_entry_text (self->family_name_row);
  mobile_text = paraat_form_entry_text (self->mobile_row);
  phone_alt_text = paraat_form_entry_text (self->phone_alt_row);
  mobile = paraat_phone_normalise (mobile_text, NULL);
  phone_alt = paraat_phone_normalise (phone_alt_text, NULL);
  email = paraat_form_entry_text (self->email_row);
  department = paraat_form_entry_text (self->department_row);
  municipality = paraat_form_entry_text (self->municipality_row);
  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  /* A copy, so that the caller's person is unchanged when the store refuses. */
  person = paraat_person_new ();
  if (self->person != NULL)
    {
      paraat_person_set_id (person, paraat_person_get_id (self->person));
      paraat_person_set_fictitious (person, paraat_person_get_fictitious (self->person));
    }
  paraat_person_set_given_name (person, paraat_form_or_null (given));
  paraat_person_set_family_name (person, paraat_form_or_null (family));
  paraat_person_set_phone (person, paraat_form_or_null (mobile));
  paraat_person_set_phone_alt (person, paraat_form_or_null (phone_alt));
  paraat_person_set_email (person, paraat_form_or_null (email));
  paraat_person_set_department (person, paraat_form_or_null (department));
  paraat_person_set_municipality (person, paraat_form_or_null (municipality));
  paraat_person_set_active (person, gtk_switch_get_active (self->active_switch));
  paraat_person_set_notes (person, paraat_form_or_null (notes));

  if (!paraat_store_save_person (self->store, person, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->person, person);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, person);
  gtk_window_destroy (GTK_WINDOW (self));
}
