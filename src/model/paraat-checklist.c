/* paraat-checklist.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/paraat-checklist.h"

#define DAY_MINUTES (24 * 60)

G_DEFINE_QUARK (paraat-checklist-error-quark, paraat_checklist_error)

void
paraat_template_item_clear (gpointer data)
{
  ParaatTemplateItem *item = data;

  g_clear_pointer (&item->text, g_free);
  g_clear_pointer (&item->classes, g_free);
}

void
paraat_checklist_template_clear (gpointer data)
{
  ParaatChecklistTemplate *template_ = data;

  g_clear_pointer (&template_->code, g_free);
  g_clear_pointer (&template_->name, g_free);
}

void
paraat_event_task_clear (gpointer data)
{
  ParaatEventTask *task = data;

  g_clear_pointer (&task->text, g_free);
  g_clear_pointer (&task->done_by, g_free);
  g_clear_pointer (&task->note, g_free);
}

void
paraat_schouw_clear (gpointer data)
{
  ParaatSchouw *schouw = data;

  g_clear_pointer (&schouw->participants, g_free);
  g_clear_pointer (&schouw->decided_by, g_free);
  g_clear_pointer (&schouw->notes, g_free);
}

void
paraat_finding_clear (gpointer data)
{
  ParaatFinding *finding = data;

  g_clear_pointer (&finding->text, g_free);
}

void
paraat_scan_question_clear (gpointer data)
{
  ParaatScanQuestion *question = data;

  g_clear_pointer (&question->profile, g_free);
  g_clear_pointer (&question->text, g_free);
}

void
paraat_scan_option_clear (gpointer data)
{
  ParaatScanOption *option = data;

  g_clear_pointer (&option->text, g_free);
}

ParaatScanForm *
paraat_scan_form_new (void)
{
  ParaatScanForm *form = g_new0 (ParaatScanForm, 1);

  form->questions = g_array_new (FALSE, TRUE, sizeof (ParaatScanQuestion));
  g_array_set_clear_func (form->questions, paraat_scan_question_clear);
  form->options = g_array_new (FALSE, TRUE, sizeof (ParaatScanOption));
  g_array_set_clear_func (form->options, paraat_scan_option_clear);
  return form;
}

void
paraat_scan_form_free (ParaatScanForm *form)
{
  if (form == NULL)
    return;
  g_array_unref (form->questions);
  g_array_unref (form->options);
  g_free (form);
}

/* "+16w", "-2h", "+5wd" … into @minutes (added) and @working_days. */
static gboolean
parse_terms (const char *text,
             gint64     *minutes,
             gboolean   *working_days)
{
  const char *c = text;

  *minutes = 0;
  while (*c != '\0')
    {
      int sign;
      gint64 n = 0;
      gint64 unit;

      if (*c != '+' && *c != '-')
        return FALSE;
      sign = *c == '-' ? -1 : 1;
      c++;
      if (!g_ascii_isdigit (*c))
        return FALSE;
      while (g_ascii_isdigit (*c) && n < 100000)
        n = n * 10 + (*c++ - '0');
      if (g_str_has_prefix (c, "wd"))
        {
          unit = DAY_MINUTES;
          *working_days = TRUE;
          c += 2;
        }
      else if (*c == 'w')
        unit = 7 * DAY_MINUTES, c++;
      else if (*c == 'd')
        unit = DAY_MINUTES, c++;
      else if (*c == 'h')
        unit = 60, c++;
      else if (*c == 'm')
        unit = 1, c++;
      else
        return FALSE;
      *minutes += sign * n * unit;
    }
  return TRUE;
}

gboolean
paraat_due_spec_parse (const char          *spec,
                       ParaatTemplateItem  *item,
                       char               **after_key,
                       GError             **error)
{
  g_autofree char *text = NULL;
  gboolean ok = FALSE;
  int j = 0;

  g_return_val_if_fail (item != NULL, FALSE);

  if (after_key != NULL)
    *after_key = NULL;
  text = g_strdup (spec != NULL ? spec : "");
  /* Spaces do not matter: "T - 16w". */
  for (int i = 0; text[i] != '\0'; i++)
    if (!g_ascii_isspace (text[i]))
      text[j++] = text[i];
  text[j] = '\0';

  item->fixed = FALSE;
  item->working_days = FALSE;
  item->offset_minutes = 0;
  item->year_offset = 0;
  item->after_item_id = 0;

  if (text[0] == 'T')
    ok = parse_terms (text + 1, &item->offset_minutes, &item->working_days);
  else if (g_str_has_prefix (text, "F:"))
    {
      int month = 0, day = 0, years = 0;
      char tail = 0;
      int n = sscanf (text + 2, "%2d-%2d:Y%d%c", &month, &day, &years, &tail);

      ok = (n == 2 && strlen (text + 2) == 5) || n == 3;
      item->fixed = TRUE;
      item->fixed_month = month;
      item->fixed_day = day;
      item->year_offset = years;
      ok = ok && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, 2024);
    }
  else if (g_str_has_prefix (text, "K:") && after_key != NULL)
    {
      const char *end = text + 2;

      while (*end != '\0' && *end != '+' && *end != '-')
        end++;
      ok = end > text + 2 && parse_terms (end, &item->offset_minutes, &item->working_days);
      if (ok)
        *after_key = g_strndup (text + 2, end - (text + 2));
    }

  if (!ok)
    g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                 _("“%s” is not a due rule: write T-16w, T-1d, T-2h, T+4w, or F:10-01:Y-1 for a fixed date."),
                 spec != NULL ? spec : "");
  return ok;
}
