/* paraat-csv.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "planning/paraat-csv.h"

G_DEFINE_QUARK (paraat-csv-error-quark, paraat_csv_error)

typedef struct
{
  guint line;       /* physical line (1-based) where the record starts */
  guint first;      /* index of its first field in offsets */
  guint n_fields;
} Row;

struct _ParaatCsvTable
{
  char delimiter;
  /* Every field's text, each ended by a NUL; offsets holds where each field
   * starts. One buffer keeps 10,000 rows at a few allocations. */
  GString *text;
  GArray *offsets;      /* gsize */
  GArray *rows;         /* Row; the header is rows[0] */
  GPtrArray *headers;   /* char *, trimmed */
  GPtrArray *folded;    /* char *, the headers case-folded */
};

void
paraat_csv_table_free (ParaatCsvTable *table)
{
  if (table == NULL)
    return;
  if (table->text != NULL)
    g_string_free (table->text, TRUE);
  g_clear_pointer (&table->offsets, g_array_unref);
  g_clear_pointer (&table->rows, g_array_unref);
  g_clear_pointer (&table->headers, g_ptr_array_unref);
  g_clear_pointer (&table->folded, g_ptr_array_unref);
  g_free (table);
}

static inline gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\r';
}

/* The physical line of @at: LF, CRLF and a lone CR each end one line. */
static guint
line_of (const char *start,
         const char *at)
{
  guint line = 1;

  for (const char *p = start; p < at; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= at || p[1] != '\n')))
      line++;
  return line;
}

/* The delimiter of the first non-empty line, counted outside quotes. */
static char
detect_delimiter (const char *p,
                  const char *end)
{
  guint commas = 0;
  guint semicolons = 0;
  guint tabs = 0;
  gboolean quoted = FALSE;

  while (p < end && is_line_end (*p))
    p++;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (is_line_end (*p))
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (tabs > commas && tabs > semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

/* A field that starts with "'" and then (more "'" and) "=", "@", "+" or
 * "-" was guarded against formulas by paraat_csv_append_row(). */
static gboolean
is_guarded_form (const char *field,
                 gsize       length)
{
  gsize i = 0;

  while (i < length && field[i] == '\'')
    i++;
  return i < length && strchr ("=@+-", field[i]) != NULL;
}

static void
undo_formula_guard (GString *text,
                    gsize    field_start)
{
  const char *field = text->str + field_start;
  gsize length = text->len - field_start;

  if (length >= 2 && field[0] == '\'' && is_guarded_form (field + 1, length - 1))
    g_string_erase (text, field_start, 1);
}

/* Trims white space (Unicode, so also a no-break space) from both ends. */
static char *
trim_copy (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static char *
fold (const char *text)
{
  g_autofree char *trimmed = trim_copy (text);
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : trimmed, -1);
}

static gboolean
parse_records (ParaatCsvTable  *table,
               const char      *start,
               const char      *end,
               GError         **error)
{
  const char *p = start;
  const char delimiter = table->delimiter;
  GString *text = table->text;
  guint line = 1;

  while (p < end)
    {
      Row row = { line, table->offsets->len, 0 };
      gsize text_mark = text->len;
      gboolean all_empty = TRUE;

      for (;;)
        {
          gsize field_start = text->len;

          g_array_append_val (table->offsets, field_start);

          if (p < end && *p == '"')
            {
              guint quote_line = line;

              p++;
              for (;;)
                {
                  const char *run = p;

                  while (p < end && *p != '"' && !is_line_end (*p))
                    p++;
                  g_string_append_len (text, run, p - run);

                  if (p >= end)
                    {
                      g_set_error (error, PARAAT_CSV_ERROR, PARAAT_CSV_ERROR_SYNTAX,
                                   _("Line %u: the quote (\") that opens a field is never closed"),
                                   quote_line);
                      return FALSE;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (text, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }

                  /* A line break inside the field, kept as it was. */
                  if (*p == '\r' && p + 1 < end && p[1] == '\n')
                    {
                      g_string_append_len (text, p, 2);
                      p += 2;
                    }
                  else
                    {
                      g_string_append_c (text, *p);
                      p++;
                    }
                  line++;
                }

              /* White space between the closing quote and the delimiter,
               * as people type it ("a", "b"), is no part of the field. */
              while (p < end && (*p == ' ' || *p == '\t') && *p != delimiter)
                p++;
              if (p < end && *p != delimiter && !is_line_end (*p))
                {
                  g_set_error (error, PARAAT_CSV_ERROR, PARAAT_CSV_ERROR_SYNTAX,
                               _("Line %u: text follows the closing quote of a field; a quote inside a quoted field is written twice (\"\")"),
                               line);
                  return FALSE;
                }
            }
          else
            {
              const char *run = p;

              while (p < end && *p != delimiter && !is_line_end (*p))
                p++;
              g_string_append_len (text, run, p - run);
            }

          undo_formula_guard (text, field_start);
          if (text->len > field_start)
            all_empty = FALSE;
          g_string_append_c (text, '\0');

          if (p < end && *p == delimiter)
            {
              p++;
              continue;
            }
          break;
        }

      if (p < end)
        {
          p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
          line++;
        }

      /* Empty lines, and rows of empty fields (";;;" as spreadsheets write
       * below their data), are no records. */
      if (all_empty)
        {
          g_string_truncate (text, text_mark);
          g_array_set_size (table->offsets, row.first);
          continue;
        }

      row.n_fields = table->offsets->len - row.first;
      g_array_append_val (table->rows, row);
    }

  return TRUE;
}

ParaatCsvTable *
paraat_csv_parse (const char  *data,
                  gssize       length,
                  GError     **error)
{
  g_autoptr (ParaatCsvTable) table = NULL;
  const char *start;
  const char *end;
  const char *invalid = NULL;
  gsize size;
  Row *header;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (length >= -1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = length < 0 ? strlen (data) : (gsize) length;
  start = data != NULL ? data : "";
  end = start + size;

  if (size >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;

  if (!g_utf8_validate_len (start, end - start, &invalid))
    {
      g_set_error (error, PARAAT_CSV_ERROR, PARAAT_CSV_ERROR_ENCODING,
                   _("Line %u is not UTF-8 text: save the file as “CSV UTF-8” and try again"),
                   line_of (start, invalid));
      return NULL;
    }

  table = g_new0 (ParaatCsvTable, 1);
  table->delimiter = detect_delimiter (start, end);
  table->text = g_string_sized_new (size + size / 8 + 16);
  table->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  table->headers = g_ptr_array_new_with_free_func (g_free);
  table->folded = g_ptr_array_new_with_free_func (g_free);

  if (!parse_records (table, start, end, error))
    return NULL;

  if (table->rows->len == 0)
    {
      g_set_error_literal (error, PARAAT_CSV_ERROR, PARAAT_CSV_ERROR_EMPTY,
                           _("The file is empty: it has no header row with column names"));
      return NULL;
    }

  header = &g_array_index (table->rows, Row, 0);
  for (guint i = 0; i < header->n_fields; i++)
    {
      gsize offset = g_array_index (table->offsets, gsize, header->first + i);
      const char *field = table->text->str + offset;

      g_ptr_array_add (table->headers, trim_copy (field));
      g_ptr_array_add (table->folded, fold (field));
    }

  return g_steal_pointer (&table);
}

char
paraat_csv_table_get_delimiter (ParaatCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');

  return table->delimiter;
}

guint
paraat_csv_table_get_n_columns (ParaatCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->headers->len;
}

const char *
paraat_csv_table_get_header (ParaatCsvTable *table,
                             guint           column)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (column < table->headers->len, NULL);

  return g_ptr_array_index (table->headers, column);
}

guint
paraat_csv_table_get_n_rows (ParaatCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len - 1;
}

static Row *
get_row (ParaatCsvTable *table,
         guint           row)
{
  return &g_array_index (table->rows, Row, row + 1);
}

guint
paraat_csv_table_get_line (ParaatCsvTable *table,
                           guint           row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len - 1, 0);

  return get_row (table, row)->line;
}

guint
paraat_csv_table_get_n_fields (ParaatCsvTable *table,
                               guint           row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len - 1, 0);

  return get_row (table, row)->n_fields;
}

const char *
paraat_csv_table_get_field (ParaatCsvTable *table,
                            guint           row,
                            guint           column)
{
  Row *r;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->rows->len - 1, NULL);

  r = get_row (table, row);
  if (column >= r->n_fields)
    return NULL;
  return table->text->str + g_array_index (table->offsets, gsize, r->first + column);
}

int
paraat_csv_table_find_column (ParaatCsvTable     *table,
                              const char * const *names)
{
  g_return_val_if_fail (table != NULL, -1);

  if (names == NULL)
    return -1;

  for (guint n = 0; names[n] != NULL; n++)
    {
      g_autofree char *name = fold (names[n]);

      for (guint i = 0; i < table->folded->len; i++)
        if (g_strcmp0 (g_ptr_array_index (table->folded, i), name) == 0)
          return (int) i;
    }
  return -1;
}

static gboolean
needs_formula_guard (const char *field)
{
  switch (field[0])
    {
    case '=':
    case '@':
      return TRUE;
    case '+':
    case '-':
      return field[1] != '\0' && !g_ascii_isdigit (field[1]);
    case '\'':
      /* Already looks guarded: guard it once more, so that reading it back
       * drops only the "'" added here. */
      return is_guarded_form (field, strlen (field));
    default:
      return FALSE;
    }
}

static gboolean
needs_quotes (const char *field,
              char        delimiter)
{
  gsize length = strlen (field);

  if (length == 0)
    return FALSE;
  if (field[0] == ' ' || field[0] == '\t' ||
      field[length - 1] == ' ' || field[length - 1] == '\t')
    return TRUE;
  for (const char *p = field; *p != '\0'; p++)
    if (*p == delimiter || *p == '"' || *p == '\r' || *p == '\n')
      return TRUE;
  return FALSE;
}

void
paraat_csv_append_row (GString            *out,
                       char                delimiter,
                       const char * const *fields,
                       gsize               n_fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);
  g_return_if_fail (delimiter != '"' && delimiter != '\r' && delimiter != '\n' &&
                    delimiter != '\0');

  for (gsize i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";
      gboolean quoted = needs_quotes (field, delimiter);

      if (i > 0)
        g_string_append_c (out, delimiter);
      if (quoted)
        g_string_append_c (out, '"');
      if (needs_formula_guard (field))
        g_string_append_c (out, '\'');

      if (quoted)
        {
          const char *run = field;
          const char *quote;

          while ((quote = strchr (run, '"')) != NULL)
            {
              g_string_append_len (out, run, quote - run + 1);
              g_string_append_c (out, '"');
              run = quote + 1;
            }
          g_string_append (out, run);
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, field);
    }
  g_string_append (out, "\r\n");
}
