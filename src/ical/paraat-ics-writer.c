/* paraat-ics-writer.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ical"

#include "config.h"

#include <string.h>

#include "ical/paraat-ics-writer.h"

/* RFC 5545 §3.1: a content line is at most 75 octets, CRLF not counted; a
 * longer one continues on lines that start with one space. */
#define FOLD_OCTETS 75

struct _ParaatIcsWriter
{
  GString   *out;
  GString   *line;
  GTimeZone *tz;
  char      *tzid;       /* NULL: UTC */
  char      *dtstamp;
  guint      count;
};

void
paraat_ics_append_escaped (GString    *out,
                           const char *text)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        case '\t': g_string_append_c (out, ' '); break;
        default:
          /* Other control characters are not allowed in TEXT. */
          if (c >= 0x20 && c != 0x7f)
            g_string_append_c (out, (char) c);
          break;
        }
    }
}

void
paraat_ics_append_folded (GString    *out,
                          const char *line,
                          gsize       length)
{
  gsize start = 0;
  gsize room = FOLD_OCTETS;

  while (length - start > room)
    {
      gsize cut = start + room;

      /* Never between the bytes of one character: back up to its first. */
      while (cut > start && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      if (cut == start)
        cut = start + room;   /* not UTF-8 at all; cut anyway */

      g_string_append_len (out, line + start, (gssize) (cut - start));
      g_string_append (out, "\r\n ");
      start = cut;
      room = FOLD_OCTETS - 1;   /* the leading space counts */
    }

  g_string_append_len (out, line + start, (gssize) (length - start));
  g_string_append (out, "\r\n");
}

/* The line being built goes out folded and is cleared. */
static void
emit (ParaatIcsWriter *self)
{
  paraat_ics_append_folded (self->out, self->line->str, self->line->len);
  g_string_truncate (self->line, 0);
}

static void
emit_plain (ParaatIcsWriter *self,
            const char      *name,
            const char      *value)
{
  g_string_append (self->line, name);
  g_string_append_c (self->line, ':');
  g_string_append (self->line, value);
  emit (self);
}

static void
emit_text (ParaatIcsWriter *self,
           const char      *name,
           const char      *value)
{
  g_string_append (self->line, name);
  g_string_append_c (self->line, ':');
  paraat_ics_append_escaped (self->line, value);
  emit (self);
}

/* The civil date of day @days since 1970-01-01 (proleptic Gregorian;
 * H. Hinnant's days-to-civil). GDateTime would do, at ten times the cost
 * for every time in a feed of thousands. */
static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;

  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (yoe + era * 400 + (*month <= 2));
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* "20270104T090000" for the wall-clock @seconds (Unix time plus offset),
 * with "Z" after it when @utc; @buffer holds at least 17 bytes. */
static void
format_stamp (char     *buffer,
              gint64    seconds,
              gboolean  date_only,
              gboolean  utc)
{
  gint64 days = floor_div (seconds, 86400);
  gint64 rest = seconds - days * 86400;
  int year, month, day;

  civil_from_days (days, &year, &month, &day);
  if (date_only)
    g_snprintf (buffer, 17, "%04d%02d%02d", year, month, day);
  else
    g_snprintf (buffer, 17, "%04d%02d%02dT%02d%02d%02d%s", year, month, day, (int) (rest / 3600),
                (int) (rest / 60 % 60), (int) (rest % 60), utc ? "Z" : "");
}

static char *
format_utc (gint64 unix_time)
{
  char buffer[17];

  format_stamp (buffer, unix_time, FALSE, TRUE);
  return g_strdup (buffer);
}

static void
emit_time (ParaatIcsWriter *self,
           const char      *name,
           gint64           unix_time,
           gboolean         all_day,
           gboolean         is_end)
{
  int interval = g_time_zone_find_interval (self->tz, G_TIME_TYPE_UNIVERSAL, unix_time);
  gint64 local = unix_time + (interval >= 0 ? g_time_zone_get_offset (self->tz, interval) : 0);
  char text[17];

  if (all_day)
    {
      /* An all-day item ends on the day after its last; an end at midnight
       * is already that day. */
      gint64 day = floor_div (local, 86400);

      if (is_end && local - day * 86400 != 0)
        day++;
      format_stamp (text, day * 86400, TRUE, FALSE);
      g_string_append_printf (self->line, "%s;VALUE=DATE:%s", name, text);
    }
  else if (self->tzid == NULL)
    {
      format_stamp (text, unix_time, FALSE, TRUE);
      g_string_append_printf (self->line, "%s:%s", name, text);
    }
  else
    {
      format_stamp (text, local, FALSE, FALSE);
      g_string_append_printf (self->line, "%s;TZID=%s:%s", name, self->tzid, text);
    }
  emit (self);
}

/* A VTIMEZONE as libical writes it has LF or CRLF line ends and lines
 * already folded; copy it with CRLF everywhere. */
static void
append_component (GString    *out,
                  const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize) (end - p) : strlen (p);

      if (len > 0 && p[len - 1] == '\r')
        len--;
      if (len > 0)
        {
          g_string_append_len (out, p, (gssize) len);
          g_string_append (out, "\r\n");
        }
      if (end == NULL)
        break;
      p = end + 1;
    }
}

ParaatIcsWriter *
paraat_ics_writer_new (const char *calendar_name,
                       const char *description,
                       const char *tzid,
                       GTimeZone  *tz,
                       const char *vtimezone,
                       gint64      dtstamp)
{
  ParaatIcsWriter *self;

  g_return_val_if_fail (calendar_name != NULL, NULL);
  g_return_val_if_fail (tzid != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  self = g_new0 (ParaatIcsWriter, 1);
  self->out = g_string_sized_new (4096);
  self->line = g_string_sized_new (256);
  self->tz = g_time_zone_ref (tz);
  self->tzid = g_strcmp0 (tzid, "UTC") != 0 ? g_strdup (tzid) : NULL;
  self->dtstamp = format_utc (dtstamp);

  emit_plain (self, "BEGIN", "VCALENDAR");
  emit_plain (self, "VERSION", "2.0");
  emit_plain (self, "PRODID", "-//Paraat//Paraat " PACKAGE_VERSION "//NL");
  emit_plain (self, "CALSCALE", "GREGORIAN");
  emit_plain (self, "METHOD", "PUBLISH");
  emit_text (self, "X-WR-CALNAME", calendar_name);
  if (description != NULL && *description != '\0')
    emit_text (self, "X-WR-CALDESC", description);
  emit_plain (self, "X-WR-TIMEZONE", tzid);
  emit_plain (self, "REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
  emit_plain (self, "X-PUBLISHED-TTL", "PT1H");
  if (self->tzid != NULL && vtimezone != NULL)
    append_component (self->out, vtimezone);

  return self;
}

void
paraat_ics_writer_add_event (ParaatIcsWriter      *self,
                             const ParaatIcsEvent *event)
{
  g_autofree char *modified = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (event != NULL && event->uid != NULL && event->summary != NULL);

  emit_plain (self, "BEGIN", "VEVENT");
  emit_text (self, "UID", event->uid);
  emit_plain (self, "DTSTAMP", self->dtstamp);
  modified = format_utc (event->last_modified);
  emit_plain (self, "LAST-MODIFIED", modified);
  g_string_append_printf (self->line, "SEQUENCE:%d", MAX (event->sequence, 0));
  emit (self);
  emit_time (self, "DTSTART", event->starts_at, event->all_day, FALSE);
  emit_time (self, "DTEND", MAX (event->ends_at, event->starts_at), event->all_day, TRUE);
  emit_text (self, "SUMMARY", event->summary);
  if (event->description != NULL && *event->description != '\0')
    emit_text (self, "DESCRIPTION", event->description);
  if (event->location != NULL && *event->location != '\0')
    emit_text (self, "LOCATION", event->location);
  if (event->categories != NULL && *event->categories != '\0')
    emit_plain (self, "CATEGORIES", event->categories);
  emit_plain (self, "TRANSP", event->transparent ? "TRANSPARENT" : "OPAQUE");
  emit_plain (self, "STATUS", event->cancelled ? "CANCELLED" : "CONFIRMED");
  emit_plain (self, "CLASS", "PUBLIC");

  if (event->alarm_minutes >= 0 && !event->cancelled)
    {
      emit_plain (self, "BEGIN", "VALARM");
      emit_plain (self, "ACTION", "DISPLAY");
      emit_text (self, "DESCRIPTION", event->alarm_text != NULL ? event->alarm_text : event->summary);
      if (event->alarm_minutes % 60 == 0 && event->alarm_minutes > 0)
        g_string_append_printf (self->line, "TRIGGER:-PT%dH", event->alarm_minutes / 60);
      else
        g_string_append_printf (self->line, "TRIGGER:-PT%dM", event->alarm_minutes);
      emit (self);
      emit_plain (self, "END", "VALARM");
    }

  emit_plain (self, "END", "VEVENT");
  self->count++;
}

guint
paraat_ics_writer_get_count (ParaatIcsWriter *self)
{
  return self->count;
}

void
paraat_ics_writer_free (ParaatIcsWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_string_free (self->line, TRUE);
  g_time_zone_unref (self->tz);
  g_free (self->tzid);
  g_free (self->dtstamp);
  g_free (self);
}

char *
paraat_ics_writer_finish (ParaatIcsWriter *self,
                          gsize           *length)
{
  char *text;

  emit_plain (self, "END", "VCALENDAR");
  if (length != NULL)
    *length = self->out->len;
  text = g_string_free (self->out, FALSE);
  self->out = NULL;
  g_string_free (self->line, TRUE);
  g_time_zone_unref (self->tz);
  g_free (self->tzid);
  g_free (self->dtstamp);
  g_free (self);

  return text;
}
