/* test-org-health.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-org-health.h"

#define TODAY     "2026-03-10"
#define YESTERDAY "2026-03-09"
#define TOMORROW  "2026-03-11"

typedef struct
{
  GListStore *functions;
  GListStore *people;
  GListStore *assignments;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->functions = g_list_store_new (PARAAT_TYPE_FUNCTION);
  fixture->people = g_list_store_new (PARAAT_TYPE_PERSON);
  fixture->assignments = g_list_store_new (PARAAT_TYPE_ASSIGNMENT);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->functions);
  g_clear_object (&fixture->people);
  g_clear_object (&fixture->assignments);
}

static ParaatFunction *
add_function (Fixture         *fixture,
              gint64           id,
              const char      *code,
              ParaatPiketKind  kind,
              int              lines,
              int              per_line,
              gboolean         regional,
              int              position)
{
  g_autoptr (ParaatFunction) function = paraat_function_new ();

  paraat_function_set_id (function, id);
  paraat_function_set_code (function, code);
  paraat_function_set_name (function, code);
  paraat_function_set_piket_kind (function, kind);
  paraat_function_set_lines (function, lines);
  paraat_function_set_per_line (function, per_line);
  paraat_function_set_regional_pool (function, regional);
  paraat_function_set_position (function, position);
  g_list_store_append (fixture->functions, function);
  return function;
}

static ParaatPerson *
add_person (Fixture    *fixture,
            gint64      id,
            const char *given,
            const char *family,
            gboolean    active)
{
  g_autoptr (ParaatPerson) person = paraat_person_new ();

  paraat_person_set_id (person, id);
  paraat_person_set_given_name (person, given);
  paraat_person_set_family_name (person, family);
  paraat_person_set_active (person, active);
  g_list_store_append (fixture->people, person);
  return person;
}

static void
add_assignment (Fixture               *fixture,
                gint64                 person_id,
                gint64                 function_id,
                ParaatAssignmentLevel  level,
                const char            *from,
                const char            *until)
{
  g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
  static gint64 next_id = 1;

  paraat_assignment_set_id (assignment, next_id++);
  paraat_assignment_set_person_id (assignment, person_id);
  paraat_assignment_set_function_id (assignment, function_id);
  paraat_assignment_set_level (assignment, level);
  paraat_assignment_set_valid_from (assignment, from);
  paraat_assignment_set_valid_until (assignment, until);
  g_list_store_append (fixture->assignments, assignment);
}

static GPtrArray *
check (Fixture *fixture,
       guint    weeks)
{
  GPtrArray *problems = paraat_org_health_check (G_LIST_MODEL (fixture->functions),
                                                 G_LIST_MODEL (fixture->people),
                                                 G_LIST_MODEL (fixture->assignments),
                                                 TODAY, weeks);

  g_assert_nonnull (problems);
  return problems;
}

/* The problem of @kind about @id (a function or a person), or NULL. */
static ParaatOrgProblem *
find (GPtrArray            *problems,
      ParaatOrgProblemKind  kind,
      gint64                id)
{
  for (guint i = 0; i < problems->len; i++)
    {
      ParaatOrgProblem *problem = g_ptr_array_index (problems, i);
      gint64 problem_id = problem->function_id != 0 ? problem->function_id : problem->person_id;

      if (problem->kind == kind && problem_id == id)
        return problem;
    }
  return NULL;
}

static guint
count_kind (GPtrArray            *problems,
            ParaatOrgProblemKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    n += ((ParaatOrgProblem *) g_ptr_array_index (problems, i))->kind == kind;
  return n;
}

static void
test_pool_needed (void)
{
  g_autoptr (ParaatFunction) function = paraat_function_new ();

  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
  paraat_function_set_lines (function, 2);
  paraat_function_set_per_line (function, 1);
  g_assert_cmpuint (paraat_org_health_pool_needed (function, PARAAT_ORG_HEALTH_DEFAULT_WEEKS), ==, 8);
  g_assert_cmpuint (paraat_org_health_pool_needed (function, 1), ==, 2);

  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_SOFT);
  paraat_function_set_lines (function, 1);
  paraat_function_set_per_line (function, 2);
  g_assert_cmpuint (paraat_org_health_pool_needed (function, 5), ==, 10);

  paraat_function_set_regional_pool (function, TRUE);
  g_assert_cmpuint (paraat_org_health_pool_needed (function, 5), ==, 1);

  paraat_function_set_regional_pool (function, FALSE);
  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_NONE);
  g_assert_cmpuint (paraat_org_health_pool_needed (function, 5), ==, 1);
}

static void
test_assignment_valid (void)
{
  g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();

  g_assert_true (paraat_org_health_assignment_valid (assignment, TODAY));

  paraat_assignment_set_valid_until (assignment, YESTERDAY);
  g_assert_false (paraat_org_health_assignment_valid (assignment, TODAY));
  paraat_assignment_set_valid_until (assignment, TODAY);
  g_assert_true (paraat_org_health_assignment_valid (assignment, TODAY));

  paraat_assignment_set_valid_from (assignment, TOMORROW);
  paraat_assignment_set_valid_until (assignment, NULL);
  g_assert_false (paraat_org_health_assignment_valid (assignment, TODAY));
  paraat_assignment_set_valid_from (assignment, TODAY);
  g_assert_true (paraat_org_health_assignment_valid (assignment, TODAY));

  /* Across a month and a year: text order is calendar order. */
  paraat_assignment_set_valid_from (assignment, "2025-12-31");
  paraat_assignment_set_valid_until (assignment, "2026-02-28");
  g_assert_true (paraat_org_health_assignment_valid (assignment, "2026-01-01"));
  g_assert_false (paraat_org_health_assignment_valid (assignment, "2026-03-01"));
}

static void
test_short_pool (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  /* A weekly 1st + 2nd line: 2 × 1 × 4 = 8 people. */
  add_function (fixture, 1, "ACB", PARAAT_PIKET_KIND_HARD, 2, 1, FALSE, 1);
  for (gint64 id = 1; id <= 7; id++)
    {
      add_person (fixture, id, "Person", "Counted", TRUE);
      add_assignment (fixture, id, 1,
                      id % 2 ? PARAAT_ASSIGNMENT_LEVEL_PRIMARY : PARAAT_ASSIGNMENT_LEVEL_BACKUP,
                      id == 1 ? TODAY : NULL, id == 2 ? TODAY : NULL);
    }
  /* Person 1 is also backup: still one person. */
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, NULL);

  /* None of these count. */
  add_person (fixture, 10, "Trainee", "Notcounted", TRUE);
  add_assignment (fixture, 10, 1, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, NULL, NULL);
  add_person (fixture, 11, "Inactive", "Notcounted", FALSE);
  add_assignment (fixture, 11, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  add_person (fixture, 12, "Ended", "Notcounted", TRUE);
  add_assignment (fixture, 12, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, YESTERDAY);
  add_person (fixture, 13, "Starting", "Notcounted", TRUE);
  add_assignment (fixture, 13, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, TOMORROW, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  problem = find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1);
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->person_id, ==, 0);
  g_assert_cmpuint (problem->count, ==, 7);
  g_assert_cmpuint (problem->needed, ==, 8);
  g_assert_cmpstr (problem->title, ==, "Too few people for ACB");
  g_assert_cmpstr (problem->detail, ==, "ACB: 7 people, the rotation needs 8");
  g_assert_cmpuint (count_kind (problems, PARAAT_ORG_PROBLEM_SHORT_POOL), ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* One in seven weeks is enough. */
  problems = check (fixture, 3);
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The eighth person fills the pool. */
  add_person (fixture, 8, "Person", "Counted", TRUE);
  add_assignment (fixture, 8, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, TODAY);
  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1));
}

static void
test_short_pool_singular (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  add_function (fixture, 1, "SEC", PARAAT_PIKET_KIND_SOFT, 1, 1, FALSE, 1);
  add_person (fixture, 1, "Ada", "Alleen", TRUE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  problem = find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1);
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem->detail, ==, "SEC: 1 person, the rotation needs 4");
}

static void
test_no_piket_needs_primary (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  add_function (fixture, 1, "CNF", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 1);
  add_person (fixture, 1, "Bea", "Backup", TRUE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, NULL);
  add_person (fixture, 2, "Cas", "Cursist", TRUE);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, NULL, NULL);
  add_person (fixture, 3, "Dirk", "Later", TRUE);
  add_assignment (fixture, 3, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, TOMORROW, NULL);

  /* A backup, a trainee and a primary from tomorrow: no primary today. */
  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  problem = find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1);
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->count, ==, 0);
  g_assert_cmpuint (problem->needed, ==, 1);
  g_assert_cmpstr (problem->detail, ==, "CNF: nobody is assigned as primary");
  g_clear_pointer (&problems, g_ptr_array_unref);

  add_person (fixture, 4, "Eva", "Eerste", TRUE);
  add_assignment (fixture, 4, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1));
  /* Dirk, who starts tomorrow, holds nothing today. */
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 3));
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_regional_pool (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;

  /* Two local people in a regional rota of eight, no local backup: fine. */
  add_function (fixture, 1, "OVDBZ", PARAAT_PIKET_KIND_HARD, 1, 1, TRUE, 1);
  add_person (fixture, 1, "Olaf", "Officier", TRUE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  add_person (fixture, 2, "Otto", "Officier", TRUE);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Without any primary the municipality provides nobody. */
  add_function (fixture, 2, "ACBZ", PARAAT_PIKET_KIND_HARD, 1, 1, TRUE, 2);
  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 2));
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_NO_BACKUP, 2));
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_no_backup (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  add_function (fixture, 1, "GSE", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 1);
  add_person (fixture, 1, "Gijs", "Secretaris", TRUE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  /* Not a backup today: ended yesterday, starts tomorrow, inactive, trainee. */
  add_person (fixture, 2, "Piet", "Plaatsvervanger", TRUE);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, YESTERDAY);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, TOMORROW, NULL);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, NULL, NULL);
  add_person (fixture, 3, "Ina", "Inactief", FALSE);
  add_assignment (fixture, 3, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  problem = find (problems, PARAAT_ORG_PROBLEM_NO_BACKUP, 1);
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->person_id, ==, 0);
  g_assert_cmpstr (problem->title, ==, "No backup for GSE");
  g_assert_cmpstr (problem->detail, ==, "GSE: nobody is assigned as backup");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A backup whose last day is today counts. */
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, YESTERDAY, TODAY);
  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_NO_BACKUP, 1));
}

static void
test_unassigned (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  add_function (fixture, 1, "LOC", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 1);
  add_person (fixture, 1, "Anna", "Actief", TRUE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  add_person (fixture, 2, "Bert", "Zonder", TRUE);
  add_person (fixture, 3, "Cor", "Gestopt", TRUE);
  add_assignment (fixture, 3, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, YESTERDAY);
  add_person (fixture, 4, "Dana", "Nieuw", TRUE);
  add_assignment (fixture, 4, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, TOMORROW, NULL);
  add_person (fixture, 5, "Els", "Leerling", TRUE);
  add_assignment (fixture, 5, 1, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, NULL, NULL);
  add_person (fixture, 6, "Frits", "Inactief", FALSE);
  /* An assignment to a function that is not in the list does not count. */
  add_person (fixture, 7, "Gert", "Elders", TRUE);
  add_assignment (fixture, 7, 99, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 1));
  problem = find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 2);
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->function_id, ==, 0);
  g_assert_cmpstr (problem->title, ==, "Bert Zonder has no function");
  g_assert_cmpstr (problem->detail, ==, "Active, but not assigned to any crisis function");
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 3));
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 4));
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 5));
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 6));
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 6));
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_UNASSIGNED, 7));
  g_assert_cmpuint (count_kind (problems, PARAAT_ORG_PROBLEM_UNASSIGNED), ==, 4);
}

static void
test_inactive_assigned (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  ParaatOrgProblem *problem;

  add_function (fixture, 1, "LTBZ", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 2);
  add_function (fixture, 2, "ACB", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 1);
  add_function (fixture, 3, "IM", PARAAT_PIKET_KIND_NONE, 1, 1, FALSE, 3);
  add_person (fixture, 1, "Ina", "Inactief", FALSE);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  add_assignment (fixture, 1, 2, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, NULL, TODAY);
  add_assignment (fixture, 1, 1, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, NULL);
  add_assignment (fixture, 1, 3, PARAAT_ASSIGNMENT_LEVEL_BACKUP, NULL, YESTERDAY);
  add_person (fixture, 2, "Oud", "Gediende", FALSE);
  add_assignment (fixture, 2, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, YESTERDAY);
  add_person (fixture, 3, "Toe", "Komst", FALSE);
  add_assignment (fixture, 3, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, TOMORROW, NULL);

  problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);
  problem = find (problems, PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 1);
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem->title, ==, "Ina Inactief is inactive but still assigned");
  /* In function order, each once, without the one that ended. */
  g_assert_cmpstr (problem->detail, ==, "Still assigned to ACB, LTBZ");
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 2));
  g_assert_null (find (problems, PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 3));
  g_assert_cmpuint (count_kind (problems, PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED), ==, 1);
  g_assert_cmpuint (count_kind (problems, PARAAT_ORG_PROBLEM_UNASSIGNED), ==, 0);

  /* Ina's primary assignment does not fill LTBZ. */
  g_assert_nonnull (find (problems, PARAAT_ORG_PROBLEM_SHORT_POOL, 1));
}

static void
fill_mixed (Fixture  *fixture,
            gboolean  reversed)
{
  struct { gint64 id; const char *code; int position; } functions[] = {
    { 1, "BBB", 2 }, { 2, "AAA", 1 }, { 3, "CCC", 2 },
  };
  struct { gint64 id; const char *given; const char *family; gboolean active; } people[] = {
    { 1, "Zoë", "Vries", TRUE }, { 2, "Adam", "Vries", TRUE }, { 3, "Bo", "Akker", TRUE },
    { 4, "Kees", "Bakker", FALSE }, { 5, "Anna", "Bakker", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      guint k = reversed ? G_N_ELEMENTS (functions) - 1 - i : i;

      add_function (fixture, functions[k].id, functions[k].code, PARAAT_PIKET_KIND_HARD,
                    1, 1, FALSE, functions[k].position);
    }
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      guint k = reversed ? G_N_ELEMENTS (people) - 1 - i : i;

      add_person (fixture, people[k].id, people[k].given, people[k].family, people[k].active);
    }
  add_assignment (fixture, 4, 1, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
  add_assignment (fixture, 5, 2, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, NULL, NULL);
}

static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  /* kind, id */
  static const gint64 expected[][2] = {
    { PARAAT_ORG_PROBLEM_SHORT_POOL, 2 },        /* AAA, position 1 */
    { PARAAT_ORG_PROBLEM_SHORT_POOL, 1 },        /* BBB, position 2 */
    { PARAAT_ORG_PROBLEM_SHORT_POOL, 3 },        /* CCC, position 2 */
    { PARAAT_ORG_PROBLEM_NO_BACKUP, 2 },
    { PARAAT_ORG_PROBLEM_NO_BACKUP, 1 },
    { PARAAT_ORG_PROBLEM_NO_BACKUP, 3 },
    { PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 5 }, /* Anna Bakker */
    { PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 4 }, /* Kees Bakker */
    { PARAAT_ORG_PROBLEM_UNASSIGNED, 3 },        /* Bo Akker */
    { PARAAT_ORG_PROBLEM_UNASSIGNED, 2 },        /* Adam Vries */
    { PARAAT_ORG_PROBLEM_UNASSIGNED, 1 },        /* Zoë Vries */
  };

  for (int reversed = 0; reversed <= 1; reversed++)
    {
      g_autoptr (GPtrArray) problems = NULL;

      fixture_tear_down (fixture, NULL);
      fixture_set_up (fixture, NULL);
      fill_mixed (fixture, reversed);
      problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);

      g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < problems->len; i++)
        {
          ParaatOrgProblem *problem = g_ptr_array_index (problems, i);
          gint64 id = problem->function_id != 0 ? problem->function_id : problem->person_id;

          g_assert_cmpint (problem->kind, ==, expected[i][0]);
          g_assert_cmpint (id, ==, expected[i][1]);
          g_assert_nonnull (problem->title);
          g_assert_nonnull (problem->detail);
        }
    }
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = check (fixture, PARAAT_ORG_HEALTH_DEFAULT_WEEKS);

  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/org-health/pool-needed", test_pool_needed);
  g_test_add_func ("/org-health/assignment-valid", test_assignment_valid);
  g_test_add ("/org-health/short-pool", Fixture, NULL,
              fixture_set_up, test_short_pool, fixture_tear_down);
  g_test_add ("/org-health/short-pool-singular", Fixture, NULL,
              fixture_set_up, test_short_pool_singular, fixture_tear_down);
  g_test_add ("/org-health/no-piket-needs-primary", Fixture, NULL,
              fixture_set_up, test_no_piket_needs_primary, fixture_tear_down);
  g_test_add ("/org-health/regional-pool", Fixture, NULL,
              fixture_set_up, test_regional_pool, fixture_tear_down);
  g_test_add ("/org-health/no-backup", Fixture, NULL,
              fixture_set_up, test_no_backup, fixture_tear_down);
  g_test_add ("/org-health/unassigned", Fixture, NULL,
              fixture_set_up, test_unassigned, fixture_tear_down);
  g_test_add ("/org-health/inactive-assigned", Fixture, NULL,
              fixture_set_up, test_inactive_assigned, fixture_tear_down);
  g_test_add ("/org-health/order", Fixture, NULL,
              fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/org-health/empty", Fixture, NULL,
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
