/* test-proficiency.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-proficiency.h"

#define PERSON 7
#define ACB 1
#define ACC 2

static const gint64 for_acb[] = { ACB };
static const gint64 for_acc[] = { ACC };

static guint32
d (const char *text)
{
  guint32 day = paraat_day_parse (text);

  g_assert_cmpuint (day, !=, 0);
  return day;
}

static ParaatAttendanceRecord
attended (const char   *date,
          const char   *kind,
          const char   *category,
          const gint64 *functions,
          ParaatAttendanceStatus status)
{
  return (ParaatAttendanceRecord) {
    .person_id = PERSON, .session_id = d (date), .day = d (date),
    .kind_code = g_intern_string (kind), .category = g_intern_string (category),
    .functions = functions, .n_functions = functions != NULL ? 1 : 0,
    .status = status, .result = PARAAT_RESULT_NONE,
  };
}

static ParaatRequirement
exercise_per_year (gint64 function_id)
{
  return (ParaatRequirement) {
    .id = 1, .function_id = function_id, .category = g_intern_static_string ("exercise"),
    .min_count = 1, .period_months = 12, .description = "",
  };
}

static ParaatProficiency *
evaluate (const ParaatRequirement      *requirements,
          guint                         n_requirements,
          const ParaatAttendanceRecord *records,
          guint                         n_records,
          gint64                        function_id,
          const char                   *on)
{
  return paraat_proficiency_evaluate (requirements, n_requirements, records, n_records,
                                      PERSON, function_id, d (on), 90);
}

static void
test_days (void)
{
  g_autofree char *text = paraat_day_format (d ("2026-03-10"));

  g_assert_cmpstr (text, ==, "2026-03-10");
  g_assert_cmpuint (paraat_day_parse ("2026-02-30"), ==, 0);
  g_assert_cmpuint (paraat_day_parse ("2026-3-10"), ==, 0);
  g_assert_cmpuint (paraat_day_parse ("2026-03-10x"), ==, 0);
  g_assert_cmpuint (paraat_day_parse (NULL), ==, 0);
  g_assert_cmpuint (d ("2027-01-01") - d ("2026-12-31"), ==, 1);
}

/* A session on 10 March 2026 counts for 12 months: through 9 March 2027. */
static void
test_rolling_window_boundary (void)
{
  ParaatRequirement requirement = exercise_per_year (ACB);
  ParaatAttendanceRecord record = attended ("2026-03-10", "TTX", "exercise", for_acb, PARAAT_ATTENDANCE_PRESENT);
  g_autoptr (ParaatProficiency) before = evaluate (&requirement, 1, &record, 1, ACB, "2026-03-09");
  g_autoptr (ParaatProficiency) on = evaluate (&requirement, 1, &record, 1, ACB, "2026-03-10");
  g_autoptr (ParaatProficiency) last = evaluate (&requirement, 1, &record, 1, ACB, "2027-03-09");
  g_autoptr (ParaatProficiency) after = evaluate (&requirement, 1, &record, 1, ACB, "2027-03-10");
  g_autofree char *missing = NULL;
  g_autofree char *expiring = NULL;

  g_assert_cmpint (before->status, ==, PARAAT_PROFICIENCY_NEVER);
  g_assert_cmpint (on->status, ==, PARAAT_PROFICIENCY_VALID);
  g_assert_cmpuint (on->valid_until, ==, d ("2027-03-09"));
  g_assert_cmpint (last->status, ==, PARAAT_PROFICIENCY_EXPIRING);
  g_assert_cmpuint (last->valid_until, ==, d ("2027-03-09"));
  g_assert_cmpint (after->status, ==, PARAAT_PROFICIENCY_LAPSED);
  g_assert_cmpuint (after->valid_until, ==, 0);

  missing = paraat_proficiency_describe_missing (after, 90);
  g_assert_cmpstr (missing, ==, "needs 1 exercise now (0 in the last 12 months)");
  expiring = paraat_proficiency_describe_missing (last, 90);
  g_assert_cmpstr (expiring, ==, "needs 1 exercise before 2027-03-10");
  g_assert_null (paraat_proficiency_describe_missing (on, 90));

  /* Holding until a shift's last day. */
  g_assert_true (paraat_proficiency_holds_until (on, d ("2027-03-09")));
  g_assert_false (paraat_proficiency_holds_until (on, d ("2027-03-10")));
  g_assert_false (paraat_proficiency_holds_until (after, d ("2027-03-10")));
}

/* The end of a month: 31 January plus 12 months is 31 January; plus one
 * month it is the last day of February. */
static void
test_month_ends (void)
{
  ParaatRequirement requirement = exercise_per_year (ACB);
  ParaatAttendanceRecord record = attended ("2026-01-31", "TTX", "exercise", for_acb, PARAAT_ATTENDANCE_PRESENT);
  g_autoptr (ParaatProficiency) year = NULL;
  g_autoptr (ParaatProficiency) month = NULL;

  year = evaluate (&requirement, 1, &record, 1, ACB, "2026-06-01");
  g_assert_cmpuint (year->valid_until, ==, d ("2027-01-30"));

  requirement.period_months = 1;
  month = evaluate (&requirement, 1, &record, 1, ACB, "2026-02-01");
  g_assert_cmpuint (month->valid_until, ==, d ("2026-02-27"));
}

/* Two of four alerting tests per 12 months. */
static void
test_two_of_four (void)
{
  ParaatRequirement requirement = {
    .id = 2, .function_id = ACB, .kind_code = g_intern_static_string ("ALRM"),
    .kind_name = "Alarmeringsoefening", .min_count = 2, .period_months = 12, .out_of = 4, .description = "",
  };
  ParaatAttendanceRecord records[] = {
    attended ("2026-01-20", "ALRM", "test", NULL, PARAAT_ATTENDANCE_PRESENT),
    attended ("2026-04-14", "ALRM", "test", NULL, PARAAT_ATTENDANCE_ABSENT),
    attended ("2026-07-07", "ALRM", "test", NULL, PARAAT_ATTENDANCE_PRESENT),
    attended ("2026-10-20", "ALRM", "test", NULL, PARAAT_ATTENDANCE_PRESENT),
    attended ("2026-05-01", "TEST", "test", NULL, PARAAT_ATTENDANCE_PRESENT),
  };
  g_autoptr (ParaatProficiency) one = evaluate (&requirement, 1, records, G_N_ELEMENTS (records), ACB, "2026-06-30");
  g_autoptr (ParaatProficiency) two = evaluate (&requirement, 1, records, G_N_ELEMENTS (records), ACB, "2026-07-07");
  g_autoptr (ParaatProficiency) three = evaluate (&requirement, 1, records, G_N_ELEMENTS (records), ACB, "2026-12-01");
  g_autoptr (ParaatProficiency) later = evaluate (&requirement, 1, records, G_N_ELEMENTS (records), ACB, "2027-07-07");
  g_autofree char *missing = paraat_proficiency_describe_missing (one, 90);
  g_autofree char *label = paraat_requirement_describe (&requirement);

  /* The technical test is another kind; the absence does not count. */
  g_assert_cmpint (one->status, ==, PARAAT_PROFICIENCY_LAPSED);
  g_assert_cmpuint (g_array_index (one->requirements, ParaatRequirementState, 0).count, ==, 1);
  g_assert_cmpstr (missing, ==, "needs 1 × Alarmeringsoefening now (1 in the last 12 months)");
  g_assert_cmpint (two->status, ==, PARAAT_PROFICIENCY_VALID);
  /* Two counted: the older (20 January) lapses first. */
  g_assert_cmpuint (two->valid_until, ==, d ("2027-01-19"));
  /* Three counted: the second most recent (7 July) decides. */
  g_assert_cmpuint (three->valid_until, ==, d ("2027-07-06"));
  g_assert_cmpint (three->status, ==, PARAAT_PROFICIENCY_VALID);
  g_assert_cmpint (later->status, ==, PARAAT_PROFICIENCY_LAPSED);
  g_assert_cmpstr (label, ==, "Alarmeringsoefening: 2 of 4 per 12 months");
}

/* Excused, absent, failed or cancelled never count; a session on the day
 * counts, one after it does not. */
static void
test_what_counts (void)
{
  ParaatRequirement requirement = exercise_per_year (ACB);
  ParaatAttendanceRecord excused = attended ("2026-06-09", "TEAM", "exercise", for_acb, PARAAT_ATTENDANCE_EXCUSED);
  ParaatAttendanceRecord failed = attended ("2026-06-09", "TEAM", "exercise", for_acb, PARAAT_ATTENDANCE_PRESENT);
  ParaatAttendanceRecord cancelled = failed;
  ParaatAttendanceRecord invited = attended ("2026-06-09", "TEAM", "exercise", for_acb, PARAAT_ATTENDANCE_INVITED);
  ParaatAttendanceRecord passed = failed;
  g_autoptr (ParaatProficiency) p = NULL;

  failed.result = PARAAT_RESULT_FAILED;
  cancelled.cancelled = TRUE;
  passed.result = PARAAT_RESULT_PASSED;

  g_assert_false (paraat_attendance_counts (&excused));
  g_assert_false (paraat_attendance_counts (&failed));
  g_assert_false (paraat_attendance_counts (&cancelled));
  g_assert_false (paraat_attendance_counts (&invited));
  g_assert_true (paraat_attendance_counts (&passed));

  p = evaluate (&requirement, 1, &excused, 1, ACB, "2026-07-01");
  g_assert_cmpint (p->status, ==, PARAAT_PROFICIENCY_NEVER);
  g_clear_pointer (&p, paraat_proficiency_free);
  p = evaluate (&requirement, 1, &passed, 1, ACB, "2026-06-08");
  g_assert_cmpint (p->status, ==, PARAAT_PROFICIENCY_NEVER);
  g_clear_pointer (&p, paraat_proficiency_free);
  p = evaluate (&requirement, 1, &passed, 1, ACB, "2026-06-09");
  g_assert_cmpint (p->status, ==, PARAAT_PROFICIENCY_VALID);
}

/* Someone who moves from ACC to ACB: a session for ACC does not count for
 * ACB, one with no target or attended as ACB does; the once-only course
 * never expires. */
static void
test_change_of_function (void)
{
  ParaatRequirement requirements[] = {
    exercise_per_year (ACB),
    { .id = 3, .function_id = ACB, .category = g_intern_static_string ("education"),
      .min_count = 1, .description = "" },
    exercise_per_year (ACC),
  };
  ParaatAttendanceRecord records[] = {
    attended ("2020-02-03", "OPL", "education", for_acb, PARAAT_ATTENDANCE_PRESENT),
    attended ("2026-03-10", "TTX", "exercise", for_acc, PARAAT_ATTENDANCE_PRESENT),
  };
  ParaatAttendanceRecord as_acb = attended ("2026-04-10", "TTX", "exercise", for_acc, PARAAT_ATTENDANCE_PRESENT);
  ParaatAttendanceRecord open = attended ("2026-05-10", "CRIS", "exercise", NULL, PARAAT_ATTENDANCE_PRESENT);
  g_autoptr (ParaatProficiency) acc = evaluate (requirements, 3, records, 2, ACC, "2026-06-01");
  g_autoptr (ParaatProficiency) acb = evaluate (requirements, 3, records, 2, ACB, "2026-06-01");
  g_autoptr (ParaatProficiency) acb_as = NULL;
  g_autoptr (ParaatProficiency) acb_open = NULL;
  ParaatAttendanceRecord with_as[3] = { records[0], records[1], as_acb };
  ParaatAttendanceRecord with_open[3] = { records[0], records[1], open };
  g_autofree char *missing = NULL;

  as_acb.as_function_id = ACB;
  with_as[2] = as_acb;

  g_assert_cmpint (acc->status, ==, PARAAT_PROFICIENCY_VALID);
  g_assert_cmpuint (acc->requirements->len, ==, 1);
  /* The course counted: not "never trained", but not proficient either. */
  g_assert_cmpint (acb->status, ==, PARAAT_PROFICIENCY_LAPSED);
  missing = paraat_proficiency_describe_missing (acb, 90);
  g_assert_cmpstr (missing, ==, "needs 1 exercise now (0 in the last 12 months)");

  acb_as = evaluate (requirements, 3, with_as, 3, ACB, "2026-06-01");
  g_assert_cmpint (acb_as->status, ==, PARAAT_PROFICIENCY_VALID);
  g_assert_cmpuint (acb_as->valid_until, ==, d ("2027-04-09"));
  acb_open = evaluate (requirements, 3, with_open, 3, ACB, "2026-06-01");
  g_assert_cmpint (acb_open->status, ==, PARAAT_PROFICIENCY_VALID);
  g_assert_cmpuint (acb_open->valid_until, ==, d ("2027-05-09"));
}

/* A yearly training on the Tuesday of a piket week renews what lapses that
 * week; without it, the shift is not covered from the day it lapses. */
static void
test_covers_a_shift (void)
{
  ParaatRequirement requirement = {
    .id = 4, .function_id = ACB, .category = g_intern_static_string ("training"),
    .min_count = 1, .period_months = 12, .description = "",
  };
  ParaatAttendanceRecord records[] = {
    attended ("2025-09-30", "TRN", "training", for_acb, PARAAT_ATTENDANCE_PRESENT),
    attended ("2026-09-29", "TRN", "training", for_acb, PARAAT_ATTENDANCE_PRESENT),
  };
  g_autoptr (ParaatProficiency) failed = NULL;
  g_autofree char *missing = NULL;

  g_assert_true (paraat_proficiency_covers (&requirement, 1, records, 2, PERSON, ACB,
                                            d ("2026-09-28"), d ("2026-10-04"), &failed));
  g_assert_null (failed);
  g_assert_false (paraat_proficiency_covers (&requirement, 1, records, 1, PERSON, ACB,
                                             d ("2026-09-28"), d ("2026-10-04"), &failed));
  g_assert_nonnull (failed);
  g_assert_cmpuint (failed->day, ==, d ("2026-09-30"));
  missing = paraat_proficiency_describe_missing (failed, 0);
  g_assert_cmpstr (missing, ==, "needs 1 training now (0 in the last 12 months)");
  g_clear_pointer (&failed, paraat_proficiency_free);
  /* Before the first session there is nothing to cover with. */
  g_assert_false (paraat_proficiency_covers (&requirement, 1, records, 2, PERSON, ACB,
                                             d ("2025-09-01"), d ("2025-09-07"), NULL));
}

static void
test_no_requirements (void)
{
  ParaatRequirement requirement = exercise_per_year (ACB);
  g_autoptr (ParaatProficiency) p = evaluate (&requirement, 1, NULL, 0, ACC, "2026-06-01");

  g_assert_cmpint (p->status, ==, PARAAT_PROFICIENCY_NO_REQUIREMENTS);
  g_assert_true (paraat_proficiency_holds_until (p, d ("2099-01-01")));
}

/* Random histories: the result agrees with a brute-force reading of the
 * rules, day by day. brute_met counts the sessions known on @known that
 * still count on @day. */
static gboolean
brute_met (const ParaatRequirement      *requirement,
           const ParaatAttendanceRecord *records,
           guint                         n,
           guint32                       known,
           guint32                       day)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      GDate end;

      if (records[i].day > known || !paraat_attendance_counts (&records[i]) ||
          !paraat_requirement_matches (requirement, &records[i]))
        continue;
      g_date_clear (&end, 1);
      g_date_set_julian (&end, records[i].day);
      if (requirement->period_months > 0)
        g_date_add_months (&end, requirement->period_months);
      if (requirement->period_months == 0 || g_date_get_julian (&end) > day)
        count++;
    }
  return count >= requirement->min_count;
}

static void
test_random_histories (void)
{
  static const char * const categories[] = { "training", "exercise", "test" };
  GRand *rand = g_rand_new_with_seed (20261122);
  guint checked = 0;

  for (guint round = 0; round < 200; round++)
    {
      ParaatRequirement requirements[3];
      ParaatAttendanceRecord records[24];
      guint n = (guint) g_rand_int_range (rand, 0, 24);
      guint32 start = d ("2024-01-01");

      for (guint r = 0; r < 3; r++)
        requirements[r] = (ParaatRequirement) {
          .id = r + 1, .function_id = ACB, .category = g_intern_static_string (categories[r]),
          .min_count = (guint) g_rand_int_range (rand, 1, 4),
          .period_months = r == 2 && g_rand_boolean (rand) ? 0 : (guint) g_rand_int_range (rand, 1, 25),
          .description = "",
        };
      for (guint i = 0; i < n; i++)
        records[i] = (ParaatAttendanceRecord) {
          .person_id = PERSON, .session_id = i + 1,
          .day = start + (guint32) g_rand_int_range (rand, 0, 3 * 365),
          .category = g_intern_static_string (categories[g_rand_int_range (rand, 0, 3)]),
          .functions = g_rand_boolean (rand) ? for_acb : for_acc, .n_functions = 1,
          .status = g_rand_int_range (rand, 0, 4) == 0 ? PARAAT_ATTENDANCE_EXCUSED : PARAAT_ATTENDANCE_PRESENT,
        };

      for (guint32 day = start; day < start + 4 * 365; day += 13)
        {
          g_autoptr (ParaatProficiency) p = paraat_proficiency_evaluate (requirements, 3, records, n,
                                                                         PERSON, ACB, day, 90);
          gboolean all = TRUE;

          for (guint r = 0; r < 3; r++)
            {
              const ParaatRequirementState *state = &g_array_index (p->requirements, ParaatRequirementState, r);
              gboolean met = brute_met (&requirements[r], records, n, day, day);

              g_assert_cmpint (state->met, ==, met);
              all &= met;
              if (met && state->valid_until != PARAAT_DAY_FOREVER)
                {
                  /* Met through valid_until, not the day after. */
                  g_assert_true (brute_met (&requirements[r], records, n, day, state->valid_until) ||
                                 state->valid_until < day);
                  g_assert_false (brute_met (&requirements[r], records, n, day, state->valid_until + 1) &&
                                  state->needed > 0);
                }
            }
          g_assert_cmpint (all, ==, p->status == PARAAT_PROFICIENCY_VALID ||
                                    p->status == PARAAT_PROFICIENCY_EXPIRING);
          if (all)
            g_assert_cmpuint (p->valid_until, >=, day);
          checked++;
        }
    }
  g_test_message ("%u evaluations checked", checked);
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/proficiency/days", test_days);
  g_test_add_func ("/proficiency/rolling-window-boundary", test_rolling_window_boundary);
  g_test_add_func ("/proficiency/month-ends", test_month_ends);
  g_test_add_func ("/proficiency/two-of-four", test_two_of_four);
  g_test_add_func ("/proficiency/what-counts", test_what_counts);
  g_test_add_func ("/proficiency/change-of-function", test_change_of_function);
  g_test_add_func ("/proficiency/covers-a-shift", test_covers_a_shift);
  g_test_add_func ("/proficiency/no-requirements", test_no_requirements);
  g_test_add_func ("/proficiency/random-histories", test_random_histories);

  return g_test_run ();
}
