/* paraat-oto.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "model/paraat-oto.h"

ParaatOtoFacts *
paraat_oto_facts_new (void)
{
  ParaatOtoFacts *facts = g_new0 (ParaatOtoFacts, 1);

  facts->requirements = g_array_new (FALSE, TRUE, sizeof (ParaatRequirement));
  facts->records = g_array_new (FALSE, TRUE, sizeof (ParaatAttendanceRecord));
  facts->sessions = g_array_new (FALSE, TRUE, sizeof (ParaatPlanSession));
  facts->targets = g_array_new (FALSE, TRUE, sizeof (gint64));
  facts->titles = g_string_chunk_new (4096);
  return facts;
}

void
paraat_oto_facts_free (ParaatOtoFacts *facts)
{
  if (facts == NULL)
    return;
  g_array_unref (facts->requirements);
  g_array_unref (facts->records);
  g_array_unref (facts->sessions);
  g_array_unref (facts->targets);
  g_string_chunk_free (facts->titles);
  g_free (facts);
}

void
paraat_attendance_clear (gpointer attendance)
{
  ParaatAttendance *self = attendance;

  g_clear_pointer (&self->role, g_free);
}

void
paraat_lesson_clear (gpointer lesson)
{
  ParaatLesson *self = lesson;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->text, g_free);
}

guint32
paraat_day_from_ymd (int year,
                     int month,
                     int day)
{
  GDate date;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

char *
paraat_day_format (guint32 day)
{
  GDate date;

  if (day == 0 || day == PARAAT_DAY_FOREVER || !g_date_valid_julian (day))
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

guint32
paraat_day_parse (const char *text)
{
  int year, month, day;
  char tail;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return 0;
  return paraat_day_from_ymd (year, month, day);
}

guint32
paraat_day_of_instant (gint64     instant,
                       GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = NULL;

  if (utc == NULL)
    return 0;
  local = g_date_time_to_timezone (utc, tz);
  return paraat_day_from_ymd (g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local));
}
