/* paraat-ics-writer.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes iCalendar (RFC 5545) text for a published feed: a VCALENDAR with
 * the properties calendar clients need to subscribe well (name, zone,
 * refresh interval), the organisation's VTIMEZONE, and VEVENTs. Text is
 * escaped, lines end in CRLF and are folded at 75 octets without ever
 * splitting a UTF-8 character. The output depends only on the input, so a
 * feed generated twice from the same facts is byte-identical apart from
 * DTSTAMP (which the caller passes). */

typedef struct
{
  const char  *uid;
  gint64       starts_at;      /* Unix seconds */
  gint64       ends_at;
  gboolean     all_day;        /* DATE values: the local days starts_at..ends_at covers */
  const char  *summary;
  const char  *description;    /* NULL or "" for none */
  const char  *location;       /* NULL or "" for none */
  const char  *categories;     /* comma-separated, each escaped; NULL for none */
  gboolean     transparent;    /* TRANSP:TRANSPARENT (free) or OPAQUE (busy) */
  gboolean     cancelled;      /* STATUS:CANCELLED instead of CONFIRMED */
  int          alarm_minutes;  /* a display alarm this long before the start; < 0 for none */
  const char  *alarm_text;     /* the alarm's text; NULL: the summary */
  int          sequence;
  gint64       last_modified;  /* Unix seconds */
} ParaatIcsEvent;

typedef struct _ParaatIcsWriter ParaatIcsWriter;

/* @tz is the zone times are written in (kept, not copied); @tzid its IANA
 * name, or "UTC" for UTC times without a VTIMEZONE; @vtimezone the
 * VTIMEZONE text for @tzid (see paraat_ics_vtimezone()), ignored for UTC.
 * @dtstamp is the moment the feed is generated. */
ParaatIcsWriter *paraat_ics_writer_new        (const char            *calendar_name,
                                               const char            *description,
                                               const char            *tzid,
                                               GTimeZone             *tz,
                                               const char            *vtimezone,
                                               gint64                 dtstamp);
void             paraat_ics_writer_add_event  (ParaatIcsWriter       *self,
                                               const ParaatIcsEvent  *event);
guint            paraat_ics_writer_get_count  (ParaatIcsWriter       *self);
/* Ends the calendar, frees @self and returns the text (CRLF line ends). */
char            *paraat_ics_writer_finish     (ParaatIcsWriter       *self,
                                               gsize                 *length);
void             paraat_ics_writer_free       (ParaatIcsWriter       *self);

/* The pieces, for tests: @text escaped as an iCalendar TEXT value (\\ \; \,
 * \n, carriage returns dropped), and one content line folded into @out with
 * its CRLF. */
void             paraat_ics_append_escaped    (GString               *out,
                                               const char            *text);
void             paraat_ics_append_folded     (GString               *out,
                                               const char            *line,
                                               gsize                  length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatIcsWriter, paraat_ics_writer_free)

G_END_DECLS
