/* paraat-org-health.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/paraat-assignment.h"
#include "model/paraat-function.h"
#include "model/paraat-person.h"

G_BEGIN_DECLS

/* The health of the organisation register on one day: what a crisis
 * coordinator should fix before the rota can work. Pure functions over the
 * model: no I/O, no global state.
 *
 * An assignment counts on @date when its valid-from is unset or on/before
 * @date and its valid-until is unset or on/after @date (both ends inclusive,
 * as the organisation page shows them). Only active people count towards a
 * pool or a backup; trainees never do.
 *
 * The rotation rule (DOMAIN.md §2.2: pools of 4–6, one piket week every 4–6
 * weeks): a hard- or soft-piket function needs at least
 *   lines × per-line × @weeks
 * active people assigned as primary or backup, so that nobody is on duty more
 * than one week in @weeks. A weekly 1st + 2nd line with one person per line
 * and the default of 4 needs 8 people. A function without piket needs at
 * least one primary. A function in a regional pool only contributes people to
 * a regional rota, which is checked there (DOMAIN.md §6.2) and is its backup
 * layer (§2.3): it needs one primary and is not checked for a backup. */

/* One week in four: the smallest pool DOMAIN.md §2.2 calls typical. */
#define PARAAT_ORG_HEALTH_DEFAULT_WEEKS 4

/* In the order the problems are reported: most urgent first. */
typedef enum
{
  /* A function with fewer people than its rotation needs. */
  PARAAT_ORG_PROBLEM_SHORT_POOL,
  /* A (local) function without any backup. */
  PARAAT_ORG_PROBLEM_NO_BACKUP,
  /* An inactive person who still holds an assignment (of any level). */
  PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED,
  /* An active person without any assignment (a trainee assignment counts as
   * one: that person is on their way into a function). */
  PARAAT_ORG_PROBLEM_UNASSIGNED,
} ParaatOrgProblemKind;

typedef struct
{
  ParaatOrgProblemKind kind;
  /* The function of SHORT_POOL and NO_BACKUP, else 0. */
  gint64               function_id;
  /* The person of INACTIVE_ASSIGNED and UNASSIGNED, else 0. */
  gint64               person_id;
  /* SHORT_POOL: the people counted and the people needed; else 0. */
  guint                count;
  guint                needed;
  /* Translated, one line each: the title names the function (by name) or
   * the person, "Too few people for OvD Bevolkingszorg"; the detail gives
   * the function's code and the numbers, "OVDBZ: 3 people, the rotation
   * needs 8". */
  char                *title;
  char                *detail;
} ParaatOrgProblem;

void       paraat_org_problem_free             (ParaatOrgProblem *problem);

/* TRUE when @assignment is valid on @date ("YYYY-MM-DD"). */
gboolean   paraat_org_health_assignment_valid  (ParaatAssignment *assignment,
                                                const char       *date);

/* The number of people @function needs by the rotation rule above (1 for a
 * function without piket or in a regional pool). @weeks >= 1. */
guint      paraat_org_health_pool_needed       (ParaatFunction   *function,
                                                guint             weeks);

/* The problems of the register on @date ("YYYY-MM-DD"), as a new array of
 * ParaatOrgProblem (freeing them). @functions, @people and @assignments hold
 * ParaatFunction, ParaatPerson and ParaatAssignment; assignments of unknown
 * people or functions are ignored. Order: by kind (see above); functions by
 * position, code and id; people by family name, given name and id. */
GPtrArray *paraat_org_health_check             (GListModel       *functions,
                                                GListModel       *people,
                                                GListModel       *assignments,
                                                const char       *date,
                                                guint             weeks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatOrgProblem, paraat_org_problem_free)

G_END_DECLS
