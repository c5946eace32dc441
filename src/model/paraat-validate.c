/* paraat-validate.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include <string.h>

#include "model/paraat-validate.h"

static gboolean
all_digits (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
paraat_validate_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
paraat_validate_e164 (const char *text)
{
  gsize len;

  if (text == NULL || text[0] != '+')
    return FALSE;
  len = strlen (text + 1);
  return len >= 8 && len <= 15 && text[1] != '0' && all_digits (text + 1, len);
}

gboolean
paraat_validate_email (const char *text)
{
  const char *at;
  const char *domain;
  const char *p;

  if (text == NULL)
    return FALSE;
  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (p = text; *p; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
      return FALSE;

  domain = at + 1;
  if (*domain == '\0' || *domain == '.' || strchr (domain, '.') == NULL)
    return FALSE;
  for (p = domain; *p; p++)
    if (*p == '.' && (p[1] == '.' || p[1] == '\0'))
      return FALSE;

  return TRUE;
}

gboolean
paraat_validate_code (const char *text)
{
  gsize len;

  if (text == NULL || !g_ascii_isalpha (text[0]))
    return FALSE;
  len = strlen (text);
  if (len > 16)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (text[i]) && text[i] != '-' && text[i] != '_')
      return FALSE;
  return TRUE;
}

gboolean
paraat_validate_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}
