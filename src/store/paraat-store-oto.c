/* paraat-store-oto.c
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

/* OTO: session kinds, sessions and their target functions. */

static const char * const session_categories[] = {
  "education", "training", "exercise", "test", "evaluation", NULL
};

gboolean
paraat_store_save_session_kind (ParaatStore  *self,
                                const char   *code,
                                const char   *name,
                                const char   *category,
                                GError      **error)
{
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!paraat_validate_code (code))
    return _paraat_store_invalid (error, _("“%s” is not a valid session kind code: use 1 to 16 letters, "
                                           "digits, “-” or “_”, starting with a letter."), code ? code : "");
  if (paraat_validate_is_blank (name))
    return _paraat_store_invalid (error, _("The session kind needs a name."));
  if (category == NULL || !g_strv_contains (session_categories, category))
    return _paraat_store_invalid (error, _("“%s” is not a session category."), category ? category : "");

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  stmt = _paraat_store_prepare (self,
                                "INSERT INTO session_kind (code, name, category) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (code) DO UPDATE SET name = ?2, category = ?3", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, category, -1, SQLITE_TRANSIENT);
      summary = g_strdup_printf ("%s: “%s” (%s)", code, name, category);
      ok = _paraat_store_exec_stmt (self, stmt, error) &&
           _paraat_store_audit (self, "session_kind", 0, PARAAT_AUDIT_ACTION_UPDATE, summary, error);
    }

  /* On failure the error is already set; write_end only rolls back. */
  return _paraat_store_write_end (self, ok, "session_kind", ok ? error : NULL) && ok;
}

static gpointer
session_from_row (sqlite3_stmt *stmt)
{
  ParaatSession *session = paraat_session_new ();
  int status = PARAAT_SESSION_STATUS_PLANNED;

  paraat_enum_from_nick (PARAAT_TYPE_SESSION_STATUS, _paraat_column_text (stmt, 10), &status);
  paraat_session_set_id (session, sqlite3_column_int64 (stmt, 0));
  paraat_session_set_kind (session, _paraat_column_text (stmt, 1));
  paraat_session_set_title (session, _paraat_column_text (stmt, 2));
  paraat_session_set_starts_at (session, sqlite3_column_int64 (stmt, 3));
  paraat_session_set_ends_at (session, sqlite3_column_int64 (stmt, 4));
  paraat_session_set_location (session, _paraat_column_text (stmt, 5));
  paraat_session_set_organiser (session, _paraat_column_text (stmt, 6));
  paraat_session_set_partners (session, _paraat_column_text (stmt, 7));
  paraat_session_set_capacity (session, sqlite3_column_int (stmt, 8));
  paraat_session_set_description (session, _paraat_column_text (stmt, 9));
  paraat_session_set_status (session, status);
  return session;
}

gboolean
paraat_store_save_session (ParaatStore    *self,
                           ParaatSession  *session,
                           GError        **error)
{
  const char *kind = paraat_session_get_kind (session);
  const char *title = paraat_session_get_title (session);
  gint64 id = paraat_session_get_id (session);
  ParaatColumn columns[] = {
    COL_TEXT ("kind_code", kind),
    COL_TEXT ("title", title),
    COL_INT ("starts_at", paraat_session_get_starts_at (session)),
    COL_INT ("ends_at", paraat_session_get_ends_at (session)),
    COL_TEXT ("location", paraat_session_get_location (session)),
    COL_TEXT ("organiser", paraat_session_get_organiser (session)),
    COL_TEXT ("partners", paraat_session_get_partners (session)),
    COL_INT ("capacity", paraat_session_get_capacity (session)),
    COL_TEXT ("description", paraat_session_get_description (session)),
    COL_TEXT ("status", paraat_enum_to_nick (PARAAT_TYPE_SESSION_STATUS, paraat_session_get_status (session))),
  };
  g_autoptr (GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (paraat_validate_is_blank (title))
    return _paraat_store_invalid (error, _("The session needs a title."));
  if (paraat_validate_is_blank (kind))
    return _paraat_store_invalid (error, _("Choose the kind of session."));
  if (columns[3].i < columns[2].i)
    return _paraat_store_invalid (error, _("The session ends before it starts."));
  if (columns[7].i < 0)
    return _paraat_store_invalid (error, _("The capacity cannot be negative."));

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "oto_session", &id, columns, G_N_ELEMENTS (columns), title, &local_error);
  if (!_paraat_store_write_end (self, ok, "oto_session", ok ? &local_error : NULL))
    ok = FALSE;

  if (ok)
    {
      paraat_session_set_id (session, id);
      return TRUE;
    }
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("“%s” is not a known session kind."), kind);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
paraat_store_set_session_targets (ParaatStore   *self,
                                  gint64         session_id,
                                  const gint64  *function_ids,
                                  gsize          n_function_ids,
                                  GError       **error)
{
  g_autoptr (GString) summary = g_string_new ("targets:");
  g_autoptr (GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (function_ids != NULL || n_function_ids == 0, FALSE);

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  stmt = _paraat_store_prepare (self, "DELETE FROM session_target WHERE session_id = ?", &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
    }

  for (gsize i = 0; ok && i < n_function_ids; i++)
    {
      stmt = _paraat_store_prepare (self, "INSERT OR IGNORE INTO session_target (session_id, function_id) "
                                          "VALUES (?, ?)", &local_error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, session_id);
          sqlite3_bind_int64 (stmt, 2, function_ids[i]);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
          g_string_append_printf (summary, " %" G_GINT64_FORMAT, function_ids[i]);
        }
    }

  if (ok)
    ok = _paraat_store_audit (self, "oto_session", session_id, PARAAT_AUDIT_ACTION_UPDATE,
                              summary->str, &local_error);

  if (!_paraat_store_write_end (self, ok, "oto_session", ok ? &local_error : NULL))
    ok = FALSE;
  if (ok)
    return TRUE;

  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("The session or one of its target functions no longer exists."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

GListModel *
paraat_store_list_sessions (ParaatStore  *self,
                            gint64        from,
                            gint64        until,
                            GError      **error)
{
  ParaatRange range = { from, until };

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, kind_code, title, starts_at, ends_at, location, organiser, "
                                   "partners, capacity, description, status FROM oto_session "
                                   "WHERE starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at, id",
                                   PARAAT_TYPE_SESSION, _paraat_bind_range, &range, session_from_row, error);
}
