/* test-coverage.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-coverage.h"

#define HOUR 3600
#define WEEK (7 * 24 * HOUR)
/* Monday 5 January 2026 09:00 in Amsterdam. */
#define T0 ((gint64) 1767600000)

static ParaatPiketSlot weeks[52];

static ParaatCoverageFunction
function_of (gint64 id,
             int    lines,
             guint  n_weeks)
{
  return (ParaatCoverageFunction) { id, lines, FALSE, weeks, n_weeks };
}

static ParaatPiketShift
shift_of (gint64 function_id,
          int    line,
          guint  week,
          gint64 person_id)
{
  return (ParaatPiketShift) { function_id, line, 1, person_id, weeks[week].starts_at, weeks[week].ends_at, FALSE };
}

static GArray *
check (const ParaatCoverageFunction *functions,
       guint                         n_functions,
       const ParaatPiketShift       *shifts,
       guint                         n_shifts,
       const ParaatPiketAbsence     *absences,
       guint                         n_absences,
       gint64                        from,
       gint64                        to)
{
  return paraat_coverage_check (functions, n_functions, shifts, n_shifts, absences, n_absences,
                                NULL, NULL, from, to);
}

static void
test_complete (void)
{
  ParaatCoverageFunction function = function_of (1, 2, 4);
  ParaatPiketShift shifts[8];
  g_autoptr (GArray) problems = NULL;

  for (guint w = 0; w < 4; w++)
    {
      shifts[2 * w] = shift_of (1, 1, w, 10 + w);
      shifts[2 * w + 1] = shift_of (1, 2, w, 20 + w);
    }
  problems = check (&function, 1, shifts, 8, NULL, 0, T0, T0 + 4 * WEEK);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_gaps (void)
{
  ParaatCoverageFunction function = function_of (1, 2, 4);
  ParaatPiketShift shifts[] = {
    shift_of (1, 1, 0, 10), shift_of (1, 2, 0, 11),
    shift_of (1, 1, 1, 10), /* no 2nd line in week 2 */
    shift_of (1, 1, 2, 0), shift_of (1, 2, 2, 12),  /* a shift with nobody */
    shift_of (1, 1, 3, 10), shift_of (1, 2, 3, 11),
  };
  g_autoptr (GArray) problems = NULL;
  g_autoptr (GArray) edge = NULL;
  const ParaatCoverageProblem *problem;

  problems = check (&function, 1, shifts, G_N_ELEMENTS (shifts), NULL, 0, T0, T0 + 4 * WEEK);
  g_assert_cmpuint (problems->len, ==, 2);
  problem = &g_array_index (problems, ParaatCoverageProblem, 0);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_GAP);
  g_assert_cmpint (problem->function_id, ==, 1);
  g_assert_cmpint (problem->line, ==, 2);
  g_assert_cmpint (problem->starts_at, ==, weeks[1].starts_at);
  g_assert_cmpint (problem->ends_at, ==, weeks[1].ends_at);
  g_assert_cmpint (problem->person_id, ==, 0);
  problem = &g_array_index (problems, ParaatCoverageProblem, 1);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_GAP);
  g_assert_cmpint (problem->line, ==, 1);
  g_assert_cmpint (problem->starts_at, ==, weeks[2].starts_at);

  /* A window that only touches week 2's end leaves it out; one that
   * starts a second before its end takes it in. */
  edge = check (&function, 1, shifts, G_N_ELEMENTS (shifts), NULL, 0, weeks[1].ends_at, weeks[1].ends_at + 1);
  g_assert_cmpuint (edge->len, ==, 1);
  g_assert_cmpint (g_array_index (edge, ParaatCoverageProblem, 0).starts_at, ==, weeks[2].starts_at);
  g_clear_pointer (&edge, g_array_unref);
  edge = check (&function, 1, shifts, G_N_ELEMENTS (shifts), NULL, 0, weeks[1].ends_at - 1, weeks[1].ends_at);
  g_assert_cmpuint (edge->len, ==, 1);
  g_assert_cmpint (g_array_index (edge, ParaatCoverageProblem, 0).starts_at, ==, weeks[1].starts_at);
}

static void
test_double_booked (void)
{
  ParaatCoverageFunction functions[] = { function_of (1, 2, 2), function_of (2, 1, 2) };
  ParaatPiketShift both_lines[] = {
    shift_of (1, 1, 0, 10), shift_of (1, 2, 0, 10),
    shift_of (2, 1, 0, 20),
  };
  ParaatPiketShift two_functions[] = {
    shift_of (1, 1, 0, 10), shift_of (1, 2, 0, 11),
    shift_of (2, 1, 0, 10),
  };
  ParaatPiketShift touching[] = {
    shift_of (1, 1, 0, 10), shift_of (1, 2, 0, 11),
    shift_of (1, 1, 1, 11), shift_of (1, 2, 1, 10),
  };
  g_autoptr (GArray) problems = NULL;
  const ParaatCoverageProblem *problem;

  /* The same person on both lines of one week: once. */
  problems = check (functions, 1, both_lines, G_N_ELEMENTS (both_lines), NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = &g_array_index (problems, ParaatCoverageProblem, 0);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_DOUBLE_BOOKED);
  g_assert_cmpint (problem->person_id, ==, 10);
  g_assert_cmpint (problem->line, ==, 1);
  g_assert_cmpint (problem->other_function_id, ==, 1);
  g_assert_cmpint (problem->other_line, ==, 2);
  g_clear_pointer (&problems, g_array_unref);

  /* Two functions at once: a problem, unless either allows it. */
  problems = check (functions, 1, two_functions, G_N_ELEMENTS (two_functions), NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (g_array_index (problems, ParaatCoverageProblem, 0).other_function_id, ==, 2);
  g_clear_pointer (&problems, g_array_unref);
  functions[1].allow_overlap = TRUE;
  problems = check (functions, 2, two_functions, G_N_ELEMENTS (two_functions), NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_array_unref);

  /* One week ending where the next begins is no double booking. */
  problems = check (functions, 1, touching, G_N_ELEMENTS (touching), NULL, 0, T0, T0 + 2 * WEEK);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_absent (void)
{
  ParaatCoverageFunction function = function_of (1, 1, 2);
  ParaatPiketShift shifts[] = { shift_of (1, 1, 0, 10), shift_of (1, 1, 1, 11) };
  ParaatPiketAbsence absences[] = {
    /* 11 is away for an afternoon in the middle of week 2. */
    { 11, weeks[1].starts_at + 50 * HOUR, weeks[1].starts_at + 54 * HOUR },
    /* 10 leaves right when week 1 ends. */
    { 10, weeks[0].ends_at, weeks[0].ends_at + 10 * HOUR },
    /* Someone else entirely. */
    { 99, weeks[0].starts_at, weeks[1].ends_at },
  };
  g_autoptr (GArray) problems = NULL;
  const ParaatCoverageProblem *problem;

  problems = check (&function, 1, shifts, 2, absences, G_N_ELEMENTS (absences), T0, T0 + 2 * WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = &g_array_index (problems, ParaatCoverageProblem, 0);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_ABSENT);
  g_assert_cmpint (problem->person_id, ==, 11);
  g_assert_cmpint (problem->starts_at, ==, weeks[1].starts_at);
}

static gint64 asked_until;

static gboolean
expired_for_eleven (gint64    person_id,
                    gint64    function_id,
                    gint64    from,
                    gint64    until,
                    char    **why,
                    gpointer  user_data)
{
  if (person_id != 11)
    return TRUE;
  asked_until = until;
  *why = g_strdup ("expired on 1 February");
  return FALSE;
}

static void
test_not_proficient (void)
{
  ParaatCoverageFunction function = function_of (1, 1, 2);
  ParaatPiketShift shifts[] = { shift_of (1, 1, 0, 10), shift_of (1, 1, 1, 11) };
  g_autoptr (GArray) problems = NULL;
  const ParaatCoverageProblem *problem;

  problems = paraat_coverage_check (&function, 1, shifts, 2, NULL, 0, expired_for_eleven, NULL,
                                    T0, T0 + 2 * WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = &g_array_index (problems, ParaatCoverageProblem, 0);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_NOT_PROFICIENT);
  g_assert_cmpstr (problem->why, ==, "expired on 1 February");
  /* Asked for the whole shift, up to its end. */
  g_assert_cmpint (asked_until, ==, weeks[1].ends_at);
}

/* An extra piket is a slot of its own line: a gap while nobody fills it,
 * never filled by the regular shift of that week, and its own shift is
 * checked like any other (someone on it and on the regular week is double
 * booked). */
static void
test_extra_piket (void)
{
  ParaatPiketSlot slots[2] = { weeks[0], { 1, T0 + 2 * 24 * HOUR, T0 + 3 * 24 * HOUR, 42, 2 } };
  ParaatCoverageFunction function = { 1, 1, FALSE, slots, 2 };
  ParaatPiketShift shifts[2] = { shift_of (1, 1, 0, 10) };
  g_autoptr (GArray) problems = NULL;
  const ParaatCoverageProblem *problem;

  problems = check (&function, 1, shifts, 1, NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = &g_array_index (problems, ParaatCoverageProblem, 0);
  g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_GAP);
  g_assert_cmpint (problem->request_id, ==, 42);
  g_assert_cmpint (problem->line, ==, 2);
  g_assert_cmpint (problem->starts_at, ==, slots[1].starts_at);
  g_clear_pointer (&problems, g_array_unref);

  /* A regular 2nd-line shift at the same start does not fill it. */
  shifts[1] = (ParaatPiketShift) { 1, 2, 1, 11, slots[1].starts_at, slots[1].ends_at, FALSE, 0 };
  problems = check (&function, 1, shifts, 2, NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (g_array_index (problems, ParaatCoverageProblem, 0).request_id, ==, 42);
  g_clear_pointer (&problems, g_array_unref);

  /* Its own shift does; with the person of the regular week, that is a
   * double booking. */
  shifts[1].request_id = 42;
  shifts[1].person_id = 10;
  problems = check (&function, 1, shifts, 2, NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (g_array_index (problems, ParaatCoverageProblem, 0).kind, ==, PARAAT_COVERAGE_DOUBLE_BOOKED);
  g_clear_pointer (&problems, g_array_unref);

  shifts[1].person_id = 11;
  problems = check (&function, 1, shifts, 2, NULL, 0, T0, T0 + WEEK);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_large (void)
{
  g_autoptr (GArray) functions = g_array_new (FALSE, FALSE, sizeof (ParaatCoverageFunction));
  g_autoptr (GArray) shifts = g_array_new (FALSE, FALSE, sizeof (ParaatPiketShift));
  g_autoptr (GArray) absences = g_array_new (FALSE, FALSE, sizeof (ParaatPiketAbsence));
  g_autoptr (GArray) problems = NULL;
  gint64 person = 1;

  /* 100 functions × 2 lines × 52 weeks, each line its own person, and
   * absences that miss every shift. */
  for (gint64 f = 1; f <= 100; f++)
    {
      g_array_append_val (functions, ((ParaatCoverageFunction) { f, 2, FALSE, weeks, 52 }));
      for (guint w = 0; w < 52; w++)
        for (int line = 1; line <= 2; line++)
          {
            ParaatPiketShift shift = shift_of (f, line, w, person++);

            g_array_append_val (shifts, shift);
          }
    }
  for (gint64 p = 1; p <= 5000; p++)
    g_array_append_val (absences, ((ParaatPiketAbsence) { p + 100000, T0, T0 + 52 * WEEK }));

  problems = paraat_coverage_check ((const ParaatCoverageFunction *) functions->data, functions->len,
                                    (const ParaatPiketShift *) shifts->data, shifts->len,
                                    (const ParaatPiketAbsence *) absences->data, absences->len,
                                    NULL, NULL, T0, T0 + 52 * WEEK);
  g_assert_cmpuint (problems->len, ==, 0);

  /* One person twice at the same time, and one of them absent. */
  g_array_index (shifts, ParaatPiketShift, 1).person_id = g_array_index (shifts, ParaatPiketShift, 0).person_id;
  g_array_append_val (absences, ((ParaatPiketAbsence) { g_array_index (shifts, ParaatPiketShift, 500).person_id,
                                                         T0, T0 + 52 * WEEK }));
  g_clear_pointer (&problems, g_array_unref);
  problems = paraat_coverage_check ((const ParaatCoverageFunction *) functions->data, functions->len,
                                    (const ParaatPiketShift *) shifts->data, shifts->len,
                                    (const ParaatPiketAbsence *) absences->data, absences->len,
                                    NULL, NULL, T0, T0 + 52 * WEEK);
  g_assert_cmpuint (problems->len, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    weeks[w] = (ParaatPiketSlot) { 1, T0 + w * WEEK, T0 + (w + 1) * WEEK };

  g_test_add_func ("/coverage/complete", test_complete);
  g_test_add_func ("/coverage/gaps", test_gaps);
  g_test_add_func ("/coverage/double-booked", test_double_booked);
  g_test_add_func ("/coverage/absent", test_absent);
  g_test_add_func ("/coverage/not-proficient", test_not_proficient);
  g_test_add_func ("/coverage/extra-piket", test_extra_piket);
  g_test_add_func ("/coverage/large", test_large);

  return g_test_run ();
}
