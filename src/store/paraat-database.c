/* paraat-database.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "store/paraat-store-private.h"

/* Opening, migrating and the low-level helpers every store file uses. The
 * rest of the store speaks in domain terms on top of these. */

G_DEFINE_QUARK (paraat-store-error-quark, paraat_store_error)

G_DEFINE_FINAL_TYPE (ParaatStore, paraat_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
paraat_store_finalize (GObject *object)
{
  ParaatStore *self = (ParaatStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->actor, g_free);

  G_OBJECT_CLASS (paraat_store_parent_class)->finalize (object);
}

static void
paraat_store_class_init (ParaatStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_store_finalize;

  /**
   * ParaatStore::changed:
   * @entity: the table that changed, or "*"
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
paraat_store_init (ParaatStore *self)
{
  const char *user = g_get_user_name ();

  self->actor = g_strdup (user != NULL ? user : "paraat");
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/*
 * Errors
 */

static const char *
display_name (ParaatStore *self)
{
  return self->path != NULL ? self->path : ":memory:";
}

void
_paraat_store_set_error (ParaatStore  *self,
                         GError      **error,
                         int           rc)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int extended = (rc & ~0xff) != 0 || self->db == NULL ? rc : sqlite3_extended_errcode (self->db);

  /* SQLite's own words are for developers; the messages below are for people. */
  g_debug ("SQLite error %d: %s", extended, detail);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program. Close it there and try again."),
                   display_name (self));
      return;

    case SQLITE_READONLY:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved."),
                   display_name (self));
      return;

    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_ACCESS,
                   _("You do not have permission to use “%s”."),
                   display_name (self));
      return;

    case SQLITE_CANTOPEN:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_ACCESS,
                   _("“%s” cannot be opened. Check that the folder exists and that you may write to it."),
                   display_name (self));
      return;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a Paraat database."),
                   display_name (self));
      return;

    case SQLITE_FULL:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_FAILED,
                   _("The disk holding “%s” is full. Nothing was saved."),
                   display_name (self));
      return;

    case SQLITE_CONSTRAINT:
      if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                             _("This already exists: another record has the same code or the same combination."));
      /* ON DELETE RESTRICT reports itself as a trigger constraint; the schema has no triggers. */
      else if (extended == SQLITE_CONSTRAINT_FOREIGNKEY || extended == SQLITE_CONSTRAINT_TRIGGER)
        g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE,
                     _("This change would break a link between records: a record it refers to "
                       "does not exist, or other records still refer to it."));
      else
        g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                             _("A value is missing or outside what is allowed; nothing was saved."));
      return;

    case SQLITE_IOERR:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_FAILED,
                   _("Reading or writing “%s” failed (%s). Nothing was saved."),
                   display_name (self), detail);
      return;

    default:
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_FAILED,
                   _("The database reported an error (%s); nothing was saved."), detail);
      return;
    }
}

/*
 * Statements
 */

sqlite3_stmt *
_paraat_store_prepare (ParaatStore  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_paraat_store_exec_stmt (ParaatStore   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
_paraat_store_exec (ParaatStore  *self,
                    const char   *sql,
                    GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

const char *
_paraat_column_text (sqlite3_stmt *stmt,
                     int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
count_rows (ParaatStore  *self,
            const char   *sql,
            gint64        id,
            gboolean      bind,
            guint        *count,
            GError      **error)
{
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (bind)
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }
  *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_paraat_store_count (ParaatStore  *self,
                     const char   *sql,
                     guint        *count,
                     GError      **error)
{
  return count_rows (self, sql, 0, FALSE, count, error);
}

gboolean
_paraat_store_count_id (ParaatStore  *self,
                        const char   *sql,
                        gint64        id,
                        guint        *count,
                        GError      **error)
{
  return count_rows (self, sql, id, TRUE, count, error);
}

/*
 * Writes and audit
 */

gboolean
_paraat_store_write_begin (ParaatStore  *self,
                           GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY,
                   _("“%s” was opened only for reading, so changes cannot be saved."),
                   display_name (self));
      return FALSE;
    }
  if (self->in_batch && self->batch_failed)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_FAILED,
                           _("An earlier change in this batch failed; nothing more is written."));
      return FALSE;
    }
  /* Alone, a change is its own IMMEDIATE transaction: it takes the write lock
   * first (waiting up to the busy timeout), so reading the old values for the
   * audit row cannot race another writer. In a batch, a savepoint. */
  return _paraat_store_exec (self, self->in_batch ? "SAVEPOINT paraat_write" : "BEGIN IMMEDIATE", error);
}

gboolean
_paraat_store_write_end (ParaatStore  *self,
                         gboolean      ok,
                         const char   *entity,
                         GError      **error)
{
  if (ok)
    {
      if (!_paraat_store_exec (self, self->in_batch ? "RELEASE paraat_write" : "COMMIT", error))
        ok = FALSE;
    }

  if (!ok)
    {
      /* Leaves the database as it was before write_begin. */
      if (self->in_batch)
        {
          sqlite3_exec (self->db, "ROLLBACK TO paraat_write; RELEASE paraat_write", NULL, NULL, NULL);
          self->batch_failed = TRUE;
        }
      else if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (self->in_batch)
    self->batch_changed = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0, entity);

  return TRUE;
}

gboolean
_paraat_store_audit (ParaatStore        *self,
                     const char         *entity,
                     gint64              entity_id,
                     ParaatAuditAction   action,
                     const char         *summary,
                     GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = _paraat_store_prepare (self,
                                "INSERT INTO audit (at, actor, entity, entity_id, action, summary) "
                                "VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_text (stmt, 2, self->actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_TRANSIENT);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 4, entity_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, paraat_enum_to_nick (PARAAT_TYPE_AUDIT_ACTION, action), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, summary != NULL ? summary : "", -1, SQLITE_TRANSIENT);

  return _paraat_store_exec_stmt (self, stmt, error);
}

static void
bind_column (sqlite3_stmt       *stmt,
             int                 index,
             const ParaatColumn *column)
{
  switch (column->type)
    {
    case PARAAT_VALUE_NULL:
      sqlite3_bind_null (stmt, index);
      break;
    case PARAAT_VALUE_INT:
      sqlite3_bind_int64 (stmt, index, column->i);
      break;
    case PARAAT_VALUE_REAL:
      sqlite3_bind_double (stmt, index, column->d);
      break;
    case PARAAT_VALUE_TEXT:
      sqlite3_bind_text (stmt, index, column->s, -1, SQLITE_TRANSIENT);
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
column_to_string (const ParaatColumn *column)
{
  switch (column->type)
    {
    case PARAAT_VALUE_NULL:
      return g_strdup ("∅");
    case PARAAT_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, column->i);
    case PARAAT_VALUE_REAL:
      return g_strdup_printf ("%g", column->d);
    case PARAAT_VALUE_TEXT:
      return g_strdup_printf ("“%s”", column->s);
    default:
      g_assert_not_reached ();
    }
}

static char *
stored_to_string (sqlite3_stmt *stmt,
                  int           index)
{
  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_NULL:
      return g_strdup ("∅");
    case SQLITE_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
    case SQLITE_FLOAT:
      return g_strdup_printf ("%g", sqlite3_column_double (stmt, index));
    default:
      return g_strdup_printf ("“%s”", _paraat_column_text (stmt, index));
    }
}

gboolean
_paraat_store_save_row (ParaatStore        *self,
                        const char         *table,
                        gint64             *id,
                        const ParaatColumn *columns,
                        guint               n_columns,
                        const char         *label,
                        GError            **error)
{
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autoptr (GString) summary = g_string_new (label);
  sqlite3_stmt *stmt;
  gboolean insert = *id <= 0;

  g_assert (n_columns > 0);

  if (!insert)
    {
      /* Read the current values first: they make the audit row's "before". */
      g_string_append (sql, "SELECT ");
      for (guint i = 0; i < n_columns; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", columns[i].column);
      g_string_append_printf (sql, " FROM %s WHERE id = ?", table);

      stmt = _paraat_store_prepare (self, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                               _("What you are saving no longer exists; it may have been deleted meanwhile."));
          return FALSE;
        }

      g_string_append (summary, ":");
      for (guint i = 0; i < n_columns; i++)
        {
          g_autofree char *before = stored_to_string (stmt, (int) i);
          g_autofree char *after = column_to_string (&columns[i]);

          if (g_strcmp0 (before, after) != 0)
            g_string_append_printf (summary, " %s %s → %s;", columns[i].column, before, after);
        }
      sqlite3_reset (stmt);

      g_string_truncate (sql, 0);
      g_string_append_printf (sql, "UPDATE %s SET ", table);
      for (guint i = 0; i < n_columns; i++)
        g_string_append_printf (sql, "%s%s = ?", i ? ", " : "", columns[i].column);
      g_string_append (sql, " WHERE id = ?");
    }
  else
    {
      g_string_append_printf (sql, "INSERT INTO %s (", table);
      for (guint i = 0; i < n_columns; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", columns[i].column);
      g_string_append (sql, ") VALUES (");
      for (guint i = 0; i < n_columns; i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append (sql, ")");
    }

  stmt = _paraat_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_columns; i++)
    bind_column (stmt, (int) i + 1, &columns[i]);
  if (!insert)
    sqlite3_bind_int64 (stmt, (int) n_columns + 1, *id);

  if (!_paraat_store_exec_stmt (self, stmt, error))
    return FALSE;

  if (insert)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      g_string_append (summary, ":");
      for (guint i = 0; i < n_columns; i++)
        {
          g_autofree char *value = column_to_string (&columns[i]);
          g_string_append_printf (summary, " %s %s;", columns[i].column, value);
        }
    }

  return _paraat_store_audit (self, table, *id,
                              insert ? PARAAT_AUDIT_ACTION_CREATE : PARAAT_AUDIT_ACTION_UPDATE,
                              summary->str, error);
}

/* What a person would call the row: a person's name, else a name or a code. */
static char *
row_label (sqlite3_stmt *stmt)
{
  const char *given = NULL, *family = NULL, *name = NULL, *code = NULL;

  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const char *column = sqlite3_column_name (stmt, i);

      if (g_str_equal (column, "given_name"))
        given = _paraat_column_text (stmt, i);
      else if (g_str_equal (column, "family_name"))
        family = _paraat_column_text (stmt, i);
      else if (g_str_equal (column, "name") || g_str_equal (column, "title"))
        name = _paraat_column_text (stmt, i);
      else if (g_str_equal (column, "code"))
        code = _paraat_column_text (stmt, i);
    }

  if (given != NULL && family != NULL)
    return g_strstrip (g_strdup_printf ("%s %s", given, family));
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  if (code != NULL && *code != '\0')
    return g_strdup (code);
  return NULL;
}

gboolean
_paraat_store_delete_row (ParaatStore  *self,
                          const char   *table,
                          gint64        id,
                          GError      **error)
{
  g_autofree char *label = NULL;
  g_autofree char *select_sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autoptr (GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  stmt = _paraat_store_prepare (self, select_sql, &local_error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (&local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("What you are deleting no longer exists; it may have been deleted meanwhile."));
      goto out;
    }
  /* Keep every value in the audit row, so a deletion can be traced and undone. */
  label = row_label (stmt);
  g_string_append_printf (summary, "%s:", label != NULL ? label : table);
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      g_autofree char *value = stored_to_string (stmt, i);
      g_string_append_printf (summary, " %s %s;", sqlite3_column_name (stmt, i), value);
    }
  sqlite3_reset (stmt);

  stmt = _paraat_store_prepare (self, delete_sql, &local_error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_paraat_store_exec_stmt (self, stmt, &local_error))
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        {
          g_clear_error (&local_error);
          if (label != NULL)
            g_set_error (&local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE,
                         _("“%s” cannot be deleted while other records refer to it. "
                           "Remove or move those first."), label);
          else
            g_set_error_literal (&local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE,
                                 _("This cannot be deleted while other records refer to it. "
                                   "Remove or move those first."));
        }
      goto out;
    }

  ok = _paraat_store_audit (self, table, id, PARAAT_AUDIT_ACTION_DELETE, summary->str, &local_error);

out:
  if (!_paraat_store_write_end (self, ok, table, ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/*
 * Opening and migrating
 */

static gboolean
query_int (ParaatStore  *self,
           const char   *sql,
           int          *value,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

static char *
pick_backup_path (const char *path,
                  int         version)
{
  g_autofree char *base = g_strdup_printf ("%s.v%d.bak", path, version);
  char *candidate;

  if (!g_file_test (base, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&base);

  for (guint i = 1; ; i++)
    {
      candidate = g_strdup_printf ("%s.v%d.%u.bak", path, version, i);
      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return candidate;
      g_free (candidate);
    }
}

static gboolean
backup_to (ParaatStore  *self,
           const char   *target,
           GError      **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  sqlite3_close_v2 (dest);

  if (rc != SQLITE_OK)
    {
      g_unlink (target);
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION,
                   _("Before upgrading “%s”, Paraat makes a copy of it, but writing the copy "
                     "“%s” failed (%s). The database was left unchanged."),
                   self->path, target, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (ParaatStore  *self,
         int           from,
         GError      **error)
{
  int to = paraat_store_schema_version ();
  g_autofree char *summary = NULL;
  int violations = 0;

  /* A migration may rebuild a table; with foreign keys enforced, dropping the
   * old one would act on the rows referring to it. The keys are checked as a
   * whole before committing instead. (The pragma is a no-op in a transaction,
   * so it is set before BEGIN.) */
  if (!_paraat_store_exec (self, "PRAGMA foreign_keys = OFF", error) ||
      !_paraat_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);
      int rc = sqlite3_exec (self->db, _paraat_migration_script (version), NULL, NULL, NULL);

      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db, bump, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_autofree char *detail = g_strdup (sqlite3_errmsg (self->db));

          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION,
                       _("Upgrading “%s” to version %d failed (%s). The database was left unchanged."),
                       display_name (self), version, detail);
          return FALSE;
        }
    }

  /* Version 4 brought the reference checklists and risk scan as data. */
  if (from < 4 && to >= 4 && !_paraat_store_seed_reference (self, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (from == 0)
    {
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", PARAAT_APPLICATION_ID);

      if (!_paraat_store_exec (self, set_id, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      summary = g_strdup_printf ("created with schema version %d", to);
    }
  else
    summary = g_strdup_printf ("schema version %d → %d; copy kept as %s", from, to,
                               self->backup_path != NULL ? self->backup_path : "-");

  if (!query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &violations, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (violations > 0)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION,
                   ngettext ("Upgrading “%s” would leave %d broken link between records, so it was "
                             "not upgraded. The database was left unchanged.",
                             "Upgrading “%s” would leave %d broken links between records, so it was "
                             "not upgraded. The database was left unchanged.", violations),
                   display_name (self), violations);
      return FALSE;
    }

  if (!_paraat_store_audit (self, "database", 0, PARAAT_AUDIT_ACTION_MIGRATE, summary, error) ||
      !_paraat_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_file (const char            *path,
            ParaatStoreOpenFlags   flags,
            gboolean              *exists,
            GError               **error)
{
  g_autofree char *dir = NULL;

  *exists = g_file_test (path, G_FILE_TEST_EXISTS);

  if (!*exists)
    {
      if (!(flags & PARAAT_STORE_OPEN_CREATE))
        {
          g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                       _("The database file “%s” does not exist."), path);
          return FALSE;
        }

      dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, PARAAT_STORE_ERROR,
                       saved_errno == EACCES || saved_errno == EROFS ? PARAAT_STORE_ERROR_ACCESS
                                                                    : PARAAT_STORE_ERROR_FAILED,
                       _("The folder “%s” for the database cannot be created: %s."),
                       dir, g_strerror (saved_errno));
          return FALSE;
        }
      if (g_access (dir, W_OK) != 0)
        {
          g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY,
                       _("The folder “%s” is read-only, so no database can be created in it."),
                       dir);
          return FALSE;
        }
      return TRUE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT,
                   _("“%s” is a folder, not a Paraat database."), path);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_ACCESS,
                   _("You do not have permission to read “%s”."), path);
      return FALSE;
    }

  if (flags & PARAAT_STORE_OPEN_READ_ONLY)
    return TRUE;

  /* SQLite in WAL mode writes beside the file, so the folder must be writable too. */
  dir = g_path_get_dirname (path);
  if (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY,
                   _("“%s” (or its folder) is read-only. Paraat needs to write to the database; "
                     "copy it to a folder where you may write, or ask for write access."),
                   path);
      return FALSE;
    }
  return TRUE;
}

void
_paraat_store_remove_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static int
open_connection (ParaatStore          *self,
                 const char           *path,
                 ParaatStoreOpenFlags  flags,
                 gboolean              exists)
{
  int rc;

  if (flags & PARAAT_STORE_OPEN_READ_ONLY)
    {
      g_autofree char *uri = NULL;

      rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY, NULL);
      if (rc == SQLITE_OK)
        return rc;

      /* A WAL database in a folder without write access cannot get its
       * shared-memory file; read it as an unchanging file instead. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
      uri = sqlite3_mprintf ("file:%q?immutable=1", path);
      rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
      sqlite3_free (uri);
      return rc;
    }

  return sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE), NULL);
}

/* Everything after the file checks; FALSE leaves the file as it was. */
static gboolean
open_database (ParaatStore          *self,
               ParaatStoreOpenFlags  flags,
               gboolean              exists,
               GError              **error)
{
  gboolean memory = g_strcmp0 (self->path, ":memory:") == 0;
  gboolean read_only = (flags & PARAAT_STORE_OPEN_READ_ONLY) != 0;
  int version = 0;
  int app_id = 0;
  int n_tables = 0;
  int rc;

  rc = open_connection (self, self->path, flags, exists);
  if (rc != SQLITE_OK)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 3000);

  /* Reading the header tells a database from any other file, and a locked
   * file from a free one, before anything is written. */
  if (!query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if (n_tables > 0 && app_id != PARAAT_APPLICATION_ID)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT,
                   _("“%s” is a database of another program, not of Paraat."), self->path);
      return FALSE;
    }

  if (version > paraat_store_schema_version ())
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Paraat (database version %d; this "
                     "version reads up to %d). Update Paraat to open it."),
                   self->path, version, paraat_store_schema_version ());
      return FALSE;
    }

  if (read_only)
    {
      if (version < paraat_store_schema_version ())
        {
          g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION,
                       version == 0
                         ? _("“%s” holds no Paraat data yet.")
                         : _("“%s” was made by an older version of Paraat and must be upgraded "
                             "before it can be read; opening it normally does that."),
                       self->path);
          return FALSE;
        }
      return TRUE;
    }

  if (version < paraat_store_schema_version ())
    {
      if (version > 0 && !memory)
        {
          self->backup_path = pick_backup_path (self->path, version);
          if (!backup_to (self, self->backup_path, error))
            return FALSE;
        }
      if (!migrate (self, version, error))
        {
          /* The file is as it was, so the copy is not needed. */
          if (self->backup_path != NULL)
            g_unlink (self->backup_path);
          g_clear_pointer (&self->backup_path, g_free);
          return FALSE;
        }
    }

  if (!_paraat_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  /* Only now that the file is known to be ours and current: switching the
   * journal mode writes to its header. */
  if (!memory)
    {
      if (!_paraat_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
          !_paraat_store_exec (self, "PRAGMA synchronous = NORMAL", error))
        return FALSE;
    }

  return TRUE;
}

ParaatStore *
paraat_store_open (const char            *path,
                   ParaatStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr (ParaatStore) self = NULL;
  gboolean exists = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (!((flags & PARAAT_STORE_OPEN_CREATE) && (flags & PARAAT_STORE_OPEN_READ_ONLY)), NULL);

  if (g_strcmp0 (path, ":memory:") != 0 && !check_file (path, flags, &exists, error))
    return NULL;
  if (g_strcmp0 (path, ":memory:") == 0)
    exists = TRUE;

  self = g_object_new (PARAAT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & PARAAT_STORE_OPEN_READ_ONLY) != 0;

  if (!open_database (self, flags, exists, error))
    {
      /* A file this call created holds nothing anyone made: take it away again. */
      g_clear_object (&self);
      if (!exists)
        _paraat_store_remove_files (path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

char *
paraat_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "paraat", "paraat.db", NULL);
}

const char *
paraat_store_get_path (ParaatStore *self)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return self->path;
}

const char *
paraat_store_get_backup_path (ParaatStore *self)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return self->backup_path;
}

const char *
paraat_store_get_actor (ParaatStore *self)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return self->actor;
}

void
paraat_store_set_actor (ParaatStore *self,
                        const char  *actor)
{
  g_return_if_fail (PARAAT_IS_STORE (self));
  g_return_if_fail (actor != NULL && *actor != '\0');

  g_free (self->actor);
  self->actor = g_strdup (actor);
}

GListModel *
_paraat_store_query_list (ParaatStore     *self,
                          const char      *sql,
                          GType            type,
                          ParaatBindFunc   bind,
                          gconstpointer    bind_data,
                          ParaatRowFunc    row,
                          GError         **error)
{
  g_autoptr (GListStore) list = g_list_store_new (type);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _paraat_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (bind != NULL)
    bind (stmt, bind_data);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (GObject) item = row (stmt);
      g_list_store_append (list, item);
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
_paraat_store_exists (ParaatStore  *self,
                      const char   *sql,
                      const char   *text,
                      gint64        id,
                      GError      **error)
{
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return TRUE;
    }
  return FALSE;
}

gboolean
_paraat_store_invalid (GError     **error,
                       const char  *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, "");
  if (error != NULL && *error != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup_vprintf (format, args);
    }
  va_end (args);
  return FALSE;
}

void
_paraat_bind_range (sqlite3_stmt  *stmt,
                    gconstpointer  data)
{
  const ParaatRange *range = data;

  sqlite3_bind_int64 (stmt, 1, range->from);
  sqlite3_bind_int64 (stmt, 2, range->until);
}
