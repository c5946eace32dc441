/* paraat-store-org.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "store/paraat-store-private.h"

/* The crisis organisation: partners, teams, functions, people, assignments,
 * absences and shifts. */

/* FALSE with a DUPLICATE error naming @value when another row already holds
 * it; @what names the kind of record ("a team"). */
static gboolean
ensure_unique (ParaatStore  *self,
               const char   *sql,
               const char   *value,
               gint64        id,
               const char   *what,
               GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  if (!_paraat_store_exists (self, sql, value, id, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    /* Translators: the first %s is "a team", "a function" or "a partner", the second its code */
    g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                 _("There is already %s with code “%s”."), what, value);
  return FALSE;
}

static gboolean
save_in_transaction (ParaatStore        *self,
                     const char         *table,
                     gint64             *id,
                     const ParaatColumn *columns,
                     guint               n_columns,
                     const char         *label,
                     GError            **error)
{
  g_autoptr (GError) local_error = NULL;
  gint64 new_id = *id;
  gboolean ok;

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, table, &new_id, columns, n_columns, label, &local_error);
  if (!_paraat_store_write_end (self, ok, table, ok ? &local_error : NULL))
    ok = FALSE;

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *id = new_id;
  return TRUE;
}

static void
bind_id (sqlite3_stmt  *stmt,
         gconstpointer  data)
{
  sqlite3_bind_int64 (stmt, 1, *(const gint64 *) data);
}

/*
 * Partners
 */

static gpointer
partner_from_row (sqlite3_stmt *stmt)
{
  ParaatPartner *partner = paraat_partner_new ();
  int kind = PARAAT_PARTNER_KIND_EXTERNAL;

  paraat_enum_from_nick (PARAAT_TYPE_PARTNER_KIND, _paraat_column_text (stmt, 3), &kind);
  paraat_partner_set_id (partner, sqlite3_column_int64 (stmt, 0));
  paraat_partner_set_code (partner, _paraat_column_text (stmt, 1));
  paraat_partner_set_name (partner, _paraat_column_text (stmt, 2));
  paraat_partner_set_kind (partner, kind);
  paraat_partner_set_contact (partner, _paraat_column_text (stmt, 4));
  return partner;
}

gboolean
paraat_store_save_partner (ParaatStore    *self,
                           ParaatPartner  *partner,
                           GError        **error)
{
  const char *code = paraat_partner_get_code (partner);
  const char *name = paraat_partner_get_name (partner);
  gint64 id = paraat_partner_get_id (partner);
  ParaatColumn columns[] = {
    COL_TEXT ("code", code),
    COL_TEXT ("name", name),
    COL_TEXT ("kind", paraat_enum_to_nick (PARAAT_TYPE_PARTNER_KIND, paraat_partner_get_kind (partner))),
    COL_TEXT ("contact", paraat_partner_get_contact (partner)),
  };

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!paraat_validate_code (code))
    return _paraat_store_invalid (error, _("“%s” is not a valid partner code: use 1 to 16 letters, "
                                           "digits, “-” or “_”, starting with a letter."), code);
  if (paraat_validate_is_blank (name))
    return _paraat_store_invalid (error, _("The partner needs a name."));
  if (!ensure_unique (self, "SELECT 1 FROM partner WHERE code = ? COLLATE NOCASE AND id <> ?", code, id,
                      _("a partner"), error))
    return FALSE;

  if (!save_in_transaction (self, "partner", &id, columns, G_N_ELEMENTS (columns), name, error))
    return FALSE;
  paraat_partner_set_id (partner, id);
  return TRUE;
}

GListModel *
paraat_store_list_partners (ParaatStore  *self,
                            GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, code, name, kind, contact FROM partner "
                                   "ORDER BY kind, name COLLATE NOCASE",
                                   PARAAT_TYPE_PARTNER, NULL, NULL, partner_from_row, error);
}

/*
 * Teams
 */

static gpointer
team_from_row (sqlite3_stmt *stmt)
{
  ParaatTeam *team = paraat_team_new ();

  paraat_team_set_id (team, sqlite3_column_int64 (stmt, 0));
  paraat_team_set_code (team, _paraat_column_text (stmt, 1));
  paraat_team_set_name (team, _paraat_column_text (stmt, 2));
  paraat_team_set_description (team, _paraat_column_text (stmt, 3));
  paraat_team_set_position (team, sqlite3_column_int (stmt, 4));
  return team;
}

gboolean
paraat_store_save_team (ParaatStore  *self,
                        ParaatTeam   *team,
                        GError      **error)
{
  const char *code = paraat_team_get_code (team);
  const char *name = paraat_team_get_name (team);
  gint64 id = paraat_team_get_id (team);
  ParaatColumn columns[] = {
    COL_TEXT ("code", code),
    COL_TEXT ("name", name),
    COL_TEXT ("description", paraat_team_get_description (team)),
    COL_INT ("position", paraat_team_get_position (team)),
  };

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!paraat_validate_code (code))
    return _paraat_store_invalid (error, _("“%s” is not a valid team code: use 1 to 16 letters, "
                                           "digits, “-” or “_”, starting with a letter."), code);
  if (paraat_validate_is_blank (name))
    return _paraat_store_invalid (error, _("The team needs a name."));
  if (!ensure_unique (self, "SELECT 1 FROM team WHERE code = ? COLLATE NOCASE AND id <> ?", code, id,
                      _("a team"), error))
    return FALSE;

  if (!save_in_transaction (self, "team", &id, columns, G_N_ELEMENTS (columns), name, error))
    return FALSE;
  paraat_team_set_id (team, id);
  return TRUE;
}

gboolean
paraat_store_delete_team (ParaatStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "team", id, error);
}

GListModel *
paraat_store_list_teams (ParaatStore  *self,
                         GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, code, name, description, position FROM team "
                                   "ORDER BY position, name COLLATE NOCASE",
                                   PARAAT_TYPE_TEAM, NULL, NULL, team_from_row, error);
}

/*
 * Functions
 */

#define FUNCTION_COLUMNS \
  "SELECT id, team_id, code, name, description, piket_kind, response_minutes, lines, " \
  "per_line, regional_pool, allow_overlap, position FROM function "

static gpointer
function_from_row (sqlite3_stmt *stmt)
{
  ParaatFunction *function = paraat_function_new ();
  int kind = PARAAT_PIKET_KIND_NONE;

  paraat_enum_from_nick (PARAAT_TYPE_PIKET_KIND, _paraat_column_text (stmt, 5), &kind);
  paraat_function_set_id (function, sqlite3_column_int64 (stmt, 0));
  paraat_function_set_team_id (function, sqlite3_column_int64 (stmt, 1));
  paraat_function_set_code (function, _paraat_column_text (stmt, 2));
  paraat_function_set_name (function, _paraat_column_text (stmt, 3));
  paraat_function_set_description (function, _paraat_column_text (stmt, 4));
  paraat_function_set_piket_kind (function, kind);
  paraat_function_set_response_minutes (function, sqlite3_column_type (stmt, 6) == SQLITE_NULL
                                                    ? -1 : sqlite3_column_int (stmt, 6));
  paraat_function_set_lines (function, sqlite3_column_int (stmt, 7));
  paraat_function_set_per_line (function, sqlite3_column_int (stmt, 8));
  paraat_function_set_regional_pool (function, sqlite3_column_int (stmt, 9) != 0);
  paraat_function_set_allow_overlap (function, sqlite3_column_int (stmt, 10) != 0);
  paraat_function_set_position (function, sqlite3_column_int (stmt, 11));
  return function;
}

gboolean
paraat_store_save_function (ParaatStore     *self,
                            ParaatFunction  *function,
                            GError         **error)
{
  const char *code = paraat_function_get_code (function);
  const char *name = paraat_function_get_name (function);
  int minutes = paraat_function_get_response_minutes (function);
  int lines = paraat_function_get_lines (function);
  int per_line = paraat_function_get_per_line (function);
  gint64 id = paraat_function_get_id (function);
  ParaatColumn columns[] = {
    COL_ID_OR_NULL ("team_id", paraat_function_get_team_id (function)),
    COL_TEXT ("code", code),
    COL_TEXT ("name", name),
    COL_TEXT ("description", paraat_function_get_description (function)),
    COL_TEXT ("piket_kind", paraat_enum_to_nick (PARAAT_TYPE_PIKET_KIND,
                                                 paraat_function_get_piket_kind (function))),
    minutes >= 0 ? COL_INT ("response_minutes", minutes)
                 : (ParaatColumn) { "response_minutes", PARAAT_VALUE_NULL, 0, 0, NULL },
    COL_INT ("lines", lines),
    COL_INT ("per_line", per_line),
    COL_INT ("regional_pool", paraat_function_get_regional_pool (function)),
    COL_INT ("allow_overlap", paraat_function_get_allow_overlap (function)),
    COL_INT ("position", paraat_function_get_position (function)),
  };
  guint team_exists = 1;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!paraat_validate_code (code))
    return _paraat_store_invalid (error, _("“%s” is not a valid function code: use 1 to 16 letters, "
                                           "digits, “-” or “_”, starting with a letter."), code);
  if (paraat_validate_is_blank (name))
    return _paraat_store_invalid (error, _("The function needs a name."));
  if (minutes > 1440)
    return _paraat_store_invalid (error, _("The response time can be at most a day (1440 minutes)."));
  if (lines < 1 || lines > 2)
    return _paraat_store_invalid (error, _("A function has a 1st piket line and at most a 2nd."));
  if (per_line < 1 || per_line > 50)
    return _paraat_store_invalid (error, _("Between 1 and 50 people can be on duty per line."));

  if (paraat_function_get_team_id (function) > 0)
    {
      if (!_paraat_store_count_id (self, "SELECT count(*) FROM team WHERE id = ?",
                                   paraat_function_get_team_id (function), &team_exists, error))
        return FALSE;
      if (!team_exists)
        return _paraat_store_invalid (error, _("The team of this function no longer exists."));
    }

  if (!ensure_unique (self, "SELECT 1 FROM function WHERE code = ? COLLATE NOCASE AND id <> ?", code, id,
                      _("a function"), error))
    return FALSE;

  if (!save_in_transaction (self, "function", &id, columns, G_N_ELEMENTS (columns), code, error))
    return FALSE;
  paraat_function_set_id (function, id);
  return TRUE;
}

gboolean
paraat_store_delete_function (ParaatStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "function", id, error);
}

GListModel *
paraat_store_list_functions (ParaatStore  *self,
                             GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self, FUNCTION_COLUMNS "ORDER BY position, code COLLATE NOCASE",
                                   PARAAT_TYPE_FUNCTION, NULL, NULL, function_from_row, error);
}

static void
bind_code (sqlite3_stmt  *stmt,
           gconstpointer  data)
{
  sqlite3_bind_text (stmt, 1, data, -1, SQLITE_TRANSIENT);
}

ParaatFunction *
paraat_store_find_function (ParaatStore  *self,
                            const char   *code,
                            GError      **error)
{
  g_autoptr (GListModel) list = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  list = _paraat_store_query_list (self, FUNCTION_COLUMNS "WHERE code = ? COLLATE NOCASE",
                                   PARAAT_TYPE_FUNCTION, bind_code, code, function_from_row, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                   _("There is no function with code “%s”."), code);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/*
 * People
 */

#define PERSON_COLUMNS \
  "SELECT id, given_name, family_name, phone, phone_alt, email, department, municipality, " \
  "active, fictitious, notes FROM person "

static gpointer
person_from_row (sqlite3_stmt *stmt)
{
  ParaatPerson *person = paraat_person_new ();

  paraat_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  paraat_person_set_given_name (person, _paraat_column_text (stmt, 1));
  paraat_person_set_family_name (person, _paraat_column_text (stmt, 2));
  paraat_person_set_phone (person, _paraat_column_text (stmt, 3));
  paraat_person_set_phone_alt (person, _paraat_column_text (stmt, 4));
  paraat_person_set_email (person, _paraat_column_text (stmt, 5));
  paraat_person_set_department (person, _paraat_column_text (stmt, 6));
  paraat_person_set_municipality (person, _paraat_column_text (stmt, 7));
  paraat_person_set_active (person, sqlite3_column_int (stmt, 8) != 0);
  paraat_person_set_fictitious (person, sqlite3_column_int (stmt, 9) != 0);
  paraat_person_set_notes (person, _paraat_column_text (stmt, 10));
  return person;
}

gboolean
paraat_store_save_person (ParaatStore   *self,
                          ParaatPerson  *person,
                          GError       **error)
{
  const char *phone = paraat_person_get_phone (person);
  const char *phone_alt = paraat_person_get_phone_alt (person);
  const char *email = paraat_person_get_email (person);
  gint64 id = paraat_person_get_id (person);
  ParaatColumn columns[] = {
    COL_TEXT ("given_name", g_strstrip (g_strdup (paraat_person_get_given_name (person)))),
    COL_TEXT ("family_name", g_strstrip (g_strdup (paraat_person_get_family_name (person)))),
    COL_TEXT ("phone", phone),
    COL_TEXT ("phone_alt", phone_alt),
    COL_TEXT ("email", email),
    COL_TEXT ("department", paraat_person_get_department (person)),
    COL_TEXT ("municipality", paraat_person_get_municipality (person)),
    COL_INT ("active", paraat_person_get_active (person)),
    COL_INT ("fictitious", paraat_person_get_fictitious (person)),
    COL_TEXT ("notes", paraat_person_get_notes (person)),
  };
  g_autofree char *given = (char *) columns[0].s;
  g_autofree char *family = (char *) columns[1].s;
  gboolean ok = FALSE;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (*given == '\0' && *family == '\0')
    _paraat_store_invalid (error, _("A person needs a name."));
  else if (*phone != '\0' && !paraat_validate_e164 (phone))
    _paraat_store_invalid (error, _("“%s” is not a phone number in international form (such as +31612345678)."), phone);
  else if (*phone_alt != '\0' && !paraat_validate_e164 (phone_alt))
    _paraat_store_invalid (error, _("“%s” is not a phone number in international form (such as +31612345678)."), phone_alt);
  else if (*email != '\0' && !paraat_validate_email (email))
    _paraat_store_invalid (error, _("“%s” is not a valid e-mail address."), email);
  else
    ok = save_in_transaction (self, "person", &id, columns, G_N_ELEMENTS (columns),
                              paraat_person_get_display_name (person), error);

  if (ok)
    paraat_person_set_id (person, id);
  return ok;
}

gboolean
paraat_store_delete_person (ParaatStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "person", id, error);
}

GListModel *
paraat_store_list_people (ParaatStore  *self,
                          GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   PERSON_COLUMNS "ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE",
                                   PARAAT_TYPE_PERSON, NULL, NULL, person_from_row, error);
}

ParaatPerson *
paraat_store_get_person (ParaatStore  *self,
                         gint64        id,
                         GError      **error)
{
  g_autoptr (GListModel) list = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  list = _paraat_store_query_list (self, PERSON_COLUMNS "WHERE id = ?",
                                   PARAAT_TYPE_PERSON, bind_id, &id, person_from_row, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This person no longer exists; they may have been deleted meanwhile."));
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/*
 * Assignments
 */

static gpointer
assignment_from_row (sqlite3_stmt *stmt)
{
  ParaatAssignment *assignment = paraat_assignment_new ();
  int level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY;

  paraat_enum_from_nick (PARAAT_TYPE_ASSIGNMENT_LEVEL, _paraat_column_text (stmt, 3), &level);
  paraat_assignment_set_id (assignment, sqlite3_column_int64 (stmt, 0));
  paraat_assignment_set_person_id (assignment, sqlite3_column_int64 (stmt, 1));
  paraat_assignment_set_function_id (assignment, sqlite3_column_int64 (stmt, 2));
  paraat_assignment_set_level (assignment, level);
  paraat_assignment_set_position (assignment, sqlite3_column_int (stmt, 4));
  paraat_assignment_set_valid_from (assignment, (const char *) sqlite3_column_text (stmt, 5));
  paraat_assignment_set_valid_until (assignment, (const char *) sqlite3_column_text (stmt, 6));
  return assignment;
}

gboolean
paraat_store_save_assignment (ParaatStore       *self,
                              ParaatAssignment  *assignment,
                              GError           **error)
{
  const char *from = paraat_assignment_get_valid_from (assignment);
  const char *until = paraat_assignment_get_valid_until (assignment);
  gint64 id = paraat_assignment_get_id (assignment);
  g_autofree char *label = NULL;
  ParaatColumn columns[] = {
    COL_INT ("person_id", paraat_assignment_get_person_id (assignment)),
    COL_INT ("function_id", paraat_assignment_get_function_id (assignment)),
    COL_TEXT ("level", paraat_enum_to_nick (PARAAT_TYPE_ASSIGNMENT_LEVEL,
                                            paraat_assignment_get_level (assignment))),
    COL_INT ("position", paraat_assignment_get_position (assignment)),
    COL_TEXT_OR_NULL ("valid_from", from),
    COL_TEXT_OR_NULL ("valid_until", until),
  };
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (columns[0].i <= 0 || columns[1].i <= 0)
    return _paraat_store_invalid (error, _("An assignment needs a person and a function."));
  if (columns[3].i < 1)
    return _paraat_store_invalid (error, _("The call order starts at 1."));
  if (from != NULL && !paraat_validate_date (from))
    return _paraat_store_invalid (error, _("“%s” is not a date (use YYYY-MM-DD)."), from);
  if (until != NULL && !paraat_validate_date (until))
    return _paraat_store_invalid (error, _("“%s” is not a date (use YYYY-MM-DD)."), until);
  if (from != NULL && until != NULL && g_strcmp0 (until, from) < 0)
    return _paraat_store_invalid (error, _("The end date lies before the start date."));

  label = g_strdup_printf ("person %" G_GINT64_FORMAT " in function %" G_GINT64_FORMAT,
                           columns[0].i, columns[1].i);
  if (save_in_transaction (self, "assignment", &id, columns, G_N_ELEMENTS (columns), label, &local_error))
    {
      paraat_assignment_set_id (assignment, id);
      return TRUE;
    }

  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE))
    g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                         _("This person already holds this function from that date."));
  else if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                         _("The person or the function of this assignment no longer exists."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
paraat_store_delete_assignment (ParaatStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "assignment", id, error);
}

typedef struct
{
  gint64 person_id;
  gint64 function_id;
} PersonFunction;

static void
bind_person_function (sqlite3_stmt  *stmt,
                      gconstpointer  data)
{
  const PersonFunction *pf = data;

  sqlite3_bind_int64 (stmt, 1, pf->person_id);
  sqlite3_bind_int64 (stmt, 2, pf->function_id);
}

GListModel *
paraat_store_list_assignments (ParaatStore  *self,
                               gint64        person_id,
                               gint64        function_id,
                               GError      **error)
{
  PersonFunction pf = { person_id, function_id };

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, person_id, function_id, level, position, valid_from, valid_until "
                                   "FROM assignment WHERE (?1 <= 0 OR person_id = ?1) AND (?2 <= 0 OR function_id = ?2) "
                                   "ORDER BY function_id, CASE level WHEN 'primary' THEN 0 WHEN 'backup' THEN 1 ELSE 2 END, position",
                                   PARAAT_TYPE_ASSIGNMENT, bind_person_function, &pf,
                                   assignment_from_row, error);
}

/*
 * Absences
 */

typedef struct
{
  gint64 id;
  gint64 from;
  gint64 until;
} IdRange;

static void
bind_id_range (sqlite3_stmt  *stmt,
               gconstpointer  data)
{
  const IdRange *range = data;

  sqlite3_bind_int64 (stmt, 1, range->id);
  sqlite3_bind_int64 (stmt, 2, range->from);
  sqlite3_bind_int64 (stmt, 3, range->until);
}

static gpointer
absence_from_row (sqlite3_stmt *stmt)
{
  ParaatAbsence *absence = paraat_absence_new ();

  paraat_absence_set_id (absence, sqlite3_column_int64 (stmt, 0));
  paraat_absence_set_person_id (absence, sqlite3_column_int64 (stmt, 1));
  paraat_absence_set_starts_at (absence, sqlite3_column_int64 (stmt, 2));
  paraat_absence_set_ends_at (absence, sqlite3_column_int64 (stmt, 3));
  paraat_absence_set_reason (absence, _paraat_column_text (stmt, 4));
  return absence;
}

gboolean
paraat_store_save_absence (ParaatStore    *self,
                           ParaatAbsence  *absence,
                           GError        **error)
{
  gint64 id = paraat_absence_get_id (absence);
  ParaatColumn columns[] = {
    COL_INT ("person_id", paraat_absence_get_person_id (absence)),
    COL_INT ("starts_at", paraat_absence_get_starts_at (absence)),
    COL_INT ("ends_at", paraat_absence_get_ends_at (absence)),
    COL_TEXT ("reason", paraat_absence_get_reason (absence)),
  };
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (columns[0].i <= 0)
    return _paraat_store_invalid (error, _("An absence needs a person."));
  if (columns[2].i <= columns[1].i)
    return _paraat_store_invalid (error, _("An absence must end after it starts."));

  /* One person's absences do not overlap: two records of one holiday would
   * be counted, shown and imported twice. */
  {
    sqlite3_stmt *stmt = _paraat_store_prepare (self,
                                                "SELECT count(*) FROM absence WHERE person_id = ?1 AND id <> ?2 "
                                                "AND starts_at < ?4 AND ends_at > ?3", error);
    gint64 overlapping = 0;
    int rc;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, columns[0].i);
    sqlite3_bind_int64 (stmt, 2, id);
    sqlite3_bind_int64 (stmt, 3, columns[1].i);
    sqlite3_bind_int64 (stmt, 4, columns[2].i);
    if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      overlapping = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    if (rc != SQLITE_ROW)
      {
        _paraat_store_set_error (self, error, rc);
        return FALSE;
      }
    if (overlapping > 0)
      return _paraat_store_invalid (error, _("This absence overlaps another absence of the same person; "
                                             "change that one instead."));
  }

  if (save_in_transaction (self, "absence", &id, columns, G_N_ELEMENTS (columns), "absence", &local_error))
    {
      paraat_absence_set_id (absence, id);
      return TRUE;
    }
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("The person of this absence no longer exists."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
paraat_store_delete_absence (ParaatStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "absence", id, error);
}

GListModel *
paraat_store_list_absences (ParaatStore  *self,
                            gint64        person_id,
                            gint64        from,
                            gint64        until,
                            GError      **error)
{
  IdRange range = { person_id, from, until };

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  /* Two statements rather than "(?1 <= 0 OR person_id = ?1)", which no index serves. */
  if (person_id > 0)
    return _paraat_store_query_list (self,
                                     "SELECT id, person_id, starts_at, ends_at, reason FROM absence "
                                     "WHERE person_id = ?1 AND starts_at < ?3 AND ends_at > ?2 ORDER BY starts_at",
                                     PARAAT_TYPE_ABSENCE, bind_id_range, &range, absence_from_row, error);
  return _paraat_store_query_list (self,
                                   "SELECT id, person_id, starts_at, ends_at, reason FROM absence "
                                   "WHERE ?1 <= 0 AND starts_at < ?3 AND ends_at > ?2 ORDER BY starts_at",
                                   PARAAT_TYPE_ABSENCE, bind_id_range, &range, absence_from_row, error);
}

/*
 * Shifts
 */

#define SHIFT_COLUMNS "SELECT id, function_id, line, person_id, starts_at, ends_at, origin, ifnull(request_id, 0) FROM shift "

static gpointer
shift_from_row (sqlite3_stmt *stmt)
{
  ParaatShift *shift = paraat_shift_new ();
  int origin = PARAAT_SHIFT_ORIGIN_GENERATED;

  paraat_enum_from_nick (PARAAT_TYPE_SHIFT_ORIGIN, _paraat_column_text (stmt, 6), &origin);
  paraat_shift_set_id (shift, sqlite3_column_int64 (stmt, 0));
  paraat_shift_set_function_id (shift, sqlite3_column_int64 (stmt, 1));
  paraat_shift_set_line (shift, sqlite3_column_int (stmt, 2));
  paraat_shift_set_person_id (shift, sqlite3_column_int64 (stmt, 3));
  paraat_shift_set_starts_at (shift, sqlite3_column_int64 (stmt, 4));
  paraat_shift_set_ends_at (shift, sqlite3_column_int64 (stmt, 5));
  paraat_shift_set_origin (shift, origin);
  paraat_shift_set_request_id (shift, sqlite3_column_int64 (stmt, 7));
  return shift;
}

gboolean
paraat_store_save_shift (ParaatStore  *self,
                         ParaatShift  *shift,
                         GError      **error)
{
  gint64 id = paraat_shift_get_id (shift);
  ParaatColumn columns[] = {
    COL_INT ("function_id", paraat_shift_get_function_id (shift)),
    COL_INT ("line", paraat_shift_get_line (shift)),
    COL_ID_OR_NULL ("person_id", paraat_shift_get_person_id (shift)),
    COL_INT ("starts_at", paraat_shift_get_starts_at (shift)),
    COL_INT ("ends_at", paraat_shift_get_ends_at (shift)),
    COL_TEXT ("origin", paraat_enum_to_nick (PARAAT_TYPE_SHIFT_ORIGIN, paraat_shift_get_origin (shift))),
    COL_INT ("modified_at", g_get_real_time () / G_USEC_PER_SEC),
    COL_ID_OR_NULL ("request_id", paraat_shift_get_request_id (shift)),
  };
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (columns[0].i <= 0)
    return _paraat_store_invalid (error, _("A shift needs a function."));
  if (columns[1].i < 1 || columns[1].i > 2)
    return _paraat_store_invalid (error, _("A shift is on the 1st or the 2nd line."));
  if (columns[4].i <= columns[3].i)
    return _paraat_store_invalid (error, _("A shift must end after it starts."));
  if (columns[4].i - columns[3].i > 31 * 24 * 3600)
    return _paraat_store_invalid (error, _("A shift lasts at most 31 days; split longer periods."));

  if (save_in_transaction (self, "shift", &id, columns, G_N_ELEMENTS (columns), "shift", &local_error))
    {
      paraat_shift_set_id (shift, id);
      return TRUE;
    }
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE))
    g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                         _("This function already has a shift on this line starting at that moment."));
  else if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                         _("The function or the person of this shift no longer exists."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

GListModel *
paraat_store_list_shifts (ParaatStore  *self,
                          gint64        function_id,
                          gint64        from,
                          gint64        until,
                          GError      **error)
{
  IdRange range = { function_id, from, until };

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  /* A shift lasts at most 31 days (a CHECK of the schema), so a lower bound on
   * its start lets the (function_id, starts_at) and (starts_at) indexes serve
   * the overlap test. */
  if (function_id > 0)
    return _paraat_store_query_list (self,
                                     SHIFT_COLUMNS
                                     "WHERE function_id = ?1 AND starts_at > ?2 - 2678400 AND starts_at < ?3 "
                                     "AND ends_at > ?2 ORDER BY starts_at, line",
                                     PARAAT_TYPE_SHIFT, bind_id_range, &range, shift_from_row, error);
  return _paraat_store_query_list (self,
                                   SHIFT_COLUMNS
                                   "WHERE ?1 <= 0 AND starts_at > ?2 - 2678400 AND starts_at < ?3 "
                                   "AND ends_at > ?2 ORDER BY starts_at, function_id, line",
                                   PARAAT_TYPE_SHIFT, bind_id_range, &range, shift_from_row, error);
}

typedef struct
{
  gint64 function_id;
  int    line;
  gint64 at;
} ShiftAt;

static void
bind_shift_at (sqlite3_stmt  *stmt,
               gconstpointer  data)
{
  const ShiftAt *query = data;

  sqlite3_bind_int64 (stmt, 1, query->function_id);
  sqlite3_bind_int (stmt, 2, query->line);
  sqlite3_bind_int64 (stmt, 3, query->at);
}

ParaatShift *
paraat_store_find_shift_at (ParaatStore  *self,
                            gint64        function_id,
                            int           line,
                            gint64        at,
                            GError      **error)
{
  ShiftAt query = { function_id, line, at };
  g_autoptr (GListModel) list = NULL;
  g_autoptr (ParaatShift) shift = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  /* The latest regular shift (not an extra piket) starting at or before
   * @at: one step down the (function, starts_at) index, whatever the size
   * of the roster. */
  list = _paraat_store_query_list (self,
                                   SHIFT_COLUMNS
                                   "WHERE function_id = ?1 AND line = ?2 AND starts_at <= ?3 AND request_id IS NULL "
                                   "ORDER BY starts_at DESC LIMIT 1",
                                   PARAAT_TYPE_SHIFT, bind_shift_at, &query, shift_from_row, error);
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return NULL;

  shift = g_list_model_get_item (list, 0);
  if (paraat_shift_get_ends_at (shift) <= at)
    return NULL;
  return g_steal_pointer (&shift);
}
