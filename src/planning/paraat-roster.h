/* paraat-roster.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-piket.h"

G_BEGIN_DECLS

/* The piket roster generator (DESIGN.md "Rules worth getting exactly right"):
 * fills every line of every slot of every function it is given, at once, so
 * that nobody is on two overlapping shifts. Pure and deterministic: the same
 * input always gives the same roster, whatever order hash tables keep.
 *
 * A member is eligible for a line of a slot when they are
 *   - not absent at any moment of it,
 *   - proficient for the function until the slot's end (the hook),
 *   - not on the other line of the same slot, nor on any other shift that
 *     overlaps it (unless one of the two functions allows overlap),
 *   - not already on duty for max_consecutive periods that end exactly where
 *     this one starts.
 * Of the eligible members the one with the least load in the slot's calendar
 * year is chosen: a period counts 1, or holiday_weight when it overlaps a
 * holiday period, divided by the member's weight. Ties go to whoever was on
 * duty longest ago, then to the rotation order. Shifts that exist already
 * count towards load and consecutive periods; fixed ones inside the window
 * are kept as they are. A line nobody can fill is a gap with its reason.
 *
 * A slot with a request id is an extra piket an event asked: only its own
 * line is filled, by the same rules (absent, proficient, busy: so not by
 * whoever has the function's regular shift then), except that it is not a
 * period of the rotation (it does not count for periods in a row), and it
 * adds its share of a week to the load. It matches only shifts of its own
 * request. */

typedef struct
{
  gint64 starts_at;
  gint64 ends_at;
} ParaatPeriod;

typedef struct
{
  gint64                 function_id;
  int                    lines;            /* 1 or 2 */
  const gint64          *members;          /* in rotation order */
  const double          *weights;          /* per member (> 0), or NULL for 1 each */
  guint                  n_members;
  int                    max_consecutive;  /* ≥ 1 */
  double                 holiday_weight;   /* ≥ 1 */
  gboolean               allow_overlap;
  const ParaatPiketSlot *slots;            /* to fill (periods and extra piket), in order */
  guint                  n_slots;
} ParaatRosterFunction;

typedef struct
{
  const ParaatRosterFunction *functions;
  guint                       n_functions;
  /* Shifts in the store before, in and after the slots to fill. Fixed ones
   * that match a slot are kept; generated ones that match a slot are
   * replaced; all others are taken as they are. */
  const ParaatPiketShift     *existing;
  guint                       n_existing;
  const ParaatPiketAbsence   *absences;
  guint                       n_absences;
  const ParaatPeriod         *holidays;
  guint                       n_holidays;
  ParaatProficientFunc        proficient;   /* NULL: everyone is proficient */
  gpointer                    user_data;
  GTimeZone                  *tz;           /* for the calendar year of the load */
} ParaatRosterInput;

/* Why a line of a slot stayed empty: how many members were ruled out for
 * which reason (each member counted once, for the first reason in the
 * order of the fields). */
typedef struct
{
  gint64 function_id;
  int    line;
  int    slot;
  gint64 starts_at;
  gint64 ends_at;
  guint  n_members;
  guint  n_absent;
  guint  n_not_proficient;
  guint  n_busy;              /* on the other line or another overlapping shift */
  guint  n_consecutive;
  gint64 request_id;          /* an extra piket's request, 0 for a period of the rotation */
} ParaatRosterGap;

typedef struct
{
  GArray *shifts;   /* ParaatPiketShift for every line of every slot, sorted;
                     * fixed ones as they were, gaps with person 0 */
  GArray *gaps;     /* ParaatRosterGap, in the order of shifts */
  guint   n_filled; /* lines filled by the generator */
  guint   n_kept;   /* fixed shifts kept */
} ParaatRosterResult;

ParaatRosterResult *paraat_roster_generate          (const ParaatRosterInput *input);
void                paraat_roster_result_free       (ParaatRosterResult      *result);

typedef enum
{
  PARAAT_CANDIDATE_ELIGIBLE,
  PARAAT_CANDIDATE_NOT_MEMBER,       /* not in the function's rotation */
  PARAAT_CANDIDATE_ABSENT,
  PARAAT_CANDIDATE_NOT_PROFICIENT,
  PARAAT_CANDIDATE_BUSY,             /* on the other line or an overlapping shift */
  PARAAT_CANDIDATE_CONSECUTIVE,
} ParaatCandidateStatus;

/* Whether @person_id may take @line of @slot of @function (one of the
 * input's functions), by the generator's rules, against the input's
 * existing shifts (the shift on that line of that slot itself is left out:
 * it is the one being replaced). @conflict, when not NULL, is set to the
 * shift that makes someone busy or the absence's start. @why receives the
 * proficiency hook's reason when there is one. */
ParaatCandidateStatus paraat_roster_check_candidate (const ParaatRosterInput    *input,
                                                     const ParaatRosterFunction *function,
                                                     const ParaatPiketSlot      *slot,
                                                     int                         line,
                                                     gint64                      person_id,
                                                     const ParaatPiketShift    **conflict,
                                                     char                      **why);

/* The holiday periods of @year that weigh heavier in the spread (DOMAIN.md
 * §2.5), as local days in @tz: Christmas and New Year (24 December to 1
 * January inclusive), Koningsdag (27 April, or the 26th when the 27th is a
 * Sunday) and the summer holidays (the Monday of ISO week 29 up to the
 * Monday of week 35: the six weeks all three school regions share most). */
GArray             *paraat_roster_holidays          (GTimeZone               *tz,
                                                     int                      year);

/* "No proficient ACB available in week 31: 3 absent, 1 not proficient." in
 * the user's language, with @function_code naming the function. */
char               *paraat_roster_gap_describe      (const ParaatRosterGap   *gap,
                                                     const char              *function_code,
                                                     GTimeZone               *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatRosterResult, paraat_roster_result_free)

G_END_DECLS
