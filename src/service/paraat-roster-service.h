/* paraat-roster-service.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "planning/paraat-coverage.h"
#include "planning/paraat-roster.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The piket roster as the application and paraatctl plan it: every function
 * with a rotation (and piket), its shifts that start in a window, generated
 * at once from what the store holds, previewed, then written. */

typedef struct _ParaatRosterPlan ParaatRosterPlan;

/* The organisation's time zone (Europe/Amsterdam when it names none it
 * knows). */
GTimeZone                *paraat_roster_service_time_zone (ParaatStore       *store,
                                                           GError           **error);

/* The holidays the organisation imported (paraat_store_list_holidays()) as
 * periods of whole local days in @tz (ParaatPeriod, by start). */
GArray                   *paraat_roster_service_imported_holidays (ParaatStore *store,
                                                                   GTimeZone   *tz,
                                                                   GError     **error);

/* Generates the roster for the shifts that start in [@from, @until), and
 * the extra piket events asked that starts then (paraat_store_list_duty_requests()),
 * each a slot of its own line. Reads
 * what the rules need: rotations, their members (inactive people left out),
 * absences, shifts around the window (for the year's spread and periods in
 * a row), the imported holidays (weighed like Christmas), assignments and OTO: someone counts as proficient for a function
 * while they hold it as primary or backup (not as a trainee) up to the end of
 * the shift and meet its OTO requirements from the shift's first day through
 * its last. Writes nothing. */
ParaatRosterPlan         *paraat_roster_plan_new          (ParaatStore       *store,
                                                           GTimeZone         *tz,
                                                           gint64             from,
                                                           gint64             until,
                                                           GError           **error);
void                      paraat_roster_plan_free         (ParaatRosterPlan  *plan);

const ParaatRosterResult *paraat_roster_plan_get_result   (ParaatRosterPlan  *plan);
guint                     paraat_roster_plan_get_n_functions (ParaatRosterPlan *plan);
/* What writing the plan would change, compared with the store now. */
ParaatRosterChanges       paraat_roster_plan_get_changes  (ParaatRosterPlan  *plan);
/* The function's code ("ACB"), or "" for an unknown id. */
const char               *paraat_roster_plan_function_code (ParaatRosterPlan *plan,
                                                            gint64            function_id);
/* The person's name, or "" for 0 or an unknown id. */
const char               *paraat_roster_plan_person_name  (ParaatRosterPlan  *plan,
                                                           gint64             person_id);
/* Every gap as a sentence in the user's language, in order. */
GStrv                     paraat_roster_plan_describe_gaps (ParaatRosterPlan *plan);

/* Writes the plan in one transaction (paraat_store_write_roster()). */
gboolean                  paraat_roster_plan_apply        (ParaatRosterPlan  *plan,
                                                           ParaatRosterChanges *changes,
                                                           GError           **error);

/* Generates and writes the roster of ISO year @year (from the Monday of
 * week 1 to the Monday of week 1 of the next year): what a new database of
 * the demo organisation starts with. */
gboolean                  paraat_roster_fill_year         (ParaatStore       *store,
                                                           int                year,
                                                           GError           **error);

typedef struct
{
  gint64                person_id;
  char                 *name;
  ParaatCandidateStatus status;
  char                 *explanation;  /* "Available", "Absent during this period", … */
} ParaatCandidate;

/* The members of @function_id's rotation, in rotation order, each with
 * whether they may take @line of the period [@starts_at, @ends_at) and why
 * not: the same rules the generator follows. With @request_id, of that
 * extra piket (the rotation's members, or for a function without one its
 * holders, primary before backup). A GPtrArray of ParaatCandidate. */
GPtrArray                *paraat_roster_service_candidates (ParaatStore     *store,
                                                            GTimeZone       *tz,
                                                            gint64           function_id,
                                                            int              line,
                                                            int              slot,
                                                            gint64           starts_at,
                                                            gint64           ends_at,
                                                            gint64           request_id,
                                                            GError         **error);

/* Puts @person_id (0: nobody) on @line of the period by hand, or on the
 * extra piket @request_id (when not 0): the shift becomes manual, so
 * generating again keeps it. */
gboolean                  paraat_roster_service_assign    (ParaatStore       *store,
                                                           gint64             function_id,
                                                           int                line,
                                                           gint64             starts_at,
                                                           gint64             ends_at,
                                                           gint64             request_id,
                                                           gint64             person_id,
                                                           GError           **error);

typedef struct
{
  ParaatCoverageKind kind;
  gint64             function_id;
  int                line;
  gint64             starts_at;
  gint64             ends_at;
  gint64             person_id;     /* 0 for a gap */
  char              *text;          /* "ACB, 1st line, week 48: Gerda Roosterveld is absent." */
  gint64             request_id;    /* an extra piket's; 0 for the rotation's */
} ParaatPiketProblem;

void                      paraat_piket_problem_free       (ParaatPiketProblem *problem);

/* Gaps and conflicts of the roster in [@from, @until) (paraat_coverage_check()
 * on what the store holds, with the same proficiency as the generator), each
 * with a sentence in the user's language; a GPtrArray of ParaatPiketProblem
 * in time order. */
GPtrArray                *paraat_roster_service_problems  (ParaatStore       *store,
                                                           GTimeZone         *tz,
                                                           gint64             from,
                                                           gint64             until,
                                                           GError           **error);

typedef struct
{
  gint64  function_id;
  char   *code;
  char   *function_name;
  int     line;
  gint64  person_id;      /* 0: nobody */
  char   *person_name;
  char   *phone;          /* for display: "06-1234 5678", or "" */
  gint64  ends_at;        /* until when; 0 when nobody */
  gboolean in_period;     /* FALSE outside the rotation's periods (a weekdays-only piket at the weekend) */
} ParaatOnDuty;

void                      paraat_on_duty_free             (ParaatOnDuty      *on_duty);

/* Who is on piket at @at: for every function with a rotation (in the
 * register's order) and each of its lines, the person or nobody. A
 * GPtrArray of ParaatOnDuty. */
GPtrArray                *paraat_roster_service_on_duty   (ParaatStore       *store,
                                                           gint64             at,
                                                           GError           **error);

/* The piket allowance report of calendar year @year as CSV
 * (paraat_allowance_to_csv()): hours of hard and soft piket per person per
 * month, with year totals. */
char                     *paraat_roster_service_allowance_csv (ParaatStore   *store,
                                                               int            year,
                                                               char           delimiter,
                                                               GError       **error);

/* Asks a swap of a shift to @to_person_id after checking, by the
 * generator's rules, that they may take it: a member of the rotation, not
 * absent, proficient, not on another shift then, not too many periods in a
 * row. When not, PARAAT_STORE_ERROR_INVALID says why ("Hugo Alarmink cannot
 * take this shift: absent during this period."). Returns the request's id. */
gint64                    paraat_roster_service_request_swap (ParaatStore   *store,
                                                              GTimeZone     *tz,
                                                              gint64         function_id,
                                                              int            line,
                                                              gint64         starts_at,
                                                              gint64         to_person_id,
                                                              const char    *requested_by,
                                                              const char    *note,
                                                              GError       **error);
/* Approves (after checking again that the replacement may take the shift:
 * things change between asking and deciding) or rejects a swap. */
gboolean                  paraat_roster_service_decide_swap  (ParaatStore   *store,
                                                              GTimeZone     *tz,
                                                              gint64         swap_id,
                                                              gboolean       approve,
                                                              const char    *decided_by,
                                                              GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatRosterPlan, paraat_roster_plan_free)

G_END_DECLS
