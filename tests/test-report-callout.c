/* test-report-callout.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "planning/paraat-callout-list.h"
#include "report/paraat-report-callout.h"

/* A register of @n_functions functions in two teams, each with @per_function
 * people, one function without anybody. */
static GPtrArray *
make_list (guint n_functions,
           guint per_function)
{
  g_autoptr (GListStore) teams = g_list_store_new (PARAAT_TYPE_TEAM);
  g_autoptr (GListStore) functions = g_list_store_new (PARAAT_TYPE_FUNCTION);
  g_autoptr (GListStore) people = g_list_store_new (PARAAT_TYPE_PERSON);
  g_autoptr (GListStore) assignments = g_list_store_new (PARAAT_TYPE_ASSIGNMENT);
  gint64 person_id = 1;

  for (gint64 t = 1; t <= 2; t++)
    {
      g_autoptr (ParaatTeam) team = paraat_team_new ();
      g_autofree char *name = g_strdup_printf ("Team %" G_GINT64_FORMAT " Ĳsselmonde", t);

      paraat_team_set_id (team, t);
      paraat_team_set_code (team, t == 1 ? "GBT" : "TBZ");
      paraat_team_set_name (team, name);
      g_list_store_append (teams, team);
    }

  for (guint f = 0; f < n_functions; f++)
    {
      g_autoptr (ParaatFunction) function = paraat_function_new ();
      g_autofree char *code = g_strdup_printf ("F%03u", f);

      paraat_function_set_id (function, f + 1);
      paraat_function_set_team_id (function, f % 2 + 1);
      paraat_function_set_code (function, code);
      paraat_function_set_name (function, "Officier van Dienst Bevolkingszorg");
      paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
      paraat_function_set_response_minutes (function, 30);
      paraat_function_set_position (function, (int) f);
      g_list_store_append (functions, function);

      for (guint p = 0; f > 0 && p < per_function; p++, person_id++)
        {
          g_autoptr (ParaatPerson) person = paraat_person_new ();
          g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();

          paraat_person_set_id (person, person_id);
          paraat_person_set_given_name (person, "Émile 🚒");
          paraat_person_set_family_name (person, "van Dĳk");
          paraat_person_set_phone (person, "+31612345678");
          paraat_person_set_phone_alt (person, "+31301234567");
          g_list_store_append (people, person);

          paraat_assignment_set_person_id (assignment, person_id);
          paraat_assignment_set_function_id (assignment, f + 1);
          paraat_assignment_set_level (assignment, p == 0 ? PARAAT_ASSIGNMENT_LEVEL_PRIMARY : PARAAT_ASSIGNMENT_LEVEL_BACKUP);
          paraat_assignment_set_position (assignment, 1);
          g_list_store_append (assignments, assignment);
        }
    }

  return paraat_callout_list_build (G_LIST_MODEL (teams), G_LIST_MODEL (functions),
                                    G_LIST_MODEL (people), G_LIST_MODEL (assignments),
                                    "2026-11-22", "Overige functies");
}

static guint
count_pages (const char *pdf,
             gsize       length)
{
  guint pages = 0;

  /* Page objects, not the /Pages tree; the file holds binary streams. */
  for (gsize i = 0; i + 12 <= length; i++)
    if (memcmp (pdf + i, "/Type /Page", 11) == 0 && pdf[i + 11] != 's')
      pages++;

  return pages;
}

static void
test_pdf (void)
{
  g_autoptr (GPtrArray) list = make_list (40, 4);
  g_autoptr (GDateTime) printed = g_date_time_new_local (2026, 11, 22, 10, 0, 0);
  g_autoptr (ParaatCalloutReport) report = paraat_callout_report_new (list, "Gemeente Voorbeeld", printed);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("paraat-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "alarmeringslijst.pdf", NULL);
  g_autofree char *partial = g_strdup_printf ("%s.partial", path);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;
  guint n_pages;

  g_assert_no_error (error);

  /* 40 functions of 4 people take several pages. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cr = cairo_create (surface);
  n_pages = paraat_callout_report_paginate (report, cr, PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpuint (n_pages, <, 10);

  /* A drawn page is not blank. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  paraat_callout_report_draw_page (report, cr, 0);
  cairo_surface_flush (surface);
  {
    const guchar *data = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);
    guint dark = 0;

    for (int y = 0; y < 842; y++)
      for (int x = 0; x < 595; x++)
        if (data[y * stride + x * 4 + 1] < 128)
          dark++;
    g_assert_cmpuint (dark, >, 2000);
  }
  if (g_getenv ("PARAAT_REPORT_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("PARAAT_REPORT_PNG"));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (paraat_callout_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (count_pages (contents, length), ==, n_pages);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pdf_failure (void)
{
  g_autoptr (GPtrArray) list = make_list (3, 1);
  g_autoptr (GDateTime) printed = g_date_time_new_local (2026, 11, 22, 10, 0, 0);
  g_autoptr (ParaatCalloutReport) report = paraat_callout_report_new (list, "Gemeente Voorbeeld", printed);
  g_autoptr (GError) error = NULL;

  /* A folder that does not exist: an error that names the file. */
  g_assert_false (paraat_callout_report_write_pdf (report, "/nonexistent-folder/lijst.pdf", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/lijst.pdf"));
}

static void
test_one_page (void)
{
  g_autoptr (GPtrArray) list = make_list (3, 2);
  g_autoptr (GDateTime) printed = g_date_time_new_local (2026, 11, 22, 10, 0, 0);
  g_autoptr (ParaatCalloutReport) report = paraat_callout_report_new (list, "Gemeente Voorbeeld", printed);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (paraat_callout_report_paginate (report, cr, PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT), ==, 1);
  /* A function longer than a page is split over pages rather than lost. */
  {
    g_autoptr (GPtrArray) long_list = make_list (2, 120);
    g_autoptr (ParaatCalloutReport) long_report = paraat_callout_report_new (long_list, "Gemeente Voorbeeld", printed);

    g_assert_cmpuint (paraat_callout_report_paginate (long_report, cr, PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT), >=, 3);
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-callout/pdf", test_pdf);
  g_test_add_func ("/report-callout/pdf-failure", test_pdf_failure);
  g_test_add_func ("/report-callout/one-page", test_one_page);

  return g_test_run ();
}
