/* test-csv.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-csv.h"

static ParaatCsvTable *
parse_ok (const char *data,
          gssize      length)
{
  g_autoptr (GError) error = NULL;
  ParaatCsvTable *table = paraat_csv_parse (data, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_parse_error (const char     *data,
                    gssize          length,
                    ParaatCsvError  code,
                    const char     *message_part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatCsvTable) table = paraat_csv_parse (data, length, &error);

  g_assert_null (table);
  g_assert_error (error, PARAAT_CSV_ERROR, code);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, message_part);
}

static void
test_basic (void)
{
  g_autoptr (ParaatCsvTable) table =
    parse_ok ("  Naam , Telefoon,E-mail\n"
              "Jan, 06-12345678 ,jan@example.org\n"
              "Piet\n"
              "Kees,010,k@example.org,extra\n", -1);

  g_assert_cmpint (paraat_csv_table_get_delimiter (table), ==, ',');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_header (table, 0), ==, "Naam");
  g_assert_cmpstr (paraat_csv_table_get_header (table, 1), ==, "Telefoon");
  g_assert_cmpstr (paraat_csv_table_get_header (table, 2), ==, "E-mail");

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 0), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "Jan");
  /* Fields are not trimmed; only the headers are. */
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, " 06-12345678 ");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 2), ==, "jan@example.org");

  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 1), ==, 1);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "Piet");
  g_assert_null (paraat_csv_table_get_field (table, 1, 1));

  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 2), ==, 4);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 3), ==, "extra");

  g_assert_cmpuint (paraat_csv_table_get_line (table, 0), ==, 2);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 2), ==, 4);
}

static void
test_empty_fields (void)
{
  g_autoptr (ParaatCsvTable) table = parse_ok ("a,b,c\n,,x\n\"\",y,\n", -1);

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 0), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, "");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 2), ==, "x");
  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 1), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 2), ==, "");
}

static void
test_delimiters (void)
{
  g_autoptr (ParaatCsvTable) comma = parse_ok ("Naam,Telefoon\nJan;Piet,06\n", -1);
  g_autoptr (ParaatCsvTable) semicolon = parse_ok ("Naam;Telefoon;Plaats, land\nJan, de;06;Ede\n", -1);
  g_autoptr (ParaatCsvTable) tab = parse_ok ("Naam\tTelefoon\tNotitie\nJan\t06\ta,b;c\n", -1);
  /* Semicolons inside quotes do not count. */
  g_autoptr (ParaatCsvTable) quoted = parse_ok ("\"Naam;voornaam;tussenvoegsel\",Telefoon\n\"Vries;Jan;de\",06\n", -1);
  g_autoptr (ParaatCsvTable) single = parse_ok ("Naam\nJan\n", -1);

  g_assert_cmpint (paraat_csv_table_get_delimiter (comma), ==, ',');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (comma), ==, 2);
  g_assert_cmpstr (paraat_csv_table_get_field (comma, 0, 0), ==, "Jan;Piet");

  g_assert_cmpint (paraat_csv_table_get_delimiter (semicolon), ==, ';');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (semicolon), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_header (semicolon, 2), ==, "Plaats, land");
  g_assert_cmpstr (paraat_csv_table_get_field (semicolon, 0, 0), ==, "Jan, de");

  g_assert_cmpint (paraat_csv_table_get_delimiter (tab), ==, '\t');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (tab), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (tab, 0, 2), ==, "a,b;c");

  g_assert_cmpint (paraat_csv_table_get_delimiter (quoted), ==, ',');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (quoted), ==, 2);
  g_assert_cmpstr (paraat_csv_table_get_field (quoted, 0, 0), ==, "Vries;Jan;de");

  g_assert_cmpint (paraat_csv_table_get_delimiter (single), ==, ',');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (single), ==, 1);
}

static void
test_line_ends (void)
{
  const char *inputs[] = {
    "\xEF\xBB\xBFNaam;Telefoon\r\nJan;06\r\nPiet;010\r\n",
    "Naam;Telefoon\nJan;06\nPiet;010",
    "Naam;Telefoon\rJan;06\rPiet;010\r",
    "\n\r\nNaam;Telefoon\n\nJan;06\r\n\r\nPiet;010\n\n",
  };
  const guint first_lines[] = { 2, 2, 2, 5 };
  const guint second_lines[] = { 3, 3, 3, 7 };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (ParaatCsvTable) table = parse_ok (inputs[i], -1);

      g_assert_cmpint (paraat_csv_table_get_delimiter (table), ==, ';');
      g_assert_cmpstr (paraat_csv_table_get_header (table, 0), ==, "Naam");
      g_assert_cmpstr (paraat_csv_table_get_header (table, 1), ==, "Telefoon");
      g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 2);
      g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "Jan");
      g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, "06");
      g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "Piet");
      g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 1), ==, "010");
      g_assert_cmpuint (paraat_csv_table_get_line (table, 0), ==, first_lines[i]);
      g_assert_cmpuint (paraat_csv_table_get_line (table, 1), ==, second_lines[i]);
    }
}

static void
test_quotes (void)
{
  g_autoptr (ParaatCsvTable) table =
    parse_ok ("Naam,Opmerking,Plaats\n"
              "\"quotes \"\"inside\"\" quotes\",\"a,b\",x\n"
              "\"Jan\",\"two\r\nlines\",\"three\nlines\nhere\"\n"
              "Piet,\"\",\"lone\rcr\"\n"
              "Kees, \"not quoted\" ,a\"b\n"
              "\"spaces\"  ,\"after\"\t,closing\n", -1);

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 5);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "quotes \"inside\" quotes");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, "a,b");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "Jan");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 1), ==, "two\r\nlines");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 2), ==, "three\nlines\nhere");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 1), ==, "");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 2), ==, "lone\rcr");
  /* A quote that does not open a field is text. */
  g_assert_cmpstr (paraat_csv_table_get_field (table, 3, 1), ==, " \"not quoted\" ");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 3, 2), ==, "a\"b");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 4, 0), ==, "spaces");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 4, 1), ==, "after");
  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 4), ==, 3);

  /* Physical lines: row 1 spans lines 3 to 6 (CRLF, LF and a lone CR
   * inside quotes each end a line), row 2 lines 7 and 8. */
  g_assert_cmpuint (paraat_csv_table_get_line (table, 0), ==, 2);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 1), ==, 3);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 2), ==, 7);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 3), ==, 9);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 4), ==, 10);
}

static void
test_unicode (void)
{
  const char *data = "Naam;Functie\n"
                     "Ĳsbrand IJsselmuiden;Leider CoPI\n"
                     "René Éénhoorn;Officier van dienst 🚒\n"
                     "🧯;\n";
  g_autoptr (ParaatCsvTable) table = parse_ok (data, -1);

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "Ĳsbrand IJsselmuiden");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "René Éénhoorn");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 1), ==, "Officier van dienst 🚒");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 0), ==, "🧯");
}

static void
test_skips_empty_rows (void)
{
  g_autoptr (ParaatCsvTable) table =
    parse_ok ("Naam;Telefoon\n;\nJan;06\n\n;;;\n\"\";\"\"\nPiet;010\n;\n", -1);

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "Jan");
  g_assert_cmpuint (paraat_csv_table_get_line (table, 0), ==, 3);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "Piet");
  g_assert_cmpuint (paraat_csv_table_get_line (table, 1), ==, 7);
}

static void
test_errors (void)
{
  /* Invalid UTF-8 (Latin-1 "é") on line 4, after a field of two lines. */
  assert_parse_error ("Naam,Opmerking\n\"Jan\",\"a\nb\"\nRen\xE9,x\n", -1,
                      PARAAT_CSV_ERROR_ENCODING, "Line 4");
  assert_parse_error ("Naam\r\nJan\r\nRen\xE9\r\n", -1,
                      PARAAT_CSV_ERROR_ENCODING, "Line 3");
  assert_parse_error ("Na\xFFm\n", -1, PARAAT_CSV_ERROR_ENCODING, "Line 1");
  /* A NUL byte inside the given length is no text either. */
  assert_parse_error ("Naam\nJ\0n\n", 9, PARAAT_CSV_ERROR_ENCODING, "Line 2");

  /* The line where the unterminated quote opened, not where the data ends. */
  assert_parse_error ("Naam,Opmerking\nJan,x\nPiet,\"begins\nand\nnever ends\n", -1,
                      PARAAT_CSV_ERROR_SYNTAX, "Line 3");
  assert_parse_error ("\"Naam", -1, PARAAT_CSV_ERROR_SYNTAX, "Line 1");
  assert_parse_error ("Naam,Opmerking\nJan,\"ab\"c\n", -1,
                      PARAAT_CSV_ERROR_SYNTAX, "Line 2");
  assert_parse_error ("Naam,Opmerking\nJan,\"a\nb\" c\n", -1,
                      PARAAT_CSV_ERROR_SYNTAX, "Line 3");

  assert_parse_error ("", -1, PARAAT_CSV_ERROR_EMPTY, NULL);
  assert_parse_error ("\xEF\xBB\xBF", -1, PARAAT_CSV_ERROR_EMPTY, NULL);
  assert_parse_error ("\r\n\r\n\n", -1, PARAAT_CSV_ERROR_EMPTY, NULL);
  assert_parse_error (";;;\r\n;;;\r\n", -1, PARAAT_CSV_ERROR_EMPTY, NULL);
  assert_parse_error (NULL, 0, PARAAT_CSV_ERROR_EMPTY, NULL);
}

static void
test_length (void)
{
  /* Only @length bytes count: the rest of the buffer is not read. */
  const char *data = "Naam,Telefoon\nJan,06\nPiet,010\n";
  g_autoptr (ParaatCsvTable) table = parse_ok (data, strlen ("Naam,Telefoon\nJan,06\n"));

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, "06");
}

static void
test_find_column (void)
{
  g_autoptr (ParaatCsvTable) table =
    parse_ok ("Naam; TELEFOON ;E-MAIL;Émail;Mobiel\n", -1);
  const char * const phone[] = { "telefoon", "telefoonnummer", NULL };
  const char * const mobile_first[] = { "mobiel", "telefoon", NULL };
  const char * const email[] = { "  e-mail ", NULL };
  const char * const accented[] = { "émail", NULL };
  const char * const missing[] = { "functie", "rol", NULL };
  const char * const none[] = { NULL };

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 0);
  g_assert_cmpint (paraat_csv_table_find_column (table, phone), ==, 1);
  g_assert_cmpint (paraat_csv_table_find_column (table, mobile_first), ==, 4);
  g_assert_cmpint (paraat_csv_table_find_column (table, email), ==, 2);
  g_assert_cmpint (paraat_csv_table_find_column (table, accented), ==, 3);
  g_assert_cmpint (paraat_csv_table_find_column (table, missing), ==, -1);
  g_assert_cmpint (paraat_csv_table_find_column (table, none), ==, -1);
}

static void
test_formula_guard (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char * const fields[] = {
    "=SUM(A1:A3)", "@cmd", "+x", "-x", "-5", "+31612345678", "-", "'=kept",
    "plain", "a,b", "\"q\"", " lead", "trail\t", "two\nlines", NULL, "",
  };
  g_autoptr (ParaatCsvTable) table = NULL;

  paraat_csv_append_row (out, ',', fields, G_N_ELEMENTS (fields));
  g_assert_cmpstr (out->str, ==,
                   "'=SUM(A1:A3),'@cmd,'+x,'-x,-5,+31612345678,-,''=kept,"
                   "plain,\"a,b\",\"\"\"q\"\"\",\" lead\",\"trail\t\",\"two\nlines\",,\r\n");

  /* Reading drops the guard a spreadsheet user would see as "'". */
  table = parse_ok ("A,B,C,D,E,F\n'=1+1,'@x,'+x,\"'-x\",'-5,'plain\n", -1);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 0), ==, "=1+1");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, "@x");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 2), ==, "+x");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 3), ==, "-x");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 4), ==, "-5");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 5), ==, "'plain");
}

static void
assert_round_trip (char                delimiter,
                   const char * const *fields,
                   gsize               n_fields)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (ParaatCsvTable) table = NULL;
  const char * const header[] = { "first", "second" };

  paraat_csv_append_row (out, delimiter, header, G_N_ELEMENTS (header));
  paraat_csv_append_row (out, delimiter, fields, n_fields);
  table = parse_ok (out->str, out->len);

  g_assert_cmpint (paraat_csv_table_get_delimiter (table), ==, delimiter);
  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpuint (paraat_csv_table_get_n_fields (table, 0), ==, n_fields);
  for (gsize i = 0; i < n_fields; i++)
    g_assert_cmpstr (paraat_csv_table_get_field (table, 0, i), ==, fields[i]);
}

static void
test_round_trip (void)
{
  const char * const tricky[] = {
    "quotes \"inside\" quotes",
    "\"",
    "\"\"",
    "a,b",
    "a;b",
    "a\tb",
    "two\r\nlines",
    "two\nlines",
    "lone\rcr",
    "\n",
    " leading",
    "trailing ",
    "  ",
    "",
    "=HYPERLINK(\"http://example.org\")",
    "@SUM(1)",
    "+cmd",
    "-cmd",
    "-12",
    "+31612345678",
    "'",
    "'=already",
    "''@twice",
    "'-5",
    "'plain",
    "Ĳsbrand Éénhoorn 🚒",
    "ab\"c",
    "06-1234 5678",
  };
  const char delimiters[] = { ',', ';', '\t' };

  for (gsize d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      /* Each tricky field in a row of its own, between two plain ones, and
       * all of them in one row. */
      for (gsize i = 0; i < G_N_ELEMENTS (tricky); i++)
        {
          const char * const row[] = { "x", tricky[i], "y" };

          assert_round_trip (delimiters[d], row, G_N_ELEMENTS (row));
        }
      assert_round_trip (delimiters[d], tricky, G_N_ELEMENTS (tricky));
    }
}

static void
test_large_field (void)
{
  g_autoptr (GString) big = g_string_new (NULL);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (ParaatCsvTable) table = NULL;
  const char * const header[] = { "Naam", "Opmerking" };
  const char *row[2];

  while (big->len < 100 * 1024)
    g_string_append (big, "line with \"quotes\", commas; and é\n");
  row[0] = "Jan";
  row[1] = big->str;

  paraat_csv_append_row (out, ',', header, 2);
  paraat_csv_append_row (out, ',', row, 2);
  paraat_csv_append_row (out, ',', header, 2);
  table = parse_ok (out->str, out->len);

  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 1), ==, big->str);
  /* The next row starts after every line of the big field. */
  g_assert_cmpuint (paraat_csv_table_get_line (table, 1), ==,
                    3 + (guint) (big->len / strlen ("line with \"quotes\", commas; and é\n")));
}

static void
test_many_rows (void)
{
  g_autoptr (GString) data = g_string_new ("\xEF\xBB\xBFNaam;Functie;Telefoon;Opmerking\r\n");
  g_autoptr (ParaatCsvTable) table = NULL;
  const guint n = 10000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Persoon %u", i);
      g_autofree char *phone = g_strdup_printf ("06-%08u", i);
      const char *note = (i % 10 == 0) ? "twee\nregels" : (i % 7 == 0) ? "\"ja\"; of nee" : "";
      const char * const row[] = { name, "Officier van dienst", phone, note };

      paraat_csv_append_row (data, ';', row, G_N_ELEMENTS (row));
    }

  table = parse_ok (data->str, data->len);
  g_assert_cmpint (paraat_csv_table_get_delimiter (table), ==, ';');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (table), ==, 4);
  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, n);

  for (guint i = 0; i < n; i += 997)
    {
      g_autofree char *name = g_strdup_printf ("Persoon %u", i);
      g_autofree char *phone = g_strdup_printf ("06-%08u", i);
      /* One extra line for every earlier row with a two-line note. */
      guint line = 2 + i + (i + 9) / 10;

      g_assert_cmpuint (paraat_csv_table_get_n_fields (table, i), ==, 4);
      g_assert_cmpstr (paraat_csv_table_get_field (table, i, 0), ==, name);
      g_assert_cmpstr (paraat_csv_table_get_field (table, i, 2), ==, phone);
      g_assert_cmpuint (paraat_csv_table_get_line (table, i), ==, line);
    }
  g_assert_cmpstr (paraat_csv_table_get_field (table, n - 1, 0), ==, "Persoon 9999");
}

static void
test_spreadsheet_file (void)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatCsvTable) table = NULL;
  const char * const phone[] = { "telefoon", NULL };

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "csv", "excel-nl.csv", NULL),
                       &contents, &length, &error);
  g_assert_no_error (error);

  table = parse_ok (contents, length);
  g_assert_cmpint (paraat_csv_table_get_delimiter (table), ==, ';');
  g_assert_cmpuint (paraat_csv_table_get_n_columns (table), ==, 5);
  g_assert_cmpstr (paraat_csv_table_get_header (table, 0), ==, "Naam");
  g_assert_cmpint (paraat_csv_table_find_column (table, phone), ==, 2);
  g_assert_cmpuint (paraat_csv_table_get_n_rows (table), ==, 3);

  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 2), ==, "06-12345678");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 0, 4), ==, "");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 0), ==, "IJsselmuiden, Ĳsbrand");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 1, 4), ==,
                   "Bereikbaar na 17:00\nniet in het weekend");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 0), ==, "Renée Éénhoorn 🚒");
  g_assert_cmpstr (paraat_csv_table_get_field (table, 2, 4), ==, "zegt \"ja\" op alles");

  g_assert_cmpuint (paraat_csv_table_get_line (table, 0), ==, 2);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 1), ==, 3);
  g_assert_cmpuint (paraat_csv_table_get_line (table, 2), ==, 5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/basic", test_basic);
  g_test_add_func ("/csv/empty-fields", test_empty_fields);
  g_test_add_func ("/csv/delimiters", test_delimiters);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/unicode", test_unicode);
  g_test_add_func ("/csv/skips-empty-rows", test_skips_empty_rows);
  g_test_add_func ("/csv/errors", test_errors);
  g_test_add_func ("/csv/length", test_length);
  g_test_add_func ("/csv/find-column", test_find_column);
  g_test_add_func ("/csv/formula-guard", test_formula_guard);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/large-field", test_large_field);
  g_test_add_func ("/csv/many-rows", test_many_rows);
  g_test_add_func ("/csv/spreadsheet-file", test_spreadsheet_file);
  return g_test_run ();
}
