/* paraat-store-private.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_APPLICATION_ID 0x50415241 /* "PARA" in PRAGMA application_id */

struct _ParaatStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_path;
  char       *actor;
  GHashTable *statements;      /* SQL text → sqlite3_stmt*, finalized on dispose */

  guint       read_only : 1;
  guint       in_batch : 1;
  guint       batch_failed : 1;
  guint       batch_changed : 1;
};

/* A column value for the generic row writer. */
typedef enum
{
  PARAAT_VALUE_NULL,
  PARAAT_VALUE_INT,
  PARAAT_VALUE_TEXT,
  PARAAT_VALUE_REAL,
} ParaatValueType;

typedef struct
{
  const char     *column;
  ParaatValueType type;
  gint64          i;
  double          d;
  const char     *s;
} ParaatColumn;

#define COL_INT(c, v)   ((ParaatColumn) { (c), PARAAT_VALUE_INT, (v), 0, NULL })
#define COL_REAL(c, v)  ((ParaatColumn) { (c), PARAAT_VALUE_REAL, 0, (v), NULL })
#define COL_TEXT(c, v)  ((ParaatColumn) { (c), PARAAT_VALUE_TEXT, 0, 0, (v) })
/* NULL when the string is NULL */
#define COL_TEXT_OR_NULL(c, v) ((v) ? COL_TEXT (c, v) : ((ParaatColumn) { (c), PARAAT_VALUE_NULL, 0, 0, NULL }))
/* NULL when the id is 0 */
#define COL_ID_OR_NULL(c, v) ((v) > 0 ? COL_INT (c, v) : ((ParaatColumn) { (c), PARAAT_VALUE_NULL, 0, 0, NULL }))

const char   *_paraat_migration_script        (int              version);
/* Adds the reference partners, checklist templates and risk scan (the
 * resources under data/reference) that a database does not have yet. Runs
 * inside the migration's transaction. */
gboolean      _paraat_store_seed_reference    (ParaatStore     *self,
                                               GError         **error);
/* Extra piket: writing a checked request between write_begin and
 * write_end. */
gboolean      _paraat_store_write_duty_request (ParaatStore    *self,
                                               ParaatDutyRequest *request,
                                               GError         **error);
/* Removes a database file and the files SQLite keeps beside it. */
void          _paraat_store_remove_files      (const char      *path);

/* Maps a SQLite result code to a PARAAT_STORE_ERROR a coordinator can read. */
void          _paraat_store_set_error         (ParaatStore     *self,
                                               GError         **error,
                                               int              rc);
sqlite3_stmt *_paraat_store_prepare           (ParaatStore     *self,
                                               const char      *sql,
                                               GError         **error);
/* Steps a statement that returns no rows and resets it. */
gboolean      _paraat_store_exec_stmt         (ParaatStore     *self,
                                               sqlite3_stmt    *stmt,
                                               GError         **error);
gboolean      _paraat_store_exec              (ParaatStore     *self,
                                               const char      *sql,
                                               GError         **error);
/* After a loop of sqlite3_step() that ended with @rc: resets @stmt, and
 * returns FALSE with @error set unless the rows ran out (SQLITE_DONE). */
gboolean      _paraat_store_finish_rows       (ParaatStore     *self,
                                               sqlite3_stmt    *stmt,
                                               int              rc,
                                               GError         **error);
/* A text column as a string ("" for NULL). */
const char   *_paraat_column_text             (sqlite3_stmt    *stmt,
                                               int              column);

/* A write: a savepoint, the change, an audit row, then release. */
gboolean      _paraat_store_write_begin       (ParaatStore     *self,
                                               GError         **error);
gboolean      _paraat_store_write_end         (ParaatStore     *self,
                                               gboolean         ok,
                                               const char      *entity,
                                               GError         **error);
gboolean      _paraat_store_audit             (ParaatStore     *self,
                                               const char      *entity,
                                               gint64           entity_id,
                                               ParaatAuditAction action,
                                               const char      *summary,
                                               GError         **error);

/* Inserts (when *id is 0, setting *id) or updates the row of @table, with an
 * audit row naming @label and, for updates, every changed column "old → new".
 * Must run between write_begin and write_end. */
gboolean      _paraat_store_save_row          (ParaatStore     *self,
                                               const char      *table,
                                               gint64          *id,
                                               const ParaatColumn *columns,
                                               guint            n_columns,
                                               const char      *label,
                                               GError         **error);
/* Deletes a row with an audit row holding all its values (and naming it by
 * its name, code or a person's name in messages); refuses with
 * PARAAT_STORE_ERROR_IN_USE when other rows refer to it. Own transaction. */
gboolean      _paraat_store_delete_row        (ParaatStore     *self,
                                               const char      *table,
                                               gint64           id,
                                               GError         **error);

gboolean      _paraat_store_count             (ParaatStore     *self,
                                               const char      *sql,
                                               guint           *count,
                                               GError         **error);
/* The same with @id bound to the statement's one parameter. */
gboolean      _paraat_store_count_id          (ParaatStore     *self,
                                               const char      *sql,
                                               gint64           id,
                                               guint           *count,
                                               GError         **error);

G_END_DECLS

G_BEGIN_DECLS

/* Runs @sql (after @bind, when given, binds its parameters) and appends one
 * object of @type per row, made by @row. */
typedef gpointer (*ParaatRowFunc)  (sqlite3_stmt *stmt);
typedef void     (*ParaatBindFunc) (sqlite3_stmt *stmt,
                                    gconstpointer data);

/* Binds ?1 and ?2 to a ParaatRange's from and until. */
typedef struct
{
  gint64 from;
  gint64 until;
} ParaatRange;

void          _paraat_bind_range              (sqlite3_stmt    *stmt,
                                               gconstpointer    data);

GListModel   *_paraat_store_query_list        (ParaatStore     *self,
                                               const char      *sql,
                                               GType            type,
                                               ParaatBindFunc   bind,
                                               gconstpointer    bind_data,
                                               ParaatRowFunc    row,
                                               GError         **error);
/* TRUE when @sql, bound with @text and @id, finds a row (used to name a clash
 * before a unique index would), and also TRUE with @error set when the query
 * fails. */
gboolean      _paraat_store_exists            (ParaatStore     *self,
                                               const char      *sql,
                                               const char      *text,
                                               gint64           id,
                                               GError         **error);
gboolean      _paraat_store_invalid           (GError         **error,
                                               const char      *format,
                                               ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
