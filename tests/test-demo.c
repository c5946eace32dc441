/* test-demo.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/paraat-demo.h"

static ParaatStore *
demo_store (int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (paraat_demo_load (store, year, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static gint64
local (GTimeZone *tz,
       int        y,
       int        m,
       int        d,
       int        hh,
       int        mm)
{
  g_autoptr (GDateTime) when = g_date_time_new (tz, y, m, d, hh, mm, 0);
  return g_date_time_to_unix (when);
}

static void
test_counts (void)
{
  g_autoptr (ParaatStore) store = demo_store (2026);
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts counts;

  g_assert_true (paraat_store_get_counts (store, &counts, &error));
  g_assert_cmpuint (counts.functions, ==, 21);
  g_assert_cmpuint (counts.people, ==, 60);
  g_assert_cmpuint (counts.sessions, ==, 50);
  g_assert_cmpuint (counts.events, ==, 9);
  g_assert_cmpuint (counts.teams, >=, 5);
  g_assert_cmpuint (counts.partners, >=, 10);
  /* Every person has a primary function, plus the backups of DOMAIN.md §6.3. */
  g_assert_cmpuint (counts.assignments, >, 60);

  organisation = paraat_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (paraat_organisation_get_name (organisation), ==, "Gemeente Voorbeeld");
  g_assert_cmpstr (paraat_organisation_get_time_zone (organisation), ==, "Europe/Amsterdam");

  g_assert_true (paraat_store_check (store, &error));
  g_assert_no_error (error);
}

static void
test_content (void)
{
  g_autoptr (ParaatStore) store = demo_store (2026);
  g_autoptr (ParaatFunction) acb = NULL;
  g_autoptr (ParaatFunction) ovdbz = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GError) error = NULL;
  guint primary = 0;

  acb = paraat_store_find_function (store, "ACB", &error);
  g_assert_no_error (error);
  g_assert_cmpint (paraat_function_get_piket_kind (acb), ==, PARAAT_PIKET_KIND_HARD);
  g_assert_cmpint (paraat_function_get_lines (acb), ==, 2);

  ovdbz = paraat_store_find_function (store, "OVDBZ", &error);
  g_assert_no_error (error);
  g_assert_true (paraat_function_get_regional_pool (ovdbz));
  g_assert_cmpint (paraat_function_get_response_minutes (ovdbz), ==, 30);

  /* ACB has a pool of four, in order P07–P10. */
  assignments = paraat_store_list_assignments (store, 0, paraat_function_get_id (acb), &error);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);

      if (paraat_assignment_get_level (assignment) == PARAAT_ASSIGNMENT_LEVEL_PRIMARY)
        {
          g_autoptr (ParaatPerson) person = paraat_store_get_person (store, paraat_assignment_get_person_id (assignment), &error);

          primary++;
          if (paraat_assignment_get_position (assignment) == 1)
            g_assert_cmpstr (paraat_person_get_display_name (person), ==, "Gerda Roosterveld");
        }
    }
  g_assert_cmpuint (primary, ==, 4);

  /* Everyone is fictitious, with a phone number in the unissued 06-0 range. */
  people = paraat_store_list_people (store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      g_assert_true (paraat_person_get_fictitious (person));
      g_assert_true (g_str_has_prefix (paraat_person_get_phone (person), "+3160000"));
      g_assert_true (g_str_has_suffix (paraat_person_get_email (person), ".example"));
    }
}

static void
test_dates (void)
{
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (ParaatStore) store = demo_store (2026);
  g_autoptr (ParaatStore) later = demo_store (2027);
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GListModel) events = NULL;
  g_autoptr (ParaatSession) first = NULL;
  g_autoptr (ParaatSession) moved = NULL;
  g_autoptr (GError) error = NULL;
  gboolean koningsdag = FALSE;

  /* The year's plan, and last year's for the history of attendance. */
  sessions = paraat_store_list_sessions (store, local (tz, 2026, 1, 1, 0, 0), local (tz, 2027, 1, 1, 0, 0), &error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 25);
  first = g_list_model_get_item (sessions, 0);
  /* Session 1: Tuesday 13 January 2026, 15:00 local time. */
  g_assert_cmpint (paraat_session_get_starts_at (first), ==, local (tz, 2026, 1, 13, 15, 0));
  g_assert_cmpint (paraat_session_get_ends_at (first), ==, local (tz, 2026, 1, 13, 17, 0));
  g_clear_object (&sessions);

  /* In 2027 it stays the Tuesday of ISO week 3. */
  sessions = paraat_store_list_sessions (later, local (tz, 2027, 1, 1, 0, 0), local (tz, 2028, 1, 1, 0, 0), &error);
  moved = g_list_model_get_item (sessions, 0);
  g_assert_cmpint (paraat_session_get_starts_at (moved), ==, local (tz, 2027, 1, 19, 15, 0));

  /* Koningsdag keeps its date. */
  events = paraat_store_list_events (later, 0, G_MAXINT64, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 9);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (paraat_event_get_starts_at (event));
      g_autoptr (GDateTime) start = g_date_time_to_timezone (utc, tz);

      if (g_str_has_prefix (paraat_event_get_name (event), "Koningsdag"))
        {
          koningsdag = TRUE;
          g_assert_cmpint (g_date_time_get_year (start), ==, 2027);
          g_assert_cmpint (g_date_time_get_month (start), ==, 4);
          g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 27);
        }
    }
  g_assert_true (koningsdag);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr (ParaatStore) store = demo_store (2026);
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts before, after;

  g_assert_true (paraat_store_get_counts (store, &before, NULL));
  g_assert_false (paraat_demo_load (store, 2026, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_true (paraat_store_get_counts (store, &after, NULL));
  g_assert_cmpmem (&before, sizeof before, &after, sizeof after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/counts", test_counts);
  g_test_add_func ("/demo/content", test_content);
  g_test_add_func ("/demo/dates", test_dates);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  return g_test_run ();
}
