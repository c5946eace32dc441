/* paraat-absence-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "planning/paraat-calendar.h"
#include "ui/paraat-form.h"
#include "ui/paraat-absence-editor.h"
#include "ui/paraat-ui-util.h"

/* The form of one absence of a person: whole days, typed as dates and stored
 * as the instants from midnight of the first day to midnight after the last,
 * in the organisation's time zone. Checked at every change like the person
 * editor: the problem at its row, Save insensitive until the form is valid. */

struct _ParaatAbsenceEditor
{
  AdwWindow       parent_instance;

  ParaatStore    *store;
  ParaatAbsence  *absence;      /* the absence edited, or NULL for a new one */
  gint64          person_id;
  GTimeZone      *tz;
  gboolean        filling;

  GtkWidget      *save_button;
  GtkWidget      *error_group;
  GtkLabel       *error_label;
  AdwEntryRow    *first_day_row;
  AdwEntryRow    *last_day_row;
  AdwEntryRow    *reason_row;
};

G_DEFINE_FINAL_TYPE (ParaatAbsenceEditor, paraat_absence_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
show_error (ParaatAbsenceEditor *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

/* Checks every field, shows the problems at their rows and makes Save
 * sensitive when there are none. */
static gboolean
validate (ParaatAbsenceEditor *self)
{
  g_autofree char *first = paraat_form_entry_text (self->first_day_row);
  g_autofree char *last = paraat_form_entry_text (self->last_day_row);
  const char *first_problem = paraat_form_date_problem (self->first_day_row, FALSE);
  const char *last_problem = paraat_form_date_problem (self->last_day_row, FALSE);
  gboolean valid;

  if (first_problem == NULL && last_problem == NULL && strcmp (last, first) < 0)
    last_problem = _("Lies before the first day");

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->first_day_row),
                 first_problem != NULL && *first_problem != '\0' ? first_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (self->last_day_row),
                 last_problem != NULL && *last_problem != '\0' ? last_problem : NULL);

  valid = first_problem == NULL && last_problem == NULL && self->person_id > 0;
  gtk_widget_set_sensitive (self->save_button, valid && self->store != NULL);
  return valid;
}

/* "YYYY-MM-DD" of the local day that @instant falls in. */
static char *
local_date (GTimeZone *tz,
            gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* The instant of local midnight at the start of @date plus @days days. */
static gboolean
local_midnight (GTimeZone  *tz,
                const char *date,
                guint       days,
                gint64     *instant)
{
  g_autoptr (GDate) day = NULL;
  int year, month, mday;

  if (!paraat_validate_date (date) || sscanf (date, "%d-%d-%d", &year, &month, &mday) != 3)
    return FALSE;

  day = g_date_new_dmy (mday, month, year);
  g_date_add_days (day, days);
  return paraat_calendar_local_to_utc (tz, g_date_get_year (day), g_date_get_month (day),
                                       g_date_get_day (day), 0, 0, instant);
}

static void
fill (ParaatAbsenceEditor *self)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;

  organisation = paraat_store_get_organisation (self->store, &error);
  self->tz = paraat_ui_organisation_time_zone (organisation);

  self->filling = TRUE;
  if (self->absence != NULL)
    {
      g_autofree char *first = local_date (self->tz, paraat_absence_get_starts_at (self->absence));
      /* The last day is the one the absence ends in, or the day before when it
       * ends at midnight. */
      g_autofree char *last = local_date (self->tz, paraat_absence_get_ends_at (self->absence) - 1);
      const char *reason = paraat_absence_get_reason (self->absence);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Absence"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->first_day_row), first);
      gtk_editable_set_text (GTK_EDITABLE (self->last_day_row), last);
      gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason != NULL ? reason : "");
    }
  self->filling = FALSE;

  validate (self);
}

/*
 * Callbacks
 */

static void
field_changed_cb (AdwEntryRow         *row,
                  ParaatAbsenceEditor *self)
{
  if (self->filling)
    return;

  paraat_form_touch (row);
  show_error (self, NULL);
  validate (self);
}

/* A combo or a spin button changed. */
static void
value_changed_cb (ParaatAbsenceEditor *self)
{
  if (self->filling)
    return;

  show_error (self, NULL);
  validate (self);
}

static void
save_clicked_cb (ParaatAbsenceEditor *self)
{
  paraat_absence_editor_save (self);
}

/*
 * GObject overrides
 */

static void
paraat_absence_editor_dispose (GObject *object)
{
  ParaatAbsenceEditor *self = PARAAT_ABSENCE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->absence);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ABSENCE_EDITOR);

  G_OBJECT_CLASS (paraat_absence_editor_parent_class)->dispose (object);
}

static void
paraat_absence_editor_class_init (ParaatAbsenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_absence_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-absence-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, first_day_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, last_day_row);
  gtk_widget_class_bind_template_child (widget_class, ParaatAbsenceEditor, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_absence_editor_init (ParaatAbsenceEditor *self)
{
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

/*
 * Public API
 */

GtkWidget *
paraat_absence_editor_new (ParaatStore   *store,
                           ParaatAbsence *absence,
                           gint64         person_id)
{
  ParaatAbsenceEditor *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (absence == NULL || PARAAT_IS_ABSENCE (absence), NULL);
  g_return_val_if_fail (absence != NULL || person_id > 0, NULL);

  self = g_object_new (PARAAT_TYPE_ABSENCE_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->absence = absence != NULL ? g_object_ref (absence) : NULL;
  self->person_id = person_id > 0 ? person_id : paraat_absence_get_person_id (absence);
  fill (self);

  return GTK_WIDGET (self);
}

void
paraat_absence_editor_save (ParaatAbsenceEditor *self)
{
  g_autoptr (ParaatAbsence) absence = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *reason = NULL;
  gint64 starts_at, ends_at;

  g_return_if_fail (PARAAT_IS_ABSENCE_EDITOR (self));

  if (!validate (self))
    return;

  first = paraat_form_entry_text (self->first_day_row);
  last = paraat_form_entry_text (self->last_day_row);
  reason = paraat_form_entry_text (self->reason_row);

  if (!local_midnight (self->tz, first, 0, &starts_at)
      || !local_midnight (self->tz, last, 1, &ends_at))
    {
      show_error (self, _("These days do not exist in the organisation’s time zone."));
      return;
    }

  /* A copy, so that the caller's absence is unchanged when the store refuses. */
  absence = paraat_absence_new ();
  if (self->absence != NULL)
    paraat_absence_set_id (absence, paraat_absence_get_id (self->absence));
  paraat_absence_set_person_id (absence, self->person_id);
  paraat_absence_set_starts_at (absence, starts_at);
  paraat_absence_set_ends_at (absence, ends_at);
  paraat_absence_set_reason (absence, *reason != '\0' ? reason : NULL);

  if (!paraat_store_save_absence (self->store, absence, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->absence, absence);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, absence);
  gtk_window_destroy (GTK_WINDOW (self));
}
