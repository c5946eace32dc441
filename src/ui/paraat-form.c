/* paraat-form.c
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
#include "ui/paraat-form.h"

#define TOUCHED_KEY "paraat-touched"
#define TITLE_KEY   "paraat-title"

char *
paraat_form_entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
paraat_form_set_entry (AdwEntryRow *row,
                       const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
paraat_form_touch (AdwEntryRow *row)
{
  g_object_set_data (G_OBJECT (row), TOUCHED_KEY, GINT_TO_POINTER (TRUE));
}

gboolean
paraat_form_is_touched (AdwEntryRow *row)
{
  return g_object_get_data (G_OBJECT (row), TOUCHED_KEY) != NULL;
}

void
paraat_form_set_row_error (AdwPreferencesRow *row,
                           const char        *message)
{
  const char *title = g_object_get_data (G_OBJECT (row), TITLE_KEY);

  if (title == NULL)
    {
      g_object_set_data_full (G_OBJECT (row), TITLE_KEY,
                              g_strdup (adw_preferences_row_get_title (row)), g_free);
      title = g_object_get_data (G_OBJECT (row), TITLE_KEY);
    }

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_row_set_title (row, message);
      /* A long message is ellipsized in the title; the tooltip has all of it. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      adw_preferences_row_set_title (row, title);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

const char *
paraat_form_date_problem (AdwEntryRow *row,
                          gboolean     optional)
{
  g_autofree char *text = paraat_form_entry_text (row);

  if (*text == '\0')
    return optional ? NULL
         : paraat_form_is_touched (row) ? _("Fill in a date (YYYY-MM-DD)")
         : "";
  if (!paraat_validate_date (text))
    return _("Not a date: use YYYY-MM-DD");
  return NULL;
}

gboolean
paraat_form_uppercase (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *upper = g_utf8_strup (text, -1);
  int position;

  if (g_str_equal (text, upper))
    return FALSE;

  position = gtk_editable_get_position (GTK_EDITABLE (row));
  gtk_editable_set_text (GTK_EDITABLE (row), upper);
  gtk_editable_set_position (GTK_EDITABLE (row), position);
  return TRUE;
}

const char *
paraat_form_code_problem (AdwEntryRow *row,
                          GPtrArray   *taken,
                          const char  *taken_message)
{
  g_autofree char *code = paraat_form_entry_text (row);

  if (*code == '\0')
    return paraat_form_is_touched (row) ? _("Fill in a code") : "";
  if (!paraat_validate_code (code))
    return _("Use up to 16 letters, digits, “-” or “_”, starting with a letter");
  for (guint i = 0; taken != NULL && i < taken->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (taken, i), code) == 0)
      return taken_message;
  return NULL;
}

const char *
paraat_form_or_null (const char *text)
{
  return paraat_validate_is_blank (text) ? NULL : text;
}

int
paraat_form_parse_time (const char *text)
{
  int hour, minute;
  char tail;

  if (text == NULL || *text == '\0')
    return -2;
  if (sscanf (text, "%d:%d%c", &hour, &minute, &tail) != 2 || strlen (text) > 5 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return -1;
  return hour * 60 + minute;
}

const char *
paraat_form_time_problem (AdwEntryRow *row)
{
  g_autofree char *text = paraat_form_entry_text (row);

  return paraat_form_parse_time (text) == -1 ? _("Not a time: use HH:MM, e.g. 14:00") : NULL;
}
