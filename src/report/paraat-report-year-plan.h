/* paraat-report-year-plan.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "planning/paraat-year-plan.h"

G_BEGIN_DECLS

/* The OTO year plan on A4 landscape pages for the college: a table of the
 * functions across the quarters with the sessions that serve them (the
 * uitvoeringsmatrix), the requirements the plan does not cover and for whom,
 * and the sessions per year (meerjarenplan). Drawn with Pango; no GTK. */
typedef struct
{
  const char                *title;        /* "OTO-jaarplan 2026" */
  const char                *subtitle;     /* the organisation and the day it was printed */
  guint                      n_rows;
  const char * const        *labels;       /* per row: the function */
  const char * const        *cells;        /* per row, four quarters: n_rows × 4 texts */
  guint                      n_gaps;
  const char * const        *gaps;         /* sentences */
  const ParaatPlanYearCount *counts;
  guint                      n_counts;
} ParaatYearPlanReport;

/* Writes the report as a PDF to @path (beside it first, then renamed into
 * place). Returns the number of pages, or 0 with @error set. */
guint paraat_year_plan_report_write_pdf (const ParaatYearPlanReport  *report,
                                         const char                  *path,
                                         GError                     **error);

G_END_DECLS
