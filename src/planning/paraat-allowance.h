/* paraat-allowance.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-enums.h"
#include "model/paraat-piket.h"

G_BEGIN_DECLS

/* The piket allowance report (CAO Gemeenten art. 11:6): hours of hard and
 * soft piket per person per calendar month and year, in real elapsed time,
 * so a week over a DST change counts 167 or 169 hours. Pure: no I/O. */

typedef struct
{
  gint64 person_id;
  int    year;
  int    month;          /* 1 … 12; 0 in a year total */
  gint64 hard_seconds;
  gint64 soft_seconds;
} ParaatAllowanceRow;

typedef ParaatPiketKind (*ParaatPiketKindFunc) (gint64   function_id,
                                                gpointer user_data);
typedef const char *    (*ParaatPersonNameFunc) (gint64   person_id,
                                                 gpointer user_data);

/* Rows per person and calendar month of @tz (a shift over midnight on the
 * 1st is split there) for the part of each shift inside [@from, @to). A
 * person's time counts once where their shifts overlap, as hard where hard
 * and soft piket overlap. Shifts of nobody and of functions without piket
 * are left out. A GArray of ParaatAllowanceRow sorted by person, year and
 * month; months without time are left out. */
GArray *paraat_allowance_compute     (const ParaatPiketShift   *shifts,
                                      guint                     n_shifts,
                                      ParaatPiketKindFunc       kind_of,
                                      gpointer                  user_data,
                                      GTimeZone                *tz,
                                      gint64                    from,
                                      gint64                    to);

/* The year totals (month 0) of monthly @rows, in the same order. */
GArray *paraat_allowance_year_totals (const ParaatAllowanceRow *rows,
                                      guint                     n_rows);

/* The report as CSV: a header "Naam;Jaar;Maand;Uren hard piket;Uren zacht
 * piket" (with @delimiter, ';' or ','), a row per month, and after each
 * person's months of a year a row with "totaal" as the month. Hours with two
 * decimals: a decimal comma with ';' (as a Dutch spreadsheet reads it), a
 * point with ','. */
char   *paraat_allowance_to_csv      (const ParaatAllowanceRow *rows,
                                      guint                     n_rows,
                                      ParaatPersonNameFunc      name_of,
                                      gpointer                  user_data,
                                      char                      delimiter);

G_END_DECLS
