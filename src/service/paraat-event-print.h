/* paraat-event-print.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "planning/paraat-event-labels.h"
#include "report/paraat-report-events.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Event safety on paper, as the Events page and paraatctl print it: the
 * event calendar of a year (as filtered), and one event's schouw form. */

typedef struct
{
  int                year;
  ParaatEventFilter  filter;
  GArray            *entries;   /* ParaatCalendarEntry, by start */
  GPtrArray         *pool;      /* the texts the entries point to */
} ParaatEventCalendar;

/* The events of @year (in @tz) that pass @filter, each with its partners
 * and the progress of its checklist at @now. */
ParaatEventCalendar *paraat_event_calendar_new       (ParaatStore                *store,
                                                      GTimeZone                  *tz,
                                                      int                         year,
                                                      const ParaatEventFilter    *filter,
                                                      gint64                      now,
                                                      GError                    **error);
void                 paraat_event_calendar_free      (ParaatEventCalendar        *calendar);

/* "Event Calendar 2027", under it @organisation, the day @printed and the
 * filter; A4 landscape. Returns the number of pages, or 0 with @error. */
guint                paraat_event_calendar_write_pdf (ParaatEventCalendar        *calendar,
                                                      const char                 *organisation,
                                                      GDateTime                  *printed,
                                                      const char                 *path,
                                                      GError                    **error);

/* The integrale schouw form of @event_id: the event, the schouw (or lines to
 * fill in), the checklist by phase, the points to put right with empty
 * rows to add more by hand, and the go/no-go (or the fields to sign). A4
 * portrait. Returns the number of pages, or 0 with @error. */
guint                paraat_schouw_form_write_pdf    (ParaatStore                *store,
                                                      GTimeZone                  *tz,
                                                      gint64                      event_id,
                                                      const char                 *organisation,
                                                      GDateTime                  *printed,
                                                      const char                 *path,
                                                      GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatEventCalendar, paraat_event_calendar_free)

G_END_DECLS
