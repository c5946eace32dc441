/* paraat-periods.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-periods.h"

static guint32
local_julian (GTimeZone *tz,
              gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

/* The instant of @minute after local midnight on Julian day @julian. */
static gint64
at_local (GTimeZone *tz,
          guint32    julian,
          int        minute)
{
  GDate date;
  gint64 instant = 0;
  gboolean ok;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  ok = paraat_calendar_local_to_utc (tz, g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), minute / 60, minute % 60, &instant);
  g_assert (ok);
  return instant;
}

GArray *
paraat_rotation_slots (const ParaatRotationRule *rule,
                       GTimeZone                *tz,
                       gint64                    from,
                       gint64                    to)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (ParaatPiketSlot));
  GDate start;
  guint32 anchor, first;
  int period;
  int split_offset = 0;
  gint64 k;

  g_return_val_if_fail (rule != NULL, slots);
  g_return_val_if_fail (tz != NULL, slots);
  g_return_val_if_fail (paraat_rotation_rule_check (rule, NULL), slots);

  if (to <= from)
    return slots;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, (GDateDay) rule->start_day, (GDateMonth) rule->start_month,
                  (GDateYear) rule->start_year);
  anchor = g_date_get_julian (&start);

  /* Weekly and split rotations hand over on their weekday: the first one on
   * or after the start day. */
  if (rule->pattern != PARAAT_ROTATION_DAILY)
    anchor += (guint32) ((rule->handover_weekday - (int) g_date_get_weekday (&start) + 7) % 7);

  period = rule->pattern == PARAAT_ROTATION_SPLIT ? 7 : rule->period_days;
  if (rule->pattern == PARAAT_ROTATION_SPLIT)
    {
      split_offset = (rule->split_weekday - rule->handover_weekday + 7) % 7;
      if (split_offset == 0 && rule->split_minute < rule->handover_minute)
        split_offset = 7;
    }

  /* Skip to one period before the window: periods last at most 28 days
   * plus an hour of DST, so this never misses one. */
  first = local_julian (tz, from);
  k = first > anchor ? (gint64) ((first - anchor) / (guint32) period) - 1 : 0;
  k = MAX (k, 0);

  for (;; k++)
    {
      guint32 day = anchor + (guint32) (k * period);
      gint64 starts_at = at_local (tz, day, rule->handover_minute);
      gint64 ends_at = at_local (tz, day + (guint32) period, rule->handover_minute);

      if (starts_at >= to)
        break;

      if (rule->pattern != PARAAT_ROTATION_SPLIT)
        {
          if (ends_at > from)
            {
              ParaatPiketSlot slot = { 1, starts_at, ends_at };
              g_array_append_val (slots, slot);
            }
          continue;
        }

      {
        gint64 split_at = at_local (tz, day + (guint32) split_offset, rule->split_minute);
        ParaatPiketSlot first_part = { 1, starts_at, split_at };
        ParaatPiketSlot second_part = { 2, split_at, ends_at };

        if ((rule->parts & PARAAT_ROTATION_PART_FIRST) != 0 &&
            paraat_piket_overlaps (starts_at, split_at, from, to))
          g_array_append_val (slots, first_part);
        if ((rule->parts & PARAAT_ROTATION_PART_SECOND) != 0 &&
            paraat_piket_overlaps (split_at, ends_at, from, to))
          g_array_append_val (slots, second_part);
      }
    }

  return slots;
}

char *
paraat_rotation_format_instant (GTimeZone *tz,
                                gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  /* TRANSLATORS: a moment of a piket hand-over, e.g. "Mon 30 Mar 2026 09:00";
   * see the strftime() manual for the codes. */
  return g_date_time_format (local, _("%a %-d %b %Y %H:%M"));
}

static int
compare_shifts (gconstpointer a,
                gconstpointer b)
{
  const ParaatPiketShift *x = a;
  const ParaatPiketShift *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  if (x->function_id != y->function_id)
    return x->function_id < y->function_id ? -1 : 1;
  if (x->line != y->line)
    return x->line - y->line;
  return x->slot - y->slot;
}

void
paraat_piket_shifts_sort (GArray *shifts)
{
  g_return_if_fail (shifts != NULL);

  g_array_sort (shifts, compare_shifts);
}
