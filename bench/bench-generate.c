/* bench-generate.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "planning/paraat-calendar.h"
#include "store/paraat-demo.h"
#include "store/paraat-store.h"

/* Writes a synthetic safety region through the store API, the same way the
 * application writes: by default 2,000 people, 100 functions, 25
 * municipalities, 5 years of weekly shifts, 5,000 OTO sessions and 500
 * events. Prints what it wrote and how long it took. */

static int people = 2000;
static int functions = 100;
static int municipalities = 25;
static int years = 5;
static int sessions = 5000;
static int events = 500;
static int first_year = 2024;
static gboolean demo = FALSE;

static const GOptionEntry entries[] = {
  { "people", 0, 0, G_OPTION_ARG_INT, &people, "Number of people", "N" },
  { "functions", 0, 0, G_OPTION_ARG_INT, &functions, "Number of functions", "N" },
  { "municipalities", 0, 0, G_OPTION_ARG_INT, &municipalities, "Number of municipalities", "N" },
  { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of weekly shifts", "N" },
  { "sessions", 0, 0, G_OPTION_ARG_INT, &sessions, "Number of OTO sessions", "N" },
  { "events", 0, 0, G_OPTION_ARG_INT, &events, "Number of events", "N" },
  { "first-year", 0, 0, G_OPTION_ARG_INT, &first_year, "First year of the shifts", "YEAR" },
  { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, "Write the demo organisation instead", NULL },
  G_OPTION_ENTRY_NULL
};

static const char * const given_names[] = {
  "Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Gerda", "Hugo", "Iris", "Joost",
  "Karin", "Lars", "Maaike", "Niels", "Olga", "Pieter", "Quinta", "Ruud", "Sanne", "Teun",
};
static const char * const family_names[] = {
  "Voorbeeldsma", "Proefhuis", "Oefenberg", "Testerink", "Draaiboom", "Piketsma",
  "Roosterveld", "Alarmink", "Schouwenaar", "Kalenderink", "Noodhout", "Opvanghof",
};

#define CHECK(expr) G_STMT_START { if (!(expr)) { g_printerr ("bench-generate: %s\n", error->message); return 1; } } G_STMT_END

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("FILE — write a synthetic region");
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = paraat_organisation_new ();
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GArray) function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) pools = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  ParaatStoreCounts counts;
  GRand *rand = g_rand_new_with_seed (20261122);
  gint64 start_time, shifts_written = 0;
  guint attendance_written = 0;
  guint weeks;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: bench-generate [OPTION…] FILE\n");
      return 2;
    }

  start_time = g_get_monotonic_time ();
  store = paraat_store_open (argv[1], PARAAT_STORE_OPEN_CREATE, &error);
  CHECK (store != NULL);

  if (demo)
    {
      CHECK (paraat_demo_load (store, 2026, &error));
      g_print ("demo written in %.2f s\n", (g_get_monotonic_time () - start_time) / 1e6);
      return 0;
    }

  CHECK (paraat_store_begin (store, &error));

  paraat_organisation_set_name (organisation, "Veiligheidsregio Synthetisch");
  paraat_organisation_set_region (organisation, "VRSY");
  CHECK (paraat_store_save_organisation (store, organisation, &error));

  for (int t = 0; t < 10; t++)
    {
      g_autoptr (ParaatTeam) team = paraat_team_new ();
      g_autofree char *code = g_strdup_printf ("T%02d", t);
      g_autofree char *name = g_strdup_printf ("Team %d", t);

      paraat_team_set_code (team, code);
      paraat_team_set_name (team, name);
      CHECK (paraat_store_save_team (store, team, &error));
    }

  for (int f = 0; f < functions; f++)
    {
      g_autoptr (ParaatFunction) function = paraat_function_new ();
      g_autofree char *code = g_strdup_printf ("F%03d", f);
      g_autofree char *name = g_strdup_printf ("Functie %d", f);
      gint64 id;

      paraat_function_set_code (function, code);
      paraat_function_set_name (function, name);
      paraat_function_set_team_id (function, 1 + f % 10);
      paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
      paraat_function_set_lines (function, f % 3 == 0 ? 2 : 1);
      paraat_function_set_response_minutes (function, 30 + 15 * (f % 3));
      paraat_function_set_regional_pool (function, f % 5 == 0);
      CHECK (paraat_store_save_function (store, function, &error));
      id = paraat_function_get_id (function);
      g_array_append_val (function_ids, id);
      g_ptr_array_add (pools, g_array_new (FALSE, FALSE, sizeof (gint64)));
    }

  for (int p = 0; p < people; p++)
    {
      g_autoptr (ParaatPerson) person = paraat_person_new ();
      g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
      g_autofree char *family = g_strdup_printf ("%s-%d", family_names[p % G_N_ELEMENTS (family_names)], p);
      g_autofree char *phone = g_strdup_printf ("+316%08d", p);
      g_autofree char *email = g_strdup_printf ("persoon%d@regio.example", p);
      g_autofree char *municipality = g_strdup_printf ("Gemeente %d", p % municipalities);
      int f = p % functions;
      gint64 id;
      GArray *pool = g_ptr_array_index (pools, f);

      paraat_person_set_given_name (person, given_names[p % G_N_ELEMENTS (given_names)]);
      paraat_person_set_family_name (person, family);
      paraat_person_set_phone (person, phone);
      paraat_person_set_email (person, email);
      paraat_person_set_municipality (person, municipality);
      paraat_person_set_fictitious (person, TRUE);
      CHECK (paraat_store_save_person (store, person, &error));

      id = paraat_person_get_id (person);
      g_array_append_val (pool, id);
      paraat_assignment_set_person_id (assignment, id);
      paraat_assignment_set_function_id (assignment, g_array_index (function_ids, gint64, f));
      paraat_assignment_set_position (assignment, (int) pool->len);
      CHECK (paraat_store_save_assignment (store, assignment, &error));
    }

  /* A rotation per function: its pool, weekly from Monday 09:00. */
  for (int f = 0; f < functions; f++)
    {
      g_autoptr (ParaatRotation) rotation = paraat_rotation_new ();
      GArray *pool = g_ptr_array_index (pools, f);
      ParaatRotationRule rule;

      if (pool->len == 0)
        continue;
      paraat_rotation_rule_init_weekly (&rule, first_year, 1, 1);
      paraat_rotation_set_function_id (rotation, g_array_index (function_ids, gint64, f));
      paraat_rotation_set_rule (rotation, &rule);
      paraat_rotation_set_lines (rotation, f % 3 == 0 ? 2 : 1);
      paraat_rotation_set_members (rotation, (const gint64 *) pool->data, pool->len);
      CHECK (paraat_store_save_rotation (store, rotation, &error));
    }

  /* Weekly shifts, Monday 09:00 local time, for every function and line. */
  weeks = 0;
  for (int y = first_year; y < first_year + years; y++)
    for (int w = 1; w <= paraat_calendar_weeks_in_year (y); w++, weeks++)
      {
        gint64 starts_at, ends_at;
        int next_year = w == paraat_calendar_weeks_in_year (y) ? y + 1 : y;
        int next_week = w == paraat_calendar_weeks_in_year (y) ? 1 : w + 1;

        g_assert_true (paraat_calendar_week_handover (tz, y, w, 1, 9, 0, &starts_at));
        g_assert_true (paraat_calendar_week_handover (tz, next_year, next_week, 1, 9, 0, &ends_at));

        for (int f = 0; f < functions; f++)
          {
            GArray *pool = g_ptr_array_index (pools, f);
            int lines = f % 3 == 0 ? 2 : 1;

            for (int line = 1; line <= lines; line++)
              {
                g_autoptr (ParaatShift) shift = paraat_shift_new ();

                paraat_shift_set_function_id (shift, g_array_index (function_ids, gint64, f));
                paraat_shift_set_line (shift, line);
                if (pool->len > 0)
                  paraat_shift_set_person_id (shift, g_array_index (pool, gint64, (weeks + line - 1) % pool->len));
                paraat_shift_set_starts_at (shift, starts_at);
                paraat_shift_set_ends_at (shift, ends_at);
                CHECK (paraat_store_save_shift (store, shift, &error));
                shifts_written++;
              }
          }
      }

  CHECK (paraat_store_save_session_kind (store, "TRN", "Training", "training", &error));
  CHECK (paraat_store_save_session_kind (store, "TTX", "Table-top", "exercise", &error));
  for (int s = 0; s < sessions; s++)
    {
      g_autoptr (ParaatSession) session = paraat_session_new ();
      g_autofree char *title = g_strdup_printf ("Sessie %d", s);
      gint64 day = g_rand_int_range (rand, 0, years * 365);
      gint64 starts_at;
      gint64 target = g_array_index (function_ids, gint64, s % functions);

      g_assert_true (paraat_calendar_local_to_utc (tz, first_year, 1, 1, 14, 0, &starts_at));
      starts_at += day * 86400;
      paraat_session_set_kind (session, s % 2 ? "TRN" : "TTX");
      paraat_session_set_title (session, title);
      paraat_session_set_starts_at (session, starts_at);
      paraat_session_set_ends_at (session, starts_at + 3 * 3600);
      paraat_session_set_location (session, "Regionaal Crisiscentrum");
      CHECK (paraat_store_save_session (store, session, &error));
      CHECK (paraat_store_set_session_targets (store, paraat_session_get_id (session), &target, 1, &error));

      /* The function's pool invited; nine in ten came. */
      {
        GArray *pool = g_ptr_array_index (pools, s % functions);
        g_autoptr (GArray) rows = g_array_new (FALSE, TRUE, sizeof (ParaatAttendance));

        for (guint m = 0; m < pool->len; m++)
          {
            int roll = g_rand_int_range (rand, 0, 20);
            ParaatAttendance row = {
              g_array_index (pool, gint64, m), 0,
              roll == 0 ? PARAAT_ATTENDANCE_ABSENT : roll == 1 ? PARAAT_ATTENDANCE_EXCUSED : PARAAT_ATTENDANCE_PRESENT,
              NULL, roll > 1 ? 3.0 : -1, PARAAT_RESULT_NONE,
            };

            g_array_append_val (rows, row);
          }
        CHECK (paraat_store_write_attendance (store, paraat_session_get_id (session),
                                              (const ParaatAttendance *) rows->data, rows->len, &error));
        attendance_written += rows->len;
      }
    }

  /* Every function: a training and an exercise a year, and two trainings in
   * two years. */
  for (int f = 0; f < functions; f++)
    {
      ParaatRequirement training = { .function_id = g_array_index (function_ids, gint64, f), .category = "training",
                                     .min_count = 1, .period_months = 12, .description = "" };
      ParaatRequirement exercise = training;
      ParaatRequirement two = training;

      exercise.category = "exercise";
      two.min_count = 2;
      two.period_months = 24;
      CHECK (paraat_store_save_requirement (store, &training, &error));
      CHECK (paraat_store_save_requirement (store, &exercise, &error));
      CHECK (paraat_store_save_requirement (store, &two, &error));
    }

  for (int e = 0; e < events; e++)
    {
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;
      g_autoptr (ParaatEvent) event = paraat_event_new ();
      g_autofree char *name = g_strdup_printf ("Evenement %d", e);
      gint64 day = g_rand_int_range (rand, 0, years * 365);
      gint64 starts_at;

      g_assert_true (paraat_calendar_local_to_utc (tz, first_year, 1, 1, 10, 0, &starts_at));
      starts_at += day * 86400;
      paraat_event_set_name (event, name);
      paraat_event_set_starts_at (event, starts_at);
      paraat_event_set_ends_at (event, starts_at + 12 * 3600);
      paraat_event_set_visitors_expected (event, g_rand_int_range (rand, 100, 20000));
      paraat_event_set_scan_class (event, PARAAT_RISK_CLASS_A + e % 3);
      CHECK (paraat_store_save_event (store, event, &error));

      /* 40 checklist items from T-20 weeks to T+4 weeks; those due more
       * than a month ago are done. */
      {
        ParaatEventTask tasks[40] = { { 0 } };
        char *texts[40] = { NULL };

        for (int t = 0; t < 40; t++)
          {
            texts[t] = g_strdup_printf ("Checklistpunt %d", t + 1);
            tasks[t].text = texts[t];
            tasks[t].position = (guint) t;
            tasks[t].due_at = starts_at + ((gint64) t * 24 / 39 - 20) * 7 * 86400;
            tasks[t].phase = tasks[t].due_at < starts_at ? PARAAT_TASK_PHASE_BEFORE : PARAAT_TASK_PHASE_AFTER;
            tasks[t].status = PARAAT_TASK_OPEN;
          }
        CHECK (paraat_store_add_event_tasks (store, paraat_event_get_id (event), tasks, 40, &error));
        for (int t = 0; t < 40; t++)
          if (tasks[t].due_at < now - 30 * 86400)
            {
              tasks[t].status = PARAAT_TASK_DONE;
              tasks[t].done_at = tasks[t].due_at;
              tasks[t].done_by = (char *) "bench";
              CHECK (paraat_store_save_event_task (store, &tasks[t], &error));
            }
        for (int t = 0; t < 40; t++)
          g_free (texts[t]);
      }
    }

  CHECK (paraat_store_commit (store, &error));
  CHECK (paraat_store_get_counts (store, &counts, &error));
  g_rand_free (rand);

  g_print ("wrote %s in %.2f s: %u people, %u functions, %d municipalities, %u shifts (%d years), "
           "%u sessions (%u attendance rows), %u events, %u audit rows\n",
           argv[1], (g_get_monotonic_time () - start_time) / 1e6, counts.people, counts.functions,
           municipalities, counts.shifts, years, counts.sessions, attendance_written, counts.events, counts.audit);
  g_assert_cmpint (shifts_written, ==, counts.shifts);
  return 0;
}
