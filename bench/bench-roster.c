/* bench-roster.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-periods.h"
#include "planning/paraat-roster.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-store.h"

/* The roster generator at the size of a safety region: 100 hard-piket
 * functions with 2 lines, 2,000 people (pools of 20), two holidays of two
 * weeks per person per year. Prints
 *   - the generation itself (pure, in memory) for 1, 2, 4 and 8 years, to
 *     show it grows linearly with weeks × functions;
 *   - one year planned from and written to SQLite through the store.
 * Targets (issue 4): under 100 ms for a year's generation, under 1 s with
 * SQLite. */

#define N_FUNCTIONS 100
#define POOL 20
#define N_PEOPLE (N_FUNCTIONS * POOL)
#define DAY (24 * 3600)
#define RUNS 5

#define CHECK(expr) G_STMT_START { if (!(expr)) { g_printerr ("bench-roster: %s\n", error->message); return 1; } } G_STMT_END

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gint64
local (GTimeZone *tz,
       int        year,
       int        month,
       int        day)
{
  gint64 instant = 0;

  paraat_calendar_local_to_utc (tz, year, month, day, 0, 0, &instant);
  return instant;
}

/* Two weeks off in summer and one in autumn, spread by person. */
static GArray *
make_absences (GTimeZone *tz,
               int        first_year,
               int        years)
{
  GArray *absences = g_array_new (FALSE, FALSE, sizeof (ParaatPiketAbsence));

  for (int y = first_year; y < first_year + years; y++)
    for (gint64 p = 1; p <= N_PEOPLE; p++)
      {
        gint64 summer = local (tz, y, 7, 1) + (p % 8) * 7 * DAY;
        gint64 autumn = local (tz, y, 10, 1) + (p % 5) * 7 * DAY;
        ParaatPiketAbsence a = { p, summer, summer + 14 * DAY };
        ParaatPiketAbsence b = { p, autumn, autumn + 7 * DAY };

        g_array_append_val (absences, a);
        g_array_append_val (absences, b);
      }
  return absences;
}

static double
time_generation (GTimeZone *tz,
                 int        years,
                 guint     *n_filled,
                 guint     *n_gaps)
{
  ParaatRotationRule rule;
  g_autoptr (GArray) slots = NULL;
  g_autoptr (GArray) absences = make_absences (tz, 2027, years);
  g_autoptr (GArray) holidays = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
  g_autofree gint64 *members = g_new (gint64, N_PEOPLE);
  ParaatRosterFunction functions[N_FUNCTIONS];
  double times[RUNS];

  paraat_rotation_rule_init_weekly (&rule, 2027, 1, 4);
  slots = paraat_rotation_slots (&rule, tz, local (tz, 2027, 1, 4), local (tz, 2027 + years, 1, 4));
  for (int y = 2027; y < 2027 + years; y++)
    {
      g_autoptr (GArray) h = paraat_roster_holidays (tz, y);
      g_array_append_vals (holidays, h->data, h->len);
    }
  for (gint64 p = 0; p < N_PEOPLE; p++)
    members[p] = p + 1;
  for (guint f = 0; f < N_FUNCTIONS; f++)
    functions[f] = (ParaatRosterFunction) {
      .function_id = f + 1, .lines = 2, .members = members + f * POOL, .n_members = POOL,
      .max_consecutive = 1, .holiday_weight = 2.0,
      .slots = (const ParaatPiketSlot *) slots->data, .n_slots = slots->len,
    };

  for (int run = 0; run < RUNS; run++)
    {
      ParaatRosterInput input = {
        .functions = functions, .n_functions = N_FUNCTIONS,
        .absences = (const ParaatPiketAbsence *) absences->data, .n_absences = absences->len,
        .holidays = (const ParaatPeriod *) holidays->data, .n_holidays = holidays->len,
        .tz = tz,
      };
      gint64 start = g_get_monotonic_time ();
      g_autoptr (ParaatRosterResult) result = paraat_roster_generate (&input);

      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      *n_filled = result->n_filled;
      *n_gaps = result->gaps->len;
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

static int
time_with_store (GTimeZone *tz)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("paraat-bench-roster-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = paraat_organisation_new ();
  g_autoptr (ParaatRosterPlan) plan = NULL;
  g_autoptr (GArray) absences = make_absences (tz, 2027, 1);
  gint64 function_ids[N_FUNCTIONS];
  gint64 person_ids[N_PEOPLE];
  gint64 start, planned, written;
  ParaatRosterChanges changes;

  CHECK (dir != NULL);
  path = g_build_filename (dir, "region.db", NULL);
  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, &error);
  CHECK (store != NULL);

  paraat_organisation_set_name (organisation, "Veiligheidsregio Voorbeeldland");
  paraat_organisation_set_time_zone (organisation, "Europe/Amsterdam");
  CHECK (paraat_store_begin (store, &error));
  CHECK (paraat_store_save_organisation (store, organisation, &error));
  for (guint f = 0; f < N_FUNCTIONS; f++)
    {
      g_autoptr (ParaatFunction) function = paraat_function_new ();
      g_autofree char *code = g_strdup_printf ("F%03u", f + 1);

      paraat_function_set_code (function, code);
      paraat_function_set_name (function, code);
      paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
      CHECK (paraat_store_save_function (store, function, &error));
      function_ids[f] = paraat_function_get_id (function);
    }
  for (guint p = 0; p < N_PEOPLE; p++)
    {
      g_autoptr (ParaatPerson) person = paraat_person_new ();
      g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
      g_autofree char *family = g_strdup_printf ("Persoon %04u", p + 1);

      paraat_person_set_given_name (person, "Piet");
      paraat_person_set_family_name (person, family);
      CHECK (paraat_store_save_person (store, person, &error));
      person_ids[p] = paraat_person_get_id (person);
      paraat_assignment_set_person_id (assignment, person_ids[p]);
      paraat_assignment_set_function_id (assignment, function_ids[p / POOL]);
      paraat_assignment_set_position (assignment, (int) (p % POOL) + 1);
      CHECK (paraat_store_save_assignment (store, assignment, &error));
    }
  for (guint f = 0; f < N_FUNCTIONS; f++)
    {
      g_autoptr (ParaatRotation) rotation = paraat_rotation_new ();
      ParaatRotationRule rule;

      paraat_rotation_rule_init_weekly (&rule, 2027, 1, 4);
      paraat_rotation_set_function_id (rotation, function_ids[f]);
      paraat_rotation_set_rule (rotation, &rule);
      paraat_rotation_set_lines (rotation, 2);
      paraat_rotation_set_members (rotation, person_ids + f * POOL, POOL);
      CHECK (paraat_store_save_rotation (store, rotation, &error));
    }
  for (guint a = 0; a < absences->len; a++)
    {
      g_autoptr (ParaatAbsence) absence = paraat_absence_new ();
      const ParaatPiketAbsence *period = &g_array_index (absences, ParaatPiketAbsence, a);

      paraat_absence_set_person_id (absence, person_ids[period->person_id - 1]);
      paraat_absence_set_starts_at (absence, period->starts_at);
      paraat_absence_set_ends_at (absence, period->ends_at);
      CHECK (paraat_store_save_absence (store, absence, &error));
    }
  CHECK (paraat_store_commit (store, &error));

  start = g_get_monotonic_time ();
  plan = paraat_roster_plan_new (store, tz, local (tz, 2027, 1, 4), local (tz, 2028, 1, 3), &error);
  CHECK (plan != NULL);
  planned = g_get_monotonic_time ();
  CHECK (paraat_roster_plan_apply (plan, &changes, &error));
  written = g_get_monotonic_time ();

  g_print ("with SQLite, one year (%u functions, %u people, %u absences):\n",
           N_FUNCTIONS, N_PEOPLE, absences->len);
  g_print ("  read + generate: %.1f ms\n", (planned - start) / 1000.0);
  g_print ("  write %u shifts in one transaction: %.1f ms\n", changes.added, (written - planned) / 1000.0);
  g_print ("  total: %.1f ms (target < 1000 ms)\n", (written - start) / 1000.0);

  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  static const int years[] = { 1, 2, 4, 8 };
  double one_year = 0;

  g_print ("roster generation, %u functions x 2 lines, %u people (median of %d runs):\n",
           N_FUNCTIONS, N_PEOPLE, RUNS);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      guint filled = 0, gaps = 0;
      double ms = time_generation (tz, years[i], &filled, &gaps);

      if (i == 0)
        one_year = ms;
      g_print ("  %d year%s: %7.1f ms  (%u lines filled, %u gaps; %.2f x one year)\n",
               years[i], years[i] == 1 ? " " : "s", ms, filled, gaps, ms / one_year);
    }
  g_print ("  target: one year under 100 ms\n");

  return time_with_store (tz);
}
