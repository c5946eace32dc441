/* paraat-store-checklists.c
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
#include "store/paraat-tsv.h"
#include "paraat-reference-resources.h"

/* Event safety: checklist templates, an event's tasks, deadlines, the risk
 * scan's questionnaire, and the reference data every database starts with. */

#define REFERENCE_PREFIX "/io/github/paraat/Paraat/reference/"

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           column,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

/*
 * Reference data
 */

static ParaatTsv *
open_reference (const char  *name,
                GError     **error)
{
  g_autofree char *path = g_strconcat (REFERENCE_PREFIX, name, NULL);
  g_autoptr (GBytes) bytes = g_resource_lookup_data (paraat_reference_get_resource (), path,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes != NULL ? paraat_tsv_parse (bytes, name, error) : NULL;
}

static gboolean
reference_error (GError     **error,
                 const char  *table,
                 ParaatTsv   *tsv,
                 guint        row,
                 const char  *what)
{
  g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
               _("The reference data is damaged (%s, line %u: %s)."), table, paraat_tsv_get_line (tsv, row), what);
  return FALSE;
}

static gint64
lookup_code (ParaatStore *self,
             const char  *sql,
             const char  *code)
{
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL || code == NULL || *code == '\0')
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
seed_partners (ParaatStore  *self,
               GError      **error)
{
  g_autoptr (ParaatTsv) tsv = open_reference ("partners.tsv", error);
  sqlite3_stmt *stmt;

  if (tsv == NULL)
    return FALSE;
  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      stmt = _paraat_store_prepare (self, "INSERT OR IGNORE INTO partner (code, name, kind) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, paraat_tsv_get (tsv, i, "code"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, paraat_tsv_get (tsv, i, "name"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, paraat_tsv_get (tsv, i, "kind"), -1, SQLITE_TRANSIENT);
      if (!_paraat_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_templates (ParaatStore  *self,
                GError      **error)
{
  g_autoptr (ParaatTsv) templates = open_reference ("templates.tsv", error);
  g_autoptr (ParaatTsv) items = templates != NULL ? open_reference ("checklists.tsv", error) : NULL;
  g_autoptr (GHashTable) template_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) new_templates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;

  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (templates); i++)
    {
      const char *code = paraat_tsv_get (templates, i, "code");
      gint64 id = lookup_code (self, "SELECT id FROM checklist_template WHERE code = ? COLLATE NOCASE", code);

      /* A template the organisation already has (or made itself) stays as it is. */
      if (id == 0)
        {
          stmt = _paraat_store_prepare (self, "INSERT INTO checklist_template (code, name, kind) VALUES (?, ?, ?)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, paraat_tsv_get (templates, i, "name"), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, paraat_tsv_get (templates, i, "kind"), -1, SQLITE_TRANSIENT);
          if (!_paraat_store_exec_stmt (self, stmt, error))
            return FALSE;
          id = sqlite3_last_insert_rowid (self->db);
          g_hash_table_add (new_templates, g_strdup (code));
        }
      g_hash_table_insert (template_ids, g_strdup (code), g_memdup2 (&id, sizeof id));
    }

  /* Two passes: the items, then which item each follows. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < paraat_tsv_get_n_rows (items); i++)
      {
        const char *template_code = paraat_tsv_get (items, i, "template");
        const char *key = paraat_tsv_get (items, i, "key");
        g_autofree char *item_key = g_strconcat (template_code, "/", key, NULL);
        g_autofree char *after_key = NULL;
        gint64 *template_id = g_hash_table_lookup (template_ids, template_code);
        ParaatTemplateItem item = { 0 };
        int phase = PARAAT_TASK_PHASE_BEFORE;
        const char *owner = paraat_tsv_get (items, i, "owner");

        if (template_id == NULL)
          return reference_error (error, "checklists.tsv", items, i, "template");
        if (!g_hash_table_contains (new_templates, template_code))
          continue;
        if (!paraat_due_spec_parse (paraat_tsv_get (items, i, "due"), &item, &after_key, NULL))
          return reference_error (error, "checklists.tsv", items, i, "due");
        if (!paraat_enum_from_nick (PARAAT_TYPE_TASK_PHASE, paraat_tsv_get (items, i, "phase"), &phase))
          return reference_error (error, "checklists.tsv", items, i, "phase");

        if (pass == 0)
          {
            gint64 partner_id = lookup_code (self, "SELECT id FROM partner WHERE code = ? COLLATE NOCASE", owner);
            gint64 id;

            if (*owner != '\0' && partner_id == 0)
              return reference_error (error, "checklists.tsv", items, i, "owner");
            stmt = _paraat_store_prepare (self, "INSERT INTO template_item (template_id, position, text, classes, "
                                                "offset_minutes, fixed_month, fixed_day, year_offset, partner_id, "
                                                "phase, working_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
            if (stmt == NULL)
              return FALSE;
            sqlite3_bind_int64 (stmt, 1, *template_id);
            sqlite3_bind_int (stmt, 2, (int) i + 1);
            sqlite3_bind_text (stmt, 3, paraat_tsv_get (items, i, "text"), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text (stmt, 4, paraat_tsv_get (items, i, "classes"), -1, SQLITE_TRANSIENT);
            if (item.fixed)
              {
                sqlite3_bind_null (stmt, 5);
                sqlite3_bind_int (stmt, 6, item.fixed_month);
                sqlite3_bind_int (stmt, 7, item.fixed_day);
              }
            else
              {
                sqlite3_bind_int64 (stmt, 5, item.offset_minutes);
                sqlite3_bind_null (stmt, 6);
                sqlite3_bind_null (stmt, 7);
              }
            sqlite3_bind_int (stmt, 8, item.year_offset);
            bind_id_or_null (stmt, 9, partner_id);
            sqlite3_bind_text (stmt, 10, paraat_enum_to_nick (PARAAT_TYPE_TASK_PHASE, phase), -1, SQLITE_STATIC);
            sqlite3_bind_int (stmt, 11, item.working_days);
            if (!_paraat_store_exec_stmt (self, stmt, error))
              return FALSE;
            id = sqlite3_last_insert_rowid (self->db);
            g_hash_table_insert (item_ids, g_steal_pointer (&item_key), g_memdup2 (&id, sizeof id));
          }
        else if (after_key != NULL)
          {
            g_autofree char *after = g_strconcat (template_code, "/", after_key, NULL);
            gint64 *after_id = g_hash_table_lookup (item_ids, after);
            gint64 *id = g_hash_table_lookup (item_ids, item_key);

            if (after_id == NULL || id == NULL)
              return reference_error (error, "checklists.tsv", items, i, "follows");
            stmt = _paraat_store_prepare (self, "UPDATE template_item SET after_item_id = ? WHERE id = ?", error);
            if (stmt == NULL)
              return FALSE;
            sqlite3_bind_int64 (stmt, 1, *after_id);
            sqlite3_bind_int64 (stmt, 2, *id);
            if (!_paraat_store_exec_stmt (self, stmt, error))
              return FALSE;
          }
      }
  return TRUE;
}

static gboolean
seed_scan (ParaatStore  *self,
           GError      **error)
{
  g_autoptr (ParaatTsv) tsv = NULL;
  sqlite3_stmt *stmt;
  guint existing = 0;
  gint64 question_id = 0;

  /* An organisation's own questionnaire stays. */
  if (!_paraat_store_count (self, "SELECT count(*) FROM scan_question", &existing, error))
    return FALSE;
  if (existing > 0)
    return TRUE;
  tsv = open_reference ("risk-scan.tsv", error);
  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      const char *row = paraat_tsv_get (tsv, i, "row");
      const char *text = paraat_tsv_get (tsv, i, "text");
      const char *points = paraat_tsv_get (tsv, i, "points");
      const char *min_class = paraat_tsv_get (tsv, i, "min_class");

      if (g_str_equal (row, "threshold"))
        stmt = _paraat_store_prepare (self, "INSERT OR REPLACE INTO scan_threshold (class, min_points) VALUES (?, ?)", error);
      else if (g_str_equal (row, "question"))
        stmt = _paraat_store_prepare (self, "INSERT INTO scan_question (position, profile, text) VALUES (?, ?, ?)", error);
      else if (g_str_equal (row, "option") && question_id > 0)
        stmt = _paraat_store_prepare (self, "INSERT INTO scan_option (question_id, position, text, points, min_class) "
                                            "VALUES (?, ?, ?, ?, ?)", error);
      else
        return reference_error (error, "risk-scan.tsv", tsv, i, "row");
      if (stmt == NULL)
        return FALSE;

      if (g_str_equal (row, "threshold"))
        {
          sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (stmt, 2, atoi (points));
        }
      else if (g_str_equal (row, "question"))
        {
          sqlite3_bind_int (stmt, 1, (int) i);
          sqlite3_bind_text (stmt, 2, paraat_tsv_get (tsv, i, "profile"), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
        }
      else
        {
          sqlite3_bind_int64 (stmt, 1, question_id);
          sqlite3_bind_int (stmt, 2, (int) i);
          sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (stmt, 4, atoi (points));
          sqlite3_bind_text (stmt, 5, *min_class != '\0' ? min_class : "unknown", -1, SQLITE_TRANSIENT);
        }
      if (!_paraat_store_exec_stmt (self, stmt, error))
        return reference_error (error, "risk-scan.tsv", tsv, i, "values");
      if (g_str_equal (row, "question"))
        question_id = sqlite3_last_insert_rowid (self->db);
    }
  return TRUE;
}

gboolean
_paraat_store_seed_reference (ParaatStore  *self,
                              GError      **error)
{
  return seed_partners (self, error) && seed_templates (self, error) && seed_scan (self, error);
}

/*
 * Templates and the risk scan
 */

GArray *
paraat_store_list_templates (ParaatStore  *self,
                             GError      **error)
{
  g_autoptr (GArray) templates = g_array_new (FALSE, TRUE, sizeof (ParaatChecklistTemplate));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (templates, paraat_checklist_template_clear);
  stmt = _paraat_store_prepare (self, "SELECT id, code, name, kind, description, active FROM checklist_template "
                                      "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatChecklistTemplate template_ = { sqlite3_column_int64 (stmt, 0), g_strdup (_paraat_column_text (stmt, 1)),
                                            g_strdup (_paraat_column_text (stmt, 2)), PARAAT_EVENT_KIND_EVENT,
                                            g_strdup (_paraat_column_text (stmt, 4)), sqlite3_column_int (stmt, 5) != 0 };
      int kind = PARAAT_EVENT_KIND_EVENT;

      paraat_enum_from_nick (PARAAT_TYPE_EVENT_KIND, _paraat_column_text (stmt, 3), &kind);
      template_.kind = kind;
      g_array_append_val (templates, template_);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&templates) : NULL;
}

GArray *
paraat_store_read_template_items (ParaatStore  *self,
                                  gint64        template_id,
                                  GError      **error)
{
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (ParaatTemplateItem));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (items, paraat_template_item_clear);
  stmt = _paraat_store_prepare (self, "SELECT id, position, text, classes, phase, offset_minutes, fixed_month, "
                                      "fixed_day, year_offset, after_item_id, working_days, partner_id "
                                      "FROM template_item WHERE template_id = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, template_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatTemplateItem item = { 0 };
      int phase = PARAAT_TASK_PHASE_BEFORE;

      item.id = sqlite3_column_int64 (stmt, 0);
      item.template_id = template_id;
      item.position = (guint) sqlite3_column_int (stmt, 1);
      item.text = g_strdup (_paraat_column_text (stmt, 2));
      item.classes = g_strdup (_paraat_column_text (stmt, 3));
      paraat_enum_from_nick (PARAAT_TYPE_TASK_PHASE, _paraat_column_text (stmt, 4), &phase);
      item.phase = phase;
      item.fixed = sqlite3_column_type (stmt, 5) == SQLITE_NULL;
      item.offset_minutes = sqlite3_column_int64 (stmt, 5);
      item.fixed_month = sqlite3_column_int (stmt, 6);
      item.fixed_day = sqlite3_column_int (stmt, 7);
      item.year_offset = sqlite3_column_int (stmt, 8);
      item.after_item_id = sqlite3_column_int64 (stmt, 9);
      item.working_days = sqlite3_column_int (stmt, 10) != 0;
      item.partner_id = sqlite3_column_int64 (stmt, 11);
      g_array_append_val (items, item);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&items) : NULL;
}

ParaatScanForm *
paraat_store_read_scan_form (ParaatStore  *self,
                             GError      **error)
{
  g_autoptr (ParaatScanForm) form = paraat_scan_form_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, "SELECT id, position, profile, text FROM scan_question WHERE retired = 0 "
                                      "ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatScanQuestion question = { sqlite3_column_int64 (stmt, 0), (guint) sqlite3_column_int (stmt, 1),
                                      g_strdup (_paraat_column_text (stmt, 2)), g_strdup (_paraat_column_text (stmt, 3)) };

      g_array_append_val (form->questions, question);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;

  stmt = _paraat_store_prepare (self, "SELECT o.id, o.question_id, o.position, o.text, o.points, o.min_class "
                                      "FROM scan_option o JOIN scan_question q ON q.id = o.question_id "
                                      "WHERE o.retired = 0 AND q.retired = 0 ORDER BY q.position, q.id, o.position, o.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatScanOption option = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                                  (guint) sqlite3_column_int (stmt, 2), g_strdup (_paraat_column_text (stmt, 3)),
                                  sqlite3_column_int (stmt, 4), PARAAT_RISK_CLASS_UNKNOWN };
      int min_class = PARAAT_RISK_CLASS_UNKNOWN;

      paraat_enum_from_nick (PARAAT_TYPE_RISK_CLASS, _paraat_column_text (stmt, 5), &min_class);
      option.min_class = min_class;
      g_array_append_val (form->options, option);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;

  stmt = _paraat_store_prepare (self, "SELECT class, min_points FROM scan_threshold", error);
  if (stmt == NULL)
    return NULL;
  /* Without thresholds every class is out of reach but the one answers demand. */
  form->threshold[0] = form->threshold[1] = form->threshold[2] = G_MAXINT;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *klass = _paraat_column_text (stmt, 0);

      if (klass[0] >= 'A' && klass[0] <= 'C')
        form->threshold[klass[0] - 'A'] = sqlite3_column_int (stmt, 1);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&form) : NULL;
}

/*
 * An event's tasks
 */

static void
task_from_row (sqlite3_stmt    *stmt,
               ParaatEventTask *task)
{
  int phase = PARAAT_TASK_PHASE_BEFORE, status = PARAAT_TASK_OPEN;

  task->id = sqlite3_column_int64 (stmt, 0);
  task->event_id = sqlite3_column_int64 (stmt, 1);
  task->template_item_id = sqlite3_column_int64 (stmt, 2);
  task->position = (guint) sqlite3_column_int (stmt, 3);
  task->text = g_strdup (_paraat_column_text (stmt, 4));
  task->due_at = sqlite3_column_int64 (stmt, 5);
  paraat_enum_from_nick (PARAAT_TYPE_TASK_PHASE, _paraat_column_text (stmt, 6), &phase);
  task->phase = phase;
  task->partner_id = sqlite3_column_int64 (stmt, 7);
  paraat_enum_from_nick (PARAAT_TYPE_TASK_STATUS, _paraat_column_text (stmt, 8), &status);
  task->status = status;
  task->done_at = sqlite3_column_int64 (stmt, 9);
  task->done_by = g_strdup (_paraat_column_text (stmt, 10));
  task->note = g_strdup (_paraat_column_text (stmt, 11));
}

#define TASK_COLUMNS "id, event_id, template_item_id, position, text, due_at, phase, partner_id, status, done_at, done_by, note"

GArray *
paraat_store_read_event_tasks (ParaatStore  *self,
                               gint64        event_id,
                               GError      **error)
{
  g_autoptr (GArray) tasks = g_array_new (FALSE, TRUE, sizeof (ParaatEventTask));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (tasks, paraat_event_task_clear);
  stmt = _paraat_store_prepare (self, "SELECT " TASK_COLUMNS " FROM event_task WHERE event_id = ? "
                                      "ORDER BY due_at, position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatEventTask task = { 0 };

      task_from_row (stmt, &task);
      g_array_append_val (tasks, task);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&tasks) : NULL;
}

static gboolean
check_task (ParaatStore           *self,
            const ParaatEventTask *task,
            GError               **error)
{
  guint count = 0;

  if (paraat_validate_is_blank (task->text))
    return _paraat_store_invalid (error, _("A checklist item needs a text."));
  if (task->due_at <= 0)
    return _paraat_store_invalid (error, _("“%s” needs a due date."), task->text);
  if (task->status != PARAAT_TASK_OPEN && (task->done_at <= 0 || paraat_validate_is_blank (task->done_by)))
    return _paraat_store_invalid (error, _("Say who finished “%s”, and when."), task->text);
  if (task->partner_id > 0)
    {
      if (!_paraat_store_count_id (self, "SELECT count(*) FROM partner WHERE id = ?", task->partner_id, &count, error))
        return FALSE;
      if (count == 0)
        return _paraat_store_invalid (error, _("The owner of “%s” is not a known partner."), task->text);
    }
  return TRUE;
}

static gboolean
bind_task (ParaatStore           *self,
           sqlite3_stmt          *stmt,
           const ParaatEventTask *task,
           GError               **error)
{
  sqlite3_bind_int64 (stmt, 1, task->event_id);
  bind_id_or_null (stmt, 2, task->template_item_id);
  sqlite3_bind_int (stmt, 3, (int) task->position);
  sqlite3_bind_text (stmt, 4, task->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, task->due_at);
  sqlite3_bind_text (stmt, 6, paraat_enum_to_nick (PARAAT_TYPE_TASK_PHASE, task->phase), -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 7, task->partner_id);
  sqlite3_bind_text (stmt, 8, paraat_enum_to_nick (PARAAT_TYPE_TASK_STATUS, task->status), -1, SQLITE_STATIC);
  if (task->status != PARAAT_TASK_OPEN)
    {
      sqlite3_bind_int64 (stmt, 9, task->done_at);
      sqlite3_bind_text (stmt, 10, task->done_by, -1, SQLITE_TRANSIENT);
    }
  else
    {
      sqlite3_bind_null (stmt, 9);
      sqlite3_bind_null (stmt, 10);
    }
  sqlite3_bind_text (stmt, 11, task->note != NULL ? task->note : "", -1, SQLITE_TRANSIENT);
  return _paraat_store_exec_stmt (self, stmt, error);
}

gboolean
paraat_store_add_event_tasks (ParaatStore      *self,
                              gint64            event_id,
                              ParaatEventTask  *tasks,
                              guint             n_tasks,
                              GError          **error)
{
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (tasks != NULL || n_tasks == 0, FALSE);

  event = paraat_store_get_event (self, event_id, error);
  if (event == NULL)
    return FALSE;
  for (guint i = 0; i < n_tasks; i++)
    {
      tasks[i].event_id = event_id;
      if (tasks[i].status != PARAAT_TASK_OPEN)
        return _paraat_store_invalid (error, _("A new checklist item starts open (“%s”)."), tasks[i].text);
      if (!check_task (self, &tasks[i], error))
        return FALSE;
    }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  for (guint i = 0; ok && i < n_tasks; i++)
    {
      sqlite3_stmt *stmt = _paraat_store_prepare (self, "INSERT INTO event_task (event_id, template_item_id, position, "
                                                        "text, due_at, phase, partner_id, status, done_at, done_by, "
                                                        "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &local_error);

      ok = stmt != NULL && bind_task (self, stmt, &tasks[i], &local_error);
      if (ok)
        tasks[i].id = sqlite3_last_insert_rowid (self->db);
    }
  if (ok)
    {
      summary = g_strdup_printf ("checklist of “%s”: %u items added", paraat_event_get_name (event), n_tasks);
      ok = _paraat_store_audit (self, "event", event_id, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
    }
  if (!_paraat_store_write_end (self, ok, "event_task", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      for (guint i = 0; i < n_tasks; i++)
        tasks[i].id = 0;
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return ok;
}

gboolean
paraat_store_save_event_task (ParaatStore            *self,
                              const ParaatEventTask  *task,
                              GError                **error)
{
  gboolean open = task->status == PARAAT_TASK_OPEN;
  ParaatColumn columns[] = {
    COL_TEXT ("text", task->text),
    COL_INT ("due_at", task->due_at),
    COL_ID_OR_NULL ("partner_id", task->partner_id),
    COL_TEXT ("status", paraat_enum_to_nick (PARAAT_TYPE_TASK_STATUS, task->status)),
    open ? ((ParaatColumn) { "done_at", PARAAT_VALUE_NULL, 0, 0, NULL }) : COL_INT ("done_at", task->done_at),
    COL_TEXT_OR_NULL ("done_by", open ? NULL : task->done_by),
    COL_TEXT ("note", task->note != NULL ? task->note : ""),
  };
  g_autoptr (GError) local_error = NULL;
  gint64 id = task->id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (task->id > 0, FALSE);

  if (!check_task (self, task, error))
    return FALSE;
  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "event_task", &id, columns, G_N_ELEMENTS (columns), task->text, &local_error);
  if (!_paraat_store_write_end (self, ok, "event_task", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

gboolean
paraat_store_delete_event_task (ParaatStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_delete_row (self, "event_task", id, error);
}

gboolean
paraat_store_move_event (ParaatStore   *self,
                         ParaatEvent   *event,
                         const gint64  *task_ids,
                         const gint64  *due_at,
                         guint          n_tasks,
                         const ParaatDutyRequest *requests,
                         guint          n_requests,
                         GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (paraat_event_get_id (event) > 0, FALSE);

  if (!paraat_store_begin (self, error))
    return FALSE;
  ok = paraat_store_save_event (self, event, &local_error);
  for (guint i = 0; ok && i < n_tasks; i++)
    {
      sqlite3_stmt *stmt = _paraat_store_prepare (self, "UPDATE event_task SET due_at = ? WHERE id = ? AND event_id = ?",
                                                  &local_error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, due_at[i]);
          sqlite3_bind_int64 (stmt, 2, task_ids[i]);
          sqlite3_bind_int64 (stmt, 3, paraat_event_get_id (event));
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
    }
  /* Its extra piket: all moved first, then each checked against the
   * event's new days and the others' new periods. */
  if (ok && n_requests > 0)
    {
      g_autoptr (GPtrArray) stored = paraat_store_list_event_duty_requests (self, paraat_event_get_id (event), &local_error);

      ok = stored != NULL;
      for (guint i = 0; ok && i < n_requests; i++)
        {
          ParaatDutyRequest *request = NULL;

          for (guint k = 0; k < stored->len && request == NULL; k++)
            if (((ParaatDutyRequest *) g_ptr_array_index (stored, k))->id == requests[i].id)
              request = g_ptr_array_index (stored, k);
          if (request == NULL)
            {
              ok = FALSE;
              g_set_error_literal (&local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                                   _("An extra piket of this event no longer exists; nothing was moved."));
              break;
            }
          request->starts_at = requests[i].starts_at;
          request->ends_at = requests[i].ends_at;
          ok = _paraat_store_write_begin (self, &local_error);
          if (ok)
            {
              ok = _paraat_store_write_duty_request (self, request, &local_error);
              ok = _paraat_store_write_end (self, ok, "duty_request", ok ? &local_error : NULL) && ok;
            }
        }
      for (guint k = 0; ok && k < stored->len; k++)
        ok = paraat_store_check_duty_request (self, g_ptr_array_index (stored, k), &local_error);
    }
  if (ok)
    {
      summary = g_strdup_printf ("“%s” moved: %u open checklist items and %u extra piket moved with it",
                                 paraat_event_get_name (event), n_tasks, n_requests);
      ok = _paraat_store_audit (self, "event", paraat_event_get_id (event), PARAAT_AUDIT_ACTION_UPDATE, summary,
                                &local_error);
    }
  if (ok)
    return paraat_store_commit (self, error);
  paraat_store_rollback (self);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
paraat_deadline_clear (gpointer data)
{
  ParaatDeadline *deadline = data;

  g_clear_pointer (&deadline->event_name, g_free);
  g_clear_pointer (&deadline->text, g_free);
  g_clear_pointer (&deadline->owner, g_free);
}

GArray *
paraat_store_read_deadlines (ParaatStore  *self,
                             gint64        until,
                             GError      **error)
{
  g_autoptr (GArray) deadlines = g_array_new (FALSE, TRUE, sizeof (ParaatDeadline));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (deadlines, paraat_deadline_clear);
  /* The partial index on open tasks by due moment answers this. */
  stmt = _paraat_store_prepare (self, "SELECT t.id, t.event_id, e.name, t.text, t.due_at, t.phase, "
                                      "coalesce(p.name, '') FROM event_task t JOIN event e ON e.id = t.event_id "
                                      "LEFT JOIN partner p ON p.id = t.partner_id "
                                      "WHERE t.status = 'open' AND t.due_at < ? ORDER BY t.due_at, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatDeadline deadline = { 0 };
      int phase = PARAAT_TASK_PHASE_BEFORE;

      deadline.task_id = sqlite3_column_int64 (stmt, 0);
      deadline.event_id = sqlite3_column_int64 (stmt, 1);
      deadline.event_name = g_strdup (_paraat_column_text (stmt, 2));
      deadline.text = g_strdup (_paraat_column_text (stmt, 3));
      deadline.due_at = sqlite3_column_int64 (stmt, 4);
      paraat_enum_from_nick (PARAAT_TYPE_TASK_PHASE, _paraat_column_text (stmt, 5), &phase);
      deadline.phase = phase;
      deadline.owner = g_strdup (_paraat_column_text (stmt, 6));
      g_array_append_val (deadlines, deadline);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&deadlines) : NULL;
}

/*
 * The integrale schouw
 */

static const char * const decisions[] = { "pending", "go", "no-go" };
static const char * const finding_statuses[] = { "open", "resolved", "accepted" };

static int
index_of (const char * const *names,
          guint               n,
          const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return (int) i;
  return 0;
}

void
paraat_schouw_free (ParaatSchouw *schouw)
{
  if (schouw == NULL)
    return;
  paraat_schouw_clear (schouw);
  g_free (schouw);
}

ParaatSchouw *
paraat_store_read_schouw (ParaatStore  *self,
                          gint64        event_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  ParaatSchouw *schouw = NULL;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, "SELECT id, starts_at, participants, decision, decided_by, decided_at, notes "
                                      "FROM inspection WHERE event_id = ? ORDER BY starts_at, id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      schouw = g_new0 (ParaatSchouw, 1);
      schouw->id = sqlite3_column_int64 (stmt, 0);
      schouw->event_id = event_id;
      schouw->starts_at = sqlite3_column_int64 (stmt, 1);
      schouw->participants = g_strdup (_paraat_column_text (stmt, 2));
      schouw->decision = index_of (decisions, G_N_ELEMENTS (decisions), _paraat_column_text (stmt, 3));
      schouw->decided_by = g_strdup (_paraat_column_text (stmt, 4));
      schouw->decided_at = sqlite3_column_int64 (stmt, 5);
      schouw->notes = g_strdup (_paraat_column_text (stmt, 6));
      rc = SQLITE_DONE;
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    g_clear_pointer (&schouw, paraat_schouw_free);
  return schouw;
}

gboolean
paraat_store_save_schouw (ParaatStore   *self,
                          ParaatSchouw  *schouw,
                          GError       **error)
{
  gboolean decided = schouw->decision != PARAAT_SCHOUW_PENDING;
  ParaatColumn columns[] = {
    COL_INT ("event_id", schouw->event_id),
    COL_INT ("starts_at", schouw->starts_at),
    COL_TEXT ("participants", schouw->participants != NULL ? schouw->participants : ""),
    COL_TEXT ("decision", decisions[CLAMP ((int) schouw->decision, 0, 2)]),
    COL_TEXT_OR_NULL ("decided_by", decided ? schouw->decided_by : NULL),
    decided ? COL_INT ("decided_at", schouw->decided_at) : ((ParaatColumn) { "decided_at", PARAAT_VALUE_NULL, 0, 0, NULL }),
    COL_TEXT ("notes", schouw->notes != NULL ? schouw->notes : ""),
  };
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GError) local_error = NULL;
  gint64 id = schouw->id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  event = paraat_store_get_event (self, schouw->event_id, error);
  if (event == NULL)
    return FALSE;
  if (schouw->starts_at <= 0)
    return _paraat_store_invalid (error, _("The schouw needs a date and time."));
  if (schouw->starts_at > paraat_event_get_ends_at (event))
    return _paraat_store_invalid (error, _("The schouw is before the event opens, not after it ends."));
  if (decided && (paraat_validate_is_blank (schouw->decided_by) || schouw->decided_at <= 0))
    return _paraat_store_invalid (error, _("Say who decided go or no-go."));

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "inspection", &id, columns, G_N_ELEMENTS (columns),
                               paraat_event_get_name (event), &local_error);
  if (!_paraat_store_write_end (self, ok, "inspection", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  schouw->id = id;
  return TRUE;
}

GArray *
paraat_store_read_findings (ParaatStore  *self,
                            gint64        schouw_id,
                            GError      **error)
{
  g_autoptr (GArray) findings = g_array_new (FALSE, TRUE, sizeof (ParaatFinding));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (findings, paraat_finding_clear);
  stmt = _paraat_store_prepare (self, "SELECT id, text, partner_id, status FROM inspection_finding "
                                      "WHERE inspection_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, schouw_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatFinding finding = {
        sqlite3_column_int64 (stmt, 0), schouw_id, g_strdup (_paraat_column_text (stmt, 1)),
        sqlite3_column_int64 (stmt, 2),
        index_of (finding_statuses, G_N_ELEMENTS (finding_statuses), _paraat_column_text (stmt, 3)),
      };

      g_array_append_val (findings, finding);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&findings) : NULL;
}

gboolean
paraat_store_save_finding (ParaatStore    *self,
                           ParaatFinding  *finding,
                           GError        **error)
{
  ParaatColumn columns[] = {
    COL_INT ("inspection_id", finding->schouw_id),
    COL_TEXT ("text", finding->text != NULL ? finding->text : ""),
    COL_ID_OR_NULL ("partner_id", finding->partner_id),
    COL_TEXT ("status", finding_statuses[CLAMP ((int) finding->status, 0, 2)]),
  };
  g_autoptr (GError) local_error = NULL;
  gint64 id = finding->id;
  guint count = 0;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (paraat_validate_is_blank (finding->text))
    return _paraat_store_invalid (error, _("Say what must be put right."));
  if (finding->partner_id > 0)
    {
      if (!_paraat_store_count_id (self, "SELECT count(*) FROM partner WHERE id = ?", finding->partner_id, &count, error))
        return FALSE;
      if (count == 0)
        return _paraat_store_invalid (error, _("The owner of “%s” is not a known partner."), finding->text);
    }
  if (!_paraat_store_count_id (self, "SELECT count(*) FROM inspection WHERE id = ?", finding->schouw_id, &count, error))
    return FALSE;
  if (count == 0)
    return _paraat_store_invalid (error, _("Plan the schouw before recording what it found."));

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "inspection_finding", &id, columns, G_N_ELEMENTS (columns), finding->text,
                               &local_error);
  if (!_paraat_store_write_end (self, ok, "inspection_finding", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  finding->id = id;
  return TRUE;
}

/*
 * The partners involved in an event
 */

/* The ids of @member_column in the link table @table for @owner_id. */
static GArray *
read_links (ParaatStore  *self,
            const char   *sql,
            gint64        owner_id,
            GError      **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _paraat_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&ids) : NULL;
}

/* Replaces the links of @owner_id in a link table by @ids, all or nothing,
 * with one audit row (@entity, @entity_id, @summary). @exists counts the
 * member with id ?; a member that does not exist is @missing. */
static gboolean
replace_links (ParaatStore   *self,
               const char    *delete_sql,
               const char    *insert_sql,
               const char    *exists_sql,
               const char    *missing,
               gint64         owner_id,
               const gint64  *ids,
               guint          n_ids,
               const char    *entity,
               gint64         entity_id,
               const char    *summary,
               GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  for (guint i = 0; i < n_ids; i++)
    {
      guint count = 0;

      if (!_paraat_store_count_id (self, exists_sql, ids[i], &count, error))
        return FALSE;
      if (count == 0)
        return _paraat_store_invalid (error, "%s", missing);
    }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  stmt = _paraat_store_prepare (self, delete_sql, &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
    }
  for (guint i = 0; ok && i < n_ids; i++)
    {
      stmt = _paraat_store_prepare (self, insert_sql, &local_error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, owner_id);
          sqlite3_bind_int64 (stmt, 2, ids[i]);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
    }
  if (ok)
    ok = _paraat_store_audit (self, entity, entity_id, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
  if (!_paraat_store_write_end (self, ok, entity, ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

GArray *
paraat_store_read_event_partners (ParaatStore  *self,
                                  gint64        event_id,
                                  GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return read_links (self, "SELECT partner_id FROM event_partner WHERE event_id = ? ORDER BY partner_id",
                     event_id, error);
}

gboolean
paraat_store_write_event_partners (ParaatStore   *self,
                                   gint64         event_id,
                                   const gint64  *partner_ids,
                                   guint          n_partners,
                                   GError       **error)
{
  g_autoptr (ParaatEvent) event = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (partner_ids != NULL || n_partners == 0, FALSE);

  event = paraat_store_get_event (self, event_id, error);
  if (event == NULL)
    return FALSE;
  summary = g_strdup_printf ("partners of “%s”: %u", paraat_event_get_name (event), n_partners);
  return replace_links (self, "DELETE FROM event_partner WHERE event_id = ?",
                        "INSERT OR IGNORE INTO event_partner (event_id, partner_id) VALUES (?, ?)",
                        "SELECT count(*) FROM partner WHERE id = ?",
                        _("One of the partners chosen no longer exists."),
                        event_id, partner_ids, n_partners, "event", event_id, summary, error);
}

GArray *
paraat_store_read_schouw_people (ParaatStore  *self,
                                 gint64        schouw_id,
                                 GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return read_links (self, "SELECT person_id FROM inspection_person WHERE inspection_id = ? ORDER BY person_id",
                     schouw_id, error);
}

gboolean
paraat_store_write_schouw_people (ParaatStore   *self,
                                  gint64         schouw_id,
                                  const gint64  *person_ids,
                                  guint          n_people,
                                  GError       **error)
{
  g_autofree char *summary = NULL;
  guint count = 0;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (person_ids != NULL || n_people == 0, FALSE);

  if (!_paraat_store_count_id (self, "SELECT count(*) FROM inspection WHERE id = ?", schouw_id, &count, error))
    return FALSE;
  if (count == 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                   _("This schouw no longer exists; it may have been removed meanwhile."));
      return FALSE;
    }
  summary = g_strdup_printf ("people going to schouw %" G_GINT64_FORMAT ": %u", schouw_id, n_people);
  return replace_links (self, "DELETE FROM inspection_person WHERE inspection_id = ?",
                        "INSERT OR IGNORE INTO inspection_person (inspection_id, person_id) VALUES (?, ?)",
                        "SELECT count(*) FROM person WHERE id = ?",
                        _("One of the people chosen no longer exists."),
                        schouw_id, person_ids, n_people, "inspection", schouw_id, summary, error);
}
