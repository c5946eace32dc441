/* paraat-phone.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "planning/paraat-phone.h"

G_DEFINE_QUARK (paraat-phone-error-quark, paraat_phone_error)

/* Dutch area codes of two digits after the trunk "0"; every other
 * geographic area code has three. */
static const char * const two_digit_areas[] = {
  "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38",
  "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "72", "73",
  "74", "75", "76", "77", "78", "79",
  /* Non-geographic numbers written like a two-digit area code. */
  "84", "85", "87", "88", "91",
  NULL
};

/* Service numbers ("0800-1234", "0900-123 4567"): a three-digit prefix
 * after the trunk "0", then four or seven digits. */
static const char * const service_prefixes[] = {
  "800", "900", "906", "909", NULL
};

/* Country codes of one and two digits (ITU-T E.164 zones); all others have
 * three. */
static const char * const short_country_codes[] = {
  "1", "7",
  "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43",
  "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56",
  "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
  "86", "90", "91", "92", "93", "94", "95", "98",
  NULL
};

static gboolean
has_prefix_in (const char         *digits,
               const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (digits, prefixes[i]))
      return TRUE;
  return FALSE;
}

static gsize
country_code_length (const char *digits)
{
  for (guint i = 0; short_country_codes[i] != NULL; i++)
    if (g_str_has_prefix (digits, short_country_codes[i]))
      return strlen (short_country_codes[i]);
  return 3;
}

static gboolean
is_separator (const char *p,
              gsize      *length)
{
  if (*p != '\0' && strchr (" \t-./()", *p) != NULL)
    {
      *length = 1;
      return TRUE;
    }
  /* A no-break space, as spreadsheets and web pages sometimes hold. */
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
    {
      *length = 2;
      return TRUE;
    }
  return FALSE;
}

static char *
invalid (const char  *text,
         GError     **error)
{
  g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_INVALID,
               _("“%s” is not a telephone number"), text);
  return NULL;
}

/* @nsn: the national significant number, the digits after the trunk "0". */
static char *
dutch_e164 (const char  *text,
            const char  *nsn,
            GError     **error)
{
  gsize len = strlen (nsn);

  if (nsn[0] == '0')
    return invalid (text, error);

  if (has_prefix_in (nsn, service_prefixes))
    {
      if (len == 7 || len == 10)
        return g_strconcat ("+31", nsn, NULL);
      if (len > 10)
        g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                     _("“%s” has too many digits: a Dutch 0800 or 0900 number has 4 or 7 digits after its prefix, like 0800-1234"),
                     text);
      else
        g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                     _("“%s” does not have the right number of digits: a Dutch 0800 or 0900 number has 4 or 7 digits after its prefix, like 0800-1234"),
                     text);
      return NULL;
    }

  if (len == 9)
    return g_strconcat ("+31", nsn, NULL);

  if (len < 9)
    g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                 _("“%s” has too few digits: a Dutch telephone number has 10 digits, like 06-1234 5678"),
                 text);
  else
    g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                 _("“%s” has too many digits: a Dutch telephone number has 10 digits, like 06-1234 5678"),
                 text);
  return NULL;
}

char *
paraat_phone_normalise (const char  *text,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr (GString) digits = NULL;
  const char *p;
  const char *international = NULL;
  gboolean plus = FALSE;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (paraat_validate_is_blank (text))
    return g_strdup ("");

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;
  if (g_ascii_strncasecmp (p, "tel:", 4) == 0)
    p += 4;

  digits = g_string_new (NULL);
  while (*p != '\0')
    {
      gsize skip = 0;

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          p++;
        }
      else if (*p == '+' && !plus && digits->len == 0)
        {
          plus = TRUE;
          p++;
        }
      else if (g_str_has_prefix (p, "(0)") &&
               (plus || g_str_has_prefix (digits->str, "00")) &&
               digits->len > (plus ? 0 : 2))
        {
          /* "+31 (0)6 …", "+32 (0)2 …": the trunk zero said aloud in
           * the country, never dialled from abroad. */
          p += 3;
        }
      else if (is_separator (p, &skip))
        p += skip;
      else
        return invalid (trimmed, error);
    }

  if (digits->len == 0)
    return invalid (trimmed, error);

  if (plus)
    international = digits->str;
  else if (g_str_has_prefix (digits->str, "00"))
    international = digits->str + 2;

  if (international != NULL)
    {
      gsize len = strlen (international);

      if (international[0] == '0' || len == 0)
        return invalid (trimmed, error);

      if (g_str_has_prefix (international, "31"))
        {
          const char *nsn = international + 2;

          /* "+31 06 …": a trunk zero written where it does not belong. */
          if (nsn[0] == '0')
            nsn++;
          return dutch_e164 (trimmed, nsn, error);
        }

      if (len < 8)
        {
          g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                       _("“%s” has too few digits for a telephone number abroad: with its country code it has 8 to 15"),
                       trimmed);
          return NULL;
        }
      if (len > 15)
        {
          g_set_error (error, PARAAT_PHONE_ERROR, PARAAT_PHONE_ERROR_LENGTH,
                       _("“%s” has too many digits for a telephone number abroad: with its country code it has 8 to 15"),
                       trimmed);
          return NULL;
        }
      return g_strconcat ("+", international, NULL);
    }

  if (digits->str[0] == '0')
    return dutch_e164 (trimmed, digits->str + 1, error);

  /* A spreadsheet that took the number for a number dropped its leading
   * "0" ("612345678") or "+" ("31612345678"). */
  if (digits->len == 9)
    return dutch_e164 (trimmed, digits->str, error);
  if (digits->len == 11 && g_str_has_prefix (digits->str, "31"))
    return dutch_e164 (trimmed, digits->str + 2, error);

  return dutch_e164 (trimmed, digits->str, error);
}

/* Appends @digits in groups of three, the last one or two groups of four
 * when the digits do not divide by three: "123 4567", "1234 5678". */
static void
append_groups (GString    *out,
               const char *digits)
{
  gsize len = strlen (digits);
  gsize n_groups;
  gsize n_long;

  if (len <= 4)
    {
      g_string_append (out, digits);
      return;
    }
  if (len == 5)
    {
      g_string_append_printf (out, "%.2s %s", digits, digits + 2);
      return;
    }

  n_groups = len / 3;
  n_long = len % 3;
  for (gsize i = 0; i < n_groups; i++)
    {
      gsize size = (i >= n_groups - n_long) ? 4 : 3;

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, digits, size);
      digits += size;
    }
}

static char *
format_dutch (const char *nsn)
{
  gsize len = strlen (nsn);

  if (has_prefix_in (nsn, service_prefixes) && len == 7)
    return g_strdup_printf ("0%.3s-%s", nsn, nsn + 3);
  if (has_prefix_in (nsn, service_prefixes) && len == 10)
    return g_strdup_printf ("0%.3s-%.3s %s", nsn, nsn + 3, nsn + 6);
  if (len != 9)
    return NULL;
  if (nsn[0] == '6')
    return g_strdup_printf ("0%.1s-%.4s %s", nsn, nsn + 1, nsn + 5);
  if (has_prefix_in (nsn, two_digit_areas))
    return g_strdup_printf ("0%.2s-%.3s %s", nsn, nsn + 2, nsn + 5);
  return g_strdup_printf ("0%.3s-%.3s %s", nsn, nsn + 3, nsn + 6);
}

char *
paraat_phone_format (const char *e164)
{
  g_autoptr (GString) out = NULL;
  gsize cc;

  if (e164 == NULL || *e164 == '\0')
    return g_strdup ("");
  if (!paraat_validate_e164 (e164))
    return g_strdup (e164);

  if (g_str_has_prefix (e164, "+31"))
    {
      char *dutch = format_dutch (e164 + 3);

      if (dutch != NULL)
        return dutch;
    }

  cc = country_code_length (e164 + 1);
  out = g_string_new ("+");
  g_string_append_len (out, e164 + 1, cc);
  g_string_append_c (out, ' ');
  append_groups (out, e164 + 1 + cc);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
paraat_phone_search_key (const char *text)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;
  const char *national = NULL;

  if (text == NULL)
    return g_strdup ("");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0)
        plus = TRUE;
    }

  if (plus && g_str_has_prefix (digits->str, "31"))
    national = digits->str + 2;
  else if (!plus && g_str_has_prefix (digits->str, "0031"))
    national = digits->str + 4;

  if (national != NULL)
    {
      /* "+31 (0)6 …" holds its trunk zero already. */
      if (national[0] == '0')
        return g_strdup (national);
      return g_strconcat ("0", national, NULL);
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}
