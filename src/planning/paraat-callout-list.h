/* paraat-callout-list.h
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
#include "model/paraat-team.h"

G_BEGIN_DECLS

/* The call-out list (alarmeringslijst): per team and function, who to call in
 * what order on a given day, with their telephone numbers. It is what lies on
 * the desk when the network is down, so it is built from the register alone:
 * pure, no I/O. */

typedef struct
{
  guint                 order;        /* 1, 2, … within the function */
  gint64                person_id;
  char                 *name;
  ParaatAssignmentLevel level;
  char                 *phone;        /* display form ("06-1234 5678"), may be "" */
  char                 *phone_alt;
  char                 *email;
  char                 *department;
} ParaatCalloutEntry;

typedef struct
{
  gint64           function_id;
  char            *code;
  char            *name;
  ParaatPiketKind  piket_kind;
  int              response_minutes;   /* 0: unknown */
  GPtrArray       *entries;            /* ParaatCalloutEntry; empty: nobody to call */
} ParaatCalloutFunction;

typedef struct
{
  gint64           team_id;            /* 0: the functions without a team */
  char            *code;
  char            *name;
  GPtrArray       *functions;          /* ParaatCalloutFunction */
} ParaatCalloutTeam;

/* The list on @date ("YYYY-MM-DD"): teams by position, then name, and the
 * functions without a team last (named @other_name); functions by position,
 * then code; per function the active people whose assignment is valid on
 * @date, primary first, then backup, then trainee, each by call order, then
 * name. Inactive people are left out; a function with nobody to call is kept,
 * so that the gap shows on paper. Returns a GPtrArray of ParaatCalloutTeam. */
GPtrArray *paraat_callout_list_build (GListModel *teams,
                                      GListModel *functions,
                                      GListModel *people,
                                      GListModel *assignments,
                                      const char *date,
                                      const char *other_name);

/* The number of functions in @list with nobody to call. */
guint      paraat_callout_list_count_gaps (GPtrArray *list);

G_END_DECLS
