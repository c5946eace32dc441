/* test-allowance.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-allowance.h"
#include "planning/paraat-calendar.h"

#define HOUR ((gint64) 3600)

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

/* Function 1 is hard piket, 2 soft, 3 none. */
static ParaatPiketKind
kind_of (gint64   function_id,
         gpointer user_data)
{
  return function_id == 1 ? PARAAT_PIKET_KIND_HARD
       : function_id == 2 ? PARAAT_PIKET_KIND_SOFT
       : PARAAT_PIKET_KIND_NONE;
}

static const char *
name_of (gint64   person_id,
         gpointer user_data)
{
  return person_id == 7 ? "Gerda Roosterveld" : "Hugo \"de\" Alarmink";
}

static ParaatPiketShift
shift (gint64 function_id,
       gint64 person_id,
       gint64 starts_at,
       gint64 ends_at)
{
  return (ParaatPiketShift) { function_id, 1, 1, person_id, starts_at, ends_at, FALSE };
}

static GArray *
compute (const ParaatPiketShift *shifts,
         guint                   n_shifts)
{
  return paraat_allowance_compute (shifts, n_shifts, kind_of, NULL, amsterdam,
                                   local (2020, 1, 1, 0), local (2030, 1, 1, 0));
}

static void
assert_row (GArray *rows,
            guint   index,
            gint64  person_id,
            int     year,
            int     month,
            gint64  hard_hours,
            gint64  soft_hours)
{
  const ParaatAllowanceRow *row;

  g_assert_cmpuint (index, <, rows->len);
  row = &g_array_index (rows, ParaatAllowanceRow, index);
  g_assert_cmpint (row->person_id, ==, person_id);
  g_assert_cmpint (row->year, ==, year);
  g_assert_cmpint (row->month, ==, month);
  g_assert_cmpint (row->hard_seconds, ==, hard_hours * HOUR);
  g_assert_cmpint (row->soft_seconds, ==, soft_hours * HOUR);
}

static void
test_dst_weeks (void)
{
  ParaatPiketShift shifts[] = {
    /* A plain week, the week of the spring change, the week of the autumn change. */
    shift (1, 7, local (2026, 3, 9, 9), local (2026, 3, 16, 9)),
    shift (1, 8, local (2026, 3, 23, 9), local (2026, 3, 30, 9)),
    shift (1, 9, local (2026, 10, 19, 9), local (2026, 10, 26, 9)),
  };
  g_autoptr (GArray) rows = compute (shifts, G_N_ELEMENTS (shifts));

  g_assert_cmpuint (rows->len, ==, 3);
  assert_row (rows, 0, 7, 2026, 3, 168, 0);
  assert_row (rows, 1, 8, 2026, 3, 167, 0);
  assert_row (rows, 2, 9, 2026, 10, 169, 0);
}

static void
test_month_and_year_split (void)
{
  ParaatPiketShift shifts[] = {
    /* Monday 30 March 09:00 to Monday 6 April 09:00: 39 hours in March
     * (summer time already), 129 in April. */
    shift (1, 7, local (2026, 3, 30, 9), local (2026, 4, 6, 9)),
    /* Monday 28 December 2026 09:00 to Monday 4 January 2027 09:00. */
    shift (1, 7, local (2026, 12, 28, 9), local (2027, 1, 4, 9)),
  };
  g_autoptr (GArray) rows = compute (shifts, G_N_ELEMENTS (shifts));
  g_autoptr (GArray) totals = NULL;

  g_assert_cmpuint (rows->len, ==, 4);
  assert_row (rows, 0, 7, 2026, 3, 39, 0);
  assert_row (rows, 1, 7, 2026, 4, 129, 0);
  assert_row (rows, 2, 7, 2026, 12, 87, 0);
  assert_row (rows, 3, 7, 2027, 1, 81, 0);

  totals = paraat_allowance_year_totals ((const ParaatAllowanceRow *) rows->data, rows->len);
  g_assert_cmpuint (totals->len, ==, 2);
  assert_row (totals, 0, 7, 2026, 0, 39 + 129 + 87, 0);
  assert_row (totals, 1, 7, 2027, 0, 81, 0);
}

static void
test_overlaps_count_once (void)
{
  gint64 monday = local (2026, 6, 1, 9);
  ParaatPiketShift shifts[] = {
    /* Two hard shifts over the same days: 7 days once. */
    shift (1, 7, monday, monday + 7 * 24 * HOUR),
    shift (1, 7, monday + 24 * HOUR, monday + 3 * 24 * HOUR),
    /* Soft piket half inside the hard week: only the part outside counts, as soft. */
    shift (2, 7, monday + 5 * 24 * HOUR, monday + 9 * 24 * HOUR),
    /* No piket, and nobody: left out. */
    shift (3, 7, monday, monday + 30 * 24 * HOUR),
    shift (1, 0, monday, monday + 7 * 24 * HOUR),
    /* Someone else's soft piket. */
    shift (2, 8, monday, monday + 10 * HOUR),
  };
  g_autoptr (GArray) rows = compute (shifts, G_N_ELEMENTS (shifts));

  g_assert_cmpuint (rows->len, ==, 2);
  assert_row (rows, 0, 7, 2026, 6, 7 * 24, 2 * 24);
  assert_row (rows, 1, 8, 2026, 6, 0, 10);
}

static void
test_window (void)
{
  ParaatPiketShift week = shift (1, 7, local (2026, 6, 1, 9), local (2026, 6, 8, 9));
  g_autoptr (GArray) rows = NULL;

  rows = paraat_allowance_compute (&week, 1, kind_of, NULL, amsterdam, local (2026, 6, 3, 9), local (2026, 6, 4, 9));
  g_assert_cmpuint (rows->len, ==, 1);
  assert_row (rows, 0, 7, 2026, 6, 24, 0);
}

static void
test_csv (void)
{
  ParaatPiketShift shifts[] = {
    shift (1, 7, local (2026, 3, 30, 9), local (2026, 4, 6, 9)),
    /* 90 minutes of soft piket: 1.50 hours. */
    shift (2, 8, local (2026, 5, 1, 9), local (2026, 5, 1, 9) + 90 * 60),
  };
  g_autoptr (GArray) rows = compute (shifts, G_N_ELEMENTS (shifts));
  g_autofree char *semicolons = paraat_allowance_to_csv ((const ParaatAllowanceRow *) rows->data, rows->len,
                                                         name_of, NULL, ';');
  g_autofree char *commas = paraat_allowance_to_csv ((const ParaatAllowanceRow *) rows->data, rows->len,
                                                     name_of, NULL, ',');
  g_autofree char *empty = paraat_allowance_to_csv (NULL, 0, name_of, NULL, ';');

  g_assert_cmpstr (semicolons, ==,
                   "Naam;Jaar;Maand;Uren hard piket;Uren zacht piket\r\n"
                   "Gerda Roosterveld;2026;3;39,00;0,00\r\n"
                   "Gerda Roosterveld;2026;4;129,00;0,00\r\n"
                   "Gerda Roosterveld;2026;totaal;168,00;0,00\r\n"
                   "\"Hugo \"\"de\"\" Alarmink\";2026;5;0,00;1,50\r\n"
                   "\"Hugo \"\"de\"\" Alarmink\";2026;totaal;0,00;1,50\r\n");
  g_assert_true (g_str_has_prefix (commas, "Naam,Jaar,Maand,Uren hard piket,Uren zacht piket\r\n"
                                           "Gerda Roosterveld,2026,3,39.00,0.00\r\n"));
  g_assert_cmpstr (empty, ==, "Naam;Jaar;Maand;Uren hard piket;Uren zacht piket\r\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/allowance/dst-weeks", test_dst_weeks);
  g_test_add_func ("/allowance/month-and-year-split", test_month_and_year_split);
  g_test_add_func ("/allowance/overlaps-count-once", test_overlaps_count_once);
  g_test_add_func ("/allowance/window", test_window);
  g_test_add_func ("/allowance/csv", test_csv);

  return g_test_run ();
}
