/* test-callout-list.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-callout-list.h"

static GListStore *teams;
static GListStore *functions;
static GListStore *people;
static GListStore *assignments;

static void
add_team (gint64      id,
          const char *code,
          const char *name,
          int         position)
{
  g_autoptr (ParaatTeam) team = paraat_team_new ();

  paraat_team_set_id (team, id);
  paraat_team_set_code (team, code);
  paraat_team_set_name (team, name);
  paraat_team_set_position (team, position);
  g_list_store_append (teams, team);
}

static void
add_function (gint64      id,
              gint64      team_id,
              const char *code,
              int         position)
{
  g_autoptr (ParaatFunction) function = paraat_function_new ();

  paraat_function_set_id (function, id);
  paraat_function_set_team_id (function, team_id);
  paraat_function_set_code (function, code);
  paraat_function_set_name (function, code);
  paraat_function_set_position (function, position);
  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
  paraat_function_set_response_minutes (function, 30);
  g_list_store_append (functions, function);
}

static void
add_person (gint64      id,
            const char *given,
            const char *family,
            const char *phone,
            gboolean    active)
{
  g_autoptr (ParaatPerson) person = paraat_person_new ();

  paraat_person_set_id (person, id);
  paraat_person_set_given_name (person, given);
  paraat_person_set_family_name (person, family);
  paraat_person_set_phone (person, phone);
  paraat_person_set_active (person, active);
  g_list_store_append (people, person);
}

static void
assign (gint64                 person_id,
        gint64                 function_id,
        ParaatAssignmentLevel  level,
        int                    position,
        const char            *from,
        const char            *until)
{
  g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();

  paraat_assignment_set_person_id (assignment, person_id);
  paraat_assignment_set_function_id (assignment, function_id);
  paraat_assignment_set_level (assignment, level);
  paraat_assignment_set_position (assignment, position);
  paraat_assignment_set_valid_from (assignment, from);
  paraat_assignment_set_valid_until (assignment, until);
  g_list_store_append (assignments, assignment);
}

static void
setup (void)
{
  teams = g_list_store_new (PARAAT_TYPE_TEAM);
  functions = g_list_store_new (PARAAT_TYPE_FUNCTION);
  people = g_list_store_new (PARAAT_TYPE_PERSON);
  assignments = g_list_store_new (PARAAT_TYPE_ASSIGNMENT);

  /* Listed out of order on purpose. */
  add_team (2, "TBZ", "Team Bevolkingszorg", 2);
  add_team (1, "GBT", "Gemeentelijk Beleidsteam", 1);
  add_function (11, 1, "BGM", 1);
  add_function (21, 2, "OVDBZ", 2);
  add_function (22, 2, "ACB", 1);
  add_function (31, 0, "VRIJ", 1);
  add_function (32, 99, "WEES", 2);

  add_person (1, "Anna", "Alarmink", "+31612345678", TRUE);
  add_person (2, "Bram", "Bereikma", "+31301234567", TRUE);
  add_person (3, "Carla", "Crisisveld", "", TRUE);
  add_person (4, "Daan", "Draaiboom", "+31600000004", FALSE);
  add_person (5, "Eva", "Ĳsselmonde", "+31600000005", TRUE);

  /* ACB: a backup listed before the primaries, a trainee, an ended, a future
   * and an inactive assignment. */
  assign (2, 22, PARAAT_ASSIGNMENT_LEVEL_BACKUP, 1, NULL, NULL);
  assign (5, 22, PARAAT_ASSIGNMENT_LEVEL_TRAINEE, 1, NULL, NULL);
  assign (3, 22, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 2, NULL, NULL);
  assign (1, 22, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 1, "2026-01-01", "2026-12-31");
  assign (2, 22, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 3, NULL, "2026-06-30");
  assign (5, 22, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 4, "2026-07-02", NULL);
  assign (4, 22, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 1, NULL, NULL);
  /* OVDBZ: the backup comes first in the list but is called after the
   * primary; someone who is both is called once. */
  assign (3, 21, PARAAT_ASSIGNMENT_LEVEL_BACKUP, 1, NULL, NULL);
  assign (1, 21, PARAAT_ASSIGNMENT_LEVEL_BACKUP, 2, NULL, NULL);
  assign (3, 21, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 1, NULL, NULL);
  /* BGM: only an inactive person. */
  assign (4, 11, PARAAT_ASSIGNMENT_LEVEL_PRIMARY, 1, NULL, NULL);
}

static void
teardown (void)
{
  g_clear_object (&teams);
  g_clear_object (&functions);
  g_clear_object (&people);
  g_clear_object (&assignments);
}

static GPtrArray *
build (const char *date)
{
  return paraat_callout_list_build (G_LIST_MODEL (teams), G_LIST_MODEL (functions),
                                    G_LIST_MODEL (people), G_LIST_MODEL (assignments),
                                    date, "Overige functies");
}

static void
test_order (void)
{
  g_autoptr (GPtrArray) list = NULL;
  ParaatCalloutTeam *team;
  ParaatCalloutFunction *acb;
  ParaatCalloutEntry *entry;

  setup ();
  list = build ("2026-07-01");

  /* Teams by position, the functions without a (known) team last. */
  g_assert_cmpuint (list->len, ==, 3);
  team = g_ptr_array_index (list, 0);
  g_assert_cmpstr (team->code, ==, "GBT");
  team = g_ptr_array_index (list, 1);
  g_assert_cmpstr (team->code, ==, "TBZ");
  g_assert_cmpuint (team->functions->len, ==, 2);
  acb = g_ptr_array_index (team->functions, 0);
  g_assert_cmpstr (acb->code, ==, "ACB");
  g_assert_cmpint (acb->response_minutes, ==, 30);
  team = g_ptr_array_index (list, 2);
  g_assert_cmpstr (team->name, ==, "Overige functies");
  g_assert_cmpuint (team->functions->len, ==, 2);

  /* Primary by call order, then the backup, then the trainee; the ended,
   * future and inactive assignments left out. */
  g_assert_cmpuint (acb->entries->len, ==, 4);
  entry = g_ptr_array_index (acb->entries, 0);
  g_assert_cmpuint (entry->order, ==, 1);
  g_assert_cmpstr (entry->name, ==, "Anna Alarmink");
  g_assert_cmpstr (entry->phone, ==, "06-1234 5678");
  entry = g_ptr_array_index (acb->entries, 1);
  g_assert_cmpstr (entry->name, ==, "Carla Crisisveld");
  g_assert_cmpstr (entry->phone, ==, "");
  entry = g_ptr_array_index (acb->entries, 2);
  g_assert_cmpstr (entry->name, ==, "Bram Bereikma");
  g_assert_cmpint (entry->level, ==, PARAAT_ASSIGNMENT_LEVEL_BACKUP);
  g_assert_cmpstr (entry->phone, ==, "030-123 4567");
  entry = g_ptr_array_index (acb->entries, 3);
  g_assert_cmpuint (entry->order, ==, 4);
  g_assert_cmpstr (entry->name, ==, "Eva Ĳsselmonde");
  g_assert_cmpint (entry->level, ==, PARAAT_ASSIGNMENT_LEVEL_TRAINEE);

  {
    ParaatCalloutFunction *ovdbz = g_ptr_array_index (((ParaatCalloutTeam *) g_ptr_array_index (list, 1))->functions, 1);

    g_assert_cmpstr (ovdbz->code, ==, "OVDBZ");
    g_assert_cmpuint (ovdbz->entries->len, ==, 2);
    g_assert_cmpstr (((ParaatCalloutEntry *) g_ptr_array_index (ovdbz->entries, 0))->name, ==, "Carla Crisisveld");
    g_assert_cmpint (((ParaatCalloutEntry *) g_ptr_array_index (ovdbz->entries, 0))->level, ==, PARAAT_ASSIGNMENT_LEVEL_PRIMARY);
    g_assert_cmpstr (((ParaatCalloutEntry *) g_ptr_array_index (ovdbz->entries, 1))->name, ==, "Anna Alarmink");
  }

  /* Functions with nobody to call stay, as gaps: BGM (inactive only),
   * VRIJ and WEES. */
  g_assert_cmpuint (paraat_callout_list_count_gaps (list), ==, 3);
  teardown ();
}

static void
test_boundaries (void)
{
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) last_day = NULL;
  g_autoptr (GPtrArray) later = NULL;
  ParaatCalloutFunction *acb;

  setup ();

  /* 30 June: Bram's primary period still runs (its last day), so he is
   * primary number 3 and also backup: called once, as primary. */
  last_day = build ("2026-06-30");
  acb = g_ptr_array_index (((ParaatCalloutTeam *) g_ptr_array_index (last_day, 1))->functions, 0);
  g_assert_cmpuint (acb->entries->len, ==, 4);
  g_assert_cmpstr (((ParaatCalloutEntry *) g_ptr_array_index (acb->entries, 2))->name, ==, "Bram Bereikma");
  g_assert_cmpint (((ParaatCalloutEntry *) g_ptr_array_index (acb->entries, 2))->level, ==, PARAAT_ASSIGNMENT_LEVEL_PRIMARY);

  /* 2 July: Eva's primary period has started. */
  later = build ("2026-07-02");
  acb = g_ptr_array_index (((ParaatCalloutTeam *) g_ptr_array_index (later, 1))->functions, 0);
  g_assert_cmpstr (((ParaatCalloutEntry *) g_ptr_array_index (acb->entries, 2))->name, ==, "Eva Ĳsselmonde");
  g_assert_cmpint (((ParaatCalloutEntry *) g_ptr_array_index (acb->entries, 2))->level, ==, PARAAT_ASSIGNMENT_LEVEL_PRIMARY);

  /* 31 December 2025: Anna's period has not started yet. */
  before = build ("2025-12-31");
  acb = g_ptr_array_index (((ParaatCalloutTeam *) g_ptr_array_index (before, 1))->functions, 0);
  g_assert_cmpstr (((ParaatCalloutEntry *) g_ptr_array_index (acb->entries, 0))->name, ==, "Carla Crisisveld");

  teardown ();
}

static void
test_empty (void)
{
  g_autoptr (GPtrArray) list = NULL;

  teams = g_list_store_new (PARAAT_TYPE_TEAM);
  functions = g_list_store_new (PARAAT_TYPE_FUNCTION);
  people = g_list_store_new (PARAAT_TYPE_PERSON);
  assignments = g_list_store_new (PARAAT_TYPE_ASSIGNMENT);
  list = build ("2026-01-01");
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpuint (paraat_callout_list_count_gaps (list), ==, 0);
  teardown ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/callout-list/order", test_order);
  g_test_add_func ("/callout-list/boundaries", test_boundaries);
  g_test_add_func ("/callout-list/empty", test_empty);

  return g_test_run ();
}
