/* paraat-coverage.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-piket.h"

G_BEGIN_DECLS

/* Coverage and conflicts of the piket roster in a window (DESIGN.md "Rules
 * worth getting exactly right"): lines nobody fills, people on two
 * overlapping shifts, shifts of someone absent, and shifts of someone not
 * proficient until the shift ends. Pure: no I/O. */

typedef enum
{
  PARAAT_COVERAGE_GAP,            /* a line of a slot with no shift, or a shift with nobody */
  PARAAT_COVERAGE_DOUBLE_BOOKED,  /* someone on two overlapping shifts */
  PARAAT_COVERAGE_ABSENT,         /* a shift of someone absent during part of it */
  PARAAT_COVERAGE_NOT_PROFICIENT, /* a shift of someone not proficient until its end */
} ParaatCoverageKind;

typedef struct
{
  ParaatCoverageKind kind;
  gint64             function_id;
  int                line;
  int                slot;
  gint64             starts_at;          /* of the slot or shift */
  gint64             ends_at;
  gint64             person_id;          /* 0 for a gap */
  gint64             other_function_id;  /* DOUBLE_BOOKED: the other shift */
  int                other_line;
  gint64             other_starts_at;
  char              *why;                /* NOT_PROFICIENT: the hook's reason, or NULL */
  gint64             request_id;         /* of the slot or shift: an extra piket; 0 otherwise */
} ParaatCoverageProblem;

typedef struct
{
  gint64                 function_id;
  int                    lines;          /* 1 or 2 */
  gboolean               allow_overlap;  /* its people may be on another function's piket at the same time */
  const ParaatPiketSlot *slots;          /* the periods that must be filled */
  guint                  n_slots;
} ParaatCoverageFunction;

/* Every problem in [@from, @to): slots and shifts that overlap it count. A
 * slot matches a shift by function, line, slot, start and request (an extra
 * piket's slot needs only its own line, and only its own shift fills it). Two overlapping
 * shifts of one person are a problem unless they belong to different
 * functions and either allows overlap (functions not in @functions do not);
 * each pair is reported once, on the earlier shift. @proficient may be NULL
 * (everyone is proficient). Returns a GArray of ParaatCoverageProblem (it
 * frees their reasons) sorted by start, function, line and kind. */
GArray *paraat_coverage_check (const ParaatCoverageFunction *functions,
                               guint                         n_functions,
                               const ParaatPiketShift       *shifts,
                               guint                         n_shifts,
                               const ParaatPiketAbsence     *absences,
                               guint                         n_absences,
                               ParaatProficientFunc          proficient,
                               gpointer                      user_data,
                               gint64                        from,
                               gint64                        to);

G_END_DECLS
