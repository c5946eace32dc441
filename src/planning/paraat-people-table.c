/* paraat-people-table.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/paraat-validate.h"
#include "planning/paraat-people-table.h"
#include "planning/paraat-phone.h"

#define MAX_FIELD 1000

typedef enum
{
  COLUMN_GIVEN,
  COLUMN_FAMILY,
  COLUMN_MOBILE,
  COLUMN_PHONE_ALT,
  COLUMN_EMAIL,
  COLUMN_DEPARTMENT,
  COLUMN_MUNICIPALITY,
  COLUMN_ACTIVE,
  COLUMN_NOTES,
  COLUMN_FUNCTION,
  COLUMN_LEVEL,
  COLUMN_ORDER,
  COLUMN_FROM,
  COLUMN_UNTIL,
  N_COLUMNS
} Column;

/* The header names accepted per column; the first is what export writes. */
static const char * const column_names[N_COLUMNS][7] = {
  { "Voornaam", "given name", "given_name", "first name", "roepnaam", NULL },
  { "Achternaam", "family name", "family_name", "last name", "surname", NULL },
  { "Mobiel", "mobile", "mobiel nummer", "phone", "telefoon", NULL },
  { "Telefoon 2", "alternative phone", "phone_alt", "tweede nummer", "telefoon2", NULL },
  { "E-mail", "email", "e-mailadres", "mail", NULL },
  { "Afdeling", "department", NULL },
  { "Gemeente", "municipality", NULL },
  { "Actief", "active", NULL },
  { "Notities", "notes", "opmerkingen", NULL },
  { "Functie", "function", "functiecode", "function code", NULL },
  { "Niveau", "level", NULL },
  { "Volgorde", "order", "belvolgorde", "call order", NULL },
  { "Vanaf", "from", "valid from", "geldig vanaf", NULL },
  { "Tot en met", "until", "valid until", "geldig tot en met", "t/m", NULL },
};

typedef struct
{
  guint    line;
  char    *name;
  GStrv    problems;
} Line;

struct _ParaatPeopleImport
{
  GArray    *lines;              /* Line */
  GStrv      file_problems;
  guint      n_problems;
  GPtrArray *people;
  GPtrArray *assignments;
  GArray    *person_of;          /* guint per assignment */
};

static void
line_clear (Line *line)
{
  g_free (line->name);
  g_strfreev (line->problems);
}

void
paraat_people_import_free (ParaatPeopleImport *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->lines);
  g_strfreev (self->file_problems);
  g_ptr_array_unref (self->people);
  g_ptr_array_unref (self->assignments);
  g_array_unref (self->person_of);
  g_free (self);
}

/*
 * Values
 */

static char *
fold (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (trimmed, -1);
}

/* "2026-03-01", "1-3-2026" or "01-03-2026" as "2026-03-01"; NULL when it is
 * no real day.  The year must be written in full: "1-3-26" could be 1926 or
 * 2026, and guessing would put a wrong date in the register. */
static char *
parse_date (const char *text)
{
  int a = 0, b = 0, c = 0;
  char tail;
  char *date;

  if (sscanf (text, "%d-%d-%d%c", &a, &b, &c, &tail) != 3 &&
      sscanf (text, "%d/%d/%d%c", &a, &b, &c, &tail) != 3)
    return NULL;

  if (a > 31)
    {
      int year = a;

      a = c;
      c = year;
    }
  if (c < 1900 || c > 2200)
    return NULL;

  date = g_strdup_printf ("%04d-%02d-%02d", c, b, a);

  if (!paraat_validate_date (date))
    g_clear_pointer (&date, g_free);
  return date;
}

static gboolean
parse_level (const char            *text,
             ParaatAssignmentLevel *level)
{
  g_autofree char *folded = fold (text);

  if (*folded == '\0' || g_str_equal (folded, "primair") || g_str_equal (folded, "primary"))
    *level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY;
  else if (g_str_equal (folded, "reserve") || g_str_equal (folded, "backup") ||
           g_str_equal (folded, "achtervang"))
    *level = PARAAT_ASSIGNMENT_LEVEL_BACKUP;
  else if (g_str_equal (folded, "in opleiding") || g_str_equal (folded, "trainee") ||
           g_str_equal (folded, "aspirant"))
    *level = PARAAT_ASSIGNMENT_LEVEL_TRAINEE;
  else
    return FALSE;

  return TRUE;
}

static const char *
level_word (ParaatAssignmentLevel level)
{
  switch (level)
    {
    case PARAAT_ASSIGNMENT_LEVEL_BACKUP:
      return "reserve";
    case PARAAT_ASSIGNMENT_LEVEL_TRAINEE:
      return "in opleiding";
    case PARAAT_ASSIGNMENT_LEVEL_PRIMARY:
    default:
      return "primair";
    }
}

static gboolean
parse_active (const char *text,
              gboolean   *active)
{
  g_autofree char *folded = fold (text);

  if (*folded == '\0' || g_str_equal (folded, "ja") || g_str_equal (folded, "yes") ||
      g_str_equal (folded, "1") || g_str_equal (folded, "true") || g_str_equal (folded, "waar"))
    *active = TRUE;
  else if (g_str_equal (folded, "nee") || g_str_equal (folded, "no") ||
           g_str_equal (folded, "0") || g_str_equal (folded, "false") || g_str_equal (folded, "onwaar"))
    *active = FALSE;
  else
    return FALSE;

  return TRUE;
}

/* Everything about a person but their functions, to see whether two lines
 * describe the same person the same way. */
static char *
person_details (ParaatPerson *person)
{
  return g_strjoin ("\x1f",
                    paraat_person_get_given_name (person),
                    paraat_person_get_family_name (person),
                    paraat_person_get_phone (person),
                    paraat_person_get_phone_alt (person),
                    paraat_person_get_email (person),
                    paraat_person_get_department (person),
                    paraat_person_get_municipality (person),
                    paraat_person_get_active (person) ? "1" : "0",
                    paraat_person_get_notes (person),
                    NULL);
}

static char *
person_key (const char *given,
            const char *family,
            const char *phone)
{
  g_autofree char *g = fold (given);
  g_autofree char *f = fold (family);

  return g_strdup_printf ("%s\n%s\n%s", g, f, phone != NULL ? phone : "");
}

/*
 * Planning
 */

ParaatPeopleImport *
paraat_people_import_plan (ParaatCsvTable *table,
                           GListModel     *functions,
                           GListModel     *people)
{
  ParaatPeopleImport *self = g_new0 (ParaatPeopleImport, 1);
  g_autoptr (GHashTable) function_by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr (GHashTable) known_people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) known_emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) new_people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) new_emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GStrvBuilder) file_problems = g_strv_builder_new ();
  int columns[N_COLUMNS];
  guint n_rows;

  self->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (self->lines, (GDestroyNotify) line_clear);
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->assignments = g_ptr_array_new_with_free_func (g_object_unref);
  self->person_of = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (table != NULL, self);
  g_return_val_if_fail (G_IS_LIST_MODEL (functions), self);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), self);

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      ParaatFunction *function = g_list_model_get_item (functions, i);

      g_hash_table_insert (function_by_code, fold (paraat_function_get_code (function)), function);
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      g_hash_table_add (known_people, person_key (paraat_person_get_given_name (person),
                                                  paraat_person_get_family_name (person),
                                                  paraat_person_get_phone (person)));
      if (*paraat_person_get_email (person) != '\0')
        g_hash_table_add (known_emails, fold (paraat_person_get_email (person)));
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = paraat_csv_table_find_column (table, column_names[c]);

  if (columns[COLUMN_GIVEN] < 0 && columns[COLUMN_FAMILY] < 0)
    g_strv_builder_add (file_problems,
                        _("The first line names no column “Voornaam” or “Achternaam”. Is it the header, "
                          "and are the columns separated by commas or semicolons?"));
  if (columns[COLUMN_FUNCTION] < 0 &&
      (columns[COLUMN_LEVEL] >= 0 || columns[COLUMN_FROM] >= 0 || columns[COLUMN_UNTIL] >= 0))
    g_strv_builder_add (file_problems, _("There are columns for levels or dates, but no column “Functie”."));
  self->file_problems = g_strv_builder_end (file_problems);
  self->n_problems = g_strv_length (self->file_problems);

  /* Without a name column no line can be read. */
  n_rows = columns[COLUMN_GIVEN] < 0 && columns[COLUMN_FAMILY] < 0 ? 0 : paraat_csv_table_get_n_rows (table);
  for (guint row = 0; row < n_rows; row++)
    {
      g_autoptr (GStrvBuilder) problems = g_strv_builder_new ();
      g_autoptr (ParaatPerson) person = paraat_person_new ();
      g_autoptr (GError) error = NULL;
      const char *field[N_COLUMNS];
      g_autofree char *given = NULL;
      g_autofree char *family = NULL;
      g_autofree char *mobile = NULL;
      g_autofree char *phone_alt = NULL;
      g_autofree char *email = NULL;
      g_autofree char *from = NULL;
      g_autofree char *until = NULL;
      g_autofree char *key = NULL;
      g_autofree char *these_details = NULL;
      g_autofree char *folded_email = NULL;
      ParaatFunction *function = NULL;
      ParaatAssignmentLevel level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY;
      gboolean active = TRUE;
      gboolean too_long = FALSE;
      gint64 order = 1;
      gpointer index_value = NULL;
      guint person_index;
      Line line = { 0 };

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          field[c] = columns[c] >= 0 ? paraat_csv_table_get_field (table, row, (guint) columns[c]) : NULL;
          if (field[c] == NULL)
            field[c] = "";
          if (strlen (field[c]) > MAX_FIELD && g_utf8_strlen (field[c], -1) > MAX_FIELD)
            {
              too_long = TRUE;
              field[c] = "";
            }
        }

      line.line = paraat_csv_table_get_line (table, row);
      if (too_long)
        g_strv_builder_add (problems, _("A field is longer than 1,000 characters; is the file a list of people?"));

      given = g_strstrip (g_strdup (field[COLUMN_GIVEN]));
      family = g_strstrip (g_strdup (field[COLUMN_FAMILY]));
      if (*given == '\0' && *family == '\0')
        g_strv_builder_add (problems, _("The name is missing."));
      line.name = *given != '\0' && *family != '\0' ? g_strdup_printf ("%s %s", given, family)
                : *given != '\0' || *family != '\0' ? g_strconcat (given, family, NULL)
                : g_strdup (_("(no name)"));

      mobile = paraat_phone_normalise (field[COLUMN_MOBILE], &error);
      if (mobile == NULL)
        {
          g_strv_builder_add (problems, error->message);
          g_clear_error (&error);
        }
      phone_alt = paraat_phone_normalise (field[COLUMN_PHONE_ALT], &error);
      if (phone_alt == NULL)
        {
          g_strv_builder_add (problems, error->message);
          g_clear_error (&error);
        }

      email = g_strstrip (g_strdup (field[COLUMN_EMAIL]));
      if (*email != '\0' && !paraat_validate_email (email))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not an e-mail address."), email);
          g_strv_builder_add (problems, message);
        }

      if (!parse_active (field[COLUMN_ACTIVE], &active))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” in the column Actief: use ja or nee."), field[COLUMN_ACTIVE]);
          g_strv_builder_add (problems, message);
        }

      if (!paraat_validate_is_blank (field[COLUMN_FUNCTION]))
        {
          g_autofree char *code = fold (field[COLUMN_FUNCTION]);
          g_autofree char *order_text = g_strstrip (g_strdup (field[COLUMN_ORDER]));
          g_autofree char *from_text = g_strstrip (g_strdup (field[COLUMN_FROM]));
          g_autofree char *until_text = g_strstrip (g_strdup (field[COLUMN_UNTIL]));

          function = g_hash_table_lookup (function_by_code, code);
          if (function == NULL)
            {
              g_autofree char *typed = g_strstrip (g_strdup (field[COLUMN_FUNCTION]));
              g_autofree char *message = g_strdup_printf (_("There is no function with the code “%s”."), typed);

              g_strv_builder_add (problems, message);
            }
          if (!parse_level (field[COLUMN_LEVEL], &level))
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not a level: use primair, reserve or in opleiding."),
                                                          field[COLUMN_LEVEL]);
              g_strv_builder_add (problems, message);
            }
          if (*order_text != '\0')
            {
              char *end = NULL;

              order = g_ascii_strtoll (order_text, &end, 10);
              if (end == order_text || *end != '\0' || order < 1 || order > 999)
                {
                  g_autofree char *message = g_strdup_printf (_("“%s” is not a place in the call order: use 1, 2, 3…"),
                                                              order_text);
                  g_strv_builder_add (problems, message);
                  order = 1;
                }
            }
          if (*from_text != '\0' && (from = parse_date (from_text)) == NULL)
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not a date: use YYYY-MM-DD."), from_text);
              g_strv_builder_add (problems, message);
            }
          if (*until_text != '\0' && (until = parse_date (until_text)) == NULL)
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not a date: use YYYY-MM-DD."), until_text);
              g_strv_builder_add (problems, message);
            }
          if (from != NULL && until != NULL && strcmp (until, from) < 0)
            g_strv_builder_add (problems, _("The end date lies before the start date."));
        }

      paraat_person_set_given_name (person, *given != '\0' ? given : NULL);
      paraat_person_set_family_name (person, *family != '\0' ? family : NULL);
      paraat_person_set_phone (person, mobile != NULL ? mobile : "");
      paraat_person_set_phone_alt (person, phone_alt != NULL ? phone_alt : "");
      paraat_person_set_email (person, email);
      {
        g_autofree char *department = g_strstrip (g_strdup (field[COLUMN_DEPARTMENT]));
        g_autofree char *municipality = g_strstrip (g_strdup (field[COLUMN_MUNICIPALITY]));

        paraat_person_set_department (person, department);
        paraat_person_set_municipality (person, municipality);
      }
      paraat_person_set_active (person, active);
      paraat_person_set_notes (person, field[COLUMN_NOTES]);

      /* Who is this: someone already in the database, someone seen on an
       * earlier line, or someone new. */
      key = person_key (given, family, mobile);
      these_details = person_details (person);
      folded_email = fold (email);
      if (g_hash_table_contains (known_people, key) ||
          (*folded_email != '\0' && g_hash_table_contains (known_emails, folded_email)))
        {
          g_autofree char *message = g_strdup_printf (_("%s is already in the database."), line.name);
          g_strv_builder_add (problems, message);
        }

      if (g_hash_table_lookup_extended (new_people, key, NULL, &index_value))
        {
          person_index = GPOINTER_TO_UINT (index_value);
          if (g_strcmp0 (g_ptr_array_index (details, person_index), these_details) != 0)
            {
              g_autofree char *message = g_strdup_printf (_("%s is on an earlier line with other details."), line.name);
              g_strv_builder_add (problems, message);
            }
        }
      else
        {
          person_index = self->people->len;
          g_hash_table_insert (new_people, g_strdup (key), GUINT_TO_POINTER (person_index));
          g_ptr_array_add (details, g_steal_pointer (&these_details));
          g_ptr_array_add (self->people, g_object_ref (person));
        }

      /* Two different people in the file with one e-mail address is a
       * copy-paste slip; the same person on two lines is not. */
      if (*folded_email != '\0')
        {
          gpointer owner;

          if (g_hash_table_lookup_extended (new_emails, folded_email, NULL, &owner))
            {
              if (GPOINTER_TO_UINT (owner) != person_index)
                {
                  g_autofree char *message = g_strdup_printf (_("The e-mail address %s is also given for someone else in this file."), email);
                  g_strv_builder_add (problems, message);
                }
            }
          else
            g_hash_table_insert (new_emails, g_strdup (folded_email), GUINT_TO_POINTER (person_index));
        }

      if (function != NULL)
        {
          g_autofree char *held_key = g_strdup_printf ("%u\n%" G_GINT64_FORMAT "\n%s", person_index,
                                                       paraat_function_get_id (function),
                                                       from != NULL ? from : "");
          ParaatAssignment *assignment;

          if (!g_hash_table_add (held, g_steal_pointer (&held_key)))
            {
              g_autofree char *message = g_strdup_printf (_("%s has function %s twice."), line.name,
                                                          paraat_function_get_code (function));
              g_strv_builder_add (problems, message);
            }

          assignment = paraat_assignment_new ();
          paraat_assignment_set_function_id (assignment, paraat_function_get_id (function));
          paraat_assignment_set_level (assignment, level);
          paraat_assignment_set_position (assignment, (int) order);
          paraat_assignment_set_valid_from (assignment, from);
          paraat_assignment_set_valid_until (assignment, until);
          g_ptr_array_add (self->assignments, assignment);
          g_array_append_val (self->person_of, person_index);
        }

      line.problems = g_strv_builder_end (problems);
      self->n_problems += g_strv_length (line.problems);
      g_array_append_val (self->lines, line);
    }

  return self;
}

guint
paraat_people_import_get_n_lines (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lines->len;
}

guint
paraat_people_import_get_line (ParaatPeopleImport *self,
                               guint               index)
{
  g_return_val_if_fail (self != NULL && index < self->lines->len, 0);

  return g_array_index (self->lines, Line, index).line;
}

const char *
paraat_people_import_get_name (ParaatPeopleImport *self,
                               guint               index)
{
  g_return_val_if_fail (self != NULL && index < self->lines->len, NULL);

  return g_array_index (self->lines, Line, index).name;
}

const char * const *
paraat_people_import_get_problems (ParaatPeopleImport *self,
                                   guint               index)
{
  g_return_val_if_fail (self != NULL && index < self->lines->len, NULL);

  return (const char * const *) g_array_index (self->lines, Line, index).problems;
}

const char * const *
paraat_people_import_get_file_problems (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->file_problems;
}

guint
paraat_people_import_get_n_problems (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_problems;
}

GPtrArray *
paraat_people_import_get_people (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->people;
}

GPtrArray *
paraat_people_import_get_assignments (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->assignments;
}

const guint *
paraat_people_import_get_person_of_assignment (ParaatPeopleImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const guint *) (gpointer) self->person_of->data;
}

/*
 * Export
 */

static void
append_line (GString      *out,
             char          delimiter,
             ParaatPerson *person,
             ParaatFunction *function,
             ParaatAssignment *assignment)
{
  g_autofree char *mobile = paraat_phone_format (paraat_person_get_phone (person));
  g_autofree char *phone_alt = paraat_phone_format (paraat_person_get_phone_alt (person));
  g_autofree char *order = assignment != NULL ? g_strdup_printf ("%d", paraat_assignment_get_position (assignment))
                                              : g_strdup ("");
  const char *fields[N_COLUMNS] = {
    paraat_person_get_given_name (person),
    paraat_person_get_family_name (person),
    mobile,
    phone_alt,
    paraat_person_get_email (person),
    paraat_person_get_department (person),
    paraat_person_get_municipality (person),
    paraat_person_get_active (person) ? "ja" : "nee",
    paraat_person_get_notes (person),
    function != NULL ? paraat_function_get_code (function) : "",
    assignment != NULL ? level_word (paraat_assignment_get_level (assignment)) : "",
    order,
    assignment != NULL && paraat_assignment_get_valid_from (assignment) != NULL
      ? paraat_assignment_get_valid_from (assignment) : "",
    assignment != NULL && paraat_assignment_get_valid_until (assignment) != NULL
      ? paraat_assignment_get_valid_until (assignment) : "",
  };

  for (guint c = 0; c < N_COLUMNS; c++)
    if (fields[c] == NULL)
      fields[c] = "";

  paraat_csv_append_row (out, delimiter, fields, N_COLUMNS);
}

char *
paraat_people_export_csv (GListModel *people,
                          GListModel *functions,
                          GListModel *assignments,
                          char        delimiter)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GHashTable) function_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr (GHashTable) held = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  const char *header[N_COLUMNS];

  g_return_val_if_fail (G_IS_LIST_MODEL (people), g_string_free (out, FALSE));
  g_return_val_if_fail (G_IS_LIST_MODEL (functions), g_string_free (out, FALSE));
  g_return_val_if_fail (G_IS_LIST_MODEL (assignments), g_string_free (out, FALSE));

  for (guint c = 0; c < N_COLUMNS; c++)
    header[c] = column_names[c][0];
  paraat_csv_append_row (out, delimiter, header, N_COLUMNS);

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      ParaatFunction *function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);

      g_hash_table_insert (function_by_id, g_memdup2 (&id, sizeof id), function);
    }
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      ParaatAssignment *assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      GPtrArray *list = g_hash_table_lookup (held, &person_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (held, g_memdup2 (&person_id, sizeof person_id), list);
        }
      g_ptr_array_add (list, assignment);
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);
      GPtrArray *list = g_hash_table_lookup (held, &id);
      guint written = 0;

      for (guint a = 0; list != NULL && a < list->len; a++)
        {
          ParaatAssignment *assignment = g_ptr_array_index (list, a);
          gint64 function_id = paraat_assignment_get_function_id (assignment);
          ParaatFunction *function = g_hash_table_lookup (function_by_id, &function_id);

          if (function == NULL)
            continue;
          append_line (out, delimiter, person, function, assignment);
          written++;
        }

      if (written == 0)
        append_line (out, delimiter, person, NULL, NULL);
    }

  return g_string_free (out, FALSE);
}
