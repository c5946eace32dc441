/* test-calendar.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-calendar.h"

static GTimeZone *amsterdam;

static char *
format_local (gint64 instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, amsterdam);

  return g_date_time_format (local, "%Y-%m-%d %H:%M %z");
}

static void
test_local_to_utc (void)
{
  gint64 instant = 0;
  g_autofree char *winter = NULL;
  g_autofree char *summer = NULL;

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, 2026, 1, 5, 9, 0, &instant));
  winter = format_local (instant);
  g_assert_cmpstr (winter, ==, "2026-01-05 09:00 +0100");
  g_assert_cmpint (instant, ==, 1767600000);

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, 2026, 7, 20, 9, 0, &instant));
  summer = format_local (instant);
  g_assert_cmpstr (summer, ==, "2026-07-20 09:00 +0200");

  g_assert_false (paraat_calendar_local_to_utc (amsterdam, 2026, 2, 29, 9, 0, &instant));
  g_assert_false (paraat_calendar_local_to_utc (amsterdam, 2026, 1, 5, 24, 0, &instant));
}

static void
test_ambiguous_hour (void)
{
  gint64 instant = 0;
  g_autofree char *text = NULL;

  /* 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
   * RFC 5545 takes the first occurrence, in summer time. */
  g_assert_true (paraat_calendar_local_to_utc (amsterdam, 2026, 10, 25, 2, 30, &instant));
  text = format_local (instant);
  g_assert_cmpstr (text, ==, "2026-10-25 02:30 +0200");
  g_assert_cmpint (instant, ==, 1792888200);
}

static void
test_skipped_hour (void)
{
  gint64 instant = 0;
  g_autofree char *text = NULL;

  /* 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and
   * moves forward by the hour of the gap. */
  g_assert_true (paraat_calendar_local_to_utc (amsterdam, 2026, 3, 29, 2, 30, &instant));
  text = format_local (instant);
  g_assert_cmpstr (text, ==, "2026-03-29 03:30 +0200");
}

static void
test_iso_weeks (void)
{
  gint64 instant = 0;
  int year = 0, week = 0;

  /* ISO week 1 of 2026 starts on Monday 29 December 2025. */
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 1, 1, 9, 0, &instant));
  {
    g_autofree char *text = format_local (instant);
    g_assert_cmpstr (text, ==, "2025-12-29 09:00 +0100");
  }
  paraat_calendar_iso_week (amsterdam, instant, &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 1);

  /* New Year's Eve 2026 late in the evening is still week 53 of 2026. */
  g_assert_true (paraat_calendar_local_to_utc (amsterdam, 2026, 12, 31, 23, 30, &instant));
  paraat_calendar_iso_week (amsterdam, instant, &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 53);

  g_assert_cmpint (paraat_calendar_weeks_in_year (2026), ==, 53);
  g_assert_cmpint (paraat_calendar_weeks_in_year (2027), ==, 52);
  g_assert_false (paraat_calendar_week_handover (amsterdam, 2027, 53, 1, 9, 0, &instant));
  g_assert_false (paraat_calendar_week_handover (amsterdam, 2027, 1, 8, 9, 0, &instant));
}

static void
test_dst_week_lengths (void)
{
  gint64 start = 0, end = 0;

  /* Week 13 of 2026 (23–30 March) spans the spring change: 167 hours. */
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 13, 1, 9, 0, &start));
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 14, 1, 9, 0, &end));
  g_assert_cmpint (end - start, ==, 167 * 3600);

  /* Week 43 (19–26 October) spans the autumn change: 169 hours. */
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 43, 1, 9, 0, &start));
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 44, 1, 9, 0, &end));
  g_assert_cmpint (end - start, ==, 169 * 3600);

  /* Any other week lasts 168 hours. */
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 20, 1, 12, 0, &start));
  g_assert_true (paraat_calendar_week_handover (amsterdam, 2026, 21, 1, 12, 0, &end));
  g_assert_cmpint (end - start, ==, 168 * 3600);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_assert_nonnull (amsterdam);

  g_test_add_func ("/calendar/local-to-utc", test_local_to_utc);
  g_test_add_func ("/calendar/ambiguous-hour", test_ambiguous_hour);
  g_test_add_func ("/calendar/skipped-hour", test_skipped_hour);
  g_test_add_func ("/calendar/iso-weeks", test_iso_weeks);
  g_test_add_func ("/calendar/dst-week-lengths", test_dst_week_lengths);
  return g_test_run ();
}
