/* paraat-tsv.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "store/paraat-tsv.h"

struct _ParaatTsv
{
  GStrv      header;
  GPtrArray *rows;   /* of GStrv */
  GArray    *lines;  /* of guint */
};

void
paraat_tsv_free (ParaatTsv *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->header);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->lines);
  g_free (self);
}

ParaatTsv *
paraat_tsv_parse (GBytes      *bytes,
                  const char  *name,
                  GError     **error)
{
  g_autoptr (ParaatTsv) self = g_new0 (ParaatTsv, 1);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: not valid UTF-8", name);
      return NULL;
    }

  text = g_strndup (data, size);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);
      GStrv fields;
      guint line_number = i + 1;

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';
      if (len == 0 || line[0] == '#')
        continue;

      fields = g_strsplit (line, "\t", -1);
      if (self->header == NULL)
        {
          self->header = fields;
          continue;
        }
      if (g_strv_length (fields) != g_strv_length (self->header))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:%u: %u fields where the header has %u",
                       name, line_number, g_strv_length (fields), g_strv_length (self->header));
          g_strfreev (fields);
          return NULL;
        }
      g_ptr_array_add (self->rows, fields);
      g_array_append_val (self->lines, line_number);
    }

  if (self->header == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no header line", name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

guint
paraat_tsv_get_n_rows (ParaatTsv *self)
{
  return self->rows->len;
}

guint
paraat_tsv_get_line (ParaatTsv *self,
                     guint      row)
{
  g_return_val_if_fail (row < self->lines->len, 0);

  return g_array_index (self->lines, guint, row);
}

const char *
paraat_tsv_get (ParaatTsv  *self,
                guint       row,
                const char *column)
{
  GStrv fields;

  g_return_val_if_fail (row < self->rows->len, NULL);

  fields = g_ptr_array_index (self->rows, row);
  for (guint i = 0; self->header[i] != NULL; i++)
    if (g_strcmp0 (self->header[i], column) == 0)
      return fields[i];
  return NULL;
}
