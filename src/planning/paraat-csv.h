/* paraat-csv.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Comma-separated values as LibreOffice Calc and Excel write them, also in a
 * Dutch locale (where the separator is ";"): UTF-8 with or without a byte
 * order mark, LF or CRLF line ends, fields quoted with '"' and quotes inside
 * quotes doubled, line breaks inside quoted fields. Pure: no I/O. */

#define PARAAT_CSV_ERROR (paraat_csv_error_quark ())

typedef enum
{
  PARAAT_CSV_ERROR_ENCODING,    /* not valid UTF-8 (the message names the line) */
  PARAAT_CSV_ERROR_SYNTAX,      /* an unterminated quote, text after a closing quote */
  PARAAT_CSV_ERROR_EMPTY,       /* no header row */
} ParaatCsvError;

GQuark paraat_csv_error_quark (void);

typedef struct _ParaatCsvTable ParaatCsvTable;

/* Parses @length bytes of @data (-1: NUL-terminated). The delimiter is
 * detected from the header row: ";" when it holds more semicolons than
 * commas outside quotes, else ",". A tab-separated header is detected too.
 * Empty lines are skipped, and so are rows whose fields are all empty (";;;"
 * as spreadsheets write below their data); the header is the first row left.
 * A quote opens a field only as its first character (elsewhere it is text);
 * spaces or tabs between a closing quote and the delimiter are ignored.
 * Fields keep their line breaks as they were (CRLF, LF or CR). A field
 * starting with "'" followed by "=", "@", "+" or "-" (or by more "'" and
 * then one of those) loses that first "'", which undoes the formula guard of
 * paraat_csv_append_row(). On failure returns NULL and sets @error with a
 * translated message naming the (1-based, physical) line. */
ParaatCsvTable *paraat_csv_parse              (const char      *data,
                                               gssize           length,
                                               GError         **error);
void            paraat_csv_table_free         (ParaatCsvTable  *table);

char            paraat_csv_table_get_delimiter (ParaatCsvTable *table);
/* The header row (n_columns fields, trimmed of surrounding white space). */
guint           paraat_csv_table_get_n_columns (ParaatCsvTable *table);
const char     *paraat_csv_table_get_header    (ParaatCsvTable *table,
                                                guint           column);
/* Data rows, not counting the header. */
guint           paraat_csv_table_get_n_rows    (ParaatCsvTable *table);
/* The physical line (1-based, the header is line 1) where data row @row
 * starts, so messages can name the line a spreadsheet user sees. */
guint           paraat_csv_table_get_line      (ParaatCsvTable *table,
                                                guint           row);
/* The number of fields row @row actually had (may differ from n_columns). */
guint           paraat_csv_table_get_n_fields  (ParaatCsvTable *table,
                                                guint           row);
/* Field @column of row @row, or NULL when the row has fewer fields. */
const char     *paraat_csv_table_get_field     (ParaatCsvTable *table,
                                                guint           row,
                                                guint           column);
/* The column whose header equals one of @names (case-insensitive, ignoring
 * surrounding white space), or -1. @names is NULL-terminated and in order of
 * preference: the first name that matches a header wins. */
int             paraat_csv_table_find_column   (ParaatCsvTable *table,
                                                const char * const *names);

/* Appends one row to @out, fields separated by @delimiter and quoted when
 * they contain the delimiter, a quote, a line break or leading/trailing
 * white space; ends with "\r\n" (what spreadsheets expect). A field that a
 * spreadsheet would run as a formula (starting with "=", "@", or "+"/"-"
 * followed by something other than a digit) is written with a leading "'",
 * and so is a field that already starts with "'" and then (more "'" and) one
 * of "=@+-", so that paraat_csv_parse() gives back exactly @fields. A NULL
 * field is written as "". A row whose fields are all empty does not survive
 * parsing (it is skipped as an empty row). */
void            paraat_csv_append_row          (GString        *out,
                                                char            delimiter,
                                                const char * const *fields,
                                                gsize           n_fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatCsvTable, paraat_csv_table_free)

G_END_DECLS
