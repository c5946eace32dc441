/* test-ics-import.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ical/paraat-ics-import.h"
#include "planning/paraat-calendar.h"

#define DAY ((gint64) 86400)

/* Now is Monday 2 March 2026, 12:00 UTC: the horizon runs from 2 December
 * 2025 to 2 March 2027. */
#define NOW ((gint64) 1772452800)

static GTimeZone *amsterdam;

static gint64
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  gint64 instant = 0;

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, year, month, day, hour, minute, &instant));
  return instant;
}

static void
init_options (ParaatIcsImportOptions *options)
{
  paraat_ics_import_options_init (options, "Europe/Amsterdam", NOW);
}

/* The lines joined with CRLF, inside a VCALENDAR. */
static char *
calendar (const char *body)
{
  g_auto (GStrv) lines = g_strsplit (body, "\n", -1);
  g_autofree char *joined = g_strjoinv ("\r\n", lines);

  return g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n%sEND:VCALENDAR\r\n", joined);
}

static ParaatIcsPlan *
plan_text (const char *text,
           GError    **error)
{
  ParaatIcsImportOptions options;

  init_options (&options);
  return paraat_ics_import_plan (text, strlen (text), &options, error);
}

static ParaatIcsItem *
item (ParaatIcsPlan *plan,
      guint          i)
{
  g_assert_cmpuint (i, <, plan->items->len);
  return g_ptr_array_index (plan->items, i);
}

static void
assert_refused (const char *text,
                const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);

  g_assert_null (plan);
  g_assert_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_REFUSED);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static const char outlook[] =
  "BEGIN:VCALENDAR\r\n"
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
  "VERSION:2.0\r\n"
  "METHOD:PUBLISH\r\n"
  "X-WR-CALNAME:Agenda\r\n"
  "BEGIN:VTIMEZONE\r\n"
  "TZID:W. Europe Standard Time\r\n"
  "BEGIN:STANDARD\r\n"
  "DTSTART:16011028T030000\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "END:STANDARD\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "DTSTART:16010325T020000\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "END:DAYLIGHT\r\n"
  "END:VTIMEZONE\r\n"
  "BEGIN:VEVENT\r\n"
  "CLASS:PUBLIC\r\n"
  "CREATED:20260110T101500Z\r\n"
  "DTEND;TZID=\"W. Europe Standard Time\":20260401T170000\r\n"
  "DTSTAMP:20260301T090000Z\r\n"
  "DTSTART;TZID=\"W. Europe Standard Time\":20260401T090000\r\n"
  "SUMMARY:Tandarts\r\n"
  "TRANSP:OPAQUE\r\n"
  "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6\r\n"
  "X-MICROSOFT-CDO-BUSYSTATUS:OOF\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "DTEND;VALUE=DATE:20260718\r\n"
  "DTSTAMP:20260301T090000Z\r\n"
  "DTSTART;VALUE=DATE:20260706\r\n"
  "SUMMARY:Zomervakantie\r\n"
  "TRANSP:TRANSPARENT\r\n"
  "UID:040000008200E00074C5B7101A82E00800000000FFEEDDCCBBAA\r\n"
  "X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n"
  "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "DTEND;TZID=\"W. Europe Standard Time\":20261028T110000\r\n"
  "DTSTART;TZID=\"W. Europe Standard Time\":20261028T100000\r\n"
  "SUMMARY:Koffie\r\n"
  "TRANSP:TRANSPARENT\r\n"
  "UID:free-coffee\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

/* Outlook's own zone name is read from the file's VTIMEZONE, in summer and
 * winter; all-day days are local days even when marked free; a timed event
 * marked free is skipped. */
static void
test_outlook (void)
{
  g_autoptr (GError) error = NULL;
  ParaatIcsImportOptions options;
  g_autoptr (ParaatIcsPlan) plan = NULL;

  init_options (&options);
  options.skip_free_time = TRUE;
  plan = paraat_ics_import_plan (outlook, strlen (outlook), &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->items->len, ==, 3);
  g_assert_cmpuint (plan->n_import, ==, 2);
  g_assert_cmpuint (plan->n_skipped, ==, 1);

  g_assert_cmpstr (item (plan, 0)->summary, ==, "Tandarts");
  g_assert_cmpint (item (plan, 0)->starts_at, ==, local (2026, 4, 1, 9, 0));
  g_assert_cmpint (item (plan, 0)->starts_at, ==, 1775026800);   /* 07:00 UTC: summer time */
  g_assert_cmpint (item (plan, 0)->ends_at, ==, local (2026, 4, 1, 17, 0));
  g_assert_false (item (plan, 0)->all_day);
  g_assert_null (item (plan, 0)->reason);

  g_assert_cmpstr (item (plan, 1)->summary, ==, "Zomervakantie");
  g_assert_true (item (plan, 1)->all_day);
  g_assert_cmpint (item (plan, 1)->starts_at, ==, local (2026, 7, 6, 0, 0));
  g_assert_cmpint (item (plan, 1)->ends_at, ==, local (2026, 7, 18, 0, 0));
  g_assert_null (item (plan, 1)->reason);

  g_assert_cmpstr (item (plan, 2)->summary, ==, "Koffie");
  g_assert_cmpint (item (plan, 2)->starts_at, ==, local (2026, 10, 28, 10, 0));   /* winter time again */
  g_assert_nonnull (item (plan, 2)->reason);

  /* Without skipping free time (holidays), and with whole days. */
  options.skip_free_time = FALSE;
  options.whole_days = TRUE;
  g_clear_pointer (&plan, paraat_ics_plan_free);
  plan = paraat_ics_import_plan (outlook, strlen (outlook), &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->n_import, ==, 3);
  g_assert_true (item (plan, 0)->all_day);
  g_assert_cmpint (item (plan, 0)->starts_at, ==, local (2026, 4, 1, 0, 0));
  g_assert_cmpint (item (plan, 0)->ends_at, ==, local (2026, 4, 2, 0, 0));
}

/* The same file with LF line ends only, as many programs write it. */
static void
test_lf_only (void)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = g_strsplit (outlook, "\r\n", -1);
  g_autofree char *text = g_strjoinv ("\n", lines);
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plan->n_import, ==, 3);
  g_assert_cmpint (item (plan, 0)->starts_at, ==, local (2026, 4, 1, 9, 0));
}

/* All-day events over several days, over the change to summer time, and one
 * without DTEND (its one day). */
static void
test_all_day (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = calendar ("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20260327\nDTEND;VALUE=DATE:20260331\n"
                                    "SUMMARY:Lang weekend\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20260427\nSUMMARY:Koningsdag\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:c\nDTSTART:20260505T080000\nDTEND:20260505T120000\n"
                                    "SUMMARY:Drijvend\nEND:VEVENT\n");
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plan->n_import, ==, 3);
  g_assert_true (item (plan, 0)->all_day);
  g_assert_cmpint (item (plan, 0)->starts_at, ==, local (2026, 3, 27, 0, 0));
  g_assert_cmpint (item (plan, 0)->ends_at, ==, local (2026, 3, 31, 0, 0));
  g_assert_cmpint (item (plan, 0)->ends_at - item (plan, 0)->starts_at, ==, 4 * DAY - 3600);
  g_assert_cmpint (item (plan, 1)->starts_at, ==, local (2026, 4, 27, 0, 0));
  g_assert_cmpint (item (plan, 1)->ends_at, ==, local (2026, 4, 28, 0, 0));
  /* A floating time is read in the organisation's zone. */
  g_assert_false (item (plan, 2)->all_day);
  g_assert_cmpint (item (plan, 2)->starts_at, ==, local (2026, 5, 5, 8, 0));
}

/* A weekly series with an EXDATE and an occurrence moved by RECURRENCE-ID,
 * ending with COUNT; one series started long ago keeps only what falls in
 * the horizon. */
static void
test_weekly (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = calendar (
    "BEGIN:VEVENT\nUID:ouderschapsverlof\nSUMMARY:Ouderschapsverlof\n"
    "DTSTART;TZID=Europe/Amsterdam:20260306T090000\nDTEND;TZID=Europe/Amsterdam:20260306T170000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=6\n"
    "EXDATE;TZID=Europe/Amsterdam:20260320T090000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:ouderschapsverlof\nSUMMARY:Ouderschapsverlof (verplaatst)\n"
    "RECURRENCE-ID;TZID=Europe/Amsterdam:20260327T090000\n"
    "DTSTART;TZID=Europe/Amsterdam:20260326T090000\nDTEND;TZID=Europe/Amsterdam:20260326T170000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:sport\nSUMMARY:Sport\nDTSTART:20200106T180000Z\nDTEND:20200106T190000Z\n"
    "RRULE:FREQ=WEEKLY;UNTIL=20260112T235959Z\nEND:VEVENT\n");
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);
  guint fridays = 0, moved = 0, sport = 0, sport_outside = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < plan->items->len; i++)
    {
      ParaatIcsItem *it = item (plan, i);

      if (g_str_equal (it->summary, "Ouderschapsverlof"))
        {
          g_assert_null (it->reason);
          g_assert_cmpint (it->ends_at - it->starts_at, ==, 8 * 3600);
          g_assert_cmpint (it->starts_at, !=, local (2026, 3, 20, 9, 0));
          g_assert_cmpint (it->starts_at, !=, local (2026, 3, 27, 9, 0));
          /* 09:00 local on both sides of the change to summer time. */
          g_assert_true (it->starts_at == local (2026, 3, 6, 9, 0) || it->starts_at == local (2026, 3, 13, 9, 0) ||
                         it->starts_at == local (2026, 4, 3, 9, 0) || it->starts_at == local (2026, 4, 10, 9, 0));
          fridays++;
        }
      else if (g_str_equal (it->summary, "Ouderschapsverlof (verplaatst)"))
        {
          g_assert_cmpint (it->starts_at, ==, local (2026, 3, 26, 9, 0));
          moved++;
        }
      else if (g_str_equal (it->summary, "Sport"))
        {
          if (it->reason != NULL)
            sport_outside++;
          else
            sport++;
        }
    }
  g_assert_cmpuint (fridays, ==, 4);
  g_assert_cmpuint (moved, ==, 1);
  /* 8 Dec 2025 … 12 Jan 2026: six Mondays within the horizon, the rest said once. */
  g_assert_cmpuint (sport, ==, 6);
  g_assert_cmpuint (sport_outside, ==, 1);
}

/* Duplicate UIDs, cancelled events, events outside the horizon, without a
 * start or without a length: skipped, each with its reason. */
static void
test_skipped (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = calendar (
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Eerste\nDTSTART;VALUE=DATE:20260601\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Tweede\nDTSTART;VALUE=DATE:20260602\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:y\nSUMMARY:Afgezegd\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20260603\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:z\nSUMMARY:Lang geleden\nDTSTART;VALUE=DATE:20240603\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:w\nSUMMARY:Ver weg\nDTSTART;VALUE=DATE:20290603\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:v\nSUMMARY:Zonder begin\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:u\nSUMMARY:Zonder lengte\nDTSTART:20260604T100000Z\nEND:VEVENT\n");
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plan->n_import, ==, 1);
  g_assert_cmpuint (plan->n_skipped, ==, 6);
  for (guint i = 0; i < plan->items->len; i++)
    {
      ParaatIcsItem *it = item (plan, i);

      g_assert_true ((it->reason == NULL) == g_str_equal (it->summary, "Eerste"));
      if (it->reason != NULL)
        g_assert_cmpstr (it->reason, !=, "");
    }
}

/* Rows equal to stored absences are skipped as already stored, overlapping
 * ones with the overlap named; for holidays only equal ones. */
static void
test_stored (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = calendar (
    "BEGIN:VEVENT\nUID:1\nSUMMARY:Al bekend\nDTSTART;VALUE=DATE:20260601\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:2\nSUMMARY:Overlapt\nDTSTART:20260610T080000Z\nDTEND:20260610T100000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:3\nSUMMARY:Nieuw\nDTSTART;VALUE=DATE:20260615\nDTEND;VALUE=DATE:20260617\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:4\nSUMMARY:Binnen nieuw\nDTSTART:20260616T080000Z\nDTEND:20260616T100000Z\nEND:VEVENT\n");
  ParaatPeriod stored[] = {
    { local (2026, 6, 1, 0, 0), local (2026, 6, 2, 0, 0) },
    { local (2026, 6, 10, 0, 0), local (2026, 6, 11, 0, 0) },
  };
  g_autoptr (ParaatIcsPlan) plan = plan_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plan->n_import, ==, 4);
  paraat_ics_plan_skip_stored (plan, stored, G_N_ELEMENTS (stored), PARAAT_ICS_TARGET_ABSENCES, amsterdam);
  g_assert_cmpuint (plan->n_import, ==, 1);
  g_assert_cmpstr (item (plan, 0)->reason, ==, "Already stored as an absence");
  g_assert_nonnull (strstr (item (plan, 1)->reason, "Overlaps an absence already stored"));
  g_assert_null (item (plan, 2)->reason);
  g_assert_nonnull (strstr (item (plan, 3)->reason, "Nieuw"));

  g_clear_pointer (&plan, paraat_ics_plan_free);
  plan = plan_text (text, &error);
  paraat_ics_plan_skip_stored (plan, stored, G_N_ELEMENTS (stored), PARAAT_ICS_TARGET_HOLIDAYS, amsterdam);
  g_assert_cmpuint (plan->n_import, ==, 3);
  g_assert_cmpstr (item (plan, 0)->reason, ==, "Already a holiday");
}

/* Broken files: each refused as a whole with a message that says why. */
static void
test_broken (void)
{
  g_autofree char *good = calendar ("BEGIN:VEVENT\nUID:1\nSUMMARY:Vrij\nDTSTART;VALUE=DATE:20260601\nEND:VEVENT\n");
  g_autofree char *truncated = g_strndup (good, strstr (good, "SUMMARY") - good);
  g_autofree char *missing_end = g_strndup (good, strstr (good, "END:VCALENDAR") - good);
  g_autofree char *unknown_zone = calendar ("BEGIN:VEVENT\nUID:1\nSUMMARY:Vrij\n"
                                            "DTSTART;TZID=Romance Standard Time:20260601T090000\n"
                                            "DTEND;TZID=Romance Standard Time:20260601T100000\nEND:VEVENT\n");
  g_autofree char *mismatched = calendar ("BEGIN:VEVENT\nUID:1\nDTSTART;VALUE=DATE:20260601\nEND:VTODO\n");
  g_autofree char *hourly = calendar ("BEGIN:VEVENT\nUID:1\nSUMMARY:Elk uur\nDTSTART:20260301T000000Z\n"
                                      "DTEND:20260301T003000Z\nRRULE:FREQ=HOURLY\nEND:VEVENT\n");
  g_autofree char *ancient = calendar ("BEGIN:VEVENT\nUID:1\nSUMMARY:Elke minuut\nDTSTART:19900101T000000Z\n"
                                       "DTEND:19900101T000030Z\nRRULE:FREQ=MINUTELY\nEND:VEVENT\n");
  g_autoptr (GString) huge = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                                           "DTSTART;VALUE=DATE:20260601\r\nDESCRIPTION:");
  g_autofree char *latin1 = calendar ("BEGIN:VEVENT\nUID:1\nSUMMARY:Cong\xe9\nDTSTART;VALUE=DATE:20260601\nEND:VEVENT\n");
  g_autoptr (GError) error = NULL;
  ParaatIcsImportOptions options;
  g_autofree char *big = NULL;

  assert_refused (truncated, "END:VEVENT");
  assert_refused (missing_end, "END:VCALENDAR");
  assert_refused (unknown_zone, "Romance Standard Time");
  assert_refused (mismatched, "END");
  assert_refused ("Voornaam;Achternaam\r\nJan;Jansen\r\n", "not an iCalendar file");
  assert_refused ("", "not an iCalendar file");
  assert_refused (hourly, "more than 1000 events");
  assert_refused (ancient, "repeats more than");
  assert_refused (latin1, "UTF-8");

  /* 10 MB of one property, folded as a writer would: 75 octets a line. */
  while (huge->len < 10 * 1000 * 1000)
    g_string_append (huge, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n ");
  g_string_append (huge, "x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_refused (huge->str, "Line 6 holds a property longer than");

  /* A file over the size limit is not even read. */
  init_options (&options);
  big = g_strnfill (options.max_bytes + 1, 'x');
  g_assert_null (paraat_ics_import_plan (big, strlen (big), &options, &error));
  g_assert_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "larger than"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/ics-import/outlook", test_outlook);
  g_test_add_func ("/ics-import/lf-only", test_lf_only);
  g_test_add_func ("/ics-import/all-day", test_all_day);
  g_test_add_func ("/ics-import/weekly", test_weekly);
  g_test_add_func ("/ics-import/skipped", test_skipped);
  g_test_add_func ("/ics-import/stored", test_stored);
  g_test_add_func ("/ics-import/broken", test_broken);

  return g_test_run ();
}
