/* test-event-print.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "planning/paraat-calendar.h"
#include "report/paraat-report-events.h"
#include "report/paraat-report-writer.h"
#include "service/paraat-event-print.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-demo.h"

/* The printed event calendar and schouw form, on the demo organisation and on
 * a large made-up year: real PDFs with a sane number of pages, the column
 * heads on every page, and (when poppler's pdftotext is installed) the text a
 * reader finds in them. */

#define DEMO_YEAR 2026

static char *tmp_dir;

static guint
count_pages (const char *path)
{
  g_autofree char *pdf = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  for (gsize i = 0; i + 12 < length; i++)
    if (memcmp (pdf + i, "/Type /Page", 11) == 0 && pdf[i + 11] != 's')
      pages++;
  return pages;
}

static gsize
file_size (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return (gsize) buf.st_size;
}

/* The text of page @page (from 1; 0: all pages), or NULL without pdftotext. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *first = g_strdup_printf ("%u", page);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (tool == NULL)
    {
      g_test_message ("pdftotext is not installed: the text of %s is not checked", path);
      return NULL;
    }
  g_ptr_array_add (argv, tool);
  g_ptr_array_add (argv, (char *) "-layout");
  if (page > 0)
    {
      g_ptr_array_add (argv, (char *) "-f");
      g_ptr_array_add (argv, first);
      g_ptr_array_add (argv, (char *) "-l");
      g_ptr_array_add (argv, first);
    }
  g_ptr_array_add (argv, (char *) path);
  g_ptr_array_add (argv, (char *) "-");
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

static ParaatStore *
demo_store (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_demo_create (path, DEMO_YEAR, &error);

  g_assert_no_error (error);
  g_assert_true (paraat_event_demo_checklists (store, g_get_real_time () / G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
  return store;
}

static GTimeZone *
time_zone (ParaatStore *store)
{
  g_autoptr (GError) error = NULL;
  GTimeZone *tz = paraat_roster_service_time_zone (store, &error);

  g_assert_no_error (error);
  return tz;
}

static gint64
event_named (ParaatStore *store,
             const char  *name)
{
  g_autoptr (GListModel) events = paraat_store_list_events (store, G_MININT64, G_MAXINT64, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (paraat_event_get_name (event), name) == 0)
        return paraat_event_get_id (event);
    }
  g_assert_not_reached ();
}

/* The demo's year: every event by month, then only the B-events. */
static void
test_calendar_demo (void)
{
  g_autoptr (ParaatStore) store = demo_store ("calendar.db");
  g_autoptr (GTimeZone) tz = time_zone (store);
  g_autoptr (GDateTime) printed = g_date_time_new (tz, DEMO_YEAR, 3, 1, 9, 0, 0);
  g_autoptr (ParaatEventCalendar) all = NULL;
  g_autoptr (ParaatEventCalendar) only_b = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "evenementenkalender.pdf", NULL);
  g_autofree char *b_path = g_build_filename (tmp_dir, "kalender-b.pdf", NULL);
  g_autofree char *partial = g_strdup_printf ("%s.partial", path);
  g_autofree char *text = NULL;
  ParaatEventFilter any = { PARAAT_EVENT_FILTER_ANY, PARAAT_EVENT_FILTER_ANY };
  ParaatEventFilter b = { PARAAT_RISK_CLASS_B, PARAAT_EVENT_FILTER_ANY };
  const ParaatCalendarEntry *open_air = NULL;
  guint pages;

  all = paraat_event_calendar_new (store, tz, DEMO_YEAR, &any, g_date_time_to_unix (printed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->entries->len, ==, 9);
  for (guint i = 0; i < all->entries->len; i++)
    {
      const ParaatCalendarEntry *entry = &g_array_index (all->entries, ParaatCalendarEntry, i);

      if (g_strcmp0 (entry->name, "Voorbeeld Open Air") == 0)
        open_air = entry;
      /* By start: the months never go back. */
      if (i > 0)
        g_assert_cmpint (entry->event_id, !=, g_array_index (all->entries, ParaatCalendarEntry, i - 1).event_id);
    }
  g_assert_nonnull (open_air);
  g_assert_cmpstr (open_air->klass, ==, "C");
  g_assert_null (open_air->scan_class);
  g_assert_cmpuint (open_air->n_tasks, >, 20);
  g_assert_cmpint (open_air->visitors_expected, ==, 9000);

  pages = paraat_event_calendar_write_pdf (all, "Gemeente Voorbeeld", printed, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 1);
  g_assert_cmpuint (pages, <=, 3);
  g_assert_cmpuint (count_pages (path), ==, pages);
  g_assert_cmpuint (file_size (path), >, 8000);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  text = pdf_text (path, 0);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Event Calendar 2026"));
      g_assert_nonnull (strstr (text, "Gemeente Voorbeeld · printed 2026-03-01"));
      g_assert_nonnull (strstr (text, "June 2026"));
      g_assert_nonnull (strstr (text, "Voorbeeld Open Air"));
      g_assert_nonnull (strstr (text, "Stichting Voorbeeld"));
      g_assert_nonnull (strstr (text, "Koningsdag"));
      g_assert_null (strstr (text, "only:"));
    }

  only_b = paraat_event_calendar_new (store, tz, DEMO_YEAR, &b, g_date_time_to_unix (printed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (only_b->entries->len, ==, 4);
  for (guint i = 0; i < only_b->entries->len; i++)
    g_assert_cmpstr (g_array_index (only_b->entries, ParaatCalendarEntry, i).klass, ==, "B");
  g_assert_cmpuint (paraat_event_calendar_write_pdf (only_b, "Gemeente Voorbeeld", printed, b_path, &error), ==, 1);
  g_clear_pointer (&text, g_free);
  text = pdf_text (b_path, 0);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "only: Class B"));
      g_assert_nonnull (strstr (text, "Koningsdag"));
      g_assert_null (strstr (text, "Voorbeeld Open Air"));
    }
}

/* A class set by hand shows as an override with what the scan said. */
static void
test_calendar_override (void)
{
  g_autoptr (ParaatStore) store = demo_store ("override.db");
  g_autoptr (GTimeZone) tz = time_zone (store);
  g_autoptr (ParaatEvent) event = paraat_store_get_event (store, event_named (store, "Kerstmarkt centrum"), NULL);
  g_autoptr (ParaatEventCalendar) calendar = NULL;
  g_autoptr (GError) error = NULL;
  ParaatEventFilter c = { PARAAT_RISK_CLASS_C, PARAAT_EVENT_FILTER_ANY };
  g_autofree char *klass = NULL;
  const ParaatCalendarEntry *entry;

  paraat_event_set_class_override (event, PARAAT_RISK_CLASS_C);
  paraat_event_set_override_reason (event, "Nieuwe locatie met één toegang");
  g_assert_true (paraat_store_save_event (store, event, &error));
  g_assert_no_error (error);

  calendar = paraat_event_calendar_new (store, tz, DEMO_YEAR, &c, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calendar->entries->len, ==, 2);
  entry = &g_array_index (calendar->entries, ParaatCalendarEntry, 1);
  g_assert_cmpstr (entry->name, ==, "Kerstmarkt centrum");
  g_assert_cmpstr (entry->scan_class, ==, "A");
  klass = paraat_calendar_entry_class_text (entry);
  g_assert_cmpstr (klass, ==, "C (override; scan: A)");
  /* Nothing is overdue at the start of time. */
  g_assert_cmpuint (entry->n_overdue, ==, 0);
}

/* 500 events in a year: the calendar runs over many pages, each with the
 * column heads and its number. */
static void
test_calendar_large (void)
{
  g_autoptr (GArray) entries = g_array_new (FALSE, TRUE, sizeof (ParaatCalendarEntry));
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_build_filename (tmp_dir, "groot.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *second_text = NULL;
  ParaatEventCalendarReport report;
  guint pages;

  for (guint i = 0; i < 500; i++)
    {
      ParaatCalendarEntry entry = { 0 };
      char *month = g_strdup_printf ("Month %u", i / 42 + 1);
      char *name = g_strdup_printf ("Evenement %u met een naam die langer is dan de kolom breed is", i + 1);
      char *when = g_strdup_printf ("Sat %u Jun 12:00\n– Sun %u Jun 23:00", i % 28 + 1, i % 28 + 2);

      g_ptr_array_add (pool, month);
      g_ptr_array_add (pool, name);
      g_ptr_array_add (pool, when);
      entry.event_id = i + 1;
      entry.month = month;
      entry.when = when;
      entry.name = name;
      entry.location = i % 3 == 0 ? "" : "Festivalterrein De Weide, Oefendorp";
      entry.organiser = "Stichting Voorbeeld";
      entry.klass = i % 7 == 0 ? "C" : "B";
      entry.scan_class = i % 11 == 0 ? "A" : NULL;
      entry.status = "Permit Granted";
      entry.visitors_expected = 1000 + i;
      entry.visitors_max = i % 2 == 0 ? 2000 + i : 0;
      entry.partners = i % 5 == 0 ? "" : "Politie, Brandweer (VRVL), GHOR, Verkeer";
      entry.n_tasks = 36;
      entry.n_done = i % 37;
      entry.n_overdue = i % 4;
      g_array_append_val (entries, entry);
    }
  report = (ParaatEventCalendarReport) {
    .title = "Event Calendar 2027",
    .subtitle = "Veiligheidsregio Voorbeeld · printed 2026-11-22",
    .entries = (const ParaatCalendarEntry *) entries->data,
    .n_entries = entries->len,
  };
  pages = paraat_event_calendar_report_write_pdf (&report, path, &error);
  g_assert_no_error (error);
  /* Some 8 to 14 events a page. */
  g_assert_cmpuint (pages, >=, 30);
  g_assert_cmpuint (pages, <=, 70);
  g_assert_cmpuint (count_pages (path), ==, pages);
  g_assert_cmpuint (file_size (path), >, 100000);

  second_text = pdf_text (path, 2);
  if (second_text != NULL)
    {
      g_autofree char *of = g_strdup_printf ("Page 2 of %u", pages);
      g_autofree char *last_of = g_strdup_printf ("Page %u of %u", pages, pages);

      /* The heads again on a page the table runs on to. */
      g_assert_nonnull (strstr (second_text, "Event / Location"));
      g_assert_nonnull (strstr (second_text, "Partners Involved"));
      g_assert_nonnull (strstr (second_text, "Event Calendar 2027"));
      g_assert_nonnull (strstr (second_text, of));
      last_text = pdf_text (path, pages);
      g_assert_nonnull (strstr (last_text, "Evenement 500"));
      g_assert_nonnull (strstr (last_text, "Override"));
      g_assert_nonnull (strstr (last_text, last_of));
    }
}

/* The schouw form of the festival: planned, with a point to put right, not
 * decided (fields to sign), then decided. */
static void
test_schouw_form (void)
{
  g_autoptr (ParaatStore) store = demo_store ("schouw.db");
  g_autoptr (GTimeZone) tz = time_zone (store);
  g_autoptr (GDateTime) printed = g_date_time_new (tz, DEMO_YEAR, 6, 26, 8, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "schouwformulier.pdf", NULL);
  g_autofree char *decided_path = g_build_filename (tmp_dir, "schouwformulier-go.pdf", NULL);
  g_autofree char *text = NULL;
  gint64 event_id = event_named (store, "Voorbeeld Open Air");
  ParaatSchouw schouw = { 0 };
  ParaatFinding finding = { 0 };
  gint64 starts_at = 0;
  guint pages;

  /* Not planned yet: still a form, with lines to fill in. */
  pages = paraat_schouw_form_write_pdf (store, tz, event_id, "Gemeente Voorbeeld", printed, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 2);

  g_assert_true (paraat_calendar_local_to_utc (tz, DEMO_YEAR, 6, 26, 14, 0, &starts_at));
  schouw.event_id = event_id;
  schouw.starts_at = starts_at;
  schouw.participants = (char *) "Politie, VRVL, vergunningverlening, verkeer, BWT";
  g_assert_true (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_no_error (error);
  finding.schouw_id = schouw.id;
  finding.text = (char *) "Nooduitgang podium 2 vrijmaken";
  g_assert_true (paraat_store_save_finding (store, &finding, &error));
  g_assert_no_error (error);

  pages = paraat_schouw_form_write_pdf (store, tz, event_id, "Gemeente Voorbeeld", printed, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 2);
  g_assert_cmpuint (pages, <=, 5);
  g_assert_cmpuint (count_pages (path), ==, pages);
  g_assert_cmpuint (file_size (path), >, 10000);
  text = pdf_text (path, 0);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Schouw Form — Voorbeeld Open Air"));
      g_assert_nonnull (strstr (text, "Stichting Voorbeeld Open Air"));
      g_assert_nonnull (strstr (text, "Politie, VRVL, vergunningverlening, verkeer, BWT"));
      g_assert_nonnull (strstr (text, "Preparation"));
      g_assert_nonnull (strstr (text, "Afterwards"));
      g_assert_nonnull (strstr (text, "Nooduitgang podium 2 vrijmaken"));
      g_assert_nonnull (strstr (text, "Go / No-Go"));
      g_assert_nonnull (strstr (text, "Not decided yet"));
      g_assert_nonnull (strstr (text, "Signature"));
    }

  schouw.decision = PARAAT_SCHOUW_GO;
  schouw.decided_by = (char *) "Burgemeester (via OvD-Bz)";
  schouw.decided_at = starts_at + 3600;
  g_assert_true (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (paraat_schouw_form_write_pdf (store, tz, event_id, "Gemeente Voorbeeld", printed, decided_path,
                                                  &error), >=, 2);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = pdf_text (decided_path, 0);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Burgemeester (via OvD-Bz)"));
      g_assert_null (strstr (text, "Signature"));
    }

  /* An event that is not there. */
  g_assert_cmpuint (paraat_schouw_form_write_pdf (store, tz, 9999, "Gemeente Voorbeeld", printed, path, &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
}

static void
test_write_failure (void)
{
  g_autoptr (ParaatReportWriter) writer = paraat_report_writer_new (PARAAT_REPORT_PORTRAIT, "Titel", "");
  g_autoptr (GError) error = NULL;

  paraat_report_writer_text (writer, "Tekst", FALSE);
  g_assert_cmpuint (paraat_report_writer_write_pdf (writer, "/nonexistent-folder/x.pdf", &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/x.pdf"));
}

/* The writer on its own: a long table gets its heads on every page, a
 * heading never ends a page, a band stays with its first row. */
static void
test_writer_pages (void)
{
  g_autoptr (ParaatReportWriter) writer = paraat_report_writer_new (PARAAT_REPORT_PORTRAIT, "Lijst", "Ondertitel");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  const double widths[] = { 1, 3 };
  const char *head[] = { "Nr.", "Omschrijving" };
  guint pages, again;

  paraat_report_writer_heading (writer, "Eerste deel");
  paraat_report_writer_table (writer, 2, widths, head);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      const char *cells[] = { number, i % 10 == 0 ? "Een lange tekst die over meerdere regels loopt omdat hij niet "
                                                    "in één regel van deze kolom past, en nog wat meer" : "Kort" };

      if (i % 25 == 0)
        paraat_report_writer_group (writer, "Groep");
      paraat_report_writer_row (writer, cells, i % 2 ? PARAAT_REPORT_ROW_SHADED : PARAAT_REPORT_ROW_PLAIN);
    }
  paraat_report_writer_heading (writer, "Tweede deel");
  paraat_report_writer_blank_rows (writer, 0, 20);
  paraat_report_writer_text (writer, "Slot", TRUE);

  pages = paraat_report_writer_paginate (writer, cr, PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT);
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 12);
  /* The same again: nothing is left over from the first run. */
  again = paraat_report_writer_paginate (writer, cr, PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT);
  g_assert_cmpuint (again, ==, pages);
  /* Landscape pages hold fewer rows. */
  g_assert_cmpuint (paraat_report_writer_paginate (writer, cr, PARAAT_REPORT_A4_HEIGHT, PARAAT_REPORT_A4_WIDTH), >,
                    pages);
  for (guint p = 0; p < pages; p++)
    paraat_report_writer_draw_page (writer, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("paraat-event-print-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/event-print/calendar-demo", test_calendar_demo);
  g_test_add_func ("/event-print/calendar-override", test_calendar_override);
  g_test_add_func ("/event-print/calendar-large", test_calendar_large);
  g_test_add_func ("/event-print/schouw-form", test_schouw_form);
  g_test_add_func ("/event-print/write-failure", test_write_failure);
  g_test_add_func ("/event-print/writer-pages", test_writer_pages);
  status = g_test_run ();

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp_dir);

    if (g_getenv ("PARAAT_KEEP_PDFS") == NULL)
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  return status;
}
