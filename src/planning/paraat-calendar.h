/* paraat-calendar.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Wall-clock rules of the organisation, evaluated in its time zone. Pure
 * functions: no I/O, no global state. Instants are UTC seconds. */

/* The instant of the local time @hour:@minute on @year-@month-@day in @tz. A
 * time in the repeated hour of the autumn change is read as its first
 * occurrence (as RFC 5545 does); a time in the skipped hour of the spring
 * change moves forward by the size of the gap. Returns FALSE for a date or
 * time that does not exist in the calendar. */
gboolean paraat_calendar_local_to_utc  (GTimeZone *tz,
                                        int        year,
                                        int        month,
                                        int        day,
                                        int        hour,
                                        int        minute,
                                        gint64    *instant);

/* The ISO 8601 week (and its year, which may differ from the calendar year
 * around New Year) that @instant falls in, in @tz. */
void     paraat_calendar_iso_week      (GTimeZone *tz,
                                        gint64     instant,
                                        int       *iso_year,
                                        int       *week);

/* The number of ISO weeks (52 or 53) in @iso_year. */
int      paraat_calendar_weeks_in_year (int        iso_year);

/* The instant of the hand-over at @hour:@minute on ISO weekday @weekday
 * (1 = Monday … 7 = Sunday) of ISO week @week of @iso_year, in @tz. Returns
 * FALSE when the week or weekday does not exist. */
gboolean paraat_calendar_week_handover (GTimeZone *tz,
                                        int        iso_year,
                                        int        week,
                                        int        weekday,
                                        int        hour,
                                        int        minute,
                                        gint64    *instant);

G_END_DECLS
