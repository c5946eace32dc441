/* paraat-year-plan.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-oto.h"

G_BEGIN_DECLS

/* The OTO year plan (OTO-jaarplan): per function and quarter the sessions
 * that serve it, and the requirements the plan does not cover, for whom; and
 * the multi-year view (meerjarenplan) of sessions per year. Pure: no I/O. */

/* A requirement the year's plan does not let someone meet. */
typedef struct
{
  gint64                   function_id;
  const ParaatRequirement *requirement;
  guint                    offered;    /* sessions of the kind for the function in the year */
  guint                    needed;     /* sessions the year should offer */
  GArray                  *people;     /* gint64 person ids it leaves short */
} ParaatPlanGap;

typedef struct
{
  int        year;
  GArray    *function_ids;   /* gint64, the functions planned, in the order given */
  GPtrArray *quarters;       /* per function: 4 GArrays (Q1–Q4) of guint session indices, by day */
  GPtrArray *gaps;           /* ParaatPlanGap, by function then requirement */
} ParaatYearPlan;

/* Someone who holds a function in the year. */
typedef struct
{
  gint64 person_id;
  gint64 function_id;
} ParaatPlanHolder;

/* Builds the plan of @year for @function_ids from @sessions (any years; those
 * starting in @year count, cancelled ones do not), the @requirements, the
 * @holders, and @records (attendance so far: a once-only requirement met
 * before the year needs no session in it). */
ParaatYearPlan *paraat_year_plan_build (int                           year,
                                        const gint64                 *function_ids,
                                        guint                         n_function_ids,
                                        const ParaatPlanSession      *sessions,
                                        guint                         n_sessions,
                                        const ParaatRequirement      *requirements,
                                        guint                         n_requirements,
                                        const ParaatPlanHolder       *holders,
                                        guint                         n_holders,
                                        const ParaatAttendanceRecord *records,
                                        guint                         n_records);
void            paraat_year_plan_free  (ParaatYearPlan *plan);

/* Whether @session serves @function_id (it targets it, or targets none). */
gboolean        paraat_plan_session_serves (const ParaatPlanSession *session,
                                            gint64                   function_id);

/* Sessions per year and category, cancelled ones apart. */
typedef struct
{
  int   year;
  guint education;
  guint training;
  guint exercise;
  guint test;
  guint evaluation;
  guint cancelled;
} ParaatPlanYearCount;

/* One ParaatPlanYearCount per year from @first to @last, in order. */
GArray         *paraat_year_plan_count_years (const ParaatPlanSession *sessions,
                                              guint                    n_sessions,
                                              int                      first,
                                              int                      last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatYearPlan, paraat_year_plan_free)

G_END_DECLS
