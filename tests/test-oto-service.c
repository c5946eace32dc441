/* test-oto-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-oto-service.h"
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

static ParaatStore *
demo_store (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (paraat_demo_load (store, 2026, &error));
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

static gint64
person_id (ParaatStore *store,
           const char  *name)
{
  g_autoptr (GListModel) people = paraat_store_list_people (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (paraat_person_get_display_name (person), name))
        return paraat_person_get_id (person);
    }
  g_assert_not_reached ();
  return 0;
}

static const ParaatOtoNotice *
find_notice (GPtrArray           *notices,
             ParaatOtoNoticeKind  kind,
             const char          *title)
{
  for (guint i = 0; i < notices->len; i++)
    {
      const ParaatOtoNotice *notice = g_ptr_array_index (notices, i);

      /* Whole titles for people and functions, the start of a lesson. */
      if (notice->kind == kind && (g_str_equal (notice->title, title) ||
                                   (kind == PARAAT_OTO_NOTICE_LESSON_OVERDUE && g_str_has_prefix (notice->title, title))))
        return notice;
    }
  return NULL;
}

/* The demo's stories on 22 November 2026: Joost Kalenderink (ACB) missed
 * this year's exercises, so his proficiency ends on 1 December; Sanne
 * Ruilhof is new; an improvement from the cyber table-top is overdue. */
static void
test_notices (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GPtrArray) notices = NULL;
  g_autoptr (GError) error = NULL;
  const ParaatOtoNotice *notice;

  notices = paraat_oto_notices (store, amsterdam, local (2026, 11, 22, 12), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < notices->len; i++)
    {
      const ParaatOtoNotice *n = g_ptr_array_index (notices, i);

      g_test_message ("%d %s: %s", n->kind, n->title, n->subtitle);
    }

  notice = find_notice (notices, PARAAT_OTO_NOTICE_EXPIRING, "Joost Kalenderink — ACB");
  g_assert_nonnull (notice);
  g_assert_cmpstr (notice->subtitle, ==, "Proficient until 2026-12-01: needs 1 exercise before 2026-12-02");
  g_assert_cmpint (notice->function_id, ==, function_id (store, "ACB"));

  /* A trainee is not flagged for the function she trains for, but she is for
   * the one she holds. */
  g_assert_null (find_notice (notices, PARAAT_OTO_NOTICE_LAPSED, "Sanne Ruilhof — ACB"));
  notice = find_notice (notices, PARAAT_OTO_NOTICE_LAPSED, "Sanne Ruilhof — ACBZ");
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice->subtitle, "Never trained"));

  notice = find_notice (notices, PARAAT_OTO_NOTICE_LESSON_OVERDUE, "Contactgegevens leveranciers ICT");
  g_assert_nonnull (notice);
  g_assert_cmpstr (notice->subtitle, ==, "Due 2026-10-15 · Karin Noodhout");
  /* Done improvements are not overdue. */
  g_assert_null (find_notice (notices, PARAAT_OTO_NOTICE_LESSON_OVERDUE, "Vuurwerkvrije zone"));

  /* Kinds come in order. */
  for (guint i = 1; i < notices->len; i++)
    g_assert_cmpint (((ParaatOtoNotice *) g_ptr_array_index (notices, i - 1))->kind, <=,
                     ((ParaatOtoNotice *) g_ptr_array_index (notices, i))->kind);
}

/* The piket hook: a shift inside Joost's proficiency is fine, one that runs
 * past 1 December is not, and says from when. */
static void
test_check_shift (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatProficiencyIndex) index = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *why = NULL;
  gint64 joost = person_id (store, "Joost Kalenderink");
  gint64 acb = function_id (store, "ACB");

  index = paraat_proficiency_index_new (store, amsterdam, &error);
  g_assert_no_error (error);
  g_assert_true (paraat_proficiency_index_check (index, joost, acb, local (2026, 11, 23, 9), local (2026, 11, 30, 9), &why));
  g_assert_null (why);
  g_assert_false (paraat_proficiency_index_check (index, joost, acb, local (2026, 11, 30, 9), local (2026, 12, 7, 9), &why));
  g_assert_cmpstr (why, ==, "from 2026-12-02: needs 1 exercise now (0 in the last 12 months)");
  /* A function without requirements asks nothing. */
  g_assert_true (paraat_proficiency_index_check (index, joost, function_id (store, "HOND"), 0, 1, NULL) ||
                 paraat_proficiency_index_has_requirements (index, function_id (store, "HOND")));
}

/* Saving a session invites the holders; over capacity nothing is saved. */
static void
test_save_session (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatSession) session = paraat_session_new ();
  g_autoptr (ParaatSession) full = paraat_session_new ();
  g_autoptr (GArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts before, after;
  gint64 targets[] = { function_id (store, "ACB"), function_id (store, "ACC") };

  paraat_session_set_kind (session, "TTX");
  paraat_session_set_title (session, "TTX hoogwater");
  paraat_session_set_starts_at (session, local (2026, 12, 15, 14));
  paraat_session_set_ends_at (session, local (2026, 12, 15, 17));
  g_assert_true (paraat_oto_save_session (store, amsterdam, session, targets, 2, &error));
  g_assert_no_error (error);
  rows = paraat_store_read_attendance (store, paraat_session_get_id (session), &error);
  /* Five ACB (one a trainee) and four ACC holders, plus the ACC backup. */
  g_assert_cmpuint (rows->len, >=, 9);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (g_array_index (rows, ParaatAttendance, i).status, ==, PARAAT_ATTENDANCE_INVITED);

  g_assert_true (paraat_store_get_counts (store, &before, NULL));
  paraat_session_set_kind (full, "TTX");
  paraat_session_set_title (full, "TTX klein");
  paraat_session_set_starts_at (full, local (2026, 12, 16, 14));
  paraat_session_set_ends_at (full, local (2026, 12, 16, 17));
  paraat_session_set_capacity (full, 3);
  g_assert_false (paraat_oto_save_session (store, amsterdam, full, targets, 2, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "room for 3"));
  g_assert_true (paraat_store_get_counts (store, &after, NULL));
  g_assert_cmpuint (after.sessions, ==, before.sessions);
}

/* A copy a year later keeps the ISO week, weekday and local time. */
static void
test_copy_to_next_year (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (ParaatSession) first = NULL;
  g_autoptr (ParaatSession) copy = NULL;
  g_autoptr (GArray) targets = NULL;
  g_autoptr (GArray) copied_targets = NULL;
  g_autoptr (GArray) rows = NULL;
  g_autoptr (GError) error = NULL;

  /* Tuesday 13 January 2026 15:00 (ISO week 3) → Tuesday 19 January 2027 15:00. */
  sessions = paraat_store_list_sessions (store, local (2026, 1, 1, 0), local (2026, 2, 1, 0), &error);
  first = g_list_model_get_item (sessions, 0);
  copy = paraat_oto_copy_to_next_year (store, amsterdam, paraat_session_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (paraat_session_get_starts_at (copy), ==, local (2027, 1, 19, 15));
  g_assert_cmpint (paraat_session_get_ends_at (copy), ==, local (2027, 1, 19, 17));
  g_assert_cmpint (paraat_session_get_status (copy), ==, PARAAT_SESSION_STATUS_PLANNED);
  g_assert_cmpstr (paraat_session_get_title (copy), ==, paraat_session_get_title (first));

  targets = paraat_store_read_session_targets (store, paraat_session_get_id (first), NULL);
  copied_targets = paraat_store_read_session_targets (store, paraat_session_get_id (copy), NULL);
  g_assert_cmpuint (targets->len, ==, copied_targets->len);
  g_assert_cmpmem (targets->data, targets->len * sizeof (gint64), copied_targets->data, copied_targets->len * sizeof (gint64));
  rows = paraat_store_read_attendance (store, paraat_session_get_id (copy), NULL);
  g_assert_cmpuint (rows->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/oto-service/notices", test_notices);
  g_test_add_func ("/oto-service/check-shift", test_check_shift);
  g_test_add_func ("/oto-service/save-session", test_save_session);
  g_test_add_func ("/oto-service/copy-to-next-year", test_copy_to_next_year);

  return g_test_run ();
}
