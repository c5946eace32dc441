/* paraat-checklist-rules.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-checklist-rules.h"

#define DAY_MINUTES (24 * 60)

/* The local date and clock time of @instant. */
static GDateTime *
local_time (gint64     instant,
            GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);

  return utc != NULL ? g_date_time_to_timezone (utc, tz) : NULL;
}

/* @local's clock time on another calendar day, as an instant. In the hour
 * that a change to summer time skips, the clock time after it. */
static gint64
same_time_on (GDateTime *local,
              GDate     *date,
              GTimeZone *tz)
{
  gint64 instant = 0;

  if (!paraat_calendar_local_to_utc (tz, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                     g_date_time_get_hour (local), g_date_time_get_minute (local), &instant))
    return 0;
  return instant + g_date_time_get_second (local);
}

gint64
paraat_due_shift (gint64     from,
                  gint64     offset_minutes,
                  gboolean   working_days,
                  GTimeZone *tz)
{
  g_autoptr (GDateTime) local = local_time (from, tz);
  gint64 days = offset_minutes / DAY_MINUTES;
  gint64 rest = offset_minutes % DAY_MINUTES;
  GDate date;

  g_return_val_if_fail (tz != NULL, from);

  if (local == NULL)
    return from;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
  if (!working_days)
    {
      if (days > 0)
        g_date_add_days (&date, (guint) days);
      else if (days < 0)
        g_date_subtract_days (&date, (guint) -days);
    }
  else
    for (gint64 left = days > 0 ? days : -days; left > 0;)
      {
        if (days > 0)
          g_date_add_days (&date, 1);
        else
          g_date_subtract_days (&date, 1);
        if (g_date_get_weekday (&date) < G_DATE_SATURDAY)
          left--;
      }
  return same_time_on (local, &date, tz) + rest * 60;
}

gint64
paraat_due_fixed (int        year,
                  int        month,
                  int        day,
                  GTimeZone *tz)
{
  gint64 instant = 0;

  g_return_val_if_fail (tz != NULL, 0);

  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999 ||
      (month == 2 && day > 29) || ((month == 4 || month == 6 || month == 9 || month == 11) && day > 30))
    return 0;
  if (month == 2 && day == 29 && !g_date_is_leap_year ((GDateYear) year))
    day = 28;
  if (!paraat_calendar_local_to_utc (tz, year, month, day, 23, 59, &instant))
    return 0;
  return instant;
}

gboolean
paraat_class_applies (const char      *classes,
                      ParaatRiskClass  klass)
{
  const char *label;

  if (classes == NULL)
    return FALSE;
  if (strchr (classes, '*') != NULL)
    return TRUE;
  label = paraat_risk_class_label (klass);
  return klass != PARAAT_RISK_CLASS_UNKNOWN && strchr (classes, label[0]) != NULL;
}

const char *
paraat_risk_class_label (ParaatRiskClass klass)
{
  switch (klass)
    {
    case PARAAT_RISK_CLASS_0:
      return "0";
    case PARAAT_RISK_CLASS_A:
      return "A";
    case PARAAT_RISK_CLASS_B:
      return "B";
    case PARAAT_RISK_CLASS_C:
      return "C";
    case PARAAT_RISK_CLASS_UNKNOWN:
    default:
      return "–";
    }
}

/* "16 weeks", "1 day, 2 hours", "5 working days". */
static char *
describe_amount (gint64   minutes,
                 gboolean working_days)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 rest = ABS (minutes);
  int days = (int) (rest / DAY_MINUTES);
  int hours, mins;

  rest %= DAY_MINUTES;
  hours = (int) (rest / 60);
  mins = (int) (rest % 60);
  if (working_days && days > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d working day", "%d working days", days), days));
  else if (days > 0 && days % 7 == 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d week", "%d weeks", days / 7), days / 7));
  else if (days > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d day", "%d days", days), days));
  if (hours > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d hour", "%d hours", hours), hours));
  if (mins > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d minute", "%d minutes", mins), mins));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

char *
paraat_due_describe (const ParaatTemplateItem *item,
                     const char               *after_text)
{
  g_autofree char *amount = NULL;
  gboolean from_end;

  g_return_val_if_fail (item != NULL, NULL);

  if (item->fixed)
    {
      g_autoptr (GDateTime) date = g_date_time_new_utc (2024, item->fixed_month, item->fixed_day, 12, 0, 0);
      g_autofree char *day = date != NULL ? g_date_time_format (date, "%-d %B") : g_strdup ("?");

      switch (item->year_offset)
        {
        case -1:
          /* Translators: a fixed due date, "1 October of the year before" (the event's year) */
          return g_strdup_printf (_("%s of the year before"), day);
        case 0:
          return g_strdup_printf (_("%s of the event’s year"), day);
        case 1:
          return g_strdup_printf (_("%s of the year after"), day);
        default:
          return item->year_offset < 0
                 ? g_strdup_printf (ngettext ("%s, %d year before", "%s, %d years before", -item->year_offset),
                                    day, -item->year_offset)
                 : g_strdup_printf (ngettext ("%s, %d year after", "%s, %d years after", item->year_offset),
                                    day, item->year_offset);
        }
    }

  amount = describe_amount (item->offset_minutes, item->working_days);
  if (item->after_item_id != 0)
    {
      const char *what = after_text != NULL && *after_text != '\0' ? after_text : _("another item");

      if (item->offset_minutes == 0)
        /* Translators: a due moment: at the same time as “another checklist item” */
        return g_strdup_printf (_("Together with “%s”"), what);
      return item->offset_minutes < 0
             /* Translators: a due moment: “5 working days” before “another checklist item” */
             ? g_strdup_printf (_("%s before “%s”"), amount, what)
             : g_strdup_printf (_("%s after “%s”"), amount, what);
    }

  from_end = item->phase == PARAAT_TASK_PHASE_AFTER;
  if (item->offset_minutes == 0)
    return g_strdup (from_end ? _("When the event ends") : _("When the event starts"));
  if (item->offset_minutes < 0)
    return g_strdup_printf (from_end ? _("%s before the end") : _("%s before the start"), amount);
  return g_strdup_printf (from_end ? _("%s after the end") : _("%s after the start"), amount);
}

/* The due moment of item @i, resolving what it follows (the template is
 * valid, so the chain ends). */
static gint64
due_of (const ParaatTemplateItem *items,
        guint                     n_items,
        guint                     i,
        gint64                    starts_at,
        gint64                    ends_at,
        GTimeZone                *tz)
{
  const ParaatTemplateItem *item = &items[i];
  /* What comes after the event counts from its end. */
  gint64 anchor = item->phase == PARAAT_TASK_PHASE_AFTER ? ends_at : starts_at;

  if (item->fixed)
    {
      g_autoptr (GDateTime) local = local_time (starts_at, tz);

      return paraat_due_fixed (g_date_time_get_year (local) + item->year_offset, item->fixed_month,
                               item->fixed_day, tz);
    }
  if (item->after_item_id != 0)
    anchor = due_of (items, n_items, (guint) paraat_template_item_find (items, n_items, item->after_item_id), starts_at, ends_at, tz);
  return paraat_due_shift (anchor, item->offset_minutes, item->working_days, tz);
}

static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  const ParaatEventTask *x = a;
  const ParaatEventTask *y = b;

  if (x->due_at != y->due_at)
    return x->due_at < y->due_at ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

GArray *
paraat_checklist_instantiate (const ParaatTemplateItem *items,
                              guint                     n_items,
                              ParaatRiskClass           klass,
                              gint64                    starts_at,
                              gint64                    ends_at,
                              GTimeZone                *tz,
                              GError                  **error)
{
  g_autoptr (GArray) tasks = NULL;

  g_return_val_if_fail (tz != NULL, NULL);

  if (!paraat_checklist_validate (items, n_items, error))
    return NULL;

  tasks = g_array_new (FALSE, TRUE, sizeof (ParaatEventTask));
  g_array_set_clear_func (tasks, paraat_event_task_clear);
  for (guint i = 0; i < n_items; i++)
    {
      const ParaatTemplateItem *item = &items[i];
      ParaatEventTask task = { 0 };
      g_autoptr (GDateTime) due_local = NULL;
      g_autofree char *when = NULL;

      if (!paraat_class_applies (item->classes, klass))
        continue;
      task.template_item_id = item->id;
      task.position = item->position;
      task.phase = item->phase;
      task.partner_id = item->partner_id;
      task.status = PARAAT_TASK_OPEN;
      task.due_at = due_of (items, n_items, i, starts_at, ends_at, tz);

      due_local = local_time (task.due_at, tz);
      when = due_local != NULL ? g_date_time_format (due_local, "%Y-%m-%d %H:%M") : g_strdup ("?");
      if ((item->phase == PARAAT_TASK_PHASE_BEFORE && task.due_at > starts_at) ||
          (item->phase == PARAAT_TASK_PHASE_AFTER && task.due_at < ends_at) ||
          (item->phase == PARAAT_TASK_PHASE_DURING && (task.due_at < starts_at || task.due_at > ends_at)))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE,
                       item->phase == PARAAT_TASK_PHASE_BEFORE
                       ? _("“%s” is preparation but would fall due on %s, after this event starts.")
                       : item->phase == PARAAT_TASK_PHASE_AFTER
                       ? _("“%s” is for after the event but would fall due on %s, before this event ends.")
                       : _("“%s” is for the event itself but would fall due on %s, outside it."),
                       item->text, when);
          return NULL;
        }
      task.text = g_strdup (item->text);
      g_array_append_val (tasks, task);
    }
  g_array_sort (tasks, compare_tasks);
  return g_steal_pointer (&tasks);
}

gint64
paraat_due_move (gint64     due,
                 gint64     old_start,
                 gint64     new_start,
                 GTimeZone *tz)
{
  g_autoptr (GDateTime) old_local = local_time (old_start, tz);
  g_autoptr (GDateTime) new_local = local_time (new_start, tz);
  g_autoptr (GDateTime) due_local = local_time (due, tz);
  GDate old_day, new_day, day;
  gint64 clock_change, moved;
  gint days;

  g_return_val_if_fail (tz != NULL, due);

  if (old_local == NULL || new_local == NULL || due_local == NULL)
    return due;
  g_date_clear (&old_day, 1);
  g_date_clear (&new_day, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&old_day, (GDateDay) g_date_time_get_day_of_month (old_local),
                  (GDateMonth) g_date_time_get_month (old_local), (GDateYear) g_date_time_get_year (old_local));
  g_date_set_dmy (&new_day, (GDateDay) g_date_time_get_day_of_month (new_local),
                  (GDateMonth) g_date_time_get_month (new_local), (GDateYear) g_date_time_get_year (new_local));
  g_date_set_dmy (&day, (GDateDay) g_date_time_get_day_of_month (due_local),
                  (GDateMonth) g_date_time_get_month (due_local), (GDateYear) g_date_time_get_year (due_local));
  days = g_date_days_between (&old_day, &new_day);
  if (days > 0)
    g_date_add_days (&day, (guint) days);
  else if (days < 0)
    g_date_subtract_days (&day, (guint) -days);
  clock_change = (g_date_time_get_hour (new_local) * 3600 + g_date_time_get_minute (new_local) * 60 +
                  g_date_time_get_second (new_local)) -
                 (g_date_time_get_hour (old_local) * 3600 + g_date_time_get_minute (old_local) * 60 +
                  g_date_time_get_second (old_local));
  moved = same_time_on (due_local, &day, tz);
  return moved != 0 ? moved + clock_change : due;
}

static const ParaatScanOption *
find_option (const ParaatScanForm *form,
             gint64                id)
{
  for (guint i = 0; i < form->options->len; i++)
    if (g_array_index (form->options, ParaatScanOption, i).id == id)
      return &g_array_index (form->options, ParaatScanOption, i);
  return NULL;
}

gboolean
paraat_risk_scan (const ParaatScanForm *form,
                  const gint64         *answers,
                  guint                 n_answers,
                  ParaatRiskClass      *klass,
                  int                  *points,
                  GPtrArray            *reasons,
                  GError              **error)
{
  g_autoptr (GHashTable) answered = g_hash_table_new (g_int64_hash, g_int64_equal);
  ParaatRiskClass by_points = PARAAT_RISK_CLASS_0, result;
  int total = 0;

  g_return_val_if_fail (form != NULL, FALSE);

  for (guint i = 0; i < n_answers; i++)
    {
      const ParaatScanOption *option = find_option (form, answers[i]);

      if (option == NULL)
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("An answer of the risk scan is not one of its options (any more)."));
          return FALSE;
        }
      if (g_hash_table_contains (answered, &option->question_id))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("A question of the risk scan has two answers."));
          return FALSE;
        }
      g_hash_table_insert (answered, (gpointer) &option->question_id, (gpointer) option);
      total += option->points;
    }
  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);

      if (!g_hash_table_contains (answered, &question->id))
        {
          g_set_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN,
                       _("Answer every question of the risk scan: “%s” has no answer."), question->text);
          return FALSE;
        }
    }

  for (int c = 2; c >= 0; c--)
    if (total >= form->threshold[c])
      {
        by_points = PARAAT_RISK_CLASS_A + c;
        break;
      }
  result = by_points;
  if (reasons != NULL)
    g_ptr_array_add (reasons, by_points == PARAAT_RISK_CLASS_0
                              ? g_strdup_printf (ngettext ("%d point, below the %d of class A",
                                                           "%d points, below the %d of class A", total),
                                                 total, form->threshold[0])
                              : g_strdup_printf (ngettext ("%d point: class %s from %d", "%d points: class %s from %d", total),
                                                 total, paraat_risk_class_label (by_points),
                                                 form->threshold[by_points - PARAAT_RISK_CLASS_A]));

  /* Answers that demand a class of their own, in the order of the form. */
  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);
      const ParaatScanOption *option = g_hash_table_lookup (answered, &question->id);

      if (option->min_class == PARAAT_RISK_CLASS_UNKNOWN || option->min_class <= by_points)
        continue;
      if (option->min_class > result)
        result = option->min_class;
      if (reasons != NULL)
        /* Translators: a reason of the risk scan: “question”: “answer” asks at least class B */
        g_ptr_array_add (reasons, g_strdup_printf (_("“%s”: “%s” asks at least class %s"), question->text,
                                                   option->text, paraat_risk_class_label (option->min_class)));
    }

  if (klass != NULL)
    *klass = result;
  if (points != NULL)
    *points = total;
  return TRUE;
}

guint32
paraat_koningsdag (int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 27, G_DATE_APRIL, (GDateYear) year);
  if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_subtract_days (&date, 1);
  return g_date_get_julian (&date);
}

guint32
paraat_anchor_move_years (ParaatDateAnchor anchor,
                          guint32          day,
                          int              years)
{
  GDate date, moved;
  int year;

  g_return_val_if_fail (g_date_valid_julian (day), day);

  g_date_clear (&date, 1);
  g_date_clear (&moved, 1);
  g_date_set_julian (&date, day);
  year = g_date_get_year (&date) + years;

  switch (anchor)
    {
    case PARAAT_ANCHOR_KONINGSDAG:
      return paraat_koningsdag (year);

    case PARAAT_ANCHOR_WEEK:
      {
        guint week = g_date_get_iso8601_week_of_year (&date);
        GDateWeekday weekday = g_date_get_weekday (&date);
        int iso_year = g_date_get_year (&date);

        /* The ISO year of the day: early January can belong to last year's week 52. */
        if (week >= 52 && g_date_get_month (&date) == G_DATE_JANUARY)
          iso_year--;
        else if (week == 1 && g_date_get_month (&date) == G_DATE_DECEMBER)
          iso_year++;
        iso_year += years;
        if (week == 53 && paraat_calendar_weeks_in_year (iso_year) < 53)
          week = 52;
        /* Monday of week 1 is the Monday on or before 4 January. */
        g_date_set_dmy (&moved, 4, G_DATE_JANUARY, (GDateYear) iso_year);
        g_date_subtract_days (&moved, g_date_get_weekday (&moved) - G_DATE_MONDAY);
        g_date_add_days (&moved, (week - 1) * 7 + (weekday - G_DATE_MONDAY));
        return g_date_get_julian (&moved);
      }

    case PARAAT_ANCHOR_DATE:
    default:
      {
        GDateDay d = g_date_get_day (&date);

        if (g_date_get_month (&date) == G_DATE_FEBRUARY && d == 29 && !g_date_is_leap_year ((GDateYear) year))
          d = 28;
        g_date_set_dmy (&moved, d, g_date_get_month (&date), (GDateYear) year);
        return g_date_get_julian (&moved);
      }
    }
}

