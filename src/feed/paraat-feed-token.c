/* paraat-feed-token.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-feed"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <sys/random.h>

#include "feed/paraat-feed-token.h"

char *
paraat_feed_token_new (GError **error)
{
  guint8 bytes[PARAAT_FEED_TOKEN_LENGTH / 2];
  GString *token;
  gsize filled = 0;

  /* Not g_random_*(): that is a Mersenne Twister, predictable from its output. */
  while (filled < sizeof bytes)
    {
      ssize_t n = getrandom (bytes + filled, sizeof bytes - filled, 0);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The system’s random source failed: %s"), g_strerror (saved_errno));
          return NULL;
        }
      filled += (gsize) n;
    }

  token = g_string_sized_new (PARAAT_FEED_TOKEN_LENGTH);
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (token, "%02x", bytes[i]);
  memset (bytes, 0, sizeof bytes);

  return g_string_free (token, FALSE);
}

char *
paraat_feed_token_hash (const char *token)
{
  g_return_val_if_fail (token != NULL, NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
}

gboolean
paraat_feed_token_is_valid (const char *text)
{
  if (text == NULL || strlen (text) != PARAAT_FEED_TOKEN_LENGTH)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
      return FALSE;
  return TRUE;
}
