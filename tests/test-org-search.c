/* test-org-search.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-org-search.h"

static gboolean
matches (const char *text,
         const char *query)
{
  g_auto (GStrv) terms = paraat_org_search_terms (query);

  return paraat_org_search_match (text, (const char * const *) terms);
}

static ParaatPerson *
sample_person (void)
{
  ParaatPerson *person = paraat_person_new ();

  paraat_person_set_given_name (person, "Ĳsbrand");
  paraat_person_set_family_name (person, "van Dijk-Émile");
  paraat_person_set_department (person, "Publiekszaken");
  paraat_person_set_phone (person, "+31612345678");
  paraat_person_set_phone_alt (person, "+31301234567");
  paraat_person_set_email (person, "i.vandijk@voorbeeld.example");

  return person;
}

static void
test_fold (void)
{
  g_autofree char *a = paraat_org_search_fold ("ĲSSELMEER");
  g_autofree char *b = paraat_org_search_fold ("Éénhoorn Ça");
  g_autofree char *c = paraat_org_search_fold (NULL);
  g_autofree char *d = paraat_org_search_fold ("Brandweer 🚒");

  g_assert_cmpstr (a, ==, "ijsselmeer");
  g_assert_cmpstr (b, ==, "eenhoorn ca");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "brandweer 🚒");
}

static void
test_person (void)
{
  g_autoptr (ParaatPerson) person = sample_person ();
  const char *functions[] = { "OVD-BZ", "Officier van Dienst Bevolkingszorg", NULL };
  g_autofree char *text = paraat_org_search_person_text (person, functions);

  /* Names, in any case and without accents, in any order. */
  g_assert_true (matches (text, "ijsbrand"));
  g_assert_true (matches (text, "DIJK emile"));
  g_assert_true (matches (text, "émile ĳsbrand"));
  g_assert_false (matches (text, "ijsbrand jansen"));

  /* Department, e-mail, functions. */
  g_assert_true (matches (text, "publieks"));
  g_assert_true (matches (text, "vandijk@"));
  g_assert_true (matches (text, "ovd-bz"));
  g_assert_true (matches (text, "bevolkingszorg"));

  /* Telephone numbers as people type them. */
  g_assert_true (matches (text, "0612"));
  g_assert_true (matches (text, "06-1234"));
  g_assert_true (matches (text, "06 1234 5678"));
  g_assert_true (matches (text, "+31 6 1234"));
  g_assert_true (matches (text, "0031612345678"));
  g_assert_true (matches (text, "030-123"));
  g_assert_false (matches (text, "06-9999"));

  /* A blank query matches everything. */
  g_assert_true (matches (text, ""));
  g_assert_true (matches (text, "   "));
}

static void
test_function_team (void)
{
  g_autoptr (ParaatFunction) function = paraat_function_new ();
  g_autoptr (ParaatTeam) team = paraat_team_new ();
  g_autofree char *function_text = NULL;
  g_autofree char *team_text = NULL;

  paraat_function_set_code (function, "CMA");
  paraat_function_set_name (function, "Crisismanagementadviseur");
  function_text = paraat_org_search_function_text (function, "Gemeentelijk Beleidsteam");
  g_assert_true (matches (function_text, "cma"));
  g_assert_true (matches (function_text, "beleidsteam crisis"));
  g_assert_false (matches (function_text, "copi"));

  paraat_team_set_code (team, "GBT");
  paraat_team_set_name (team, "Gemeentelijk Beleidsteam");
  team_text = paraat_org_search_team_text (team);
  g_assert_true (matches (team_text, "gbt"));
  g_assert_false (matches (team_text, "rot"));
}

static void
test_terms (void)
{
  g_auto (GStrv) sql = paraat_org_search_terms ("Robert'); DROP TABLE person;--");
  g_auto (GStrv) phone = paraat_org_search_terms (" +31 (0)6-12 ");

  g_assert_cmpuint (g_strv_length (sql), ==, 4);
  g_assert_cmpstr (sql[0], ==, "robert');");
  g_assert_cmpuint (g_strv_length (phone), ==, 1);
  g_assert_cmpstr (phone[0], ==, "0612");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/org-search/fold", test_fold);
  g_test_add_func ("/org-search/person", test_person);
  g_test_add_func ("/org-search/function-team", test_function_team);
  g_test_add_func ("/org-search/terms", test_terms);

  return g_test_run ();
}
