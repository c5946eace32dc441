/* paraat-store.c
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

/* Whole-database operations: batches, checks, counts, the organisation and
 * the audit trail. */

gboolean
paraat_store_begin (ParaatStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (self->read_only)
    return _paraat_store_write_begin (self, error);
  if (!_paraat_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_batch = TRUE;
  self->batch_failed = FALSE;
  self->batch_changed = FALSE;
  return TRUE;
}

gboolean
paraat_store_commit (ParaatStore  *self,
                     GError      **error)
{
  gboolean changed;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  if (self->batch_failed)
    {
      paraat_store_rollback (self);
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_FAILED,
                           _("A change in this batch failed, so none of it was saved."));
      return FALSE;
    }

  if (!_paraat_store_exec (self, "COMMIT", error))
    {
      paraat_store_rollback (self);
      return FALSE;
    }

  changed = self->batch_changed;
  self->in_batch = FALSE;
  self->batch_changed = FALSE;
  if (changed)
    g_signal_emit_by_name (self, "changed", "*");
  return TRUE;
}

void
paraat_store_rollback (ParaatStore *self)
{
  g_return_if_fail (PARAAT_IS_STORE (self));

  if (!self->in_batch)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_batch = FALSE;
  self->batch_failed = FALSE;
  self->batch_changed = FALSE;
}

gboolean
paraat_store_check (ParaatStore  *self,
                    GError      **error)
{
  g_autoptr (GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  stmt = _paraat_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = _paraat_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s\n", line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }

  stmt = _paraat_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));

      g_string_append_printf (problems, _("Row %s of table “%s” refers to a missing row of “%s”.\n"),
                              row, _paraat_column_text (stmt, 0), _paraat_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }

  if (problems->len > 0)
    {
      g_string_truncate (problems, problems->len - 1);
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT,
                   _("The database is damaged:\n%s"), problems->str);
      return FALSE;
    }
  return TRUE;
}

gboolean
paraat_store_get_counts (ParaatStore        *self,
                         ParaatStoreCounts  *counts,
                         GError            **error)
{
  static const struct {
    const char *sql;
    gsize       offset;
  } queries[] = {
    { "SELECT count(*) FROM team", G_STRUCT_OFFSET (ParaatStoreCounts, teams) },
    { "SELECT count(*) FROM function", G_STRUCT_OFFSET (ParaatStoreCounts, functions) },
    { "SELECT count(*) FROM person", G_STRUCT_OFFSET (ParaatStoreCounts, people) },
    { "SELECT count(*) FROM assignment", G_STRUCT_OFFSET (ParaatStoreCounts, assignments) },
    { "SELECT count(*) FROM partner", G_STRUCT_OFFSET (ParaatStoreCounts, partners) },
    { "SELECT count(*) FROM absence", G_STRUCT_OFFSET (ParaatStoreCounts, absences) },
    { "SELECT count(*) FROM shift", G_STRUCT_OFFSET (ParaatStoreCounts, shifts) },
    { "SELECT count(*) FROM oto_session", G_STRUCT_OFFSET (ParaatStoreCounts, sessions) },
    { "SELECT count(*) FROM event", G_STRUCT_OFFSET (ParaatStoreCounts, events) },
    { "SELECT count(*) FROM event_task", G_STRUCT_OFFSET (ParaatStoreCounts, event_tasks) },
    { "SELECT count(*) FROM lesson", G_STRUCT_OFFSET (ParaatStoreCounts, lessons) },
    { "SELECT count(*) FROM feed", G_STRUCT_OFFSET (ParaatStoreCounts, feeds) },
    { "SELECT count(*) FROM audit", G_STRUCT_OFFSET (ParaatStoreCounts, audit) },
  };

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (!_paraat_store_count (self, queries[i].sql,
                              G_STRUCT_MEMBER_P (counts, queries[i].offset), error))
      return FALSE;
  return TRUE;
}

gboolean
paraat_store_is_empty (ParaatStore  *self,
                       GError      **error)
{
  guint n = 0;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!_paraat_store_count (self, "SELECT count(*) FROM organisation", &n, error))
    return FALSE;
  return n == 0;
}

/*
 * Organisation
 */

ParaatOrganisation *
paraat_store_get_organisation (ParaatStore  *self,
                               GError      **error)
{
  ParaatOrganisation *organisation;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, "SELECT name, time_zone, region FROM organisation WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This database holds no organisation yet."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }

  organisation = paraat_organisation_new ();
  paraat_organisation_set_name (organisation, _paraat_column_text (stmt, 0));
  paraat_organisation_set_time_zone (organisation, _paraat_column_text (stmt, 1));
  paraat_organisation_set_region (organisation, _paraat_column_text (stmt, 2));
  sqlite3_reset (stmt);

  return organisation;
}

GTimeZone *
paraat_store_get_time_zone (ParaatStore  *self,
                            GError      **error)
{
  g_autoptr (ParaatOrganisation) organisation = paraat_store_get_organisation (self, error);
  GTimeZone *tz = NULL;

  if (organisation == NULL)
    return NULL;
  if (*paraat_organisation_get_time_zone (organisation) != '\0')
    tz = g_time_zone_new_identifier (paraat_organisation_get_time_zone (organisation));
  if (tz == NULL)
    tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  return tz;
}

static gboolean
valid_time_zone (const char *identifier)
{
  g_autoptr (GTimeZone) tz = NULL;

  if (paraat_validate_is_blank (identifier))
    return FALSE;
  if (g_strcmp0 (identifier, "UTC") == 0)
    return TRUE;
  /* g_time_zone_new_identifier() returns NULL for names it cannot load. */
  tz = g_time_zone_new_identifier (identifier);
  return tz != NULL;
}

gboolean
paraat_store_save_organisation (ParaatStore         *self,
                                ParaatOrganisation  *organisation,
                                GError             **error)
{
  const char *name;
  const char *time_zone;
  ParaatColumn columns[3];
  guint n = 0;
  gint64 id;
  guint exists = 0;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PARAAT_IS_ORGANISATION (organisation), FALSE);

  name = paraat_organisation_get_name (organisation);
  time_zone = paraat_organisation_get_time_zone (organisation);

  if (paraat_validate_is_blank (name))
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("The organisation needs a name."));
      return FALSE;
    }
  if (!valid_time_zone (time_zone))
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                   _("“%s” is not a known time zone; use a name such as Europe/Amsterdam."),
                   time_zone);
      return FALSE;
    }

  if (!_paraat_store_count (self, "SELECT count(*) FROM organisation", &exists, error))
    return FALSE;

  columns[n++] = COL_TEXT ("name", name);
  columns[n++] = COL_TEXT ("time_zone", time_zone);
  columns[n++] = COL_TEXT ("region", paraat_organisation_get_region (organisation));

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  if (exists)
    {
      id = 1;
      ok = _paraat_store_save_row (self, "organisation", &id, columns, n, name, error);
    }
  else
    {
      ParaatColumn with_id[4] = { COL_INT ("id", 1), columns[0], columns[1], columns[2] };

      id = 0;
      ok = _paraat_store_save_row (self, "organisation", &id, with_id, G_N_ELEMENTS (with_id), name, error);
    }

  return _paraat_store_write_end (self, ok, "organisation", error);
}

/*
 * Audit
 */

GListModel *
paraat_store_list_audit (ParaatStore  *self,
                         guint         limit,
                         GError      **error)
{
  g_autoptr (GListStore) list = g_list_store_new (PARAAT_TYPE_AUDIT_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self,
                                "SELECT id, at, actor, entity, entity_id, action, summary "
                                "FROM audit ORDER BY id DESC LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (ParaatAuditEntry) entry = paraat_audit_entry_new ();
      int action = PARAAT_AUDIT_ACTION_UPDATE;

      paraat_enum_from_nick (PARAAT_TYPE_AUDIT_ACTION, _paraat_column_text (stmt, 5), &action);
      paraat_audit_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      paraat_audit_entry_set_at (entry, sqlite3_column_int64 (stmt, 1));
      paraat_audit_entry_set_actor (entry, _paraat_column_text (stmt, 2));
      paraat_audit_entry_set_entity (entry, _paraat_column_text (stmt, 3));
      paraat_audit_entry_set_entity_id (entry, sqlite3_column_int64 (stmt, 4));
      paraat_audit_entry_set_action (entry, action);
      paraat_audit_entry_set_summary (entry, _paraat_column_text (stmt, 6));
      g_list_store_append (list, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
_paraat_store_finish_rows (ParaatStore   *self,
                           sqlite3_stmt  *stmt,
                           int            rc,
                           GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _paraat_store_set_error (self, error, rc);
  return FALSE;
}
