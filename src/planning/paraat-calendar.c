/* paraat-calendar.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include "planning/paraat-calendar.h"

gboolean
paraat_calendar_local_to_utc (GTimeZone *tz,
                              int        year,
                              int        month,
                              int        day,
                              int        hour,
                              int        minute,
                              gint64    *instant)
{
  gint64 local;
  gint64 time;
  int interval;

  g_return_val_if_fail (tz != NULL, FALSE);
  g_return_val_if_fail (instant != NULL, FALSE);

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year) ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;

  {
    g_autoptr (GDateTime) utc = g_date_time_new_utc (year, month, day, hour, minute, 0);
    local = g_date_time_to_unix (utc);
  }

  /* For an ambiguous time g_time_zone_adjust_time() picks the daylight
   * interval: the first occurrence. For a skipped time it moves the time to
   * the end of the gap; RFC 5545 instead reads it with the offset from before
   * the gap, which moves it forward by the gap's size (02:30 → 03:30). */
  time = local;
  interval = g_time_zone_adjust_time (tz, G_TIME_TYPE_DAYLIGHT, &time);
  if (interval < 0)
    return FALSE;

  if (time != local && interval > 0)
    *instant = local - g_time_zone_get_offset (tz, interval - 1);
  else
    *instant = time - g_time_zone_get_offset (tz, interval);
  return TRUE;
}

void
paraat_calendar_iso_week (GTimeZone *tz,
                          gint64     instant,
                          int       *iso_year,
                          int       *week)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  if (iso_year != NULL)
    *iso_year = g_date_time_get_week_numbering_year (local);
  if (week != NULL)
    *week = g_date_time_get_week_of_year (local);
}

int
paraat_calendar_weeks_in_year (int iso_year)
{
  /* 28 December always lies in the last ISO week of its year. */
  g_autoptr (GDateTime) dec28 = g_date_time_new_utc (iso_year, 12, 28, 12, 0, 0);

  return g_date_time_get_week_of_year (dec28);
}

gboolean
paraat_calendar_week_handover (GTimeZone *tz,
                               int        iso_year,
                               int        week,
                               int        weekday,
                               int        hour,
                               int        minute,
                               gint64    *instant)
{
  g_autoptr (GDateTime) jan4 = NULL;
  g_autoptr (GDateTime) day = NULL;

  g_return_val_if_fail (tz != NULL, FALSE);

  if (iso_year < 2 || iso_year > 9998 || weekday < 1 || weekday > 7 ||
      week < 1 || week > paraat_calendar_weeks_in_year (iso_year))
    return FALSE;

  /* 4 January always lies in ISO week 1. */
  jan4 = g_date_time_new_utc (iso_year, 1, 4, 12, 0, 0);
  day = g_date_time_add_days (jan4, (week - 1) * 7 + weekday - g_date_time_get_day_of_week (jan4));

  return paraat_calendar_local_to_utc (tz,
                                       g_date_time_get_year (day),
                                       g_date_time_get_month (day),
                                       g_date_time_get_day_of_month (day),
                                       hour, minute, instant);
}
