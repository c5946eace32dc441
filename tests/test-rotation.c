/* test-rotation.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-periods.h"

static GTimeZone *amsterdam;

static gint64
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  gint64 instant = 0;

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, year, month, day, hour, minute, &instant));
  return instant;
}

static char *
format_local (gint64 instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) there = g_date_time_to_timezone (utc, amsterdam);

  return g_date_time_format (there, "%a %Y-%m-%d %H:%M %z");
}

static void
assert_slot (GArray     *slots,
             guint       index,
             const char *start,
             const char *end,
             gint64      hours)
{
  const ParaatPiketSlot *slot;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  g_assert_cmpuint (index, <, slots->len);
  slot = &g_array_index (slots, ParaatPiketSlot, index);
  start_text = format_local (slot->starts_at);
  end_text = format_local (slot->ends_at);
  g_assert_cmpstr (start_text, ==, start);
  g_assert_cmpstr (end_text, ==, end);
  g_assert_cmpint ((slot->ends_at - slot->starts_at) / 3600, ==, hours);
  g_assert_cmpint ((slot->ends_at - slot->starts_at) % 3600, ==, 0);
}

/* Every slot starts where the one before it ends: no gap, no overlap. */
static void
assert_contiguous (GArray *slots)
{
  for (guint i = 1; i < slots->len; i++)
    g_assert_cmpint (g_array_index (slots, ParaatPiketSlot, i).starts_at, ==,
                     g_array_index (slots, ParaatPiketSlot, i - 1).ends_at);
}

static void
test_weekly_dst (void)
{
  ParaatRotationRule rule;
  g_autoptr (GArray) spring = NULL;
  g_autoptr (GArray) autumn = NULL;

  /* Monday 09:00 around the last Sunday of March (29 March 2026). */
  paraat_rotation_rule_init_weekly (&rule, 2026, 1, 1);
  spring = paraat_rotation_slots (&rule, amsterdam, local (2026, 3, 20, 0, 0), local (2026, 4, 6, 9, 0));
  g_assert_cmpuint (spring->len, ==, 3);
  assert_slot (spring, 0, "Mon 2026-03-16 09:00 +0100", "Mon 2026-03-23 09:00 +0100", 168);
  assert_slot (spring, 1, "Mon 2026-03-23 09:00 +0100", "Mon 2026-03-30 09:00 +0200", 167);
  assert_slot (spring, 2, "Mon 2026-03-30 09:00 +0200", "Mon 2026-04-06 09:00 +0200", 168);
  assert_contiguous (spring);

  /* And around the last Sunday of October (25 October 2026). */
  autumn = paraat_rotation_slots (&rule, amsterdam, local (2026, 10, 19, 9, 0), local (2026, 10, 26, 9, 0));
  g_assert_cmpuint (autumn->len, ==, 1);
  assert_slot (autumn, 0, "Mon 2026-10-19 09:00 +0200", "Mon 2026-10-26 09:00 +0100", 169);

  /* A Monday 12:00 hand-over (as in Zeist) keeps 12:00 as well. */
  rule.handover_minute = 12 * 60;
  g_clear_pointer (&autumn, g_array_unref);
  autumn = paraat_rotation_slots (&rule, amsterdam, local (2026, 10, 20, 0, 0), local (2026, 10, 21, 0, 0));
  assert_slot (autumn, 0, "Mon 2026-10-19 12:00 +0200", "Mon 2026-10-26 12:00 +0100", 169);
}

static void
test_weekly_window (void)
{
  ParaatRotationRule rule;
  g_autoptr (GArray) year = NULL;
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) edge = NULL;

  /* Starting on Thursday 1 January 2026: the first hand-over is Monday the 5th. */
  paraat_rotation_rule_init_weekly (&rule, 2026, 1, 1);
  year = paraat_rotation_slots (&rule, amsterdam, local (2026, 1, 1, 0, 0), local (2027, 1, 1, 0, 0));
  g_assert_cmpuint (year->len, ==, 52);
  assert_slot (year, 0, "Mon 2026-01-05 09:00 +0100", "Mon 2026-01-12 09:00 +0100", 168);
  assert_slot (year, 51, "Mon 2026-12-28 09:00 +0100", "Mon 2027-01-04 09:00 +0100", 168);
  assert_contiguous (year);

  /* Nothing before the start. */
  before = paraat_rotation_slots (&rule, amsterdam, local (2025, 12, 1, 0, 0), local (2026, 1, 5, 9, 0));
  g_assert_cmpuint (before->len, ==, 0);

  /* A window that only touches a slot's end does not include it; one that
   * starts inside it does. */
  edge = paraat_rotation_slots (&rule, amsterdam, local (2026, 1, 12, 9, 0), local (2026, 1, 12, 9, 1));
  g_assert_cmpuint (edge->len, ==, 1);
  assert_slot (edge, 0, "Mon 2026-01-12 09:00 +0100", "Mon 2026-01-19 09:00 +0100", 168);
}

static void
test_daily_and_long (void)
{
  ParaatRotationRule rule;
  g_autoptr (GArray) days = NULL;
  g_autoptr (GArray) fortnights = NULL;

  paraat_rotation_rule_init_weekly (&rule, 2026, 3, 27);
  rule.pattern = PARAAT_ROTATION_DAILY;
  rule.period_days = 1;
  rule.handover_minute = 8 * 60;
  days = paraat_rotation_slots (&rule, amsterdam, local (2026, 3, 27, 0, 0), local (2026, 3, 31, 0, 0));
  g_assert_cmpuint (days->len, ==, 4);
  assert_slot (days, 0, "Fri 2026-03-27 08:00 +0100", "Sat 2026-03-28 08:00 +0100", 24);
  assert_slot (days, 1, "Sat 2026-03-28 08:00 +0100", "Sun 2026-03-29 08:00 +0200", 23);
  assert_slot (days, 2, "Sun 2026-03-29 08:00 +0200", "Mon 2026-03-30 08:00 +0200", 24);
  assert_contiguous (days);

  /* Two-week periods from Friday 12:00. */
  paraat_rotation_rule_init_weekly (&rule, 2026, 1, 1);
  rule.handover_weekday = 5;
  rule.handover_minute = 12 * 60;
  rule.period_days = 14;
  fortnights = paraat_rotation_slots (&rule, amsterdam, local (2026, 1, 1, 0, 0), local (2026, 2, 1, 0, 0));
  g_assert_cmpuint (fortnights->len, ==, 3);
  assert_slot (fortnights, 0, "Fri 2026-01-02 12:00 +0100", "Fri 2026-01-16 12:00 +0100", 336);
  assert_slot (fortnights, 2, "Fri 2026-01-30 12:00 +0100", "Fri 2026-02-13 12:00 +0100", 336);
}

static void
test_split (void)
{
  ParaatRotationRule rule;
  g_autoptr (GArray) both = NULL;
  g_autoptr (GArray) weekends = NULL;
  g_autoptr (GArray) weekdays = NULL;

  /* Burgemeester Monday 09:00 – Friday 17:00, wethouder Friday 17:00 –
   * Monday 09:00 (DOMAIN.md §6.2), over the autumn change. */
  paraat_rotation_rule_init_weekly (&rule, 2026, 10, 1);
  rule.pattern = PARAAT_ROTATION_SPLIT;
  both = paraat_rotation_slots (&rule, amsterdam, local (2026, 10, 19, 9, 0), local (2026, 11, 2, 9, 0));
  g_assert_cmpuint (both->len, ==, 4);
  assert_slot (both, 0, "Mon 2026-10-19 09:00 +0200", "Fri 2026-10-23 17:00 +0200", 104);
  assert_slot (both, 1, "Fri 2026-10-23 17:00 +0200", "Mon 2026-10-26 09:00 +0100", 65);
  assert_slot (both, 2, "Mon 2026-10-26 09:00 +0100", "Fri 2026-10-30 17:00 +0100", 104);
  assert_slot (both, 3, "Fri 2026-10-30 17:00 +0100", "Mon 2026-11-02 09:00 +0100", 64);
  assert_contiguous (both);
  g_assert_cmpint (g_array_index (both, ParaatPiketSlot, 0).slot, ==, 1);
  g_assert_cmpint (g_array_index (both, ParaatPiketSlot, 1).slot, ==, 2);

  rule.parts = PARAAT_ROTATION_PART_SECOND;
  weekends = paraat_rotation_slots (&rule, amsterdam, local (2026, 10, 19, 9, 0), local (2026, 11, 2, 9, 0));
  g_assert_cmpuint (weekends->len, ==, 2);
  assert_slot (weekends, 0, "Fri 2026-10-23 17:00 +0200", "Mon 2026-10-26 09:00 +0100", 65);

  rule.parts = PARAAT_ROTATION_PART_FIRST;
  weekdays = paraat_rotation_slots (&rule, amsterdam, local (2026, 10, 19, 9, 0), local (2026, 11, 2, 9, 0));
  g_assert_cmpuint (weekdays->len, ==, 2);
  assert_slot (weekdays, 1, "Mon 2026-10-26 09:00 +0100", "Fri 2026-10-30 17:00 +0100", 104);
}

static void
assert_invalid (const ParaatRotationRule *rule,
                const char               *fragment)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (paraat_rotation_rule_check (rule, &error));
  g_assert_error (error, PARAAT_ROTATION_ERROR, PARAAT_ROTATION_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_bad_rules (void)
{
  ParaatRotationRule good, rule;
  g_autoptr (GError) error = NULL;

  paraat_rotation_rule_init_weekly (&good, 2026, 1, 1);
  g_assert_true (paraat_rotation_rule_check (&good, &error));
  g_assert_no_error (error);

  rule = good;
  rule.handover_minute = 24 * 60;
  assert_invalid (&rule, "23:59");
  rule = good;
  rule.handover_minute = -1;
  assert_invalid (&rule, "23:59");
  rule = good;
  rule.handover_weekday = 8;
  assert_invalid (&rule, "day of the week");
  rule = good;
  rule.period_days = 0;
  assert_invalid (&rule, "at least one day");
  rule = good;
  rule.period_days = 29;
  assert_invalid (&rule, "28");
  rule = good;
  rule.start_month = 2;
  rule.start_day = 30;
  assert_invalid (&rule, "first day");
  rule = good;
  rule.pattern = PARAAT_ROTATION_SPLIT;
  rule.split_weekday = 1;
  rule.split_minute = 9 * 60;
  assert_invalid (&rule, "no time");
  rule.split_minute = 10 * 60;
  rule.parts = 0;
  assert_invalid (&rule, "part");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_assert_nonnull (amsterdam);

  g_test_add_func ("/rotation/weekly-dst", test_weekly_dst);
  g_test_add_func ("/rotation/weekly-window", test_weekly_window);
  g_test_add_func ("/rotation/daily-and-long", test_daily_and_long);
  g_test_add_func ("/rotation/split", test_split);
  g_test_add_func ("/rotation/bad-rules", test_bad_rules);

  return g_test_run ();
}
