/* paraat-piket.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The plain records the piket rules work on: the rotation generator, the
 * coverage check and the allowance report. They are filled from the store by
 * the caller; nothing here reads or writes anything. Instants are UTC
 * seconds, and every period is half open: [starts_at, ends_at). */

/* One shift of a function's roster. */
typedef struct
{
  gint64   function_id;
  int      line;        /* 1 = 1st piket, 2 = 2nd piket */
  int      slot;        /* the part of a split week (1 or 2); 1 otherwise */
  gint64   person_id;   /* 0: nobody, a gap */
  gint64   starts_at;
  gint64   ends_at;
  gboolean fixed;       /* set by hand or by a swap: the generator keeps it */
  gint64   request_id;  /* the extra piket an event asked that this shift fills
                         * (its own slot, never a regular one); 0 otherwise */
} ParaatPiketShift;

/* A period someone is not available. */
typedef struct
{
  gint64 person_id;
  gint64 starts_at;
  gint64 ends_at;
} ParaatPiketAbsence;

/* One period of a rotation that someone must fill on every line; or, with a
 * request id, an extra piket an event or programme asked (a "2nd OvD-Bz on
 * Koningsdag"), which only its own line fills. A shift fills a slot when
 * function, line, slot, start and request id all match, so an extra piket
 * is never taken for the regular week and the other way round. */
typedef struct
{
  int    slot;          /* 1, or 2 for the second part of a split week */
  gint64 starts_at;
  gint64 ends_at;
  gint64 request_id;    /* 0 for a period of the rotation */
  int    line;          /* a request's line (1 or 2); 0 for a period of the rotation */
} ParaatPiketSlot;

/* Whether @person_id is proficient for @function_id from @from (the start of
 * a shift) through @until (its end). Returns FALSE when not, and then may set
 * @why to a short translated reason ("expires on 2027-03-10"); the caller
 * frees it. The application answers it from the OTO requirements and
 * attendance; the rules take it as a hook so that they never need to know
 * how proficiency is computed. */
typedef gboolean (*ParaatProficientFunc) (gint64    person_id,
                                          gint64    function_id,
                                          gint64    from,
                                          gint64    until,
                                          char    **why,
                                          gpointer  user_data);

/* Sorts @shifts by start, function, line and slot. */
void     paraat_piket_shifts_sort       (GArray *shifts);

/* Whether the two half-open periods share an instant. */
static inline gboolean
paraat_piket_overlaps (gint64 a_start,
                       gint64 a_end,
                       gint64 b_start,
                       gint64 b_end)
{
  return a_start < b_end && b_start < a_end;
}

G_END_DECLS
