/* paraat-ics-import.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ical/paraat-ics-timezone.h"
#include "planning/paraat-roster.h"

G_BEGIN_DECLS

/* Reading an iCalendar file (.ics) of absences or public holidays into a
 * plan: what would be imported and what is skipped, and why, before anything
 * is written. Pure apart from libical: bytes in, plan out.
 *
 * A file is refused as a whole (a PARAAT_ICS_ERROR_REFUSED error whose
 * message a coordinator can read) when it is not iCalendar, is truncated or
 * misses an END, is larger than the limit, has a property longer than the
 * limit, is not UTF-8, names a time zone (TZID) that it does not define and
 * this system does not know (guessing would shift every time), or repeats
 * events more often within the horizon than the limit. Lines ending in LF
 * only are accepted.
 *
 * Single events are skipped, with the reason, when they lie outside the
 * horizon, repeat a UID (and RECURRENCE-ID) seen before, are cancelled, have
 * no start or no length, or (with skip_free_time) are timed and marked as
 * free time. All-day events become whole local days of the organisation's
 * zone; timed events are converted from their TZID (the file's own VTIMEZONE
 * first, then the system's zones); floating times are read in the
 * organisation's zone. RRULE, RDATE and EXDATE are expanded within the
 * horizon, and RECURRENCE-ID overrides replace their occurrence. */

typedef struct
{
  const char *tzid;              /* the organisation's zone, "Europe/Amsterdam" */
  gint64      from;              /* horizon, UTC seconds, [from, until) */
  gint64      until;
  gsize       max_bytes;         /* the whole file */
  gsize       max_property_bytes;/* one unfolded content line */
  guint       max_instances;     /* rows to import, recurrences included */
  gboolean    whole_days;        /* timed events become the local days they touch (holidays) */
  gboolean    skip_free_time;    /* timed events marked free (TRANSP:TRANSPARENT) are skipped */
} ParaatIcsImportOptions;

typedef struct
{
  gint64    starts_at;           /* UTC seconds, end exclusive */
  gint64    ends_at;
  gboolean  all_day;
  char     *summary;             /* "" when the event has none */
  char     *uid;                 /* "" when the event has none */
  char     *reason;              /* NULL when imported; else why it is skipped */
} ParaatIcsItem;

typedef struct
{
  GPtrArray *items;              /* ParaatIcsItem, by start */
  guint      n_import;
  guint      n_skipped;
} ParaatIcsPlan;

/* Defaults: 20 MB a file, 1 MB a property, 1000 instances, the horizon of
 * the feeds (the past 90 days and the next 12 months from @now, in @tzid). */
void           paraat_ics_import_options_init (ParaatIcsImportOptions *options,
                                               const char             *tzid,
                                               gint64                  now);

ParaatIcsPlan *paraat_ics_import_plan         (const char             *data,
                                               gsize                   length,
                                               const ParaatIcsImportOptions *options,
                                               GError                **error);

typedef enum
{
  PARAAT_ICS_TARGET_ABSENCES,    /* a person's absences: they never overlap */
  PARAAT_ICS_TARGET_HOLIDAYS,    /* the organisation's holidays: several may share a day */
} ParaatIcsTarget;

/* Skips the rows to import that equal one of @stored ("already stored").
 * For absences also those that overlap one of @stored or an earlier row to
 * import; for holidays those that repeat an earlier row (same days and
 * name). @tz formats the days in the reasons. */
void           paraat_ics_plan_skip_stored    (ParaatIcsPlan          *plan,
                                               const ParaatPeriod     *stored,
                                               guint                   n_stored,
                                               ParaatIcsTarget         target,
                                               GTimeZone              *tz);

/* "Mon 3 Aug 2026 – Fri 7 Aug 2026" (all day) or "Mon 3 Aug 2026 09:00–17:00"
 * in @tz, in the user's language. */
char          *paraat_ics_item_format_when    (const ParaatIcsItem    *item,
                                               GTimeZone              *tz);

void           paraat_ics_plan_free           (ParaatIcsPlan          *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatIcsPlan, paraat_ics_plan_free)

G_END_DECLS
