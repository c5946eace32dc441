/* test-year-plan.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-proficiency.h"
#include "planning/paraat-year-plan.h"

#define ACB 1
#define ACC 2

static const gint64 for_acb[] = { ACB };
static const gint64 for_acc[] = { ACC };

static ParaatPlanSession
session (gint64        id,
         const char   *date,
         const char   *kind,
         const char   *category,
         const gint64 *functions)
{
  return (ParaatPlanSession) {
    .id = id, .day = paraat_day_parse (date), .kind_code = kind, .category = category, .title = kind,
    .functions = functions, .n_functions = functions != NULL ? 1 : 0,
  };
}

static void
test_quarters_and_gaps (void)
{
  ParaatPlanSession sessions[] = {
    session (1, "2026-01-20", "ALRM", "test", for_acb),
    session (2, "2026-04-14", "ALRM", "test", for_acb),
    session (3, "2026-10-20", "ALRM", "test", for_acb),
    session (4, "2026-03-10", "TTX", "exercise", NULL),
    session (5, "2026-06-09", "TRN", "training", for_acc),
    session (6, "2025-06-09", "TTX", "exercise", for_acb),   /* another year */
    session (7, "2026-07-07", "ALRM", "test", for_acb),      /* cancelled below */
    session (8, "2026-02-03", "OPL", "education", for_acc),  /* planned last, held second */
  };
  ParaatRequirement requirements[] = {
    { .id = 1, .function_id = ACB, .kind_code = "ALRM", .min_count = 2, .period_months = 12, .out_of = 4, .description = "" },
    { .id = 2, .function_id = ACB, .category = "exercise", .min_count = 1, .period_months = 12, .description = "" },
    { .id = 3, .function_id = ACB, .kind_code = "OPL", .min_count = 1, .description = "" },
    { .id = 4, .function_id = ACC, .category = "training", .min_count = 1, .period_months = 24, .description = "" },
  };
  ParaatPlanHolder holders[] = { { 10, ACB }, { 11, ACB }, { 12, ACC } };
  ParaatAttendanceRecord course = {
    .person_id = 10, .session_id = 99, .day = paraat_day_parse ("2020-02-03"), .kind_code = "OPL",
    .category = "education", .status = PARAAT_ATTENDANCE_PRESENT,
  };
  gint64 functions[] = { ACB, ACC };
  g_autoptr (ParaatYearPlan) plan = NULL;
  GPtrArray *acb_quarters, *acc_quarters;
  GArray *q1;
  const ParaatPlanGap *gap;

  sessions[6].cancelled = TRUE;
  plan = paraat_year_plan_build (2026, functions, 2, sessions, G_N_ELEMENTS (sessions), requirements,
                                 G_N_ELEMENTS (requirements), holders, G_N_ELEMENTS (holders), &course, 1);

  /* ACB: Q1 the alerting test and the open table-top, Q2 one, Q3 none (the
   * cancelled one), Q4 one. */
  acb_quarters = g_ptr_array_index (plan->quarters, 0);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (acb_quarters, 0))->len, ==, 2);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (acb_quarters, 1))->len, ==, 1);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (acb_quarters, 2))->len, ==, 0);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (acb_quarters, 3))->len, ==, 1);

  /* ACC's first quarter in the order the sessions are held. */
  acc_quarters = g_ptr_array_index (plan->quarters, 1);
  q1 = g_ptr_array_index (acc_quarters, 0);
  g_assert_cmpuint (q1->len, ==, 2);
  g_assert_cmpint (sessions[g_array_index (q1, guint, 0)].id, ==, 8);
  g_assert_cmpint (sessions[g_array_index (q1, guint, 1)].id, ==, 4);

  /* Gaps: "2 of 4" with 3 offered, for both ACB holders; the course, which
   * only person 11 still needs. The exercise and ACC's training (1 per 24
   * months asks one a year at most) are covered. */
  g_assert_cmpuint (plan->gaps->len, ==, 2);
  gap = g_ptr_array_index (plan->gaps, 0);
  g_assert_cmpint (gap->requirement->id, ==, 1);
  g_assert_cmpuint (gap->offered, ==, 3);
  g_assert_cmpuint (gap->needed, ==, 4);
  g_assert_cmpuint (gap->people->len, ==, 2);
  gap = g_ptr_array_index (plan->gaps, 1);
  g_assert_cmpint (gap->requirement->id, ==, 3);
  g_assert_cmpuint (gap->people->len, ==, 1);
  g_assert_cmpint (g_array_index (gap->people, gint64, 0), ==, 11);
}

static void
test_count_years (void)
{
  ParaatPlanSession sessions[] = {
    session (1, "2025-01-20", "ALRM", "test", NULL),
    session (2, "2026-04-14", "TTX", "exercise", NULL),
    session (3, "2026-10-20", "TRN", "training", NULL),
    session (4, "2026-11-20", "TRN", "training", NULL),
  };
  g_autoptr (GArray) counts = NULL;
  const ParaatPlanYearCount *year;

  sessions[3].cancelled = TRUE;
  counts = paraat_year_plan_count_years (sessions, G_N_ELEMENTS (sessions), 2025, 2027);
  g_assert_cmpuint (counts->len, ==, 3);
  year = &g_array_index (counts, ParaatPlanYearCount, 0);
  g_assert_cmpint (year->year, ==, 2025);
  g_assert_cmpuint (year->test, ==, 1);
  year = &g_array_index (counts, ParaatPlanYearCount, 1);
  g_assert_cmpuint (year->exercise, ==, 1);
  g_assert_cmpuint (year->training, ==, 1);
  g_assert_cmpuint (year->cancelled, ==, 1);
  year = &g_array_index (counts, ParaatPlanYearCount, 2);
  g_assert_cmpuint (year->exercise + year->training + year->test + year->education + year->evaluation, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/year-plan/quarters-and-gaps", test_quarters_and_gaps);
  g_test_add_func ("/year-plan/count-years", test_count_years);

  return g_test_run ();
}
