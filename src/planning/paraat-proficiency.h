/* paraat-proficiency.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-oto.h"

G_BEGIN_DECLS

/* Proficiency (vakbekwaamheid): whether a person meets every OTO requirement
 * of a function on a day, until when, and what is missing. Pure: no I/O.
 *
 * A session counts for a requirement when the person was present, was not
 * assessed "failed", the session was not cancelled, it is of the required
 * kind (or category), and it is for the function: it names the function as a
 * target, names no target at all, or the person attended it as that function.
 * A session on day S counts from S up to and including the day before S plus
 * the requirement's period (12 months from 10 March 2026 ends after 9 March
 * 2027); a requirement without a period ("once") never expires. */

typedef enum
{
  PARAAT_PROFICIENCY_NO_REQUIREMENTS, /* the function has none: nothing to meet */
  PARAAT_PROFICIENCY_VALID,
  PARAAT_PROFICIENCY_EXPIRING,        /* valid, but ends within the warning window */
  PARAAT_PROFICIENCY_LAPSED,          /* not met, though some session counted */
  PARAAT_PROFICIENCY_NEVER,           /* no session that counts for the function */
} ParaatProficiencyStatus;

/* One requirement on the day. */
typedef struct
{
  const ParaatRequirement *requirement;
  guint    count;        /* sessions counting on the day */
  gboolean met;
  guint32  valid_until;  /* the last day it stays met without new sessions; 0 when not met */
  guint    needed;       /* sessions needed: now when not met, else before valid_until + 1 */
} ParaatRequirementState;

typedef struct
{
  gint64                   person_id;
  gint64                   function_id;
  guint32                  day;
  ParaatProficiencyStatus  status;
  guint32                  valid_until;  /* last valid day, PARAAT_DAY_FOREVER, or 0 */
  GArray                  *requirements; /* ParaatRequirementState, in requirement order */
} ParaatProficiency;

/* Whether @record counts at all (present, not failed, not cancelled). */
gboolean paraat_attendance_counts (const ParaatAttendanceRecord *record);

/* Whether @record is a session of the kind @requirement asks, for its function. */
gboolean paraat_requirement_matches (const ParaatRequirement      *requirement,
                                     const ParaatAttendanceRecord *record);

/* Evaluates @person_id for @function_id on @day. @requirements may hold
 * those of every function; only @function_id's are used. @records may hold
 * anyone's; only @person_id's up to @day count. EXPIRING when the proficiency
 * ends within @warn_days after @day. */
ParaatProficiency *paraat_proficiency_evaluate (const ParaatRequirement      *requirements,
                                                guint                         n_requirements,
                                                const ParaatAttendanceRecord *records,
                                                guint                         n_records,
                                                gint64                        person_id,
                                                gint64                        function_id,
                                                guint32                       day,
                                                guint                         warn_days);
void               paraat_proficiency_free     (ParaatProficiency *proficiency);

/* Whether @proficiency (evaluated on a shift's first day) still holds on
 * @last_day, the shift's last day. */
gboolean           paraat_proficiency_holds_until (const ParaatProficiency *proficiency,
                                                   guint32                  last_day);

/* Whether @person_id is proficient for @function_id on every day from
 * @first_day through @last_day, counting each session from its own day (a
 * training on the Tuesday of a piket week renews what would lapse that
 * day). When not, returns FALSE and, if @failed is given, the evaluation of
 * the first day that is not covered (the caller frees it). */
gboolean           paraat_proficiency_covers    (const ParaatRequirement      *requirements,
                                                 guint                         n_requirements,
                                                 const ParaatAttendanceRecord *records,
                                                 guint                         n_records,
                                                 gint64                        person_id,
                                                 gint64                        function_id,
                                                 guint32                       first_day,
                                                 guint32                       last_day,
                                                 ParaatProficiency           **failed);

/* "Exercise: 1 per 12 months", "Alarmeringsoefening: 2 of 4 per 12 months",
 * "Course: once", or the requirement's own description. Translated. */
char              *paraat_requirement_describe  (const ParaatRequirement *requirement);

/* What is missing for one requirement, or NULL when nothing is (met and not
 * lapsing within @warn_days of @day): "needs 1 Exercise before 2027-03-10",
 * "needs 2 Alarmeringsoefening (0 in the last 12 months)". Translated. */
char              *paraat_requirement_state_describe (const ParaatRequirementState *state,
                                                      guint32                       day,
                                                      guint                         warn_days);

/* Every missing sentence of @proficiency joined with "; ", or NULL. */
char              *paraat_proficiency_describe_missing (const ParaatProficiency *proficiency,
                                                        guint                    warn_days);

/* "Valid", "Expires within 90 days", ... Translated. */
const char        *paraat_proficiency_status_label (ParaatProficiencyStatus status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatProficiency, paraat_proficiency_free)

G_END_DECLS
