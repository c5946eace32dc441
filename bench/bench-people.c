/* bench-people.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "planning/paraat-csv.h"
#include "planning/paraat-people-table.h"
#include "store/paraat-demo.h"
#include "store/paraat-store.h"

/* Importing and exporting people as a spreadsheet: a CSV of --people lines
 * (a third with a function) is parsed, checked line by line and imported
 * into a database file holding the demo organisation; then everyone is
 * exported again. Prints the time of each step. Target: importing 10,000
 * people in under one second. */

static int people = 10000;

static const GOptionEntry entries[] = {
  { "people", 0, 0, G_OPTION_ARG_INT, &people, "Number of people", "N" },
  G_OPTION_ENTRY_NULL
};

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e3;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time importing people from CSV");
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) csv = g_string_new ("Voornaam;Achternaam;Mobiel;E-mail;Afdeling;Functie;Niveau\r\n");
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatCsvTable) table = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) existing = NULL;
  g_autoptr (ParaatPeopleImport) plan = NULL;
  g_autoptr (GListModel) all_people = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *exported = NULL;
  gint64 start;
  double parse_ms, plan_ms, import_ms, export_ms;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-people: %s\n", error->message);
      return 2;
    }

  for (int i = 0; i < people; i++)
    g_string_append_printf (csv, "Persoon;Nummer %05d;06%08d;p%d@voorbeeld.example;Afdeling %d;%s;%s\r\n",
                            i, 30000000 + i, i, i % 9, i % 3 == 0 ? "ACB" : "", i % 6 == 0 ? "reserve" : "");

  dir = g_dir_make_tmp ("paraat-bench-people-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "region.db", NULL);
  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, &error);
  if (store == NULL || !paraat_demo_load (store, 2026, &error))
    {
      g_printerr ("bench-people: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  table = paraat_csv_parse (csv->str, (gssize) csv->len, &error);
  g_assert_no_error (error);
  parse_ms = ms_since (start);

  start = g_get_monotonic_time ();
  functions = paraat_store_list_functions (store, &error);
  existing = paraat_store_list_people (store, &error);
  plan = paraat_people_import_plan (table, functions, existing);
  plan_ms = ms_since (start);
  if (paraat_people_import_get_n_problems (plan) != 0)
    {
      g_printerr ("bench-people: the generated file has problems\n");
      return 1;
    }

  start = g_get_monotonic_time ();
  if (!paraat_store_import_people (store, paraat_people_import_get_people (plan),
                                   paraat_people_import_get_assignments (plan),
                                   paraat_people_import_get_person_of_assignment (plan), &error))
    {
      g_printerr ("bench-people: %s\n", error->message);
      return 1;
    }
  import_ms = ms_since (start);

  start = g_get_monotonic_time ();
  all_people = paraat_store_list_people (store, &error);
  assignments = paraat_store_list_assignments (store, 0, 0, &error);
  exported = paraat_people_export_csv (all_people, functions, assignments, ';');
  export_ms = ms_since (start);

  g_print ("people: %d (%.1f MB of CSV), %u assignments\n", people, csv->len / 1e6,
           paraat_people_import_get_assignments (plan)->len);
  g_print ("parse CSV            %8.1f ms\n", parse_ms);
  g_print ("check every line     %8.1f ms\n", plan_ms);
  g_print ("import (1 transaction)%7.1f ms\n", import_ms);
  g_print ("parse + check + import %6.1f ms (target: under 1000 ms)\n", parse_ms + plan_ms + import_ms);
  g_print ("export %u people      %8.1f ms (%.1f MB)\n", g_list_model_get_n_items (all_people), export_ms,
           strlen (exported) / 1e6);

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_remove (file);
      }
  }
  g_rmdir (dir);
  return 0;
}
