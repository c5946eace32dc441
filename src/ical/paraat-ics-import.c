/* paraat-ics-import.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "ical/paraat-ics-import.h"
#include "planning/paraat-calendar.h"

#define DAY ((gint64) 86400)

/* A rule is walked from its DTSTART; beyond this many occurrences (before
 * or in the horizon) it is refused rather than expanded. */
#define MAX_EXAMINED 100000

typedef struct
{
  const ParaatIcsImportOptions *options;
  GTimeZone     *tz;            /* the organisation's zone, for dates */
  icaltimezone  *zone;          /* the same for libical: floating times */
  icalcomponent *calendar;      /* the VCALENDAR being read */
  ParaatIcsPlan *plan;
  GHashTable    *seen;          /* "UID\nRECURRENCE-ID" of events read */
  GHashTable    *overrides;     /* "UID\nstart" of RECURRENCE-ID events */
  guint          n_rows;        /* rows to import so far */
} Reader;

static gboolean
refuse (GError    **error,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError    **error,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_REFUSED, message);
  return FALSE;
}

static char *
format_day (gint64     instant,
            GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  /* Translators: a day in the preview of an imported calendar, strftime format: "Mon 3 Aug 2026" */
  return g_date_time_format (local, _("%a %-d %b %Y"));
}

static char *
format_time (gint64     instant,
             GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%H:%M");
}

char *
paraat_ics_item_format_when (const ParaatIcsItem *item,
                             GTimeZone           *tz)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (item->ends_at <= item->starts_at)
    return format_day (item->starts_at, tz);

  if (item->all_day)
    {
      first = format_day (item->starts_at, tz);
      last = format_day (item->ends_at - 1, tz);
      if (g_strcmp0 (first, last) == 0)
        /* Translators: an all-day event, "Mon 3 Aug 2026, all day" */
        return g_strdup_printf (_("%s, all day"), first);
      /* Translators: a period of whole days, "Mon 3 Aug 2026 – Fri 7 Aug 2026" */
      return g_strdup_printf (_("%s – %s"), first, last);
    }

  first = format_day (item->starts_at, tz);
  last = format_day (item->ends_at, tz);
  {
    g_autofree char *from = format_time (item->starts_at, tz);
    g_autofree char *until = format_time (item->ends_at, tz);

    if (g_strcmp0 (first, last) == 0)
      /* Translators: a timed event on one day, "Mon 3 Aug 2026 09:00–17:00" */
      return g_strdup_printf (_("%s %s–%s"), first, from, until);
    /* Translators: a timed event over days, "Mon 3 Aug 2026 09:00 – Tue 4 Aug 2026 12:00" */
    return g_strdup_printf (_("%s %s – %s %s"), first, from, last, until);
  }
}

void
paraat_ics_import_options_init (ParaatIcsImportOptions *options,
                                const char             *tzid,
                                gint64                  now)
{
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr (GDateTime) local = NULL;
  g_autoptr (GDateTime) later = NULL;

  g_return_if_fail (options != NULL);
  g_return_if_fail (tzid != NULL);

  tz = g_time_zone_new_identifier (tzid);
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (utc, tz);
  later = g_date_time_add_months (local, 12);

  *options = (ParaatIcsImportOptions) {
    .tzid = tzid,
    .from = now - 90 * DAY,
    .until = g_date_time_to_unix (later),
    .max_bytes = 20 * 1000 * 1000,
    .max_property_bytes = 1000 * 1000,
    .max_instances = 1000,
  };
}

/*
 * The text, before libical sees it: size, encoding, lines and nesting.
 */

static gboolean
check_text (const char                   *data,
            gsize                         length,
            const ParaatIcsImportOptions *options,
            GError                      **error)
{
  g_autoptr (GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  const char *end = data + length;
  const char *line = data;
  const char *invalid = NULL;
  gsize logical = 0;
  guint logical_line = 0;
  guint number = 0;
  gboolean seen_calendar = FALSE;

  if (length > options->max_bytes)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (options->max_bytes);

      return refuse (error, _("The file is %s; calendar files larger than %s are not read."), size, limit);
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_autofree char *byte = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (invalid - data) + 1);

      return refuse (error, _("The file is not UTF-8 text (the encoding of iCalendar) from byte %s on: "
                              "it is not a calendar file, or it is damaged."), byte);
    }

  while (line < end)
    {
      const char *newline = memchr (line, '\n', end - line);
      const char *stop = newline != NULL ? newline : end;
      gsize width;

      number++;
      if (stop > line && stop[-1] == '\r')
        stop--;
      width = stop - line;

      if (width > 0 && (line[0] == ' ' || line[0] == '\t'))
        logical += width - 1;      /* a folded continuation */
      else
        {
          logical = width;
          logical_line = number;
        }

      if (logical > options->max_property_bytes)
        {
          g_autofree char *limit = g_format_size (options->max_property_bytes);

          return refuse (error, _("Line %u holds a property longer than %s: this is not a calendar "
                                  "exported by a calendar program, and it is not read."),
                         logical_line, limit);
        }

      if (width > 0 && line[0] != ' ' && line[0] != '\t')
        {
          gboolean begin = width > 6 && g_ascii_strncasecmp (line, "BEGIN:", 6) == 0;
          gboolean finish = width > 4 && g_ascii_strncasecmp (line, "END:", 4) == 0;

          if (!seen_calendar && !(begin && width == 15 && g_ascii_strncasecmp (line + 6, "VCALENDAR", 9) == 0))
            return refuse (error, _("This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR."));

          if (begin)
            {
              if (open->len == 0 && !(width == 15 && g_ascii_strncasecmp (line + 6, "VCALENDAR", 9) == 0))
                return refuse (error, _("Line %u begins %.*s outside the calendar: the file is damaged."),
                               number, (int) MIN (width, 40), line);
              g_ptr_array_add (open, g_ascii_strup (line + 6, width - 6));
              seen_calendar = TRUE;
            }
          else if (finish)
            {
              g_autofree char *name = g_ascii_strup (line + 4, width - 4);

              if (open->len == 0 || g_strcmp0 (g_ptr_array_index (open, open->len - 1), name) != 0)
                return refuse (error, _("Line %u says END:%s where no %s was begun: "
                                        "the file is damaged or put together from parts."),
                               number, name, name);
              g_ptr_array_remove_index (open, open->len - 1);
            }
          else if (open->len == 0)
            return refuse (error, _("Line %u lies outside the calendar (after its END:VCALENDAR): "
                                    "the file is damaged."), number);
        }

      line = newline != NULL ? newline + 1 : end;
    }

  if (!seen_calendar)
    return refuse (error, _("This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR."));
  if (open->len > 0)
    return refuse (error, _("The file ends before END:%s: it is incomplete, perhaps cut off while "
                            "it was downloaded or saved."),
                   (const char *) g_ptr_array_index (open, open->len - 1));

  return TRUE;
}

/*
 * Times
 */

static icaltimezone *
resolve_zone (Reader     *reader,
              const char *tzid)
{
  icaltimezone *zone;

  if (tzid == NULL)
    return NULL;
  if (g_ascii_strcasecmp (tzid, "UTC") == 0 || g_ascii_strcasecmp (tzid, "GMT") == 0 ||
      g_ascii_strcasecmp (tzid, "Etc/UTC") == 0)
    return icaltimezone_get_utc_timezone ();
  /* The file's own VTIMEZONE first: Outlook names zones its own way. */
  zone = icalcomponent_get_timezone (reader->calendar, tzid);
  if (zone == NULL && strchr (tzid, '/') != NULL)
    zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL && tzid[0] == '/')
    zone = icaltimezone_get_builtin_timezone_from_tzid (tzid);
  return zone;
}

static icaltimezone *
property_zone (Reader       *reader,
               icalproperty *property)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);

  return parameter != NULL ? resolve_zone (reader, icalparameter_get_tzid (parameter)) : NULL;
}

/* The instant of @time: a date is local midnight in the organisation's
 * zone, a UTC time itself, a time with a zone in that zone, a floating time
 * in the organisation's zone. */
static gboolean
to_instant (Reader        *reader,
            icaltimetype   time,
            icaltimezone  *zone,
            gint64        *instant)
{
  icaltimetype local = time;

  if (icaltime_is_null_time (time) || !icaltime_is_valid_time (time))
    return FALSE;
  if (time.is_date)
    return paraat_calendar_local_to_utc (reader->tz, time.year, time.month, time.day, 0, 0, instant);
  if (icaltime_is_utc (time))
    zone = icaltimezone_get_utc_timezone ();
  else if (zone == NULL)
    zone = reader->zone;
  local.zone = NULL;
  *instant = (gint64) icaltime_as_timet_with_zone (local, zone);
  return TRUE;
}

/* The day after @instant's local day, at midnight: the end of whole days. */
static gint64
next_midnight (GTimeZone *tz,
               gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr (GDateTime) next = g_date_time_add_days (local, 1);
  gint64 result = instant + DAY;

  paraat_calendar_local_to_utc (tz, g_date_time_get_year (next), g_date_time_get_month (next),
                                g_date_time_get_day_of_month (next), 0, 0, &result);
  return result;
}

static gint64
local_midnight (GTimeZone *tz,
                gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  gint64 result = instant;

  paraat_calendar_local_to_utc (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                                g_date_time_get_day_of_month (local), 0, 0, &result);
  return result;
}

/*
 * The plan
 */

static void
item_free (ParaatIcsItem *item)
{
  g_free (item->summary);
  g_free (item->uid);
  g_free (item->reason);
  g_free (item);
}

void
paraat_ics_plan_free (ParaatIcsPlan *plan)
{
  if (plan == NULL)
    return;

  g_ptr_array_unref (plan->items);
  g_free (plan);
}

static ParaatIcsItem *
add_item (Reader     *reader,
          const char *summary,
          const char *uid,
          gint64      starts_at,
          gint64      ends_at,
          gboolean    all_day,
          char       *reason)
{
  ParaatIcsItem *item = g_new0 (ParaatIcsItem, 1);

  item->summary = g_strdup (summary != NULL ? summary : "");
  item->uid = g_strdup (uid != NULL ? uid : "");
  item->starts_at = starts_at;
  item->ends_at = ends_at;
  item->all_day = all_day;
  item->reason = reason;
  g_ptr_array_add (reader->plan->items, item);
  return item;
}

static char *
horizon_text (Reader *reader)
{
  g_autofree char *from = format_day (reader->options->from, reader->tz);
  g_autofree char *until = format_day (reader->options->until - 1, reader->tz);

  /* Translators: the period imported, "Mon 3 Aug 2026 – Tue 3 Aug 2027" */
  return g_strdup_printf (_("%s – %s"), from, until);
}

/* Adds one occurrence [@starts_at, @ends_at) to import, or skips it outside
 * the horizon; FALSE (and the file refused) past the limit. */
static gboolean
add_occurrence (Reader     *reader,
                const char *summary,
                const char *uid,
                gint64      starts_at,
                gint64      ends_at,
                gboolean    all_day,
                gboolean    listed_outside,
                GError    **error)
{
  if (reader->options->whole_days && !all_day)
    {
      gint64 first = local_midnight (reader->tz, starts_at);

      ends_at = next_midnight (reader->tz, MAX (starts_at, ends_at - 1));
      starts_at = first;
      all_day = TRUE;
    }

  if (ends_at <= reader->options->from || starts_at >= reader->options->until)
    {
      if (listed_outside)
        {
          g_autofree char *period = horizon_text (reader);

          add_item (reader, summary, uid, starts_at, ends_at, all_day,
                    g_strdup_printf (_("Outside the period imported (%s)"), period));
        }
      return TRUE;
    }

  if (++reader->n_rows > reader->options->max_instances)
    {
      g_autofree char *period = horizon_text (reader);

      return refuse (error, _("The file holds more than %u events in the period imported (%s); "
                              "“%s” is one of them. A file with that many events is not imported: "
                              "export a shorter period, or fewer events."),
                     reader->options->max_instances, period, summary);
    }

  add_item (reader, summary, uid, starts_at, ends_at, all_day, NULL);
  return TRUE;
}

static char *
occurrence_key (const char *uid,
                gint64      starts_at)
{
  return g_strdup_printf ("%s\n%" G_GINT64_FORMAT, uid, starts_at);
}

/* Is the event, or its TRANSP, free time? Outlook also says so in its own
 * property. */
static gboolean
is_free_time (icalcomponent *event)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_TRANSP_PROPERTY);

  if (property != NULL && icalproperty_get_transp (property) == ICAL_TRANSP_TRANSPARENT)
    return TRUE;

  for (property = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      const char *name = icalproperty_get_x_name (property);
      const char *value = icalproperty_get_x (property);

      if (g_strcmp0 (name, "X-MICROSOFT-CDO-BUSYSTATUS") == 0 && g_strcmp0 (value, "FREE") == 0)
        return TRUE;
    }
  return FALSE;
}

static int
compare_instants (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The occurrences of a repeating event within the horizon: its DTSTART,
 * RRULEs and RDATEs, without EXDATEs and occurrences that a RECURRENCE-ID
 * event of the same UID replaces. */
static gboolean
expand (Reader        *reader,
        icalcomponent *event,
        const char    *summary,
        const char    *uid,
        icaltimetype   start,
        icaltimezone  *zone,
        gint64         duration,
        int            days,
        GError       **error)
{
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GHashTable) excluded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gboolean all_day = start.is_date;
  gboolean outside = FALSE;
  guint examined = 0;
  gint64 last = G_MININT64;
  icalproperty *property;

  for (property = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      gint64 instant;

      if (to_instant (reader, icalproperty_get_exdate (property), property_zone (reader, property), &instant))
        g_hash_table_add (excluded, g_memdup2 (&instant, sizeof instant));
    }

  for (property = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RRULE_PROPERTY))
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (property);
      icalrecur_iterator *iterator;
      icaltimetype next;

      if (rule.freq == ICAL_NO_RECURRENCE)
        continue;
      iterator = icalrecur_iterator_new (rule, start);
      if (iterator == NULL)
        continue;
      for (next = icalrecur_iterator_next (iterator);
           !icaltime_is_null_time (next);
           next = icalrecur_iterator_next (iterator))
        {
          gint64 instant;

          if (++examined > MAX_EXAMINED)
            {
              icalrecur_iterator_free (iterator);
              return refuse (error, _("“%s” repeats more than %u times since it began: the file is not "
                                      "imported. Export the calendar without such a series."),
                             summary, MAX_EXAMINED);
            }
          if (!to_instant (reader, next, zone, &instant))
            continue;
          if (instant >= reader->options->until)
            break;
          g_array_append_val (starts, instant);
        }
      icalrecur_iterator_free (iterator);
    }

  for (property = icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype date = icalproperty_get_rdate (property);
      icaltimetype time = icaltime_is_null_time (date.time) ? date.period.start : date.time;
      gint64 instant;

      if (++examined > MAX_EXAMINED)
        return refuse (error, _("“%s” repeats more than %u times since it began: the file is not "
                                "imported. Export the calendar without such a series."),
                       summary, MAX_EXAMINED);
      if (to_instant (reader, time, property_zone (reader, property), &instant))
        g_array_append_val (starts, instant);
    }

  /* DTSTART is always the first occurrence. */
  {
    gint64 first;

    if (to_instant (reader, start, zone, &first))
      g_array_append_val (starts, first);
  }

  g_array_sort (starts, compare_instants);
  for (guint i = 0; i < starts->len; i++)
    {
      gint64 starts_at = g_array_index (starts, gint64, i);
      g_autofree char *key = occurrence_key (uid, starts_at);
      gint64 ends_at = starts_at + duration;

      if (starts_at == last || g_hash_table_contains (excluded, &starts_at) ||
          (*uid != '\0' && g_hash_table_contains (reader->overrides, key)))
        continue;
      last = starts_at;

      if (all_day)
        {
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (starts_at);
          g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, reader->tz);
          g_autoptr (GDateTime) end = g_date_time_add_days (local, days);

          if (!paraat_calendar_local_to_utc (reader->tz, g_date_time_get_year (end), g_date_time_get_month (end),
                                             g_date_time_get_day_of_month (end), 0, 0, &ends_at))
            continue;
        }

      if (ends_at <= reader->options->from || starts_at >= reader->options->until)
        {
          outside = TRUE;
          continue;
        }
      if (!add_occurrence (reader, summary, uid, starts_at, ends_at, all_day, FALSE, error))
        return FALSE;
    }

  if (outside || starts->len == 0)
    {
      g_autofree char *period = horizon_text (reader);
      gint64 first = 0;

      to_instant (reader, start, zone, &first);
      add_item (reader, summary, uid, first, first + duration, all_day,
                g_strdup_printf (_("Repeats: the occurrences outside the period imported (%s) are left out"),
                                 period));
    }

  return TRUE;
}

/* Checks that every TZID the events use can be read. */
static gboolean
check_zones (Reader  *reader,
             GError **error)
{
  icalcomponent *event;

  for (event = icalcomponent_get_first_component (reader->calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (reader->calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *property;

      for (property = icalcomponent_get_first_property (event, ICAL_ANY_PROPERTY);
           property != NULL;
           property = icalcomponent_get_next_property (event, ICAL_ANY_PROPERTY))
        {
          icalparameter *parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
          const char *tzid = parameter != NULL ? icalparameter_get_tzid (parameter) : NULL;

          if (tzid != NULL && resolve_zone (reader, tzid) == NULL)
            return refuse (error, _("The file uses the time zone “%s” without describing it (no VTIMEZONE), "
                                    "and this system does not know it, so its times cannot be read. "
                                    "Export the calendar again with its time zones."), tzid);
        }
    }
  return TRUE;
}

static gboolean
read_event (Reader        *reader,
            icalcomponent *event,
            GError       **error)
{
  const char *uid = icalcomponent_get_uid (event);
  const char *summary = icalcomponent_get_summary (event);
  icalproperty *start_property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *end_property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *duration_property = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY);
  icalproperty *rid_property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  icaltimetype start = icaltime_null_time ();
  icaltimezone *zone = NULL;
  g_autofree char *key = NULL;
  gint64 starts_at = 0, ends_at = 0;
  gint64 rid = 0;
  gboolean all_day;
  int days = 1;

  uid = uid != NULL ? uid : "";
  summary = summary != NULL ? summary : "";

  if (start_property != NULL)
    {
      start = icalproperty_get_dtstart (start_property);
      zone = property_zone (reader, start_property);
    }
  if (start_property == NULL || !to_instant (reader, start, zone, &starts_at))
    {
      add_item (reader, summary, uid, 0, 0, FALSE, g_strdup (_("Has no start (DTSTART) that can be read")));
      return TRUE;
    }
  all_day = start.is_date;

  if (rid_property != NULL)
    to_instant (reader, icalproperty_get_recurrenceid (rid_property), property_zone (reader, rid_property), &rid);
  key = occurrence_key (uid, rid);

  /* The end: DTEND, else DURATION, else one day for a date and nothing for a time. */
  if (end_property != NULL)
    {
      icaltimetype end = icalproperty_get_dtend (end_property);

      if (!to_instant (reader, end, property_zone (reader, end_property), &ends_at))
        ends_at = starts_at;
    }
  else if (duration_property != NULL)
    {
      struct icaldurationtype duration = icalproperty_get_duration (duration_property);

      if (all_day)
        {
          days = (int) (duration.weeks * 7 + duration.days);
          ends_at = starts_at + days * DAY;
        }
      else
        ends_at = starts_at + icaldurationtype_as_int (duration);
    }
  else
    ends_at = all_day ? starts_at + DAY : starts_at;

  if (all_day)
    {
      /* Whole local days, counted on the calendar (a day may last 23 or 25 hours). */
      icaltimetype end = end_property != NULL ? icalproperty_get_dtend (end_property) : icaltime_null_time ();
      GDate first;

      if (end_property != NULL && end.is_date && icaltime_is_valid_time (end))
        {
          GDate last;

          g_date_clear (&first, 1);
          g_date_clear (&last, 1);
          g_date_set_dmy (&first, (GDateDay) start.day, (GDateMonth) start.month, (GDateYear) start.year);
          g_date_set_dmy (&last, (GDateDay) end.day, (GDateMonth) end.month, (GDateYear) end.year);
          days = g_date_days_between (&first, &last);
        }
      else if (end_property != NULL)
        days = (int) ((ends_at - starts_at + DAY - 1) / DAY);
      else if (duration_property == NULL)
        days = 1;
      if (days <= 0)
        days = 1;                  /* an all-day event without a length is its day */

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, (GDateDay) start.day, (GDateMonth) start.month, (GDateYear) start.year);
      g_date_add_days (&first, (guint) days);
      paraat_calendar_local_to_utc (reader->tz, g_date_get_year (&first), g_date_get_month (&first),
                                    g_date_get_day (&first), 0, 0, &ends_at);
    }

  if (*uid != '\0')
    {
      if (g_hash_table_contains (reader->seen, key))
        {
          add_item (reader, summary, uid, starts_at, ends_at, all_day,
                    g_strdup (_("Another event of the file has the same UID: only the first is imported")));
          return TRUE;
        }
      g_hash_table_add (reader->seen, g_strdup (key));
    }

  if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    {
      add_item (reader, summary, uid, starts_at, ends_at, all_day, g_strdup (_("Cancelled")));
      return TRUE;
    }
  if (ends_at <= starts_at)
    {
      add_item (reader, summary, uid, starts_at, ends_at, all_day,
                g_strdup (_("Ends when it starts, or before: it takes no time")));
      return TRUE;
    }
  if (reader->options->skip_free_time && !all_day && is_free_time (event))
    {
      add_item (reader, summary, uid, starts_at, ends_at, all_day,
                g_strdup (_("Marked as free time (not busy) in the calendar")));
      return TRUE;
    }

  if (rid_property == NULL &&
      (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
       icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL))
    return expand (reader, event, summary, uid, start, zone, ends_at - starts_at, days, error);

  return add_occurrence (reader, summary, uid, starts_at, ends_at, all_day, TRUE, error);
}

static gboolean
read_calendar (Reader        *reader,
               icalcomponent *calendar,
               GError       **error)
{
  icalcomponent *event;

  reader->calendar = calendar;
  if (!check_zones (reader, error))
    return FALSE;

  /* The occurrences that RECURRENCE-ID events replace. */
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
      const char *uid = icalcomponent_get_uid (event);
      gint64 instant;

      if (rid != NULL && uid != NULL &&
          to_instant (reader, icalproperty_get_recurrenceid (rid), property_zone (reader, rid), &instant))
        g_hash_table_add (reader->overrides, occurrence_key (uid, instant));
    }

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (!read_event (reader, event, error))
      return FALSE;

  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const ParaatIcsItem *x = *(ParaatIcsItem * const *) a;
  const ParaatIcsItem *y = *(ParaatIcsItem * const *) b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  if (x->ends_at != y->ends_at)
    return x->ends_at < y->ends_at ? -1 : 1;
  return g_strcmp0 (x->summary, y->summary);
}

static void
count (ParaatIcsPlan *plan)
{
  plan->n_import = plan->n_skipped = 0;
  for (guint i = 0; i < plan->items->len; i++)
    {
      ParaatIcsItem *item = g_ptr_array_index (plan->items, i);

      if (item->reason == NULL)
        plan->n_import++;
      else
        plan->n_skipped++;
    }
}

ParaatIcsPlan *
paraat_ics_import_plan (const char                   *data,
                        gsize                         length,
                        const ParaatIcsImportOptions *options,
                        GError                      **error)
{
  g_autoptr (ParaatIcsPlan) plan = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autofree char *text = NULL;
  icalcomponent *root;
  Reader reader = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (options != NULL && options->tzid != NULL, NULL);
  g_return_val_if_fail (options->from < options->until, NULL);

  /* A byte-order mark is not part of the text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!check_text (data, length, options, error))
    return NULL;

  tz = g_time_zone_new_identifier (options->tzid);
  reader.zone = g_strcmp0 (options->tzid, "UTC") == 0 ? icaltimezone_get_utc_timezone ()
                                                      : icaltimezone_get_builtin_timezone (options->tzid);
  if (tz == NULL || reader.zone == NULL)
    {
      g_set_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_UNKNOWN_ZONE,
                   _("“%s” is not a time zone known to this system."), options->tzid);
      return NULL;
    }

  icalerror_set_errors_are_fatal (0);
  text = g_strndup (data, length);
  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      refuse (error, _("The calendar in the file cannot be read: it is not iCalendar, or it is damaged."));
      return NULL;
    }

  plan = g_new0 (ParaatIcsPlan, 1);
  plan->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  reader.options = options;
  reader.tz = tz;
  reader.plan = plan;
  reader.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    ok = read_calendar (&reader, root, error);
  else
    {
      icalcomponent *calendar;

      for (calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
           ok && calendar != NULL;
           calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
        ok = read_calendar (&reader, calendar, error);
    }

  icalcomponent_free (root);
  g_hash_table_unref (reader.seen);
  g_hash_table_unref (reader.overrides);
  if (!ok)
    return NULL;

  g_ptr_array_sort (plan->items, compare_items);
  count (plan);
  return g_steal_pointer (&plan);
}

void
paraat_ics_plan_skip_stored (ParaatIcsPlan      *plan,
                             const ParaatPeriod *stored,
                             guint               n_stored,
                             ParaatIcsTarget     target,
                             GTimeZone          *tz)
{
  g_autoptr (GPtrArray) accepted = g_ptr_array_new ();

  g_return_if_fail (plan != NULL);
  g_return_if_fail (stored != NULL || n_stored == 0);
  g_return_if_fail (tz != NULL);

  for (guint i = 0; i < plan->items->len; i++)
    {
      ParaatIcsItem *item = g_ptr_array_index (plan->items, i);
      const ParaatPeriod *overlapping = NULL;
      const ParaatIcsItem *earlier = NULL;

      if (item->reason != NULL)
        continue;

      for (guint s = 0; s < n_stored; s++)
        {
          if (stored[s].starts_at == item->starts_at && stored[s].ends_at == item->ends_at)
            {
              item->reason = g_strdup (target == PARAAT_ICS_TARGET_ABSENCES ? _("Already stored as an absence")
                                                                           : _("Already a holiday"));
              break;
            }
          if (overlapping == NULL && stored[s].starts_at < item->ends_at && stored[s].ends_at > item->starts_at)
            overlapping = &stored[s];
        }
      if (item->reason != NULL)
        continue;

      for (guint a = 0; a < accepted->len && earlier == NULL; a++)
        {
          const ParaatIcsItem *other = g_ptr_array_index (accepted, a);

          if (target == PARAAT_ICS_TARGET_ABSENCES
              ? (other->starts_at < item->ends_at && other->ends_at > item->starts_at)
              : (other->starts_at == item->starts_at && other->ends_at == item->ends_at &&
                 g_strcmp0 (other->summary, item->summary) == 0))
            earlier = other;
        }

      if (target == PARAAT_ICS_TARGET_ABSENCES && overlapping != NULL)
        {
          ParaatIcsItem period = { .starts_at = overlapping->starts_at, .ends_at = overlapping->ends_at };
          g_autofree char *when = NULL;

          period.all_day = local_midnight (tz, period.starts_at) == period.starts_at &&
                           local_midnight (tz, period.ends_at) == period.ends_at;
          when = paraat_ics_item_format_when (&period, tz);
          item->reason = g_strdup_printf (_("Overlaps an absence already stored (%s)"), when);
        }
      else if (earlier != NULL && target == PARAAT_ICS_TARGET_ABSENCES)
        item->reason = g_strdup_printf (_("Overlaps “%s”, which is imported from this file"), earlier->summary);
      else if (earlier != NULL)
        item->reason = g_strdup (_("Repeats an earlier event of the file"));
      else
        g_ptr_array_add (accepted, item);
    }

  count (plan);
}
