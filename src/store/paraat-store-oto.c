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

static void
bind_one_id (sqlite3_stmt  *stmt,
             gconstpointer  data)
{
  sqlite3_bind_int64 (stmt, 1, *(const gint64 *) data);
}

ParaatSession *
paraat_store_get_session (ParaatStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr (GListModel) list = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  list = _paraat_store_query_list (self,
                                   "SELECT id, kind_code, title, starts_at, ends_at, location, organiser, "
                                   "partners, capacity, description, status FROM oto_session WHERE id = ?",
                                   PARAAT_TYPE_SESSION, bind_one_id, &id, session_from_row, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This session no longer exists; it may have been removed meanwhile."));
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

GArray *
paraat_store_read_session_targets (ParaatStore  *self,
                                   gint64        session_id,
                                   GError      **error)
{
  g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, "SELECT function_id FROM session_target WHERE session_id = ? "
                                      "ORDER BY function_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (targets, id);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&targets) : NULL;
}

GArray *
paraat_store_read_session_kinds (ParaatStore  *self,
                                 GError      **error)
{
  g_autoptr (GArray) kinds = g_array_new (FALSE, FALSE, sizeof (ParaatSessionKind));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, "SELECT code, name, category FROM session_kind "
                                      "ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatSessionKind kind = {
        g_intern_string (_paraat_column_text (stmt, 0)),
        g_intern_string (_paraat_column_text (stmt, 1)),
        g_intern_string (_paraat_column_text (stmt, 2)),
      };

      g_array_append_val (kinds, kind);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&kinds) : NULL;
}

typedef struct
{
  guint32     day;
  const char *kind_code;
  const char *category;
  gboolean    cancelled;
  guint       first_target;
  guint       n_targets;
  guint       index;       /* in facts->sessions */
} SessionFacts;

static gboolean
read_requirements (ParaatStore  *self,
                   GArray       *requirements,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _paraat_store_prepare (self,
                                "SELECT r.id, r.function_id, r.kind_code, k.name, r.category, r.min_count, "
                                "r.period_months, r.out_of, r.description FROM oto_requirement r "
                                "LEFT JOIN session_kind k ON k.code = r.kind_code "
                                "ORDER BY r.function_id, r.id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatRequirement requirement = {
        .id = sqlite3_column_int64 (stmt, 0),
        .function_id = sqlite3_column_int64 (stmt, 1),
        .kind_code = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NULL : g_intern_string (_paraat_column_text (stmt, 2)),
        .kind_name = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NULL : g_intern_string (_paraat_column_text (stmt, 3)),
        .category = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? NULL : g_intern_string (_paraat_column_text (stmt, 4)),
        .min_count = (guint) sqlite3_column_int (stmt, 5),
        .period_months = (guint) sqlite3_column_int (stmt, 6),
        .out_of = (guint) sqlite3_column_int (stmt, 7),
        .description = g_intern_string (_paraat_column_text (stmt, 8)),
      };

      g_array_append_val (requirements, requirement);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error);
}

GArray *
paraat_store_read_requirements (ParaatStore  *self,
                                GError      **error)
{
  g_autoptr (GArray) requirements = g_array_new (FALSE, TRUE, sizeof (ParaatRequirement));

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return read_requirements (self, requirements, error) ? g_steal_pointer (&requirements) : NULL;
}

ParaatOtoFacts *
paraat_store_read_oto_facts (ParaatStore  *self,
                             GTimeZone    *tz,
                             GError      **error)
{
  g_autoptr (ParaatOtoFacts) facts = paraat_oto_facts_new ();
  g_autoptr (GHashTable) sessions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (!read_requirements (self, facts->requirements, error))
    return NULL;

  /* Sessions with their targets, in id order: targets are one run each. */
  stmt = _paraat_store_prepare (self,
                                "SELECT s.id, s.ends_at, s.kind_code, k.category, s.status, t.function_id, s.title, s.starts_at, s.partners "
                                "FROM oto_session s JOIN session_kind k ON k.code = s.kind_code "
                                "LEFT JOIN session_target t ON t.session_id = s.id ORDER BY s.id, t.function_id",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      SessionFacts *session = g_hash_table_lookup (sessions, &id);

      if (session == NULL)
        {
          session = g_new0 (SessionFacts, 1);
          session->day = paraat_day_of_instant (sqlite3_column_int64 (stmt, 1), tz);
          session->kind_code = g_intern_string (_paraat_column_text (stmt, 2));
          session->category = g_intern_string (_paraat_column_text (stmt, 3));
          session->cancelled = g_str_equal (_paraat_column_text (stmt, 4), "cancelled");
          session->first_target = facts->targets->len;
          session->index = facts->sessions->len;
          g_hash_table_insert (sessions, g_memdup2 (&id, sizeof id), session);
          g_array_append_val (facts->sessions, ((ParaatPlanSession) {
            .id = id,
            .day = paraat_day_of_instant (sqlite3_column_int64 (stmt, 7), tz),
            .kind_code = session->kind_code,
            .category = session->category,
            .title = g_string_chunk_insert (facts->titles, _paraat_column_text (stmt, 6)),
            .partners = g_string_chunk_insert (facts->titles, _paraat_column_text (stmt, 8)),
            .cancelled = session->cancelled,
          }));
        }
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        {
          gint64 function_id = sqlite3_column_int64 (stmt, 5);

          g_array_append_val (facts->targets, function_id);
          session->n_targets++;
        }
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;

  stmt = _paraat_store_prepare (self,
                                "SELECT a.person_id, a.session_id, a.function_id, a.status, a.result "
                                "FROM attendance a JOIN oto_session s ON s.id = a.session_id "
                                "ORDER BY a.person_id, s.ends_at, a.session_id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 session_id = sqlite3_column_int64 (stmt, 1);
      const SessionFacts *session = g_hash_table_lookup (sessions, &session_id);
      int status = PARAAT_ATTENDANCE_INVITED;
      int result = PARAAT_RESULT_NONE;
      ParaatAttendanceRecord record;

      if (session == NULL)
        continue;
      paraat_enum_from_nick (PARAAT_TYPE_ATTENDANCE_STATUS, _paraat_column_text (stmt, 3), &status);
      paraat_enum_from_nick (PARAAT_TYPE_ATTENDANCE_RESULT, _paraat_column_text (stmt, 4), &result);
      record = (ParaatAttendanceRecord) {
        .person_id = sqlite3_column_int64 (stmt, 0),
        .session_id = session_id,
        .day = session->day,
        .kind_code = session->kind_code,
        .category = session->category,
        /* Offsets for now; pointers once @targets stops growing. */
        .functions = GUINT_TO_POINTER (session->first_target),
        .n_functions = session->n_targets,
        .as_function_id = sqlite3_column_int64 (stmt, 2),
        .status = status,
        .result = result,
        .cancelled = session->cancelled,
      };
      g_array_append_val (facts->records, record);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, sessions);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        const SessionFacts *session = value;
        ParaatPlanSession *plan_session = &g_array_index (facts->sessions, ParaatPlanSession, session->index);

        plan_session->n_functions = session->n_targets;
        plan_session->functions = session->n_targets > 0 ? &g_array_index (facts->targets, gint64, session->first_target)
                                                         : NULL;
      }
  }
  for (guint i = 0; i < facts->records->len; i++)
    {
      ParaatAttendanceRecord *record = &g_array_index (facts->records, ParaatAttendanceRecord, i);
      guint first = GPOINTER_TO_UINT (record->functions);

      record->functions = record->n_functions > 0 ? &g_array_index (facts->targets, gint64, first) : NULL;
    }

  return g_steal_pointer (&facts);
}

gboolean
paraat_store_save_requirement (ParaatStore        *self,
                               ParaatRequirement  *requirement,
                               GError            **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *label = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (requirement != NULL, FALSE);

  if ((requirement->kind_code == NULL || *requirement->kind_code == '\0') &&
      (requirement->category == NULL || !g_strv_contains (session_categories, requirement->category)))
    return _paraat_store_invalid (error, _("Choose the kind or the category of session the requirement asks for."));
  if (requirement->min_count < 1 || requirement->min_count > 99)
    return _paraat_store_invalid (error, _("A requirement asks for 1 to 99 sessions."));
  if (requirement->period_months > 120)
    return _paraat_store_invalid (error, _("The period of a requirement is at most 120 months."));
  if (requirement->out_of != 0 && requirement->out_of < requirement->min_count)
    return _paraat_store_invalid (error, _("“%u of %u” asks for more sessions than there are."),
                                  requirement->min_count, requirement->out_of);

  {
    gboolean by_kind = requirement->kind_code != NULL && *requirement->kind_code != '\0';
    ParaatColumn columns[] = {
      COL_INT ("function_id", requirement->function_id),
      COL_TEXT_OR_NULL ("category", by_kind ? NULL : requirement->category),
      COL_TEXT_OR_NULL ("kind_code", by_kind ? requirement->kind_code : NULL),
      COL_INT ("min_count", requirement->min_count),
      requirement->period_months > 0 ? COL_INT ("period_months", requirement->period_months)
                                     : COL_ID_OR_NULL ("period_months", 0),
      COL_ID_OR_NULL ("out_of", requirement->out_of),
      COL_TEXT ("description", requirement->description != NULL ? requirement->description : ""),
    };

    label = g_strdup_printf ("function %" G_GINT64_FORMAT ": %u %s", requirement->function_id,
                             requirement->min_count, by_kind ? requirement->kind_code : requirement->category);
    id = requirement->id;
    if (!_paraat_store_write_begin (self, error))
      return FALSE;
    ok = _paraat_store_save_row (self, "oto_requirement", &id, columns, G_N_ELEMENTS (columns), label, &local_error);
    if (!_paraat_store_write_end (self, ok, "oto_requirement", ok ? &local_error : NULL))
      ok = FALSE;
  }

  if (ok)
    {
      requirement->id = id;
      return TRUE;
    }
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("The function or the session kind of this requirement no longer exists."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
paraat_store_delete_requirement (ParaatStore  *self,
                                 gint64        id,
                                 GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "oto_requirement", id, error);
}

GArray *
paraat_store_read_attendance (ParaatStore  *self,
                              gint64        session_id,
                              GError      **error)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, TRUE, sizeof (ParaatAttendance));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (rows, paraat_attendance_clear);
  stmt = _paraat_store_prepare (self, "SELECT person_id, function_id, status, role, hours, result "
                                      "FROM attendance WHERE session_id = ? ORDER BY person_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = PARAAT_ATTENDANCE_INVITED;
      int result = PARAAT_RESULT_NONE;
      ParaatAttendance row;

      paraat_enum_from_nick (PARAAT_TYPE_ATTENDANCE_STATUS, _paraat_column_text (stmt, 2), &status);
      paraat_enum_from_nick (PARAAT_TYPE_ATTENDANCE_RESULT, _paraat_column_text (stmt, 5), &result);
      row = (ParaatAttendance) {
        .person_id = sqlite3_column_int64 (stmt, 0),
        .function_id = sqlite3_column_int64 (stmt, 1),
        .status = status,
        .role = g_strdup (_paraat_column_text (stmt, 3)),
        .hours = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_double (stmt, 4),
        .result = result,
      };
      g_array_append_val (rows, row);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&rows) : NULL;
}

static gboolean
check_attendance (ParaatSession           *session,
                  const ParaatAttendance  *rows,
                  guint                    n_rows,
                  GError                 **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  int capacity = paraat_session_get_capacity (session);

  if (paraat_session_get_status (session) == PARAAT_SESSION_STATUS_CANCELLED)
    return _paraat_store_invalid (error, _("“%s” is cancelled: it has no attendance to register."),
                                  paraat_session_get_title (session));
  if (capacity > 0 && n_rows > (guint) capacity)
    return _paraat_store_invalid (error, ngettext ("“%s” has room for %d person; the list has %u.",
                                                   "“%s” has room for %d people; the list has %u.", capacity),
                                  paraat_session_get_title (session), capacity, n_rows);

  for (guint i = 0; i < n_rows; i++)
    {
      const ParaatAttendance *row = &rows[i];

      if (!g_hash_table_add (seen, (gpointer) &row->person_id))
        return _paraat_store_invalid (error, _("The same person is on the list twice (row %u)."), i + 1);
      if (row->hours > 24 * 14)
        return _paraat_store_invalid (error, _("%.1f hours is more than the session can have lasted (row %u)."),
                                      row->hours, i + 1);
      if (row->result != PARAAT_RESULT_NONE && row->status != PARAAT_ATTENDANCE_PRESENT)
        return _paraat_store_invalid (error, _("Only someone who was present can pass or fail (row %u)."), i + 1);
      if (row->hours >= 0 && row->status != PARAAT_ATTENDANCE_PRESENT)
        return _paraat_store_invalid (error, _("Hours are for someone who was present (row %u)."), i + 1);
    }
  return TRUE;
}

gboolean
paraat_store_write_attendance (ParaatStore             *self,
                               gint64                   session_id,
                               const ParaatAttendance  *rows,
                               guint                    n_rows,
                               GError                 **error)
{
  g_autoptr (ParaatSession) session = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  guint counts[4] = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);

  session = paraat_store_get_session (self, session_id, error);
  if (session == NULL || !check_attendance (session, rows, n_rows, error))
    return FALSE;

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  stmt = _paraat_store_prepare (self, "DELETE FROM attendance WHERE session_id = ?", &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
    }
  for (guint i = 0; ok && i < n_rows; i++)
    {
      const ParaatAttendance *row = &rows[i];

      stmt = _paraat_store_prepare (self, "INSERT INTO attendance (session_id, person_id, function_id, status, "
                                          "role, hours, result) VALUES (?, ?, ?, ?, ?, ?, ?)", &local_error);
      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int64 (stmt, 1, session_id);
      sqlite3_bind_int64 (stmt, 2, row->person_id);
      if (row->function_id > 0)
        sqlite3_bind_int64 (stmt, 3, row->function_id);
      else
        sqlite3_bind_null (stmt, 3);
      sqlite3_bind_text (stmt, 4, paraat_enum_to_nick (PARAAT_TYPE_ATTENDANCE_STATUS, row->status), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, row->role != NULL ? row->role : "", -1, SQLITE_TRANSIENT);
      if (row->hours >= 0)
        sqlite3_bind_double (stmt, 6, row->hours);
      else
        sqlite3_bind_null (stmt, 6);
      if (row->result != PARAAT_RESULT_NONE)
        sqlite3_bind_text (stmt, 7, paraat_enum_to_nick (PARAAT_TYPE_ATTENDANCE_RESULT, row->result), -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 7);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
      if ((guint) row->status < G_N_ELEMENTS (counts))
        counts[row->status]++;
    }

  if (ok)
    {
      summary = g_strdup_printf ("attendance of “%s”: %u invited, %u present, %u absent, %u excused",
                                 paraat_session_get_title (session), counts[PARAAT_ATTENDANCE_INVITED],
                                 counts[PARAAT_ATTENDANCE_PRESENT], counts[PARAAT_ATTENDANCE_ABSENT],
                                 counts[PARAAT_ATTENDANCE_EXCUSED]);
      ok = _paraat_store_audit (self, "oto_session", session_id, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
    }

  if (!_paraat_store_write_end (self, ok, "attendance", ok ? &local_error : NULL))
    ok = FALSE;
  if (ok)
    return TRUE;
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("Someone on the list, or the function they attended as, no longer exists."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

GArray *
paraat_store_count_attendance (ParaatStore  *self,
                               gint64        from,
                               gint64        until,
                               GError      **error)
{
  g_autoptr (GArray) counts = g_array_new (FALSE, FALSE, sizeof (ParaatAttendanceCount));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self,
                                "SELECT a.session_id, count(*), sum(a.status = 'present'), sum(a.status <> 'invited') "
                                "FROM attendance a JOIN oto_session s ON s.id = a.session_id "
                                "WHERE s.starts_at >= ?1 AND s.starts_at < ?2 GROUP BY a.session_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatAttendanceCount count = {
        sqlite3_column_int64 (stmt, 0), (guint) sqlite3_column_int (stmt, 1),
        (guint) sqlite3_column_int (stmt, 2), (guint) sqlite3_column_int (stmt, 3),
      };

      g_array_append_val (counts, count);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&counts) : NULL;
}

GListModel *
paraat_store_list_unregistered_sessions (ParaatStore  *self,
                                         gint64        before,
                                         GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, kind_code, title, starts_at, ends_at, location, organiser, "
                                   "partners, capacity, description, status FROM oto_session s "
                                   "WHERE ends_at < ?1 AND status <> 'cancelled' "
                                   "AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) "
                                   "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id "
                                   "                AND a.status <> 'invited') "
                                   "ORDER BY starts_at, id",
                                   PARAAT_TYPE_SESSION, bind_one_id, &before, session_from_row, error);
}

GArray *
paraat_store_read_lessons (ParaatStore  *self,
                           GError      **error)
{
  g_autoptr (GArray) lessons = g_array_new (FALSE, TRUE, sizeof (ParaatLesson));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (lessons, paraat_lesson_clear);
  stmt = _paraat_store_prepare (self,
                                "SELECT id, session_id, event_id, source, kind, text, owner_person_id, due_on, status "
                                "FROM lesson ORDER BY status NOT IN ('open', 'in-progress'), "
                                "due_on IS NULL, due_on, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = PARAAT_LESSON_KIND_LESSON;
      int status = PARAAT_LESSON_OPEN;
      ParaatLesson lesson;

      paraat_enum_from_nick (PARAAT_TYPE_LESSON_KIND, _paraat_column_text (stmt, 4), &kind);
      paraat_enum_from_nick (PARAAT_TYPE_LESSON_STATUS, _paraat_column_text (stmt, 8), &status);
      lesson = (ParaatLesson) {
        .id = sqlite3_column_int64 (stmt, 0),
        .session_id = sqlite3_column_int64 (stmt, 1),
        .event_id = sqlite3_column_int64 (stmt, 2),
        .source = g_strdup (_paraat_column_text (stmt, 3)),
        .kind = kind,
        .text = g_strdup (_paraat_column_text (stmt, 5)),
        .owner_person_id = sqlite3_column_int64 (stmt, 6),
        .due_day = paraat_day_parse (_paraat_column_text (stmt, 7)),
        .status = status,
      };
      g_array_append_val (lessons, lesson);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&lessons) : NULL;
}

gboolean
paraat_store_save_lesson (ParaatStore   *self,
                          ParaatLesson  *lesson,
                          GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *due = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (lesson != NULL, FALSE);

  if (paraat_validate_is_blank (lesson->text))
    return _paraat_store_invalid (error, _("Describe the lesson or the improvement."));
  if (lesson->session_id > 0 && lesson->event_id > 0)
    return _paraat_store_invalid (error, _("A lesson comes from a session or from an event, not both."));
  if (lesson->session_id <= 0 && lesson->event_id <= 0 && paraat_validate_is_blank (lesson->source))
    return _paraat_store_invalid (error, _("Say where the lesson comes from: a session, an event or an incident."));

  due = lesson->due_day != 0 ? paraat_day_format (lesson->due_day) : NULL;
  {
    ParaatColumn columns[] = {
      COL_ID_OR_NULL ("session_id", lesson->session_id),
      COL_ID_OR_NULL ("event_id", lesson->event_id),
      COL_TEXT ("source", lesson->source != NULL ? lesson->source : ""),
      COL_TEXT ("kind", paraat_enum_to_nick (PARAAT_TYPE_LESSON_KIND, lesson->kind)),
      COL_TEXT ("text", lesson->text),
      COL_ID_OR_NULL ("owner_person_id", lesson->owner_person_id),
      COL_TEXT_OR_NULL ("due_on", due),
      COL_TEXT ("status", paraat_enum_to_nick (PARAAT_TYPE_LESSON_STATUS, lesson->status)),
    };

    id = lesson->id;
    if (!_paraat_store_write_begin (self, error))
      return FALSE;
    ok = _paraat_store_save_row (self, "lesson", &id, columns, G_N_ELEMENTS (columns), lesson->text, &local_error);
    if (!_paraat_store_write_end (self, ok, "lesson", ok ? &local_error : NULL))
      ok = FALSE;
  }

  if (ok)
    {
      lesson->id = id;
      return TRUE;
    }
  if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
    return _paraat_store_invalid (error, _("The owner, session or event of this lesson no longer exists."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
paraat_store_delete_lesson (ParaatStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "lesson", id, error);
}
