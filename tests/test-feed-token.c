/* test-feed-token.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "feed/paraat-feed-token.h"

static void
test_new_tokens (void)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint counts[16] = { 0 };

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr (GError) error = NULL;
      char *token = paraat_feed_token_new (&error);

      g_assert_no_error (error);
      g_assert_true (paraat_feed_token_is_valid (token));
      for (const char *p = token; *p; p++)
        counts[g_ascii_xdigit_value (*p)]++;
      g_assert_false (g_hash_table_contains (seen, token));
      g_hash_table_add (seen, token);
    }

  /* 32,000 hex digits: each of the 16 should appear about 2,000 times. A
   * broken source (all zeros, one digit) fails this by far. */
  for (guint i = 0; i < 16; i++)
    g_assert_cmpuint (counts[i], >, 1500);
}

static void
test_hash (void)
{
  g_autofree char *hash = paraat_feed_token_hash ("00112233445566778899aabbccddeeff");
  g_autofree char *again = paraat_feed_token_hash ("00112233445566778899aabbccddeeff");
  g_autofree char *other = paraat_feed_token_hash ("00112233445566778899aabbccddeefe");

  g_assert_cmpuint (strlen (hash), ==, 64);
  g_assert_cmpstr (hash, ==, again);
  g_assert_cmpstr (hash, !=, other);
  /* sha256sum of the same text. */
  g_assert_cmpstr (hash, ==, "5947d7c33d783f94b3b4c1a96ebc8991ed28f1b069b71e03376cba8caa98a720");
}

static void
test_is_valid (void)
{
  g_assert_true (paraat_feed_token_is_valid ("00112233445566778899aabbccddeeff"));
  g_assert_false (paraat_feed_token_is_valid ("00112233445566778899AABBCCDDEEFF"));
  g_assert_false (paraat_feed_token_is_valid ("00112233445566778899aabbccddeef"));
  g_assert_false (paraat_feed_token_is_valid ("00112233445566778899aabbccddeeff0"));
  g_assert_false (paraat_feed_token_is_valid ("../../etc/passwd0000000000000000"));
  g_assert_false (paraat_feed_token_is_valid (""));
  g_assert_false (paraat_feed_token_is_valid (NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/feed/token/new", test_new_tokens);
  g_test_add_func ("/feed/token/hash", test_hash);
  g_test_add_func ("/feed/token/is-valid", test_is_valid);
  return g_test_run ();
}
