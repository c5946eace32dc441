/* test-people-table.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-people-table.h"
#include "store/paraat-demo.h"
#include "store/paraat-store.h"

/* Importing people from spreadsheets: every problem is found per line before
 * anything is written, and then everything is written or nothing. */

#define HEADER "Voornaam;Achternaam;Mobiel;E-mail;Afdeling;Functie;Niveau;Vanaf;Tot en met\r\n"

static ParaatStore *
demo_store (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (paraat_demo_load (store, 2026, &error));
  g_assert_no_error (error);
  return store;
}

static void
counts (ParaatStore       *store,
        ParaatStoreCounts *out)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (paraat_store_get_counts (store, out, &error));
  g_assert_no_error (error);
}

/* Plans @csv against @store and, when it has no problems, imports it.
 * Returns the plan; @imported says whether the store took it. */
static ParaatPeopleImport *
run_import (ParaatStore *store,
            const char  *csv,
            gssize       length,
            gboolean    *imported)
{
  g_autoptr (ParaatCsvTable) table = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GError) error = NULL;
  ParaatPeopleImport *plan;

  table = paraat_csv_parse (csv, length, &error);
  g_assert_no_error (error);
  functions = paraat_store_list_functions (store, &error);
  people = paraat_store_list_people (store, &error);
  g_assert_no_error (error);

  plan = paraat_people_import_plan (table, functions, people);
  for (guint i = 0; i < paraat_people_import_get_n_lines (plan); i++)
    {
      const char * const *problems = paraat_people_import_get_problems (plan, i);

      for (guint p = 0; problems[p] != NULL && i < 20; p++)
        g_test_message ("line %u: %s", paraat_people_import_get_line (plan, i), problems[p]);
    }
  *imported = FALSE;
  if (paraat_people_import_get_n_problems (plan) == 0)
    {
      *imported = paraat_store_import_people (store,
                                              paraat_people_import_get_people (plan),
                                              paraat_people_import_get_assignments (plan),
                                              paraat_people_import_get_person_of_assignment (plan),
                                              &error);
      g_assert_no_error (error);
    }

  return plan;
}

static gboolean
has_problem (ParaatPeopleImport *plan,
             guint               line,
             const char         *fragment)
{
  for (guint i = 0; i < paraat_people_import_get_n_lines (plan); i++)
    {
      const char * const *problems = paraat_people_import_get_problems (plan, i);

      if (paraat_people_import_get_line (plan, i) != line)
        continue;
      for (guint p = 0; problems[p] != NULL; p++)
        if (strstr (problems[p], fragment) != NULL)
          return TRUE;
    }

  if (line == 1)
    {
      const char * const *problems = paraat_people_import_get_file_problems (plan);

      for (guint p = 0; problems[p] != NULL; p++)
        if (strstr (problems[p], fragment) != NULL)
          return TRUE;
    }

  return FALSE;
}

/* A file with one bad line among good ones changes nothing. */
static void
assert_refused (const char *csv,
                gssize      length,
                guint       line,
                const char *fragment)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatPeopleImport) plan = NULL;
  ParaatStoreCounts before, after;
  gboolean imported;

  counts (store, &before);
  plan = run_import (store, csv, length, &imported);
  counts (store, &after);

  if (!has_problem (plan, line, fragment))
    g_error ("no problem with “%s” on line %u", fragment, line);
  g_assert_false (imported);
  g_assert_cmpuint (after.people, ==, before.people);
  g_assert_cmpuint (after.assignments, ==, before.assignments);
  g_assert_cmpuint (after.audit, ==, before.audit);
}

static void
test_good_file (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatPeopleImport) plan = NULL;
  g_autoptr (ParaatPerson) first = NULL;
  g_autoptr (GListModel) assignments = NULL;
  ParaatStoreCounts before, after;
  gboolean imported;
  /* BOM, CRLF, quotes inside quotes, ĳ, é and an emoji, a SQL-looking name,
   * a person with two functions on two lines, a Dutch date. */
  const char *csv =
    "\xEF\xBB\xBF" HEADER
    "Ĳsbrand;\"van \"\"de\"\" Dijk\";06-1111 2222;ijsbrand@voorbeeld.example;Publiekszaken;OVDBZ;reserve;1-2-2026;\r\n"
    "Ĳsbrand;\"van \"\"de\"\" Dijk\";06-1111 2222;ijsbrand@voorbeeld.example;Publiekszaken;ACB;primair;;2026-12-31\r\n"
    "Renée;Zoë 🚒;+31 6 3333 4444;;;;;;\r\n"
    "\"Robert'); DROP TABLE person;--\";Tables;0633334445;;;;;;\r\n";

  counts (store, &before);
  plan = run_import (store, csv, -1, &imported);
  g_assert_cmpuint (paraat_people_import_get_n_problems (plan), ==, 0);
  g_assert_true (imported);
  counts (store, &after);

  g_assert_cmpuint (after.people, ==, before.people + 3);
  g_assert_cmpuint (after.assignments, ==, before.assignments + 2);
  g_assert_cmpuint (after.audit, >=, before.audit + 5);

  first = g_object_ref (g_ptr_array_index (paraat_people_import_get_people (plan), 0));
  g_assert_cmpint (paraat_person_get_id (first), >, 0);
  g_assert_cmpstr (paraat_person_get_family_name (first), ==, "van \"de\" Dijk");
  g_assert_cmpstr (paraat_person_get_phone (first), ==, "+31611112222");
  assignments = paraat_store_list_assignments (store, paraat_person_get_id (first), 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 2);
  {
    g_autoptr (ParaatPerson) sql = g_object_ref (g_ptr_array_index (paraat_people_import_get_people (plan), 2));
    g_autoptr (ParaatPerson) stored = paraat_store_get_person (store, paraat_person_get_id (sql), NULL);

    g_assert_cmpstr (paraat_person_get_given_name (stored), ==, "Robert'); DROP TABLE person;--");
  }

  /* Importing the same file again: everyone is already there. */
  {
    g_autoptr (ParaatPeopleImport) again = run_import (store, csv, -1, &imported);

    g_assert_false (imported);
    g_assert_true (has_problem (again, 2, "already in the database"));
  }
}

static void
test_broken_files (void)
{
  /* A comma file read as one column: the header names no name column. */
  assert_refused ("Voornaam|Achternaam|Mobiel\nJan|Jansen|0612345678\n", -1, 1, "Voornaam");
  /* A line of bad values among good ones. */
  assert_refused (HEADER
                  "Anna;Goed;0612345678;anna@voorbeeld.example;;OVDBZ;;;\n"
                  "Bram;Fout;06-123;bram@;;NOPE;baas;32-13-2026;\n"
                  "Carla;Ook Goed;0687654321;;;;;;\n",
                  -1, 3, "digits");
  assert_refused (HEADER "Bram;Fout;0612345670;bram@;;;;;\n", -1, 2, "e-mail");
  assert_refused (HEADER "Bram;Fout;0612345670;;;NOPE;;;\n", -1, 2, "NOPE");
  assert_refused (HEADER "Bram;Fout;0612345670;;;ACB;baas;;\n", -1, 2, "level");
  assert_refused (HEADER "Bram;Fout;0612345670;;;ACB;;32-13-2026;\n", -1, 2, "date");
  assert_refused (HEADER "Bram;Fout;0612345670;;;ACB;;2026-05-01;2026-04-30\n", -1, 2, "before");
  /* A year in two digits could be 1926 or 2026: refused, not guessed. */
  assert_refused (HEADER "Bram;Fout;0612345670;;;ACB;;1-3-26;\n", -1, 2, "date");
  assert_refused (HEADER "Bram;Fout;0612345670;;;ACB;;26-3-1;\n", -1, 2, "date");
  /* Two different new people with one e-mail address. */
  assert_refused (HEADER
                  "Eva;Een;0612340001;gedeeld@voorbeeld.example;;;;;\n"
                  "Fien;Twee;0612340002;Gedeeld@voorbeeld.example;;;;;\n",
                  -1, 3, "someone else");
  assert_refused (HEADER ";;0612345670;;;ACB;;;\n", -1, 2, "name");
  /* The same person twice with other details, the same function twice. */
  assert_refused (HEADER
                  "Dirk;Dubbel;0612340000;dirk@voorbeeld.example;A;;;;\n"
                  "Dirk;Dubbel;0612340000;dirk@voorbeeld.example;B;;;;\n",
                  -1, 3, "other details");
  assert_refused (HEADER
                  "Dirk;Dubbel;0612340000;;;ACB;;;\n"
                  "Dirk;Dubbel;0612340000;;;ACB;reserve;;\n",
                  -1, 3, "twice");
  /* A line of 100 KB. */
  {
    g_autoptr (GString) csv = g_string_new (HEADER "Anna;Goed;0612345678;;;;;;\n");
    g_autofree char *huge = g_strnfill (100 * 1024, 'x');

    g_string_append_printf (csv, "Lang;%s;0612345679;;;;;;\n", huge);
    assert_refused (csv->str, (gssize) csv->len, 3, "1,000");
  }
  /* 1,000 characters of two bytes each are not too long. */
  {
    g_autoptr (GString) csv = g_string_new ("Voornaam;Achternaam;Notities\n");
    g_autoptr (ParaatStore) store = demo_store ();
    g_autoptr (ParaatPeopleImport) plan = NULL;
    gboolean imported;

    g_string_append (csv, "Lang;Genoeg;");
    for (guint i = 0; i < 1000; i++)
      g_string_append (csv, "é");
    g_string_append_c (csv, '\n');
    plan = run_import (store, csv->str, (gssize) csv->len, &imported);
    g_assert_true (imported);
  }
}

/* 10,000 lines: one bad line at the end stops all of them; without it all
 * are written. */
static void
test_large (void)
{
  g_autoptr (GString) csv = g_string_new (HEADER);
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatPeopleImport) plan = NULL;
  ParaatStoreCounts before, after;
  gboolean imported;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (csv, "Persoon;Nummer %05u;06%08u;p%u@voorbeeld.example;Afdeling %u;%s;;;\r\n",
                            i, 20000000 + i, i, i % 7, i % 3 == 0 ? "ACB" : "");

  {
    g_autoptr (GString) broken = g_string_new_len (csv->str, (gssize) csv->len);

    g_string_append (broken, "Laatste;Regel;geen nummer;;;;;;\r\n");
    assert_refused (broken->str, (gssize) broken->len, 10002, "telephone");
  }

  counts (store, &before);
  plan = run_import (store, csv->str, (gssize) csv->len, &imported);
  g_assert_true (imported);
  counts (store, &after);
  g_assert_cmpuint (after.people, ==, before.people + 10000);
  g_assert_cmpuint (after.assignments, ==, before.assignments + 3334);
}

/* Export, then import into a register with the same functions and nobody in
 * it: the same people and functions. */
static void
test_round_trip (void)
{
  g_autoptr (ParaatStore) store = demo_store ();
  g_autoptr (ParaatStore) empty = NULL;
  g_autoptr (GListModel) people = paraat_store_list_people (store, NULL);
  g_autoptr (GListModel) functions = paraat_store_list_functions (store, NULL);
  g_autoptr (GListModel) assignments = paraat_store_list_assignments (store, 0, 0, NULL);
  g_autoptr (GListModel) people_after = NULL;
  g_autoptr (GListModel) functions_after = NULL;
  g_autoptr (GListModel) assignments_after = NULL;
  g_autoptr (ParaatPeopleImport) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = paraat_people_export_csv (people, functions, assignments, ';');
  g_autofree char *again = NULL;
  gboolean imported;

  g_assert_true (g_str_has_prefix (csv, "Voornaam;Achternaam;Mobiel;"));

  /* A register with the demo's teams and functions, and nobody in it. */
  empty = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);

      paraat_function_set_id (function, 0);
      paraat_function_set_team_id (function, 0);
      g_assert_true (paraat_store_save_function (empty, function, &error));
      g_assert_no_error (error);
    }

  plan = run_import (empty, csv, -1, &imported);
  g_assert_cmpuint (paraat_people_import_get_n_problems (plan), ==, 0);
  g_assert_true (imported);

  people_after = paraat_store_list_people (empty, NULL);
  functions_after = paraat_store_list_functions (empty, NULL);
  assignments_after = paraat_store_list_assignments (empty, 0, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people_after), ==, g_list_model_get_n_items (people));
  g_assert_cmpuint (g_list_model_get_n_items (assignments_after), ==, g_list_model_get_n_items (assignments));

  /* Exported again, it is the same text. */
  again = paraat_people_export_csv (people_after, functions_after, assignments_after, ';');
  g_assert_cmpstr (again, ==, csv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people-table/good-file", test_good_file);
  g_test_add_func ("/people-table/broken-files", test_broken_files);
  g_test_add_func ("/people-table/large", test_large);
  g_test_add_func ("/people-table/round-trip", test_round_trip);

  return g_test_run ();
}
