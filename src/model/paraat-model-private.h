/* paraat-model-private.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes *@field a copy of @value and returns TRUE when that changed it. NULL and
 * "" are the same value, kept as NULL: the getters turn it back into "" (or, for the
 * optional dates, return it as NULL). @value may point into *@field. */
static inline gboolean
_paraat_model_set_string (char       **field,
                          const char  *value)
{
  char *copy;

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}

G_END_DECLS
