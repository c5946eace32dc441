/* test-roster.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-roster.h"
#include "planning/paraat-periods.h"

static GTimeZone *amsterdam;

static gint64
local (int year,
       int month,
       int day,
       int hour)
{
  gint64 instant = 0;

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, year, month, day, hour, 0, &instant));
  return instant;
}

/* Weekly Monday 09:00 slots from @year-@month-@day for @weeks weeks. */
static GArray *
weeks_from (int year,
            int month,
            int day,
            int weeks)
{
  ParaatRotationRule rule;
  gint64 from = local (year, month, day, 9);

  paraat_rotation_rule_init_weekly (&rule, year, month, day);
  return paraat_rotation_slots (&rule, amsterdam, from, from + (gint64) weeks * 7 * 24 * 3600 - 3600);
}

static ParaatRosterFunction
function_of (gint64        id,
             int           lines,
             const gint64 *members,
             guint         n_members,
             GArray       *slots)
{
  return (ParaatRosterFunction) {
    .function_id = id,
    .lines = lines,
    .members = members,
    .n_members = n_members,
    .max_consecutive = 1,
    .holiday_weight = 1.0,
    .slots = (const ParaatPiketSlot *) slots->data,
    .n_slots = slots->len,
  };
}

static ParaatRosterInput
input_of (const ParaatRosterFunction *functions,
          guint                       n_functions)
{
  return (ParaatRosterInput) {
    .functions = functions,
    .n_functions = n_functions,
    .tz = amsterdam,
  };
}

static gint64
person_at (ParaatRosterResult *result,
           guint               index)
{
  g_assert_cmpuint (index, <, result->shifts->len);
  return g_array_index (result->shifts, ParaatPiketShift, index).person_id;
}

static void
test_round_robin (void)
{
  static const gint64 members[] = { 7, 8, 9, 10 };
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 8);
  ParaatRosterFunction function = function_of (1, 1, members, 4, slots);
  ParaatRosterInput input = input_of (&function, 1);
  g_autoptr (ParaatRosterResult) result = paraat_roster_generate (&input);

  /* DOMAIN.md §6.4: ACB 1-in-4 in rotation order. */
  g_assert_cmpuint (result->shifts->len, ==, 8);
  g_assert_cmpuint (result->gaps->len, ==, 0);
  g_assert_cmpuint (result->n_filled, ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpint (person_at (result, i), ==, members[i % 4]);
}

static void
test_two_lines (void)
{
  static const gint64 members[] = { 7, 8, 9, 10 };
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 8);
  ParaatRosterFunction function = function_of (1, 2, members, 4, slots);
  ParaatRosterInput input;
  g_autoptr (ParaatRosterResult) result = NULL;

  function.max_consecutive = 2;
  input = input_of (&function, 1);
  result = paraat_roster_generate (&input);
  g_assert_cmpuint (result->shifts->len, ==, 16);
  g_assert_cmpuint (result->gaps->len, ==, 0);
  for (guint i = 0; i < 16; i += 2)
    {
      const ParaatPiketShift *first = &g_array_index (result->shifts, ParaatPiketShift, i);
      const ParaatPiketShift *second = &g_array_index (result->shifts, ParaatPiketShift, i + 1);

      g_assert_cmpint (first->line, ==, 1);
      g_assert_cmpint (second->line, ==, 2);
      g_assert_cmpint (first->starts_at, ==, second->starts_at);
      g_assert_cmpint (first->person_id, !=, second->person_id);
    }
}

static void
test_absence_and_gap (void)
{
  static const gint64 members[] = { 11, 12, 13 };
  g_autoptr (GArray) slots = weeks_from (2026, 7, 13, 6);
  /* DOMAIN.md §6.4: P12 on holiday 2026-07-20 → 2026-08-09 (inclusive). */
  ParaatPiketAbsence absences[] = {
    { 12, local (2026, 7, 20, 0), local (2026, 8, 10, 0) },
    { 11, local (2026, 8, 5, 0), local (2026, 8, 6, 0) },
    { 13, local (2026, 8, 1, 0), local (2026, 8, 15, 0) },
  };
  ParaatRosterFunction function = function_of (1, 1, members, 3, slots);
  ParaatRosterInput input = input_of (&function, 1);
  g_autoptr (ParaatRosterResult) result = NULL;
  g_autofree char *message = NULL;
  const ParaatRosterGap *gap;

  function.max_consecutive = 3;
  input.absences = absences;
  input.n_absences = G_N_ELEMENTS (absences);
  result = paraat_roster_generate (&input);

  for (guint i = 0; i < result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (result->shifts, ParaatPiketShift, i);

      for (guint a = 0; a < G_N_ELEMENTS (absences); a++)
        g_assert_false (shift->person_id == absences[a].person_id &&
                        paraat_piket_overlaps (shift->starts_at, shift->ends_at,
                                               absences[a].starts_at, absences[a].ends_at));
    }

  /* Week 32 (3–10 August): 11 absent for a day, 12 and 13 away. */
  g_assert_cmpuint (result->gaps->len, ==, 1);
  gap = &g_array_index (result->gaps, ParaatRosterGap, 0);
  g_assert_cmpint (gap->starts_at, ==, local (2026, 8, 3, 9));
  g_assert_cmpuint (gap->n_members, ==, 3);
  g_assert_cmpuint (gap->n_absent, ==, 3);
  g_assert_cmpint (person_at (result, 3), ==, 0);

  message = paraat_roster_gap_describe (gap, "ACC", amsterdam);
  g_assert_cmpstr (message, ==, "No one available for ACC, 1st line, week 32 of 2026: 3 absent.");
}

static gboolean
expires_first_of_march (gint64    person_id,
                        gint64    function_id,
                        gint64    from,
                        gint64    until,
                        char    **why,
                        gpointer  user_data)
{
  /* Person 8's proficiency runs out on 1 March 2026 00:00. */
  if (person_id == 8 && until > local (2026, 3, 1, 0))
    {
      if (why != NULL)
        *why = g_strdup ("expired");
      return FALSE;
    }
  return person_id != 99;
}

static void
test_proficiency (void)
{
  static const gint64 members[] = { 7, 8, 99 };
  g_autoptr (GArray) slots = weeks_from (2026, 2, 2, 8);
  ParaatRosterFunction function = function_of (1, 1, members, 3, slots);
  ParaatRosterInput input = input_of (&function, 1);
  g_autoptr (ParaatRosterResult) result = NULL;
  g_autofree char *message = NULL;
  const ParaatRosterGap *gap;

  input.proficient = expires_first_of_march;
  result = paraat_roster_generate (&input);

  /* 99 is never proficient; 8 only for shifts that end by 1 March. The
   * week of 23 February ends on 2 March: not 8's any more. */
  for (guint i = 0; i < result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (result->shifts, ParaatPiketShift, i);

      g_assert_cmpint (shift->person_id, !=, 99);
      if (shift->person_id == 8)
        g_assert_cmpint (shift->ends_at, <=, local (2026, 3, 1, 0));
    }
  g_assert_cmpint (person_at (result, 0), ==, 7);
  g_assert_cmpint (person_at (result, 1), ==, 8);
  g_assert_cmpint (person_at (result, 2), ==, 7);
  /* 7 cannot do three weeks in a row (max 1): from week 4 every other week is a gap. */
  g_assert_cmpint (person_at (result, 3), ==, 0);
  gap = &g_array_index (result->gaps, ParaatRosterGap, 0);
  g_assert_cmpuint (gap->n_not_proficient, ==, 2);
  g_assert_cmpuint (gap->n_consecutive, ==, 1);
  message = paraat_roster_gap_describe (gap, "ACB", amsterdam);
  g_assert_cmpstr (message, ==,
                   "No one available for ACB, 1st line, week 9 of 2026: 2 not proficient, "
                   "1 already on duty the periods before or after.");
}

static void
test_fixed_kept (void)
{
  static const gint64 members[] = { 7, 8, 9, 10 };
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 4);
  ParaatRosterFunction function = function_of (1, 1, members, 4, slots);
  ParaatRosterInput input = input_of (&function, 1);
  const ParaatPiketSlot *week2 = &g_array_index (slots, ParaatPiketSlot, 1);
  const ParaatPiketSlot *week3 = &g_array_index (slots, ParaatPiketSlot, 2);
  ParaatPiketShift existing[] = {
    /* Set by hand: 10 in week 2. */
    { 1, 1, 1, 10, week2->starts_at, week2->ends_at, TRUE },
    /* Generated earlier: replaced. */
    { 1, 1, 1, 7, week3->starts_at, week3->ends_at, FALSE },
  };
  g_autoptr (ParaatRosterResult) result = NULL;

  input.existing = existing;
  input.n_existing = G_N_ELEMENTS (existing);
  result = paraat_roster_generate (&input);

  g_assert_cmpuint (result->shifts->len, ==, 4);
  g_assert_cmpuint (result->n_kept, ==, 1);
  g_assert_cmpuint (result->n_filled, ==, 3);
  g_assert_cmpint (person_at (result, 1), ==, 10);
  g_assert_true (g_array_index (result->shifts, ParaatPiketShift, 1).fixed);
  /* 10's week counts: the others follow in rotation order around it. */
  g_assert_cmpint (person_at (result, 0), ==, 7);
  g_assert_cmpint (person_at (result, 2), ==, 8);
  g_assert_cmpint (person_at (result, 3), ==, 9);
}

static void
test_no_overlap_across_functions (void)
{
  /* 5 is in both functions; with one other member each, they alternate. */
  static const gint64 first[] = { 5, 6 };
  static const gint64 second[] = { 5, 7 };
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 6);
  ParaatRosterFunction functions[] = {
    function_of (1, 1, first, 2, slots),
    function_of (2, 1, second, 2, slots),
  };
  ParaatRosterInput input = input_of (functions, 2);
  g_autoptr (ParaatRosterResult) result = paraat_roster_generate (&input);
  g_autoptr (ParaatRosterResult) allowed = NULL;
  guint both = 0;

  for (guint i = 0; i < result->shifts->len; i += 2)
    g_assert_false (person_at (result, i) == 5 && person_at (result, i + 1) == 5);

  /* When one function allows overlap, 5 may be on both at once. */
  functions[1].allow_overlap = TRUE;
  functions[0].max_consecutive = functions[1].max_consecutive = 6;
  functions[0].members = (const gint64[]) { 5 };
  functions[0].n_members = 1;
  allowed = paraat_roster_generate (&input);
  for (guint i = 0; i < allowed->shifts->len; i += 2)
    both += person_at (allowed, i) == 5 && person_at (allowed, i + 1) == 5;
  g_assert_cmpuint (both, >, 0);
}

static void
test_no_members (void)
{
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 2);
  ParaatRosterFunction function = function_of (3, 2, NULL, 0, slots);
  ParaatRosterInput input = input_of (&function, 1);
  g_autoptr (ParaatRosterResult) result = paraat_roster_generate (&input);
  g_autofree char *message = NULL;

  g_assert_cmpuint (result->shifts->len, ==, 4);
  g_assert_cmpuint (result->gaps->len, ==, 4);
  message = paraat_roster_gap_describe (&g_array_index (result->gaps, ParaatRosterGap, 1), "IM", amsterdam);
  g_assert_cmpstr (message, ==, "IM, 2nd line, week 2 of 2026: nobody is in the rotation.");
}

static void
test_holidays (void)
{
  static const gint64 members[] = { 1, 2, 3 };
  g_autoptr (GArray) holidays = paraat_roster_holidays (amsterdam, 2026);
  g_autoptr (GArray) y2027 = paraat_roster_holidays (amsterdam, 2027);
  g_autoptr (GArray) slots = weeks_from (2026, 1, 5, 51);
  ParaatRosterFunction function = function_of (1, 1, members, 3, slots);
  ParaatRosterInput input = input_of (&function, 1);
  g_autoptr (ParaatRosterResult) result = NULL;
  double load[4] = { 0 };
  const ParaatPeriod *koningsdag;

  /* New Year, Koningsdag, summer (ISO weeks 29–34), Christmas. */
  g_assert_cmpuint (holidays->len, ==, 4);
  koningsdag = &g_array_index (holidays, ParaatPeriod, 1);
  g_assert_cmpint (koningsdag->starts_at, ==, local (2026, 4, 27, 0));
  g_assert_cmpint (g_array_index (holidays, ParaatPeriod, 2).starts_at, ==, local (2026, 7, 13, 0));
  g_assert_cmpint (g_array_index (holidays, ParaatPeriod, 2).ends_at, ==, local (2026, 8, 24, 0));
  g_assert_cmpint (g_array_index (holidays, ParaatPeriod, 3).starts_at, ==, local (2026, 12, 24, 0));
  g_assert_cmpint (g_array_index (holidays, ParaatPeriod, 3).ends_at, ==, local (2027, 1, 1, 0));
  /* 27 April 2025 was a Sunday; 2027 is a Tuesday. */
  g_assert_cmpint (g_array_index (y2027, ParaatPeriod, 1).starts_at, ==, local (2027, 4, 27, 0));
  {
    g_autoptr (GArray) y2025 = paraat_roster_holidays (amsterdam, 2025);
    g_assert_cmpint (g_array_index (y2025, ParaatPeriod, 1).starts_at, ==, local (2025, 4, 26, 0));
  }

  function.holiday_weight = 2.0;
  input.holidays = (const ParaatPeriod *) holidays->data;
  input.n_holidays = holidays->len;
  result = paraat_roster_generate (&input);

  for (guint i = 0; i < result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (result->shifts, ParaatPiketShift, i);
      gboolean holiday = FALSE;

      for (guint h = 0; h < holidays->len; h++)
        holiday |= paraat_piket_overlaps (shift->starts_at, shift->ends_at,
                                          g_array_index (holidays, ParaatPeriod, h).starts_at,
                                          g_array_index (holidays, ParaatPeriod, h).ends_at);
      g_assert_cmpint (shift->person_id, >=, 1);
      load[shift->person_id] += holiday ? 2.0 : 1.0;
    }
  /* 51 weeks of which 8 are holiday weeks: 59 weighted, 19.67 each. */
  for (guint a = 1; a <= 3; a++)
    for (guint b = 1; b <= 3; b++)
      g_assert_cmpfloat (load[a] - load[b], <=, 2.0);
}

static void
test_check_candidate (void)
{
  static const gint64 members[] = { 7, 8, 9, 10 };
  g_autoptr (GArray) slots = weeks_from (2026, 3, 2, 3);
  ParaatRosterFunction functions[] = {
    function_of (1, 2, members, 4, slots),
    function_of (2, 1, members + 3, 1, slots),
  };
  ParaatRosterInput input = input_of (functions, 2);
  const ParaatPiketSlot *week1 = &g_array_index (slots, ParaatPiketSlot, 0);
  const ParaatPiketSlot *week2 = &g_array_index (slots, ParaatPiketSlot, 1);
  const ParaatPiketShift existing[] = {
    { 1, 1, 1, 7, week1->starts_at, week1->ends_at, FALSE },
    { 1, 2, 1, 8, week2->starts_at, week2->ends_at, FALSE },
    { 2, 1, 1, 10, week2->starts_at, week2->ends_at, FALSE },
  };
  const ParaatPiketAbsence absences[] = { { 9, week2->starts_at + 3600, week2->starts_at + 7200 } };
  const ParaatPiketShift *conflict = NULL;
  g_autofree char *why = NULL;

  input.existing = existing;
  input.n_existing = G_N_ELEMENTS (existing);
  input.absences = absences;
  input.n_absences = G_N_ELEMENTS (absences);
  input.proficient = expires_first_of_march;

  /* Week 2, 1st line of function 1. */
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 42, NULL, NULL),
                   ==, PARAAT_CANDIDATE_NOT_MEMBER);
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 9, NULL, NULL),
                   ==, PARAAT_CANDIDATE_ABSENT);
  /* 8 is on the 2nd line of the same week. */
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 8, &conflict, &why),
                   ==, PARAAT_CANDIDATE_NOT_PROFICIENT);
  g_assert_cmpstr (why, ==, "expired");
  input.proficient = NULL;
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 8, &conflict, NULL),
                   ==, PARAAT_CANDIDATE_BUSY);
  g_assert_true (conflict == &existing[1]);
  /* 10 is on function 2 that week; allowed once function 2 allows overlap. */
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 10, &conflict, NULL),
                   ==, PARAAT_CANDIDATE_BUSY);
  functions[1].allow_overlap = TRUE;
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 10, NULL, NULL),
                   ==, PARAAT_CANDIDATE_ELIGIBLE);
  /* 7 did week 1: a second week in a row is one too many. */
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week2, 1, 7, NULL, NULL),
                   ==, PARAAT_CANDIDATE_CONSECUTIVE);
  /* Replacing 7 on the very shift 7 holds is no conflict with itself. */
  g_assert_cmpint (paraat_roster_check_candidate (&input, &functions[0], week1, 1, 7, NULL, NULL),
                   ==, PARAAT_CANDIDATE_ELIGIBLE);
}

/* Property tests on random organisations. */

typedef struct
{
  GRand     *rand;
  guint      n_people;
  gint64     proficient_until[40][6];   /* [person][function]: G_MAXINT64, 0 or an instant */
} World;

static gboolean
world_proficient (gint64    person_id,
                  gint64    function_id,
                  gint64    from,
                  gint64    until,
                  char    **why,
                  gpointer  user_data)
{
  World *world = user_data;

  return until <= world->proficient_until[person_id][function_id];
}

typedef struct
{
  ParaatRosterFunction functions[5];
  gint64               members[5][10];
  GArray              *slots[5];
  GArray              *existing;
  GArray              *absences;
  GArray              *holidays;
  guint                n_functions;
} Case;

static void
case_clear (Case *c)
{
  for (guint f = 0; f < c->n_functions; f++)
    g_array_unref (c->slots[f]);
  g_array_unref (c->existing);
  g_array_unref (c->absences);
  g_array_unref (c->holidays);
}

/* A calm case has no absences, no expired proficiency and no shifts yet,
 * so that the spread can be checked for every member. */
static void
make_case (World   *world,
           Case    *c,
           gboolean calm)
{
  GRand *rand = world->rand;
  int year = g_rand_int_range (rand, 2025, 2028);
  gint64 from = local (year, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29), 0);
  gint64 to = from + (gint64) g_rand_int_range (rand, 2, 40) * 7 * 24 * 3600;

  memset (c, 0, sizeof *c);
  world->n_people = (guint) g_rand_int_range (rand, 2, 40);
  c->n_functions = (guint) g_rand_int_range (rand, 1, 6);
  c->existing = g_array_new (FALSE, FALSE, sizeof (ParaatPiketShift));
  c->absences = g_array_new (FALSE, FALSE, sizeof (ParaatPiketAbsence));
  c->holidays = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
  for (int y = year - 1; y <= year + 1; y++)
    {
      g_autoptr (GArray) h = paraat_roster_holidays (amsterdam, y);
      g_array_append_vals (c->holidays, h->data, h->len);
    }

  for (guint p = 0; p < world->n_people; p++)
    for (guint f = 0; f < 6; f++)
      {
        switch (calm ? 5 : g_rand_int_range (rand, 0, 6))
          {
          case 0:
            world->proficient_until[p][f] = 0;
            break;
          case 1:
            world->proficient_until[p][f] = from + g_rand_int_range (rand, 0, 200 * 24) * (gint64) 3600;
            break;
          default:
            world->proficient_until[p][f] = G_MAXINT64;
          }
      }

  for (guint p = 1; p < world->n_people; p++)
    for (int a = calm ? 0 : g_rand_int_range (rand, 0, 4); a > 0; a--)
      {
        gint64 start = from + g_rand_int_range (rand, -10 * 24, 250 * 24) * (gint64) 3600;
        ParaatPiketAbsence absence = { p, start, start + g_rand_int_range (rand, 1, 22 * 24) * (gint64) 3600 };

        g_array_append_val (c->absences, absence);
      }

  for (guint f = 0; f < c->n_functions; f++)
    {
      ParaatRosterFunction *function = &c->functions[f];
      ParaatRotationRule rule;
      guint n_members = (guint) g_rand_int_range (rand, 0, (gint32) MIN (10, world->n_people));
      g_autofree guint *order = g_new (guint, world->n_people);

      for (guint p = 0; p < world->n_people; p++)
        order[p] = p;
      for (guint p = world->n_people - 1; p > 0; p--)
        {
          guint q = (guint) g_rand_int_range (rand, 0, (gint32) p + 1);
          guint tmp = order[p];

          order[p] = order[q];
          order[q] = tmp;
        }
      /* Person 0 is never a member: 0 means nobody. */
      n_members = 0;
      for (guint p = 0; p < world->n_people && n_members < 10; p++)
        if (order[p] != 0 && g_rand_boolean (rand))
          c->members[f][n_members++] = order[p];

      paraat_rotation_rule_init_weekly (&rule, year - 1, 1, 1);
      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          rule.pattern = PARAAT_ROTATION_DAILY;
          rule.period_days = g_rand_int_range (rand, 1, 4);
          break;
        case 1:
          rule.pattern = PARAAT_ROTATION_SPLIT;
          rule.parts = (ParaatRotationParts) g_rand_int_range (rand, 1, 4);
          break;
        default:
          rule.handover_weekday = g_rand_int_range (rand, 1, 8);
          rule.handover_minute = g_rand_int_range (rand, 0, 24) * 60;
        }
      c->slots[f] = paraat_rotation_slots (&rule, amsterdam, from, to);

      *function = (ParaatRosterFunction) {
        .function_id = f + 1,
        .lines = g_rand_int_range (rand, 1, 3),
        .members = c->members[f],
        .n_members = n_members,
        .max_consecutive = g_rand_int_range (rand, 1, 4),
        .holiday_weight = g_rand_int_range (rand, 1, 4),
        .allow_overlap = g_rand_int_range (rand, 0, 5) == 0,
        .slots = (const ParaatPiketSlot *) c->slots[f]->data,
        .n_slots = c->slots[f]->len,
      };

      /* Some shifts set by hand (anyone, even someone absent), and some
       * generated ones from before. */
      for (guint s = 0; s < c->slots[f]->len; s++)
        {
          const ParaatPiketSlot *slot = &g_array_index (c->slots[f], ParaatPiketSlot, s);
          int roll = g_rand_int_range (rand, 0, 10);

          if (roll < 2 && !calm)
            {
              ParaatPiketShift shift = {
                f + 1, g_rand_int_range (rand, 1, function->lines + 1), slot->slot,
                g_rand_int_range (rand, 0, (gint32) world->n_people),
                slot->starts_at, slot->ends_at, roll == 0,
              };
              g_array_append_val (c->existing, shift);
            }
        }
    }
}

static gboolean
is_member (const ParaatRosterFunction *function,
           gint64                      person)
{
  for (guint m = 0; m < function->n_members; m++)
    if (function->members[m] == person)
      return TRUE;
  return FALSE;
}

static const ParaatPiketShift *
find_fixed (Case                   *c,
            const ParaatPiketShift *shift)
{
  for (guint i = 0; i < c->existing->len; i++)
    {
      const ParaatPiketShift *e = &g_array_index (c->existing, ParaatPiketShift, i);

      if (e->fixed && e->function_id == shift->function_id && e->line == shift->line &&
          e->slot == shift->slot && e->starts_at == shift->starts_at)
        return e;
    }
  return NULL;
}

static guint n_spreads_checked;

static void
check_case (World              *world,
            Case               *c,
            ParaatRosterResult *result)
{
  guint expected = 0, gaps_seen = 0;
  GArray *shifts = result->shifts;

  for (guint f = 0; f < c->n_functions; f++)
    expected += c->functions[f].n_slots * (guint) c->functions[f].lines;
  g_assert_cmpuint (shifts->len, ==, expected);

  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
      const ParaatRosterFunction *function = &c->functions[shift->function_id - 1];
      const ParaatPiketShift *fixed = find_fixed (c, shift);
      int run = 1;
      gint64 at;

      if (fixed != NULL)
        {
          /* Fixed shifts are kept exactly. */
          g_assert_true (shift->fixed);
          g_assert_cmpint (shift->person_id, ==, fixed->person_id);
          continue;
        }
      g_assert_false (shift->fixed);

      if (shift->person_id == 0)
        {
          gaps_seen++;
          continue;
        }

      /* A member, present, proficient until the end. */
      g_assert_true (is_member (function, shift->person_id));
      for (guint a = 0; a < c->absences->len; a++)
        {
          const ParaatPiketAbsence *absence = &g_array_index (c->absences, ParaatPiketAbsence, a);

          g_assert_false (absence->person_id == shift->person_id &&
                          paraat_piket_overlaps (shift->starts_at, shift->ends_at,
                                                 absence->starts_at, absence->ends_at));
        }
      g_assert_true (world_proficient (shift->person_id, shift->function_id, shift->starts_at, shift->ends_at, NULL, world));

      /* Not on the other line nor on an overlapping shift elsewhere, unless
       * one of the functions allows it. */
      for (guint j = 0; j < shifts->len; j++)
        {
          const ParaatPiketShift *other = &g_array_index (shifts, ParaatPiketShift, j);

          if (j == i || other->person_id != shift->person_id ||
              !paraat_piket_overlaps (shift->starts_at, shift->ends_at, other->starts_at, other->ends_at))
            continue;
          g_assert_true (other->function_id != shift->function_id &&
                         (function->allow_overlap || c->functions[other->function_id - 1].allow_overlap));
        }

      /* At most max_consecutive periods in a row, counting both ways. */
      for (int direction = 0; direction < 2; direction++)
        for (at = direction == 0 ? shift->starts_at : shift->ends_at;;)
          {
            gboolean found = FALSE;

            for (guint j = 0; j < shifts->len && !found; j++)
              {
                const ParaatPiketShift *other = &g_array_index (shifts, ParaatPiketShift, j);

                if (other->person_id != shift->person_id || other->function_id != shift->function_id)
                  continue;
                if (direction == 0 && other->ends_at == at)
                  at = other->starts_at, found = TRUE;
                else if (direction == 1 && other->starts_at == at)
                  at = other->ends_at, found = TRUE;
              }
            if (!found)
              break;
            run++;
          }
      g_assert_cmpint (run, <=, function->max_consecutive);
    }

  /* A fair spread: among the members who could always take a period (never
   * absent, always proficient, in no other function, on no fixed shift),
   * the weighted loads of a calendar year differ by at most one period. */
  for (guint f = 0; f < c->n_functions; f++)
    {
      const ParaatRosterFunction *function = &c->functions[f];
      g_autoptr (GHashTable) loads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr (GArray) free_members = g_array_new (FALSE, FALSE, sizeof (gint64));
      int first_year = G_MAXINT, last_year = G_MININT;

      for (guint m = 0; m < function->n_members; m++)
        {
          gint64 person = function->members[m];
          gboolean free = world->proficient_until[person][function->function_id] == G_MAXINT64;

          for (guint a = 0; free && a < c->absences->len; a++)
            free = g_array_index (c->absences, ParaatPiketAbsence, a).person_id != person;
          for (guint e = 0; free && e < c->existing->len; e++)
            free = g_array_index (c->existing, ParaatPiketShift, e).person_id != person &&
                   g_array_index (c->existing, ParaatPiketShift, e).function_id != function->function_id;
          for (guint o = 0; free && o < c->n_functions; o++)
            free = o == f || !is_member (&c->functions[o], person);
          if (free)
            g_array_append_val (free_members, person);
        }
      if (free_members->len < 2)
        continue;

      for (guint i = 0; i < shifts->len; i++)
        {
          const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (shift->starts_at);
          g_autoptr (GDateTime) there = g_date_time_to_timezone (utc, amsterdam);
          int year = g_date_time_get_year (there);
          double weight = 1.0, *load;
          char *key;

          if (shift->function_id != function->function_id || shift->person_id == 0)
            continue;
          for (guint h = 0; h < c->holidays->len; h++)
            if (paraat_piket_overlaps (shift->starts_at, shift->ends_at,
                                       g_array_index (c->holidays, ParaatPeriod, h).starts_at,
                                       g_array_index (c->holidays, ParaatPeriod, h).ends_at))
              weight = function->holiday_weight;
          first_year = MIN (first_year, year);
          last_year = MAX (last_year, year);
          key = g_strdup_printf ("%d/%" G_GINT64_FORMAT, year, shift->person_id);
          load = g_hash_table_lookup (loads, key);
          if (load == NULL)
            g_hash_table_insert (loads, key, (load = g_new0 (double, 1)));
          else
            g_free (key);
          *load += weight;
        }

      for (int year = first_year; year <= last_year; year++)
        {
          double low = G_MAXDOUBLE, high = 0;

          for (guint m = 0; m < free_members->len; m++)
            {
              g_autofree char *key = g_strdup_printf ("%d/%" G_GINT64_FORMAT, year,
                                                      g_array_index (free_members, gint64, m));
              double *load = g_hash_table_lookup (loads, key);

              low = MIN (low, load != NULL ? *load : 0.0);
              high = MAX (high, load != NULL ? *load : 0.0);
            }
          g_assert_cmpfloat (high - low, <=, function->holiday_weight + 1e-9);
          n_spreads_checked++;
        }
    }

  /* Every gap is reported, with a reason for every member. */
  g_assert_cmpuint (result->gaps->len, ==, gaps_seen);
  for (guint g = 0; g < result->gaps->len; g++)
    {
      const ParaatRosterGap *gap = &g_array_index (result->gaps, ParaatRosterGap, g);
      g_autofree char *message = paraat_roster_gap_describe (gap, "F", amsterdam);

      g_assert_cmpuint (gap->n_members, ==, c->functions[gap->function_id - 1].n_members);
      g_assert_cmpuint (gap->n_absent + gap->n_not_proficient + gap->n_busy + gap->n_consecutive, ==,
                        gap->n_members);
      g_assert_nonnull (strstr (message, "F, "));
    }
}

/* Nobody is proficient but 7, 8 and 9. */
static gboolean
not_ten (gint64    person_id,
         gint64    function_id,
         gint64    from,
         gint64    until,
         char    **why,
         gpointer  user_data)
{
  return person_id != 10;
}

/* Extra piket an event asks: a slot of its own line, filled by the same
 * rules (not the one on the regular week then, not someone absent or not
 * proficient), matched to its own shift only. */
static void
test_extra_piket (void)
{
  static const gint64 members[] = { 7, 8, 9, 10 };
  g_autoptr (GArray) slots = weeks_from (2026, 4, 20, 2);
  ParaatPiketSlot extra = { 1, local (2026, 4, 27, 6), local (2026, 4, 28, 0), 42, 1 };
  ParaatPiketAbsence absent = { 8, local (2026, 4, 27, 0), local (2026, 4, 28, 0) };
  ParaatRosterFunction function;
  ParaatRosterInput input;
  g_autoptr (ParaatRosterResult) result = NULL;
  const ParaatPiketShift *regular = NULL, *filled = NULL;
  ParaatCandidateStatus status;

  g_array_append_val (slots, extra);
  function = function_of (1, 1, members, 4, slots);
  input = input_of (&function, 1);
  input.absences = &absent;
  input.n_absences = 1;
  input.proficient = not_ten;
  result = paraat_roster_generate (&input);

  /* Two weeks on the one line, and the extra piket on its own. The second
   * week finds nobody: 7 had the week before, 8 is absent, 9 has the extra
   * piket, 10 is not proficient. */
  g_assert_cmpuint (result->shifts->len, ==, 3);
  g_assert_cmpuint (result->gaps->len, ==, 1);
  g_assert_cmpint (g_array_index (result->gaps, ParaatRosterGap, 0).request_id, ==, 0);
  g_assert_cmpuint (g_array_index (result->gaps, ParaatRosterGap, 0).n_busy, ==, 1);
  for (guint i = 0; i < result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (result->shifts, ParaatPiketShift, i);

      if (shift->request_id == 42)
        filled = shift;
      else if (shift->starts_at == local (2026, 4, 20, 9))
        regular = shift;
    }
  g_assert_nonnull (filled);
  g_assert_nonnull (regular);
  g_assert_cmpint (filled->line, ==, 1);
  g_assert_cmpint (filled->starts_at, ==, extra.starts_at);
  g_assert_cmpint (filled->ends_at, ==, extra.ends_at);
  /* Not who has the week (busy), not 8 (absent), not 10 (not proficient). */
  g_assert_cmpint (filled->person_id, !=, regular->person_id);
  g_assert_cmpint (filled->person_id, !=, 8);
  g_assert_cmpint (filled->person_id, !=, 10);
  g_assert_cmpint (filled->person_id, !=, 0);

  /* The candidate check agrees, against the generated roster. */
  input.existing = (const ParaatPiketShift *) result->shifts->data;
  input.n_existing = result->shifts->len;
  status = paraat_roster_check_candidate (&input, &function, &extra, 1, regular->person_id, NULL, NULL);
  g_assert_cmpint (status, ==, PARAAT_CANDIDATE_BUSY);
  status = paraat_roster_check_candidate (&input, &function, &extra, 1, 8, NULL, NULL);
  g_assert_cmpint (status, ==, PARAAT_CANDIDATE_ABSENT);
  status = paraat_roster_check_candidate (&input, &function, &extra, 1, 10, NULL, NULL);
  g_assert_cmpint (status, ==, PARAAT_CANDIDATE_NOT_PROFICIENT);
  /* Whoever has it may keep it: its own shift is left out of the check. */
  status = paraat_roster_check_candidate (&input, &function, &extra, 1, filled->person_id, NULL, NULL);
  g_assert_cmpint (status, ==, PARAAT_CANDIDATE_ELIGIBLE);

  /* Regenerated with the extra shift fixed by hand, and a regular fixed
   * shift at the same start: each kept in its own place. */
  {
    ParaatPiketShift existing[2] = {
      { 1, 1, 1, 9, extra.starts_at, extra.ends_at, TRUE, 42 },
      { 1, 1, 1, 7, local (2026, 4, 20, 9), local (2026, 4, 27, 9), TRUE, 0 },
    };
    g_autoptr (ParaatRosterResult) again = NULL;
    guint kept_extra = 0;

    input.existing = existing;
    input.n_existing = 2;
    again = paraat_roster_generate (&input);
    g_assert_cmpuint (again->shifts->len, ==, 3);
    g_assert_cmpuint (again->n_kept, ==, 2);
    for (guint i = 0; i < again->shifts->len; i++)
      {
        const ParaatPiketShift *shift = &g_array_index (again->shifts, ParaatPiketShift, i);

        if (shift->request_id == 42)
          {
            kept_extra++;
            g_assert_cmpint (shift->person_id, ==, 9);
          }
        /* 9 has the extra piket in the second week: not its regular week. */
        else if (shift->starts_at == local (2026, 4, 27, 9))
          g_assert_cmpint (shift->person_id, !=, 9);
      }
    g_assert_cmpuint (kept_extra, ==, 1);
  }

  /* Nobody free: a gap that names the request. */
  {
    static const gint64 alone[] = { 7 };
    g_autoptr (GArray) only = g_array_new (FALSE, FALSE, sizeof (ParaatPiketSlot));
    ParaatRosterFunction single;
    g_autoptr (ParaatRosterResult) gap_result = NULL;
    const ParaatRosterGap *gap;

    g_array_append_val (only, g_array_index (slots, ParaatPiketSlot, 0));
    g_array_append_val (only, extra);
    single = function_of (1, 1, alone, 1, only);
    input = input_of (&single, 1);
    gap_result = paraat_roster_generate (&input);
    g_assert_cmpuint (gap_result->gaps->len, ==, 1);
    gap = &g_array_index (gap_result->gaps, ParaatRosterGap, 0);
    g_assert_cmpint (gap->request_id, ==, 42);
    g_assert_cmpuint (gap->n_busy, ==, 1);
  }
}

static void
test_properties (void)
{
  World world = { 0 };

  world.rand = g_rand_new_with_seed (20261122);
  for (guint n = 0; n < 300; n++)
    {
      Case c;
      ParaatRosterInput input;
      g_autoptr (ParaatRosterResult) first = NULL;
      g_autoptr (ParaatRosterResult) again = NULL;

      make_case (&world, &c, n % 3 == 0);
      input = (ParaatRosterInput) {
        .functions = c.functions,
        .n_functions = c.n_functions,
        .existing = (const ParaatPiketShift *) c.existing->data,
        .n_existing = c.existing->len,
        .absences = (const ParaatPiketAbsence *) c.absences->data,
        .n_absences = c.absences->len,
        .holidays = (const ParaatPeriod *) c.holidays->data,
        .n_holidays = c.holidays->len,
        .proficient = world_proficient,
        .user_data = &world,
        .tz = amsterdam,
      };
      first = paraat_roster_generate (&input);
      check_case (&world, &c, first);

      /* The same input in another order gives the same roster. */
      for (guint i = c.absences->len; i > 1; i--)
        {
          guint j = (guint) g_rand_int_range (world.rand, 0, (gint32) i);
          ParaatPiketAbsence tmp = g_array_index (c.absences, ParaatPiketAbsence, i - 1);

          g_array_index (c.absences, ParaatPiketAbsence, i - 1) = g_array_index (c.absences, ParaatPiketAbsence, j);
          g_array_index (c.absences, ParaatPiketAbsence, j) = tmp;
        }
      for (guint i = 0, j = c.existing->len; i + 1 < j; i++, j--)
        {
          ParaatPiketShift tmp = g_array_index (c.existing, ParaatPiketShift, i);

          g_array_index (c.existing, ParaatPiketShift, i) = g_array_index (c.existing, ParaatPiketShift, j - 1);
          g_array_index (c.existing, ParaatPiketShift, j - 1) = tmp;
        }
      again = paraat_roster_generate (&input);
      g_assert_cmpuint (again->shifts->len, ==, first->shifts->len);
      g_assert_cmpmem (again->shifts->data, again->shifts->len * sizeof (ParaatPiketShift),
                       first->shifts->data, first->shifts->len * sizeof (ParaatPiketShift));

      case_clear (&c);
    }
  g_rand_free (world.rand);
  /* The spread rule was really put to the test. */
  g_test_message ("%u yearly spreads checked", n_spreads_checked);
  g_assert_cmpuint (n_spreads_checked, >=, 50);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/roster/round-robin", test_round_robin);
  g_test_add_func ("/roster/two-lines", test_two_lines);
  g_test_add_func ("/roster/absence-and-gap", test_absence_and_gap);
  g_test_add_func ("/roster/proficiency", test_proficiency);
  g_test_add_func ("/roster/fixed-kept", test_fixed_kept);
  g_test_add_func ("/roster/no-overlap-across-functions", test_no_overlap_across_functions);
  g_test_add_func ("/roster/no-members", test_no_members);
  g_test_add_func ("/roster/holidays", test_holidays);
  g_test_add_func ("/roster/check-candidate", test_check_candidate);
  g_test_add_func ("/roster/extra-piket", test_extra_piket);
  g_test_add_func ("/roster/properties", test_properties);

  return g_test_run ();
}
