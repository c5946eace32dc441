/* test-validate.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/paraat-validate.h"

static void
test_date (void)
{
  g_assert_true (paraat_validate_date ("2026-04-27"));
  g_assert_true (paraat_validate_date ("2028-02-29"));
  g_assert_false (paraat_validate_date ("2026-02-29"));
  g_assert_false (paraat_validate_date ("2026-13-01"));
  g_assert_false (paraat_validate_date ("2026-4-27"));
  g_assert_false (paraat_validate_date ("27-04-2026"));
  g_assert_false (paraat_validate_date ("2026-04-27 "));
  g_assert_false (paraat_validate_date (""));
  g_assert_false (paraat_validate_date (NULL));
}

static void
test_e164 (void)
{
  g_assert_true (paraat_validate_e164 ("+31600000007"));
  g_assert_true (paraat_validate_e164 ("+3230000000"));
  g_assert_false (paraat_validate_e164 ("0600000007"));
  g_assert_false (paraat_validate_e164 ("+31 6 00000007"));
  g_assert_false (paraat_validate_e164 ("+0600000007"));
  g_assert_false (paraat_validate_e164 ("+3160"));
  g_assert_false (paraat_validate_e164 ("+3160000000000000"));
  g_assert_false (paraat_validate_e164 (NULL));
}

static void
test_email (void)
{
  g_assert_true (paraat_validate_email ("gerda.roosterveld@voorbeeld.example"));
  g_assert_true (paraat_validate_email ("a@b.nl"));
  g_assert_false (paraat_validate_email ("gerda.roosterveld"));
  g_assert_false (paraat_validate_email ("@voorbeeld.example"));
  g_assert_false (paraat_validate_email ("gerda@voorbeeld"));
  g_assert_false (paraat_validate_email ("gerda@voorbeeld..example"));
  g_assert_false (paraat_validate_email ("gerda@.example"));
  g_assert_false (paraat_validate_email ("ger da@voorbeeld.example"));
  g_assert_false (paraat_validate_email ("a@b@c.nl"));
  g_assert_false (paraat_validate_email ("a@b.nl."));
}

static void
test_code (void)
{
  g_assert_true (paraat_validate_code ("OVDBZ"));
  g_assert_true (paraat_validate_code ("AC-Bz"));
  g_assert_true (paraat_validate_code ("T1_2"));
  g_assert_false (paraat_validate_code (""));
  g_assert_false (paraat_validate_code ("1ACB"));
  g_assert_false (paraat_validate_code ("AC B"));
  g_assert_false (paraat_validate_code ("ABCDEFGHIJKLMNOPQ"));
  g_assert_false (paraat_validate_code ("ACB;"));
  g_assert_false (paraat_validate_code ("ÉÉN"));
}

static void
test_blank (void)
{
  g_assert_true (paraat_validate_is_blank (NULL));
  g_assert_true (paraat_validate_is_blank (""));
  g_assert_true (paraat_validate_is_blank (" \t\n"));
  g_assert_false (paraat_validate_is_blank (" x "));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/validate/date", test_date);
  g_test_add_func ("/validate/e164", test_e164);
  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/code", test_code);
  g_test_add_func ("/validate/blank", test_blank);
  return g_test_run ();
}
