/* test-roster-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-import-service.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-demo.h"

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

/* The demo of 2026 with its year filled. */
static ParaatStore *
demo_store (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (paraat_demo_load (store, 2026, &error));
  g_assert_true (paraat_roster_fill_year (store, 2026, &error));
  g_assert_no_error (error);
  return store;
}

static gint64
function_id (ParaatStore *store,
             const char  *code)
{
  g_autoptr (ParaatFunction) function = paraat_store_find_function (store, code, NULL);

  g_assert_nonnull (function);
  return paraat_function_get_id (function);
}

static const ParaatPiketShift *
find_shift (GArray *shifts,
            gint64  function,
            int     line)
{
  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);

      if (shift->function_id == function && shift->line == line)
        return shift;
    }
  return NULL;
}

static guint
audit_rows (ParaatStore *store)
{
  ParaatStoreCounts counts;

  g_assert_true (paraat_store_get_counts (store, &counts, NULL));
  return counts.audit;
}

static void
test_demo_year (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) on_duty = NULL;
  g_autoptr (GArray) week = NULL;
  g_autoptr (GError) error = NULL;
  gint64 acc = function_id (store, "ACC");
  guint gaps = 0;

  /* The only gaps of the year: the burgemeester's summer holiday (weeks
   * 32 and 33), which the rotation has nobody else for, and the ACB 2nd
   * line at Christmas (week 52): Iris Schouwenaar is away and Joost
   * Kalenderink is no longer proficient (no exercise this year). */
  problems = paraat_roster_service_problems (store, amsterdam, local (2026, 1, 1, 0), local (2026, 12, 28, 0), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      ParaatPiketProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s", problem->text);
      g_assert_cmpint (problem->kind, ==, PARAAT_COVERAGE_GAP);
      g_assert_true (strstr (problem->text, "BGM") != NULL ||
                     (strstr (problem->text, "ACB, 2nd line, week 52") != NULL));
      gaps++;
    }
  g_assert_cmpuint (gaps, ==, 3);

  /* DOMAIN.md §6.4: P12 (Lars Opvanghof, ACC) is away 20 July – 9 August. */
  week = paraat_store_read_piket_shifts (store, local (2026, 7, 20, 0), local (2026, 8, 10, 0), &error);
  for (guint i = 0; i < week->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (week, ParaatPiketShift, i);
      g_autoptr (ParaatPerson) person = NULL;

      if (shift->function_id != acc || shift->starts_at < local (2026, 7, 20, 0))
        continue;
      person = paraat_store_get_person (store, shift->person_id, NULL);
      g_assert_cmpstr (paraat_person_get_family_name (person), !=, "Opvanghof");
    }

  /* Tuesday of week 12: every weekly line has someone; BGM is on (weekday),
   * WTH is not (weekend only). */
  on_duty = paraat_roster_service_on_duty (store, local (2026, 3, 17, 12), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (on_duty->len, ==, 8);
  for (guint i = 0; i < on_duty->len; i++)
    {
      ParaatOnDuty *item = g_ptr_array_index (on_duty, i);

      if (g_str_equal (item->code, "WTH"))
        {
          g_assert_false (item->in_period);
          g_assert_cmpint (item->person_id, ==, 0);
        }
      else
        {
          g_assert_true (item->in_period);
          g_assert_cmpint (item->person_id, !=, 0);
          g_assert_true (g_str_has_prefix (item->phone, "06-"));
        }
    }
}

/* The demo's extra piket: filled when the year is generated (OVDBZ, which
 * has no rotation, from its holders), never by whoever has the regular
 * week, reported as a gap when emptied, and not taken for who is on duty. */
static void
test_demo_extra_piket (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GTimeZone) tz = paraat_roster_service_time_zone (store, NULL);
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GError) error = NULL;
  gint64 from = 0, until = 0, ovdbz = function_id (store, "OVDBZ"), acc = function_id (store, "ACC");
  const ParaatDutyRequest *second_ovd = NULL, *standby = NULL;
  guint gaps = 0;

  g_assert_true (paraat_calendar_local_to_utc (tz, 2026, 1, 1, 0, 0, &from));
  g_assert_true (paraat_calendar_local_to_utc (tz, 2027, 1, 2, 0, 0, &until));
  requests = paraat_store_list_duty_requests (store, from, until, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 4);
  for (guint i = 0; i < requests->len; i++)
    {
      const ParaatDutyRequest *request = g_ptr_array_index (requests, i);
      g_autoptr (ParaatShift) regular = paraat_store_find_shift_at (store, request->function_id, request->line,
                                                                    request->starts_at + 3600, NULL);

      g_assert_cmpint (request->person_id, !=, 0);
      g_assert_false (request->fixed);
      if (regular != NULL)
        {
          g_assert_cmpint (paraat_shift_get_request_id (regular), ==, 0);
          g_assert_cmpint (paraat_shift_get_person_id (regular), !=, request->person_id);
        }
      if (request->function_id == ovdbz)
        second_ovd = request;
      else if (request->function_id == acc && standby == NULL)
        standby = request;
    }
  g_assert_nonnull (second_ovd);
  g_assert_nonnull (standby);
  g_assert_cmpstr (second_ovd->event_name, ==, "Koningsdag");

  /* Its candidates are the function's holders. */
  candidates = paraat_roster_service_candidates (store, tz, ovdbz, 1, 1, second_ovd->starts_at, second_ovd->ends_at,
                                                 second_ovd->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 2);

  /* Emptied by hand: a gap that names the event. */
  g_assert_true (paraat_roster_service_assign (store, ovdbz, 1, second_ovd->starts_at, second_ovd->ends_at,
                                               second_ovd->id, 0, &error));
  g_assert_no_error (error);
  problems = paraat_roster_service_problems (store, tz, second_ovd->starts_at, second_ovd->ends_at, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      const ParaatPiketProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == PARAAT_COVERAGE_GAP && problem->request_id == second_ovd->id)
        {
          gaps++;
          g_assert_nonnull (strstr (problem->text, "Koningsdag"));
        }
    }
  g_assert_cmpuint (gaps, ==, 1);
}

static void
test_swaps (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GArray) week = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GError) error = NULL;
  gint64 acb = function_id (store, "ACC");
  gint64 week10 = local (2026, 3, 2, 9);
  const ParaatPiketShift *shift;
  gint64 holder, replacement = 0, absent = 0, swap_id;
  guint audit_before;

  week = paraat_store_read_piket_shifts (store, week10, week10 + 1, &error);
  shift = find_shift (week, acb, 1);
  g_assert_nonnull (shift);
  holder = shift->person_id;

  candidates = paraat_roster_service_candidates (store, amsterdam, acb, 1, 1, shift->starts_at, shift->ends_at, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < candidates->len; i++)
    {
      ParaatCandidate *candidate = g_ptr_array_index (candidates, i);

      g_test_message ("%s: %s", candidate->name, candidate->explanation);
      if (candidate->status != PARAAT_CANDIDATE_ELIGIBLE || candidate->person_id == holder)
        continue;
      if (replacement == 0)
        replacement = candidate->person_id;
    }
  /* ACC is 1-in-4 with one period in a row: the holders of the weeks
   * around it cannot; make one of them absent too, to see that reason. */
  for (guint i = 0; i < candidates->len && absent == 0; i++)
    {
      ParaatCandidate *candidate = g_ptr_array_index (candidates, i);

      if (candidate->person_id != holder && candidate->person_id != replacement &&
          candidate->status != PARAAT_CANDIDATE_BUSY)
        absent = candidate->person_id;
    }
  if (replacement == 0)
    {
      g_test_fail_printf ("no free ACC member in week 10");
      return;
    }

  /* A swap with oneself. */
  g_assert_cmpint (paraat_roster_service_request_swap (store, amsterdam, acb, 1, week10, holder, "Gerda", "", &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "someone else"));
  g_clear_error (&error);

  /* Someone absent: refused, saying so. */
  if (absent != 0)
    {
      g_autoptr (ParaatAbsence) absence = paraat_absence_new ();

      paraat_absence_set_person_id (absence, absent);
      paraat_absence_set_starts_at (absence, week10 + 3600);
      paraat_absence_set_ends_at (absence, week10 + 7200);
      g_assert_true (paraat_store_save_absence (store, absence, &error));
      g_assert_cmpint (paraat_roster_service_request_swap (store, amsterdam, acb, 1, week10, absent, "Gerda", "", &error), ==, 0);
      g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "cannot take this shift"));
      g_assert_nonnull (strstr (error->message, "Absent"));
      g_clear_error (&error);
    }

  /* Someone from outside the rotation. */
  g_assert_cmpint (paraat_roster_service_request_swap (store, amsterdam, acb, 1, week10, 1, "Gerda", "", &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A good request; a second one on the same shift waits for the first. */
  audit_before = audit_rows (store);
  swap_id = paraat_roster_service_request_swap (store, amsterdam, acb, 1, week10, replacement, "Gerda", "verhuizing", &error);
  g_assert_no_error (error);
  g_assert_cmpint (swap_id, >, 0);
  g_assert_cmpuint (audit_rows (store), ==, audit_before + 1);
  g_assert_cmpint (paraat_roster_service_request_swap (store, amsterdam, acb, 1, week10, replacement, "Gerda", "", &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* The requester cannot approve; nothing changes. */
  g_assert_false (paraat_roster_service_decide_swap (store, amsterdam, swap_id, TRUE, " gerda ", &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (paraat_roster_service_decide_swap (store, amsterdam, swap_id, TRUE, "", &error));
  g_clear_error (&error);
  {
    g_autoptr (GArray) again = paraat_store_read_piket_shifts (store, week10, week10 + 1, NULL);

    g_assert_cmpint (find_shift (again, acb, 1)->person_id, ==, holder);
  }

  /* Someone else approves: the shift changes hands in place, marked as a swap. */
  audit_before = audit_rows (store);
  g_assert_true (paraat_roster_service_decide_swap (store, amsterdam, swap_id, TRUE, "Joost", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (audit_rows (store), ==, audit_before + 1);
  {
    g_autoptr (GArray) after = paraat_store_read_piket_shifts (store, week10, week10 + 1, NULL);
    g_autoptr (GPtrArray) open = paraat_store_list_swaps (store, TRUE, NULL);
    g_autoptr (GPtrArray) all = paraat_store_list_swaps (store, FALSE, NULL);
    guint n_line1 = 0;

    g_assert_cmpint (find_shift (after, acb, 1)->person_id, ==, replacement);
    g_assert_true (find_shift (after, acb, 1)->fixed);
    for (guint i = 0; i < after->len; i++)
      n_line1 += g_array_index (after, ParaatPiketShift, i).function_id == acb &&
                     g_array_index (after, ParaatPiketShift, i).line == 1;
    g_assert_cmpuint (n_line1, ==, 1);
    g_assert_cmpuint (open->len, ==, 0);
    g_assert_cmpuint (all->len, ==, 1);
    g_assert_cmpint (((ParaatSwap *) g_ptr_array_index (all, 0))->status, ==, PARAAT_SWAP_APPROVED);
    g_assert_cmpstr (((ParaatSwap *) g_ptr_array_index (all, 0))->decided_by, ==, "Joost");
  }

  /* Decided once; and generating again keeps the swap. */
  g_assert_false (paraat_roster_service_decide_swap (store, amsterdam, swap_id, FALSE, "Joost", &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (paraat_roster_fill_year (store, 2026, &error));
  {
    g_autoptr (GArray) after = paraat_store_read_piket_shifts (store, week10, week10 + 1, NULL);

    g_assert_cmpint (find_shift (after, acb, 1)->person_id, ==, replacement);
  }
}

/* The number of ACC shifts of each person in [@from, @until), as generated. */
static GHashTable *
acc_load (ParaatStore *store,
          gint64       from,
          gint64       until,
          gint64      *holiday_person)
{
  g_autoptr (GError) error = NULL;
  ParaatRosterPlan *plan = paraat_roster_plan_new (store, amsterdam, from, until, &error);
  const ParaatRosterResult *result;
  GHashTable *load = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 acc = function_id (store, "ACC");

  g_assert_no_error (error);
  result = paraat_roster_plan_get_result (plan);
  for (guint i = 0; i < result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (result->shifts, ParaatPiketShift, i);

      if (shift->function_id != acc || shift->person_id == 0)
        continue;
      g_hash_table_insert (load, g_memdup2 (&shift->person_id, sizeof (gint64)),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (load, &shift->person_id)) + 1));
      if (shift->starts_at == local (2026, 2, 9, 9))
        *holiday_person = shift->person_id;
    }
  paraat_roster_plan_free (plan);
  return load;
}

/* A public holiday imported from a calendar weighs like the holidays the
 * roster knows: whoever has piket in that week gets fewer other weeks. */
static void
test_imported_holiday (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);
  g_autoptr (GListModel) rotations = NULL;
  g_autoptr (ParaatCalendarImport) import = NULL;
  g_autoptr (GHashTable) before = NULL;
  g_autoptr (GHashTable) after = NULL;
  g_autoptr (GArray) periods = NULL;
  g_autoptr (GArray) ids = NULL;
  const char ics[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:krokus\r\n"
                     "SUMMARY:Krokusvakantie\r\nDTSTART;VALUE=DATE:20260209\r\nDTEND;VALUE=DATE:20260214\r\n"
                     "END:VEVENT\r\nEND:VCALENDAR\r\n";
  gint64 acc;
  gint64 first = 0, second = 0;

  g_assert_true (paraat_demo_load (store, 2026, &error));
  g_assert_no_error (error);
  acc = function_id (store, "ACC");
  rotations = paraat_store_list_rotations (store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);

      if (paraat_rotation_get_function_id (rotation) != acc)
        continue;
      paraat_rotation_set_holiday_weight (rotation, 4.0);
      g_assert_true (paraat_store_save_rotation (store, rotation, &error));
      g_assert_no_error (error);
    }

  before = acc_load (store, local (2026, 2, 2, 0), local (2026, 4, 13, 0), &first);

  import = paraat_calendar_import_new (store, PARAAT_ICS_TARGET_HOLIDAYS, 0, ics, strlen (ics),
                                       local (2026, 2, 1, 12), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paraat_calendar_import_get_plan (import)->n_import, ==, 1);
  g_assert_true (paraat_calendar_import_apply (import, &ids, &error));
  g_assert_no_error (error);
  periods = paraat_roster_service_imported_holidays (store, amsterdam, &error);
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpint (g_array_index (periods, ParaatPeriod, 0).starts_at, ==, local (2026, 2, 9, 0));
  g_assert_cmpint (g_array_index (periods, ParaatPeriod, 0).ends_at, ==, local (2026, 2, 14, 0));

  after = acc_load (store, local (2026, 2, 2, 0), local (2026, 4, 13, 0), &second);
  g_assert_cmpint (second, !=, 0);
  g_test_message ("week 7: %" G_GINT64_FORMAT " had %u weeks, now %u", second,
                  GPOINTER_TO_UINT (g_hash_table_lookup (before, &second)),
                  GPOINTER_TO_UINT (g_hash_table_lookup (after, &second)));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (after, &second)), <,
                    GPOINTER_TO_UINT (g_hash_table_lookup (before, &second)));

  /* Undo takes the holiday away again, and the roster is as before. */
  g_assert_true (paraat_calendar_import_undo (store, PARAAT_ICS_TARGET_HOLIDAYS, ids, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_hash_table_unref);
  after = acc_load (store, local (2026, 2, 2, 0), local (2026, 4, 13, 0), &second);
  g_assert_cmpint (second, ==, first);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (after, &first)), ==,
                    GPOINTER_TO_UINT (g_hash_table_lookup (before, &first)));
  g_object_unref (store);
}

static void
test_allowance (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = paraat_roster_service_allowance_csv (store, 2026, ';', &error);
  g_autofree char *bad = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "Naam;Jaar;Maand;Uren hard piket;Uren zacht piket\r\n"));
  g_assert_nonnull (strstr (csv, "Gerda Roosterveld;2026;totaal;"));
  bad = paraat_roster_service_allowance_csv (store, 12, ';', &error);
  g_assert_null (bad);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/roster-service/demo-year", test_demo_year);
  g_test_add_func ("/roster-service/demo-extra-piket", test_demo_extra_piket);
  g_test_add_func ("/roster-service/swaps", test_swaps);
  g_test_add_func ("/roster-service/allowance", test_allowance);
  g_test_add_func ("/roster-service/imported-holiday", test_imported_holiday);

  return g_test_run ();
}
