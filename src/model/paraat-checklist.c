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
#include "model/paraat-enums.h"

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
  g_clear_pointer (&template_->description, g_free);
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

/* "-16w", "+1d-2h", "+5wd", "" for no offset. */
static void
format_terms (GString  *out,
              gint64    minutes,
              gboolean  working_days)
{
  char sign = minutes < 0 ? '-' : '+';
  gint64 rest = ABS (minutes);
  gint64 days = rest / DAY_MINUTES;

  rest %= DAY_MINUTES;
  if (working_days && days > 0)
    g_string_append_printf (out, "%c%" G_GINT64_FORMAT "wd", sign, days);
  else if (days > 0 && days % 7 == 0)
    g_string_append_printf (out, "%c%" G_GINT64_FORMAT "w", sign, days / 7);
  else if (days > 0)
    g_string_append_printf (out, "%c%" G_GINT64_FORMAT "d", sign, days);
  if (rest >= 60)
    g_string_append_printf (out, "%c%" G_GINT64_FORMAT "h", sign, rest / 60);
  if (rest % 60 != 0)
    g_string_append_printf (out, "%c%" G_GINT64_FORMAT "m", sign, rest % 60);
}

char *
paraat_due_spec_format (const ParaatTemplateItem *item)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (item != NULL, NULL);

  if (item->fixed)
    {
      g_string_append_printf (out, "F:%02d-%02d", item->fixed_month, item->fixed_day);
      if (item->year_offset != 0)
        g_string_append_printf (out, ":Y%+d", item->year_offset);
    }
  else if (item->after_item_id != 0)
    {
      format_terms (out, item->offset_minutes, item->working_days);
      if (out->len == 0)
        g_string_append (out, "+0d");
    }
  else
    {
      g_string_append_c (out, 'T');
      format_terms (out, item->offset_minutes, item->working_days);
    }
  return g_string_free (out, FALSE);
}

gint
paraat_template_item_find (const ParaatTemplateItem *items,
                           guint                     n_items,
                           gint64                    id)
{
  for (guint i = 0; i < n_items; i++)
    if (items[i].id == id)
      return (gint) i;
  return -1;
}

static gboolean
is_blank (const char *text)
{
  for (const char *c = text; c != NULL && *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      return FALSE;
  return TRUE;
}

gboolean
paraat_template_classes_valid (const char *classes)
{
  if (classes == NULL || *classes == '\0')
    return FALSE;
  for (const char *c = classes; *c != '\0'; c++)
    if (strchr ("0ABC*", *c) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
paraat_checklist_find_problem (const ParaatTemplateItem *items,
                               guint                     n_items,
                               guint                    *index,
                               GError                  **error)
{
  guint unused;

  if (index == NULL)
    index = &unused;
  *index = G_MAXUINT;
  for (guint i = 0; i < n_items; i++)
    {
      const ParaatTemplateItem *item = &items[i];

      *index = i;
      if (is_blank (item->text))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                       _("Item %u has no text."), i + 1);
          return FALSE;
        }
      if (!paraat_template_classes_valid (item->classes))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                       _("“%s” applies to no class: give 0, A, B or C (or * for every class)."), item->text);
          return FALSE;
        }
      if (item->fixed && (item->after_item_id != 0 || !g_date_valid_dmy ((GDateDay) item->fixed_day,
                                                                         (GDateMonth) item->fixed_month, 2024)))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                       _("“%s” has a fixed date that does not exist."), item->text);
          return FALSE;
        }
      if (item->after_item_id != 0 && paraat_template_item_find (items, n_items, item->after_item_id) < 0)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_UNKNOWN_ITEM,
                       _("“%s” follows an item that is not in this checklist."), item->text);
          return FALSE;
        }
      /* Relative to T, the sign of the offset says before or after. */
      if (!item->fixed && item->after_item_id == 0)
        {
          if (item->phase == PARAAT_TASK_PHASE_BEFORE && item->offset_minutes > 0)
            {
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE,
                           _("“%s” is preparation but falls due after the event starts."), item->text);
              return FALSE;
            }
          if (item->phase == PARAAT_TASK_PHASE_AFTER && item->offset_minutes < 0)
            {
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE,
                           _("“%s” is for after the event but falls due before it ends."), item->text);
              return FALSE;
            }
          if (item->phase == PARAAT_TASK_PHASE_DURING && item->offset_minutes < 0)
            {
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE,
                           _("“%s” is for the event itself but falls due before it starts."), item->text);
              return FALSE;
            }
        }
      /* A date of the year before can only be preparation. */
      if (item->fixed && item->year_offset < 0 && item->phase != PARAAT_TASK_PHASE_BEFORE)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE,
                       _("“%s” falls due in the year before the event, so it can only be preparation."), item->text);
          return FALSE;
        }
    }

  /* Following the chain from any item must end within n steps. */
  for (guint i = 0; i < n_items; i++)
    {
      gint at = (gint) i;

      for (guint steps = 0; at >= 0 && items[at].after_item_id != 0; steps++)
        {
          if (steps >= n_items)
            {
              *index = i;
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_CYCLE,
                           _("“%s” follows itself through other items: the checklist has a cycle."), items[i].text);
              return FALSE;
            }
          at = paraat_template_item_find (items, n_items, items[at].after_item_id);
        }
    }
  *index = G_MAXUINT;
  return TRUE;
}

gboolean
paraat_checklist_validate (const ParaatTemplateItem *items,
                           guint                     n_items,
                           GError                  **error)
{
  return paraat_checklist_find_problem (items, n_items, NULL, error);
}

gboolean
paraat_scan_form_check (const ParaatScanForm  *form,
                        guint                 *question,
                        GError               **error)
{
  static const char * const profiles[] = { "activity", "spatial", "audience", "organisation" };
  guint unused;

  g_return_val_if_fail (form != NULL, FALSE);

  if (question == NULL)
    question = &unused;
  *question = G_MAXUINT;
  if (form->threshold[0] < 0 || form->threshold[0] >= form->threshold[1] || form->threshold[1] >= form->threshold[2])
    {
      g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                   _("The points of class A, B and C must go up: A at least 0, B more than A, C more than B."));
      return FALSE;
    }
  if (form->questions->len == 0)
    {
      g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                   _("The risk scan needs at least one question."));
      return FALSE;
    }
  for (guint o = 0; o < form->options->len; o++)
    {
      const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);
      gboolean found = FALSE;

      for (guint q = 0; q < form->questions->len && !found; q++)
        found = g_array_index (form->questions, ParaatScanQuestion, q).id == option->question_id;
      if (!found)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("The answer “%s” belongs to no question of the risk scan."), option->text);
          return FALSE;
        }
    }
  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *item = &g_array_index (form->questions, ParaatScanQuestion, q);
      gboolean known = FALSE;
      guint n_options = 0;

      *question = q;
      for (guint p = 0; p < G_N_ELEMENTS (profiles); p++)
        known |= g_strcmp0 (item->profile, profiles[p]) == 0;
      if (is_blank (item->text))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("Question %u has no text."), q + 1);
          return FALSE;
        }
      if (!known)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("“%s” belongs to no profile: activity, spatial, audience or organisation."), item->text);
          return FALSE;
        }
      for (guint o = 0; o < form->options->len; o++)
        {
          const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);

          if (option->question_id != item->id)
            continue;
          n_options++;
          if (is_blank (option->text))
            {
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                           _("Answer %u of “%s” has no text."), n_options, item->text);
              return FALSE;
            }
          if (option->points < 0 || option->points > 100)
            {
              g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                           _("“%s” of “%s” has %d points: give 0 to 100."), option->text, item->text, option->points);
              return FALSE;
            }
        }
      if (n_options == 0)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("“%s” has no answers: give it at least one."), item->text);
          return FALSE;
        }
    }
  *question = G_MAXUINT;
  return TRUE;
}


void
paraat_template_items_as_new (ParaatTemplateItem *items,
                              guint               n_items)
{
  for (guint i = 0; i < n_items; i++)
    for (guint k = 0; items[i].after_item_id > 0 && k < n_items; k++)
      if (items[k].id == items[i].after_item_id)
        items[i].after_item_id = -(gint64) k - 1;
  for (guint i = 0; i < n_items; i++)
    items[i].id = -(gint64) i - 1;
}
