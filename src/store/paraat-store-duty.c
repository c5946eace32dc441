/* paraat-store-duty.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>

#include "store/paraat-store-private.h"

/* Extra piket asked by events and programmes (duty_request), and the one
 * shift that fills each (shift.request_id). */

#define LONGEST_REQUEST (31 * 24 * 3600)

void
paraat_duty_request_free (ParaatDutyRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->note);
  g_free (request->event_name);
  g_free (request->function_code);
  g_free (request->function_name);
  g_free (request->person_name);
  g_free (request);
}

ParaatDutyRequest *
paraat_duty_request_copy (const ParaatDutyRequest *request)
{
  ParaatDutyRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = g_memdup2 (request, sizeof *request);
  copy->note = g_strdup (request->note);
  copy->event_name = g_strdup (request->event_name);
  copy->function_code = g_strdup (request->function_code);
  copy->function_name = g_strdup (request->function_name);
  copy->person_name = g_strdup (request->person_name);
  return copy;
}

#define REQUEST_COLUMNS \
  "SELECT r.id, r.event_id, r.function_id, r.line, r.starts_at, r.ends_at, r.note, e.name, f.code, f.name, " \
  "ifnull(s.person_id, 0), ifnull(trim(p.given_name || ' ' || p.family_name), ''), ifnull(s.origin, ''), " \
  "s.id IS NOT NULL " \
  "FROM duty_request r JOIN event e ON e.id = r.event_id JOIN function f ON f.id = r.function_id " \
  "LEFT JOIN shift s ON s.request_id = r.id LEFT JOIN person p ON p.id = s.person_id "

static ParaatDutyRequest *
request_from_row (sqlite3_stmt *stmt)
{
  ParaatDutyRequest *request = g_new0 (ParaatDutyRequest, 1);

  request->id = sqlite3_column_int64 (stmt, 0);
  request->event_id = sqlite3_column_int64 (stmt, 1);
  request->function_id = sqlite3_column_int64 (stmt, 2);
  request->line = sqlite3_column_int (stmt, 3);
  request->starts_at = sqlite3_column_int64 (stmt, 4);
  request->ends_at = sqlite3_column_int64 (stmt, 5);
  request->note = g_strdup (_paraat_column_text (stmt, 6));
  request->event_name = g_strdup (_paraat_column_text (stmt, 7));
  request->function_code = g_strdup (_paraat_column_text (stmt, 8));
  request->function_name = g_strdup (_paraat_column_text (stmt, 9));
  request->person_id = sqlite3_column_int64 (stmt, 10);
  request->person_name = g_strdup (_paraat_column_text (stmt, 11));
  request->fixed = g_strcmp0 (_paraat_column_text (stmt, 12), "manual") == 0 ||
                   g_strcmp0 (_paraat_column_text (stmt, 12), "swap") == 0;
  request->planned = sqlite3_column_int (stmt, 13) != 0;
  return request;
}

static GPtrArray *
query_requests (ParaatStore  *self,
                const char   *sql,
                gint64        a,
                gint64        b,
                GError      **error)
{
  g_autoptr (GPtrArray) requests = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_duty_request_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _paraat_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (requests, request_from_row (stmt));
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&requests) : NULL;
}

GPtrArray *
paraat_store_list_event_duty_requests (ParaatStore  *self,
                                       gint64        event_id,
                                       GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return query_requests (self, REQUEST_COLUMNS "WHERE r.event_id = ?1 AND ?2 = 0 "
                               "ORDER BY r.starts_at, f.position, f.code, r.line, r.id",
                         event_id, 0, error);
}

GPtrArray *
paraat_store_list_duty_requests (ParaatStore  *self,
                                 gint64        from,
                                 gint64        until,
                                 GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  /* A request lasts at most 31 days, so a lower bound on its start lets
   * the index on starts_at serve the overlap test. */
  return query_requests (self, REQUEST_COLUMNS "WHERE r.starts_at > ?1 - 2678400 AND r.starts_at < ?2 "
                               "AND r.ends_at > ?1 ORDER BY r.starts_at, f.position, f.code, r.line, r.id",
                         from, until, error);
}

static ParaatDutyRequest *
get_request (ParaatStore  *self,
             gint64        id,
             GError      **error)
{
  g_autoptr (GPtrArray) found = query_requests (self, REQUEST_COLUMNS "WHERE r.id = ?1 AND ?2 = 0", id, 0, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This extra piket no longer exists; it may have been removed meanwhile."));
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

static GTimeZone *
organisation_time_zone (ParaatStore *self)
{
  GTimeZone *tz = paraat_store_get_time_zone (self, NULL);

  /* No organisation yet: the default one's. */
  if (tz == NULL)
    tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  return tz != NULL ? tz : g_time_zone_new_utc ();
}

/* Local midnight of the day @instant falls on, plus @days days. */
static GDateTime *
local_midnight (GTimeZone *tz,
                gint64     instant,
                int        days)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr (GDateTime) midnight = g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                                                    g_date_time_get_day_of_month (local), 0, 0, 0);

  return g_date_time_add_days (midnight, days);
}

/* Everything a request must be before it is written; reads only. */
static gboolean
check_request (ParaatStore              *self,
               const ParaatDutyRequest  *request,
               GError                  **error)
{
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GDateTime) first = NULL;
  g_autoptr (GDateTime) after_last = NULL;
  g_autofree char *event_name = NULL;
  g_autofree char *code = NULL;
  g_autofree char *piket = NULL;
  gint64 window_start = 0, window_end = 0;
  guint clashes = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (request->line < 1 || request->line > 2)
    return _paraat_store_invalid (error, _("Extra piket is on the 1st or the 2nd line."));
  if (request->ends_at <= request->starts_at)
    return _paraat_store_invalid (error, _("The extra piket must end after it starts."));
  if (request->ends_at - request->starts_at > LONGEST_REQUEST)
    return _paraat_store_invalid (error, _("Extra piket lasts at most 31 days; ask for several periods instead."));

  stmt = _paraat_store_prepare (self, "SELECT name, coalesce(build_up_at, starts_at), coalesce(break_down_at, ends_at) "
                                      "FROM event WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->event_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      event_name = g_strdup (_paraat_column_text (stmt, 0));
      window_start = MIN (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2));
      window_end = MAX (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2));
    }
  if (!_paraat_store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  if (event_name == NULL)
    return _paraat_store_invalid (error, _("The event that asks for this extra piket no longer exists."));

  stmt = _paraat_store_prepare (self, "SELECT code, piket_kind FROM function WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->function_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      code = g_strdup (_paraat_column_text (stmt, 0));
      piket = g_strdup (_paraat_column_text (stmt, 1));
    }
  if (!_paraat_store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  if (code == NULL)
    return _paraat_store_invalid (error, _("Choose the function that is asked for extra piket."));
  if (g_str_equal (piket, "none"))
    /* TRANSLATORS: %s is a function's code, e.g. "GSE" */
    return _paraat_store_invalid (error, _("%s has no piket, so no extra piket can be asked of it."), code);

  /* Whole local days, from the first day of the build-up through the last
   * day of the break-down. */
  tz = organisation_time_zone (self);
  first = local_midnight (tz, window_start, 0);
  after_last = local_midnight (tz, window_end, 1);
  if (request->starts_at < g_date_time_to_unix (first) || request->ends_at > g_date_time_to_unix (after_last))
    {
      g_autoptr (GDateTime) last = g_date_time_add_days (after_last, -1);
      /* TRANSLATORS: a day in a message, e.g. "27 Apr 2026" */
      g_autofree char *from = g_date_time_format (first, _("%-d %b %Y"));
      g_autofree char *until = g_date_time_format (last, _("%-d %b %Y"));

      /* TRANSLATORS: e.g. "Extra piket for “Koningsdag” must lie within its days, 27 Apr 2026 – 27 Apr 2026." */
      return _paraat_store_invalid (error, _("Extra piket for “%s” must lie within its days, %s – %s."),
                                    event_name, from, until);
    }

  stmt = _paraat_store_prepare (self, "SELECT count(*) FROM duty_request WHERE event_id = ?1 AND function_id = ?2 "
                                      "AND line = ?3 AND starts_at < ?5 AND ends_at > ?4 AND id <> ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->event_id);
  sqlite3_bind_int64 (stmt, 2, request->function_id);
  sqlite3_bind_int (stmt, 3, request->line);
  sqlite3_bind_int64 (stmt, 4, request->starts_at);
  sqlite3_bind_int64 (stmt, 5, request->ends_at);
  sqlite3_bind_int64 (stmt, 6, request->id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    clashes = (guint) sqlite3_column_int (stmt, 0);
  if (!_paraat_store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  if (clashes > 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                   /* TRANSLATORS: e.g. "“Koningsdag” already asks for extra OVDBZ on the 1st line in that period." */
                   _("“%s” already asks for extra %s on the %s in that period."), event_name, code,
                   request->line == 2 ? _("2nd line") : _("1st line"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
clear_shift (ParaatStore  *self,
             gint64        request_id,
             GError      **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  if (!_paraat_store_count_id (self, "SELECT count(*) FROM shift WHERE request_id = ?", request_id, &n, error))
    return FALSE;
  if (n == 0)
    return TRUE;
  stmt = _paraat_store_prepare (self, "DELETE FROM shift WHERE request_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  if (!_paraat_store_exec_stmt (self, stmt, error))
    return FALSE;
  return _paraat_store_audit (self, "shift", 0, PARAAT_AUDIT_ACTION_DELETE,
                              "the shift of an extra piket that was changed, moved or removed", error);
}

static gboolean
upsert_shift (ParaatStore              *self,
              const ParaatDutyRequest  *request,
              gint64                    person_id,
              const char               *origin,
              GError                  **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  if (!_paraat_store_count_id (self, "SELECT count(*) FROM shift WHERE request_id = ?", request->id, &n, error))
    return FALSE;
  if (n > 0)
    stmt = _paraat_store_prepare (self, "UPDATE shift SET person_id = nullif(?2, 0), origin = ?3, "
                                        "sequence = sequence + 1, modified_at = ?4 WHERE request_id = ?1", error);
  else
    stmt = _paraat_store_prepare (self, "INSERT INTO shift (request_id, person_id, origin, modified_at, "
                                        "function_id, line, slot, starts_at, ends_at) "
                                        "VALUES (?1, nullif(?2, 0), ?3, ?4, ?5, ?6, 1, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_text (stmt, 3, origin, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, now);
  if (n == 0)
    {
      sqlite3_bind_int64 (stmt, 5, request->function_id);
      sqlite3_bind_int (stmt, 6, request->line);
      sqlite3_bind_int64 (stmt, 7, request->starts_at);
      sqlite3_bind_int64 (stmt, 8, request->ends_at);
    }
  if (!_paraat_store_exec_stmt (self, stmt, error))
    return FALSE;
  summary = g_strdup_printf ("extra piket %" G_GINT64_FORMAT ": person %" G_GINT64_FORMAT " (%s)",
                             request->id, person_id, origin);
  return _paraat_store_audit (self, "shift", 0, n > 0 ? PARAAT_AUDIT_ACTION_UPDATE : PARAAT_AUDIT_ACTION_CREATE,
                              summary, error);
}

static char *
request_summary (const ParaatDutyRequest *request)
{
  return g_strdup_printf ("event %" G_GINT64_FORMAT ", function %" G_GINT64_FORMAT ", line %d, %" G_GINT64_FORMAT
                          "–%" G_GINT64_FORMAT "%s%s", request->event_id, request->function_id, request->line,
                          request->starts_at, request->ends_at,
                          request->note != NULL && *request->note != '\0' ? ": " : "",
                          request->note != NULL ? request->note : "");
}

/* Writes a checked request (between write_begin and write_end); on
 * insert sets its id. */
gboolean
_paraat_store_write_duty_request (ParaatStore        *self,
                                  ParaatDutyRequest  *request,
                                  GError            **error)
{
  g_autofree char *summary = request_summary (request);
  g_autofree char *note = g_strstrip (g_strdup (request->note != NULL ? request->note : ""));
  gboolean insert = request->id <= 0;
  gboolean moved = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  if (!insert)
    {
      stmt = _paraat_store_prepare (self, "SELECT function_id, line, starts_at, ends_at FROM duty_request "
                                          "WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, request->id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        moved = sqlite3_column_int64 (stmt, 0) != request->function_id ||
                sqlite3_column_int (stmt, 1) != request->line ||
                sqlite3_column_int64 (stmt, 2) != request->starts_at ||
                sqlite3_column_int64 (stmt, 3) != request->ends_at;
      if (!_paraat_store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
        return FALSE;
      if (rc != SQLITE_ROW)
        {
          g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                               _("This extra piket no longer exists; it may have been removed meanwhile."));
          return FALSE;
        }
      if (moved && !clear_shift (self, request->id, error))
        return FALSE;
      stmt = _paraat_store_prepare (self, "UPDATE duty_request SET event_id = ?2, function_id = ?3, line = ?4, "
                                          "starts_at = ?5, ends_at = ?6, note = ?7 WHERE id = ?1", error);
    }
  else
    stmt = _paraat_store_prepare (self, "INSERT INTO duty_request (id, event_id, function_id, line, starts_at, "
                                        "ends_at, note) VALUES (NULL, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  if (!insert)
    sqlite3_bind_int64 (stmt, 1, request->id);
  sqlite3_bind_int64 (stmt, 2, request->event_id);
  sqlite3_bind_int64 (stmt, 3, request->function_id);
  sqlite3_bind_int (stmt, 4, request->line);
  sqlite3_bind_int64 (stmt, 5, request->starts_at);
  sqlite3_bind_int64 (stmt, 6, request->ends_at);
  sqlite3_bind_text (stmt, 7, note, -1, SQLITE_TRANSIENT);
  if (!_paraat_store_exec_stmt (self, stmt, error))
    return FALSE;
  if (insert)
    request->id = sqlite3_last_insert_rowid (self->db);

  if (!_paraat_store_audit (self, "duty_request", request->id,
                            insert ? PARAAT_AUDIT_ACTION_CREATE : PARAAT_AUDIT_ACTION_UPDATE, summary, error))
    return FALSE;

  /* Undoing a delete puts its shift back as it was. */
  if (insert && request->planned &&
      !upsert_shift (self, request, request->person_id, request->fixed ? "manual" : "generated", error))
    return FALSE;
  if (moved)
    {
      request->person_id = 0;
      request->fixed = FALSE;
      request->planned = FALSE;
    }
  return TRUE;
}

gboolean
paraat_store_check_duty_request (ParaatStore              *self,
                                 const ParaatDutyRequest  *request,
                                 GError                  **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  return check_request (self, request, error);
}

gboolean
paraat_store_save_duty_request (ParaatStore        *self,
                                ParaatDutyRequest  *request,
                                GError            **error)
{
  g_autoptr (GError) local_error = NULL;
  gint64 id_before;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (!check_request (self, request, error) || !_paraat_store_write_begin (self, error))
    return FALSE;
  id_before = request->id;
  ok = _paraat_store_write_duty_request (self, request, &local_error);
  if (!_paraat_store_write_end (self, ok, "duty_request", ok ? &local_error : NULL) || !ok)
    {
      request->id = id_before;
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        _paraat_store_invalid (error, _("The event, the function or the person of this extra piket no longer exists."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
paraat_store_delete_duty_request (ParaatStore  *self,
                                  gint64        id,
                                  GError      **error)
{
  g_autoptr (ParaatDutyRequest) request = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  request = get_request (self, id, error);
  if (request == NULL || !_paraat_store_write_begin (self, error))
    return FALSE;

  ok = clear_shift (self, id, &local_error);
  if (ok)
    {
      stmt = _paraat_store_prepare (self, "DELETE FROM duty_request WHERE id = ?", &local_error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
    }
  if (ok)
    {
      g_autofree char *values = request_summary (request);

      summary = g_strdup_printf ("%s (filled by person %" G_GINT64_FORMAT ")", values, request->person_id);
      ok = _paraat_store_audit (self, "duty_request", id, PARAAT_AUDIT_ACTION_DELETE, summary, &local_error);
    }
  if (!_paraat_store_write_end (self, ok, "duty_request", ok ? &local_error : NULL) || !ok)
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        _paraat_store_invalid (error, _("The shift of this extra piket has a swap request; decide on the swap first."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
paraat_store_fill_duty_request (ParaatStore  *self,
                                gint64        id,
                                gint64        person_id,
                                GError      **error)
{
  g_autoptr (ParaatDutyRequest) request = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (person_id < 0)
    return _paraat_store_invalid (error, _("Choose who takes the extra piket."));
  request = get_request (self, id, error);
  if (request == NULL || !_paraat_store_write_begin (self, error))
    return FALSE;
  ok = upsert_shift (self, request, person_id, "manual", &local_error);
  if (!_paraat_store_write_end (self, ok, "shift", ok ? &local_error : NULL) || !ok)
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        _paraat_store_invalid (error, _("This person no longer exists."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
