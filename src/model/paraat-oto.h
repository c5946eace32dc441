/* paraat-oto.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

/* The plain records the OTO rules work on (proficiency, the year plan). The
 * store fills them; nothing here reads or writes anything. Days are GDate
 * Julian day numbers of the organisation's local calendar. Strings are
 * interned (g_intern_string), so records can be copied freely. */

#define PARAAT_DAY_FOREVER G_MAXUINT32

/* One rule of a function: "one exercise per 12 months", "two of four
 * alerting tests per 12 months", "the initial course once". */
typedef struct
{
  gint64      id;
  gint64      function_id;
  const char *kind_code;      /* a session kind ("ALRM"), or NULL for any kind of @category */
  const char *kind_name;      /* its name ("Alarmeringsoefening"), or NULL */
  const char *category;       /* education, training, exercise, test or evaluation; NULL with a kind */
  guint       min_count;      /* at least 1 */
  guint       period_months;  /* the rolling window; 0: once, it never expires */
  guint       out_of;         /* of how many offered in the period; 0: not said */
  const char *description;    /* the coordinator's own wording, or "" */
} ParaatRequirement;

/* One person's attendance of one session. */
typedef struct
{
  gint64                  person_id;
  gint64                  session_id;
  guint32                 day;            /* the local day the session ends (or its deadline) */
  const char             *kind_code;
  const char             *category;
  const gint64           *functions;      /* the functions the session is for */
  guint                   n_functions;    /* 0: for every function */
  gint64                  as_function_id; /* the function attended as, or 0 */
  ParaatAttendanceStatus  status;
  ParaatAttendanceResult  result;
  gboolean                cancelled;      /* the session was cancelled */
} ParaatAttendanceRecord;

/* A session as the year plan sees it. */
typedef struct
{
  gint64        id;
  guint32       day;            /* the local day it starts */
  const char   *kind_code;
  const char   *category;
  const char   *title;
  const char   *partners;       /* external partners as entered, comma-separated ("" for none) */
  const gint64 *functions;      /* its target functions */
  guint         n_functions;    /* 0: every function */
  gboolean      cancelled;
} ParaatPlanSession;

/* Everything the proficiency rules and the year plan need, read in one go.
 * @requirements holds ParaatRequirement sorted by function; @records holds
 * ParaatAttendanceRecord sorted by person and day; @sessions holds every
 * ParaatPlanSession by id (titles in @titles); their function lists point
 * into @targets. */
typedef struct
{
  GArray       *requirements;
  GArray       *records;
  GArray       *sessions;
  GArray       *targets;
  GStringChunk *titles;
} ParaatOtoFacts;

/* A kind of session: code ("TTX"), name and category. Interned strings. */
typedef struct
{
  const char *code;
  const char *name;
  const char *category;
} ParaatSessionKind;

/* One row of a session's attendance list: an invitation until it is
 * registered. @role is owned (paraat_attendance_clear). */
typedef struct
{
  gint64                 person_id;
  gint64                 function_id;  /* attended as, or 0 */
  ParaatAttendanceStatus status;
  char                  *role;
  double                 hours;        /* < 0: not recorded */
  ParaatAttendanceResult result;
} ParaatAttendance;

void paraat_attendance_clear (gpointer attendance);

/* A lesson (leerpunt) or improvement (verbeterpunt) from a session, an event
 * or an incident (@source names it when neither id is set). Strings owned
 * (paraat_lesson_clear). */
typedef struct
{
  gint64             id;
  gint64             session_id;
  gint64             event_id;
  char              *source;
  ParaatLessonKind   kind;
  char              *text;
  gint64             owner_person_id;
  guint32            due_day;          /* 0: no due date */
  ParaatLessonStatus status;
} ParaatLesson;

void paraat_lesson_clear (gpointer lesson);

ParaatOtoFacts *paraat_oto_facts_new  (void);
void            paraat_oto_facts_free (ParaatOtoFacts *facts);

/* Day helpers: the Julian day of a year, month and day; and "YYYY-MM-DD". */
guint32            paraat_day_from_ymd  (int year, int month, int day);
char              *paraat_day_format    (guint32 day);
/* Parses "YYYY-MM-DD"; 0 when it is not a valid date. */
guint32            paraat_day_parse     (const char *text);
/* The local day of @instant in @tz. */
guint32            paraat_day_of_instant (gint64 instant, GTimeZone *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatOtoFacts, paraat_oto_facts_free)

G_END_DECLS
