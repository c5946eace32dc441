/* test-phone.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/paraat-validate.h"
#include "planning/paraat-phone.h"

static void
assert_normalises (const char *text,
                   const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *e164 = paraat_phone_normalise (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (e164, ==, expected);
  if (*expected != '\0')
    g_assert_true (paraat_validate_e164 (e164));
}

static void
assert_rejects (const char       *text,
                ParaatPhoneError  code,
                const char       *message_part)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *e164 = paraat_phone_normalise (text, &error);

  g_assert_null (e164);
  g_assert_error (error, PARAAT_PHONE_ERROR, code);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s”: message “%s” lacks “%s”", text, error->message, message_part);
}

static void
assert_formats (const char *e164,
                const char *expected)
{
  g_autofree char *display = paraat_phone_format (e164);

  g_assert_cmpstr (display, ==, expected);
}

static void
assert_search_key (const char *text,
                   const char *expected)
{
  g_autofree char *key = paraat_phone_search_key (text);

  g_assert_cmpstr (key, ==, expected);
}

static void
test_normalise_mobile (void)
{
  assert_normalises ("0612345678", "+31612345678");
  assert_normalises ("06-12345678", "+31612345678");
  assert_normalises ("06 1234 5678", "+31612345678");
  assert_normalises ("06-1234 5678", "+31612345678");
  assert_normalises ("06.12.34.56.78", "+31612345678");
  assert_normalises ("  06 12 34 56 78  ", "+31612345678");
  assert_normalises ("+31612345678", "+31612345678");
  assert_normalises ("+31 6 1234 5678", "+31612345678");
  assert_normalises ("+31 (0)6 1234 5678", "+31612345678");
  assert_normalises ("+31(0)612345678", "+31612345678");
  assert_normalises ("+31 06 1234 5678", "+31612345678");
  assert_normalises ("0031612345678", "+31612345678");
  assert_normalises ("0031 (0)6 12345678", "+31612345678");
  assert_normalises ("tel:+31612345678", "+31612345678");
  assert_normalises ("TEL:06-12345678", "+31612345678");
  assert_normalises ("06\302\24012345678", "+31612345678");
  /* What a spreadsheet leaves of a number it took for a number. */
  assert_normalises ("612345678", "+31612345678");
  assert_normalises ("31612345678", "+31612345678");
}

static void
test_normalise_geographic (void)
{
  assert_normalises ("(010) 123 45 67", "+31101234567");
  assert_normalises ("010-1234567", "+31101234567");
  assert_normalises ("020 - 123 45 67", "+31201234567");
  assert_normalises ("0345-123456", "+31345123456");
  assert_normalises ("0318 123 456", "+31318123456");
  assert_normalises ("0111/123456", "+31111123456");
  assert_normalises ("+31 345 123 456", "+31345123456");
}

static void
test_normalise_service (void)
{
  assert_normalises ("088-1234567", "+31881234567");
  assert_normalises ("085 123 45 67", "+31851234567");
  assert_normalises ("091-1234567", "+31911234567");
  assert_normalises ("0800-1234", "+318001234");
  assert_normalises ("0800 1234567", "+318001234567");
  assert_normalises ("0900-1234567", "+319001234567");
  assert_normalises ("0906 1234", "+319061234");
  assert_normalises ("0909-123 4567", "+319091234567");
}

static void
test_normalise_foreign (void)
{
  assert_normalises ("+32 2 123 45 67", "+3221234567");
  assert_normalises ("0032 2 123 45 67", "+3221234567");
  assert_normalises ("+32 (0)2 123 45 67", "+3221234567");
  assert_normalises ("+49 30 12345678", "+493012345678");
  assert_normalises ("+44 20 7946 0958", "+442079460958");
  /* Italian numbers keep their zero after the country code. */
  assert_normalises ("+39 06 1234 5678", "+390612345678");
  assert_normalises ("+1 (555) 123-4567", "+15551234567");
  assert_normalises ("+352 123 456", "+352123456");
}

static void
test_normalise_blank (void)
{
  assert_normalises (NULL, "");
  assert_normalises ("", "");
  assert_normalises ("   ", "");
}

static void
test_normalise_errors (void)
{
  assert_rejects ("abc", PARAAT_PHONE_ERROR_INVALID, "“abc” is not a telephone number");
  assert_rejects ("06-1234 567a", PARAAT_PHONE_ERROR_INVALID, "06-1234 567a");
  assert_rejects ("06 1234 5678 (mobiel)", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("tel:", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("-- ()", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("+", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("06+12345678", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("++31612345678", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("+0612345678", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("000612345678", PARAAT_PHONE_ERROR_INVALID, NULL);
  assert_rejects ("06_12345678", PARAAT_PHONE_ERROR_INVALID, NULL);

  assert_rejects ("06-1234 567", PARAAT_PHONE_ERROR_LENGTH, "too few digits");
  assert_rejects ("06-1234 567", PARAAT_PHONE_ERROR_LENGTH, "06-1234 5678");
  assert_rejects ("06-1234 56789", PARAAT_PHONE_ERROR_LENGTH, "too many digits");
  assert_rejects ("+31 6 1234 567", PARAAT_PHONE_ERROR_LENGTH, "too few digits");
  assert_rejects ("010-123 456", PARAAT_PHONE_ERROR_LENGTH, "too few digits");
  assert_rejects ("112", PARAAT_PHONE_ERROR_LENGTH, "too few digits");
  assert_rejects ("0800-12345", PARAAT_PHONE_ERROR_LENGTH, "0800-1234");
  assert_rejects ("0900-12345678", PARAAT_PHONE_ERROR_LENGTH, "too many digits");
  assert_rejects ("+32 123", PARAAT_PHONE_ERROR_LENGTH, "too few digits");
  assert_rejects ("+32 1234 5678 9012 34", PARAAT_PHONE_ERROR_LENGTH, "too many digits");
}

static void
test_format (void)
{
  assert_formats ("+31612345678", "06-1234 5678");
  assert_formats ("+31101234567", "010-123 4567");
  assert_formats ("+31201234567", "020-123 4567");
  assert_formats ("+31791234567", "079-123 4567");
  assert_formats ("+31345123456", "0345-123 456");
  assert_formats ("+31318123456", "0318-123 456");
  assert_formats ("+31111123456", "0111-123 456");
  assert_formats ("+31881234567", "088-123 4567");
  assert_formats ("+31851234567", "085-123 4567");
  assert_formats ("+31911234567", "091-123 4567");
  assert_formats ("+318001234", "0800-1234");
  assert_formats ("+318001234567", "0800-123 4567");
  assert_formats ("+319001234567", "0900-123 4567");
  assert_formats ("+319091234", "0909-1234");

  assert_formats ("+3221234567", "+32 2123 4567");
  assert_formats ("+493012345678", "+49 301 234 5678");
  assert_formats ("+15551234567", "+1 555 123 4567");
  assert_formats ("+352123456", "+352 123 456");
  assert_formats ("+442079460958", "+44 207 946 0958");
  /* A Dutch number of an unusual length still reads. */
  assert_formats ("+3112345678", "+31 1234 5678");

  assert_formats (NULL, "");
  assert_formats ("", "");
  assert_formats ("06-1234 5678", "06-1234 5678");
  assert_formats ("unknown", "unknown");
}

static void
test_round_trip (void)
{
  const char *inputs[] = {
    "06-1234 5678", "010-123 4567", "0345-123 456", "088-123 4567",
    "0800-1234", "0900-123 4567", "0111-123 456",
  };

  /* The display form of a Dutch number normalises to the same number. */
  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *e164 = paraat_phone_normalise (inputs[i], &error);
      g_autofree char *display = NULL;

      g_assert_no_error (error);
      display = paraat_phone_format (e164);
      g_assert_cmpstr (display, ==, inputs[i]);
    }
}

static void
test_search_key (void)
{
  assert_search_key ("+31612345678", "0612345678");
  assert_search_key ("06-1234 5678", "0612345678");
  assert_search_key ("0031612345678", "0612345678");
  assert_search_key ("+31 (0)6 1234 5678", "0612345678");
  assert_search_key ("010-123 4567", "0101234567");
  assert_search_key ("+3221234567", "3221234567");
  assert_search_key ("0032 2 123 45 67", "003221234567");
  assert_search_key ("06-12", "0612");
  assert_search_key ("+316", "06");
  assert_search_key ("", "");
  assert_search_key (NULL, "");
  assert_search_key ("Jansen", "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/phone/normalise/mobile", test_normalise_mobile);
  g_test_add_func ("/phone/normalise/geographic", test_normalise_geographic);
  g_test_add_func ("/phone/normalise/service", test_normalise_service);
  g_test_add_func ("/phone/normalise/foreign", test_normalise_foreign);
  g_test_add_func ("/phone/normalise/blank", test_normalise_blank);
  g_test_add_func ("/phone/normalise/errors", test_normalise_errors);
  g_test_add_func ("/phone/format", test_format);
  g_test_add_func ("/phone/round-trip", test_round_trip);
  g_test_add_func ("/phone/search-key", test_search_key);
  return g_test_run ();
}
