/* paraat-org-search.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <string.h>

#include "planning/paraat-org-search.h"

char *
paraat_org_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr (GString) bare = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  /* NFKD splits "é" into "e" and a combining accent, and "ĳ" into "ij". */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK ||
          type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (bare, g_unichar_tolower (c));
    }

  return g_string_free (g_steal_pointer (&bare), FALSE);
}

/* National digits of something that looks like a telephone number: "+31 6-12"
 * and "0031612" become "0612"; "06-1234" becomes "061234". NULL when @text has
 * anything else than digits and the usual separators. */
static char *
phone_digits (const char *text)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && p == text)
        plus = TRUE;
      else if (strchr (" -./()", *p) == NULL)
        return NULL;
    }

  if (digits->len == 0)
    return NULL;

  if (plus && g_str_has_prefix (digits->str, "31"))
    g_string_erase (digits, 0, 2);
  else if (!plus && g_str_has_prefix (digits->str, "0031"))
    g_string_erase (digits, 0, 4);
  else
    return g_string_free (g_steal_pointer (&digits), FALSE);

  /* "+31 (0)6…": the trunk zero written after the country code. */
  if (digits->str[0] != '0')
    g_string_prepend_c (digits, '0');

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

static void
append_field (GString    *text,
              const char *value)
{
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return;

  folded = paraat_org_search_fold (value);
  g_string_append (text, folded);
  g_string_append_c (text, '\n');
}

static void
append_phone (GString    *text,
              const char *phone)
{
  g_autofree char *national = NULL;

  if (phone == NULL || *phone == '\0')
    return;

  /* Both forms, so "+3161" and "0612" find the same person. */
  national = phone_digits (phone);
  if (national != NULL)
    g_string_append_printf (text, "%s\n", national);
  if (phone[0] == '+')
    g_string_append_printf (text, "%s\n", phone + 1);
}

char *
paraat_org_search_person_text (ParaatPerson       *person,
                               const char * const *functions)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (PARAAT_IS_PERSON (person), NULL);

  append_field (text, paraat_person_get_given_name (person));
  append_field (text, paraat_person_get_family_name (person));
  append_field (text, paraat_person_get_display_name (person));
  append_field (text, paraat_person_get_department (person));
  append_field (text, paraat_person_get_municipality (person));
  append_field (text, paraat_person_get_email (person));
  append_phone (text, paraat_person_get_phone (person));
  append_phone (text, paraat_person_get_phone_alt (person));
  for (guint i = 0; functions != NULL && functions[i] != NULL; i++)
    append_field (text, functions[i]);

  return g_string_free (text, FALSE);
}

char *
paraat_org_search_function_text (ParaatFunction *function,
                                 const char     *team_name)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (PARAAT_IS_FUNCTION (function), NULL);

  append_field (text, paraat_function_get_code (function));
  append_field (text, paraat_function_get_name (function));
  append_field (text, paraat_function_get_description (function));
  append_field (text, team_name);

  return g_string_free (text, FALSE);
}

char *
paraat_org_search_team_text (ParaatTeam *team)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (PARAAT_IS_TEAM (team), NULL);

  append_field (text, paraat_team_get_code (team));
  append_field (text, paraat_team_get_name (team));
  append_field (text, paraat_team_get_description (team));

  return g_string_free (text, FALSE);
}

GStrv
paraat_org_search_terms (const char *query)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) words = NULL;

  if (query == NULL)
    return g_strv_builder_end (builder);

  /* A telephone number typed with spaces ("06 1234 5678") is one term. */
  {
    g_autofree char *whole = g_strstrip (g_strdup (query));
    g_autofree char *digits = phone_digits (whole);

    if (digits != NULL && strchr (whole, ' ') != NULL)
      {
        g_strv_builder_add (builder, digits);
        return g_strv_builder_end (builder);
      }
  }

  words = g_strsplit_set (query, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *digits = NULL;
      g_autofree char *folded = NULL;

      if (words[i][0] == '\0')
        continue;

      digits = phone_digits (words[i]);
      if (digits != NULL)
        {
          g_strv_builder_add (builder, digits);
          continue;
        }

      folded = paraat_org_search_fold (words[i]);
      if (*folded != '\0')
        g_strv_builder_add (builder, folded);
    }

  return g_strv_builder_end (builder);
}

gboolean
paraat_org_search_match (const char         *search_text,
                         const char * const *terms)
{
  if (terms == NULL)
    return TRUE;

  for (guint i = 0; terms[i] != NULL; i++)
    if (search_text == NULL || strstr (search_text, terms[i]) == NULL)
      return FALSE;

  return TRUE;
}
