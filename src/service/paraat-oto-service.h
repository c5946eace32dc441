/* paraat-oto-service.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "planning/paraat-proficiency.h"
#include "planning/paraat-year-plan.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* OTO as the application and paraatctl use it: proficiency read from the
 * store, the matrix, invitations, and copying a session to next year. */

#define PARAAT_PROFICIENCY_WARN_DAYS 90

/* Requirements and attendance, read once, with each person's records found
 * quickly: what the roster hook and the matrix evaluate against. */
typedef struct _ParaatProficiencyIndex ParaatProficiencyIndex;

ParaatProficiencyIndex *paraat_proficiency_index_new      (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           GError                 **error);
void                    paraat_proficiency_index_free     (ParaatProficiencyIndex  *index);
const ParaatOtoFacts   *paraat_proficiency_index_get_facts (ParaatProficiencyIndex *index);
/* Whether @function_id has any requirement. */
gboolean                paraat_proficiency_index_has_requirements (ParaatProficiencyIndex *index,
                                                           gint64                   function_id);
ParaatProficiency      *paraat_proficiency_index_evaluate (ParaatProficiencyIndex  *index,
                                                           gint64                   person_id,
                                                           gint64                   function_id,
                                                           guint32                  day);
/* Proficient on the local day @from falls on and still on the day before
 * @until; otherwise FALSE with a translated reason in @why (may be NULL). */
gboolean                paraat_proficiency_index_check    (ParaatProficiencyIndex  *index,
                                                           gint64                   person_id,
                                                           gint64                   function_id,
                                                           gint64                   from,
                                                           gint64                   until,
                                                           char                   **why);

/* One cell of the proficiency matrix: someone who holds a function on the
 * day (as primary, backup or trainee). */
typedef struct
{
  gint64             person_id;
  gint64             function_id;
  gboolean           trainee;
  ParaatProficiency *proficiency;
} ParaatProficiencyCell;

/* Every person holding a function on @day, evaluated on @day; sorted by
 * person and function. A GArray of ParaatProficiencyCell that frees its
 * proficiencies. */
GArray                 *paraat_oto_matrix                 (ParaatStore             *store,
                                                           ParaatProficiencyIndex  *index,
                                                           guint32                  day,
                                                           GError                 **error);

/* The people (active) who hold one of @function_ids on the local day
 * @instant falls on: who a session for those functions invites by default.
 * Sorted person ids. */
GArray                 *paraat_oto_default_invitees       (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           const gint64            *function_ids,
                                                           guint                    n_function_ids,
                                                           gint64                   instant,
                                                           GError                 **error);

/* Saves @session (new or changed) with its target functions, and invites
 * everyone who holds one of them on the day and is not on the list yet; all
 * or nothing. Nobody already on the list is removed. */
gboolean                paraat_oto_save_session           (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           ParaatSession           *session,
                                                           const gint64            *function_ids,
                                                           guint                    n_function_ids,
                                                           GError                 **error);

/* Saves a copy of the session one year later (same ISO week, weekday and
 * local times), planned, with its targets and the default invitations of
 * that day. Returns the new session. */
ParaatSession          *paraat_oto_copy_to_next_year      (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           gint64                   session_id,
                                                           GError                 **error);

/* What in OTO needs the coordinator's attention on the day @now falls on. */
typedef enum
{
  PARAAT_OTO_NOTICE_LAPSED,        /* holds a function without being proficient */
  PARAAT_OTO_NOTICE_EXPIRING,      /* proficiency ends within 90 days */
  PARAAT_OTO_NOTICE_UNREGISTERED,  /* a session in the past without attendance */
  PARAAT_OTO_NOTICE_LESSON_OVERDUE,
} ParaatOtoNoticeKind;

typedef struct
{
  ParaatOtoNoticeKind kind;
  char               *title;       /* "Joost Kalenderink — ACB" */
  char               *subtitle;    /* "Until 2026-12-01: needs 1 exercise before 2026-12-02" */
  gint64              function_id; /* for proficiency notices */
  gint64              session_id;  /* for sessions and lessons from one */
} ParaatOtoNotice;

/* Notices in the order of the kinds above, each kind sorted; trainees are
 * left out (they are not proficient yet by definition). Translated. A
 * GPtrArray of ParaatOtoNotice that frees them. */
GPtrArray              *paraat_oto_notices               (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           gint64                   now,
                                                           GError                 **error);

/* The year plan of @year read from the store, with the labels to show it:
 * every function in register order, "ACB — Adviseur crisisbeheersing";
 * the sessions (titles owned); and the multi-year counts from the first year
 * with sessions up to the year after @year. */
typedef struct
{
  int             year;
  ParaatYearPlan *plan;
  GArray         *sessions;         /* ParaatPlanSession (the facts') */
  GPtrArray      *function_labels;  /* char *, per plan function */
  GArray         *counts;           /* ParaatPlanYearCount */
  GHashTable     *names;            /* person id → name */
  /* private */
  ParaatOtoFacts *facts;
} ParaatOtoYearPlan;

ParaatOtoYearPlan      *paraat_oto_year_plan_new          (ParaatStore             *store,
                                                           GTimeZone               *tz,
                                                           int                      year,
                                                           GError                 **error);
void                    paraat_oto_year_plan_free         (ParaatOtoYearPlan       *plan);
/* One quarter of one function as text: "10 Mar TTX · 24 Mar TRN", "" when empty. */
char                   *paraat_oto_year_plan_quarter_text (ParaatOtoYearPlan       *plan,
                                                           guint                    function_index,
                                                           guint                    quarter);
/* "ACB · Alarmeringsoefening: 2 of 4 per 12 months: the plan offers 3 of 4,
 * for 4 people (Gerda Roosterveld, …)". Translated. */
char                   *paraat_oto_year_plan_describe_gap (ParaatOtoYearPlan       *plan,
                                                           const ParaatPlanGap     *gap);

/* Writes the plan as a PDF for the college (A4 landscape), with
 * @organisation and the day @printed under its title. Returns the number of
 * pages, or 0 with @error set. */
guint                   paraat_oto_year_plan_write_pdf    (ParaatOtoYearPlan       *plan,
                                                           const char              *organisation,
                                                           GDateTime               *printed,
                                                           const char              *path,
                                                           GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatOtoYearPlan, paraat_oto_year_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatProficiencyIndex, paraat_proficiency_index_free)

G_END_DECLS
