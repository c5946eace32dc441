/* paraat-store-templates.c
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

/* Editing event safety's data: checklist templates with their items, and
 * the risk scan's questionnaire. Both are written whole, checked first,
 * in one transaction; ids of what stays are kept, so the tasks events got
 * from a template stay linked and their stored scan answers keep meaning. */

/* Two years: further from the event than any permit process reaches. */
#define MAX_OFFSET_MINUTES (2 * 366 * 24 * 60)

static gint64
map_id (GHashTable *ids,
        gint64      id)
{
  gint64 *mapped = g_hash_table_lookup (ids, &id);

  return mapped != NULL ? *mapped : id;
}

static void
map_insert (GHashTable *ids,
            gint64      from,
            gint64      to)
{
  g_hash_table_insert (ids, g_memdup2 (&from, sizeof from), g_memdup2 (&to, sizeof to));
}

static GHashTable *
id_map_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* The ids that @sql (with @id bound) returns, as a set. */
static GHashTable *
read_id_set (ParaatStore  *self,
             const char   *sql,
             gint64        id,
             GError      **error)
{
  g_autoptr (GHashTable) ids = id_map_new ();
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    map_insert (ids, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&ids) : NULL;
}

static gboolean
exec_id (ParaatStore  *self,
         const char   *sql,
         gint64        id,
         GError      **error)
{
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _paraat_store_exec_stmt (self, stmt, error);
}

/*
 * Templates
 */

static gboolean
bad_item (guint       *bad,
          guint        index,
          GError     **error,
          const char  *message)
{
  if (bad != NULL)
    *bad = index;
  g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Everything that can be said before writing; @existing gets this
 * template's item ids. */
static gboolean
check_template (ParaatStore                    *self,
                const ParaatChecklistTemplate  *template_,
                const ParaatTemplateItem       *items,
                guint                           n_items,
                GHashTable                    **existing,
                guint                          *bad,
                GError                        **error)
{
  g_autoptr (GHashTable) seen = id_map_new ();
  g_autoptr (GError) local_error = NULL;
  guint index = G_MAXUINT;

  if (bad != NULL)
    *bad = G_MAXUINT;
  if (paraat_validate_is_blank (template_->name))
    return _paraat_store_invalid (error, _("The template needs a name."));
  if (!paraat_validate_code (template_->code))
    return _paraat_store_invalid (error, _("“%s” is not a code: use up to 16 letters, digits, “-” or “_”, starting with a letter."),
                                  template_->code != NULL ? template_->code : "");
  if (template_->kind != PARAAT_EVENT_KIND_EVENT && template_->kind != PARAAT_EVENT_KIND_PROGRAMME)
    return _paraat_store_invalid (error, _("Say whether the template is for events or for a yearly programme."));
  if (_paraat_store_exists (self, "SELECT 1 FROM checklist_template WHERE code = ? COLLATE NOCASE AND id <> ?",
                            template_->code, template_->id, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                   _("There is already a template with the code “%s”."), template_->code);
      return FALSE;
    }
  if (template_->id > 0)
    {
      guint count = 0;

      if (!_paraat_store_count_id (self, "SELECT count(*) FROM checklist_template WHERE id = ?", template_->id,
                                   &count, error))
        return FALSE;
      if (count == 0)
        {
          g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                               _("What you are saving no longer exists; it may have been deleted meanwhile."));
          return FALSE;
        }
    }

  *existing = read_id_set (self, "SELECT id, id FROM template_item WHERE template_id = ?", template_->id, error);
  if (*existing == NULL)
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      const ParaatTemplateItem *item = &items[i];
      g_autofree char *message = NULL;

      if (item->id != 0 && g_hash_table_contains (seen, &item->id))
        {
          message = g_strdup_printf (_("Item %u is in the checklist twice."), i + 1);
          return bad_item (bad, i, error, message);
        }
      map_insert (seen, item->id, i);
      if (item->id > 0 && !g_hash_table_contains (*existing, &item->id))
        {
          message = g_strdup_printf (_("“%s” belongs to another template."), item->text);
          return bad_item (bad, i, error, message);
        }
      if (!item->fixed && ABS (item->offset_minutes) > MAX_OFFSET_MINUTES)
        {
          message = g_strdup_printf (_("“%s” falls due more than two years from the event."), item->text);
          return bad_item (bad, i, error, message);
        }
    }

  if (!paraat_checklist_find_problem (items, n_items, &index, &local_error))
    return bad_item (bad, index, error, local_error->message);

  for (guint i = 0; i < n_items; i++)
    {
      guint count = 0;

      if (items[i].partner_id <= 0)
        continue;
      if (!_paraat_store_count_id (self, "SELECT count(*) FROM partner WHERE id = ?", items[i].partner_id, &count, error))
        return FALSE;
      if (count == 0)
        {
          g_autofree char *message = g_strdup_printf (_("The owner of “%s” is not a known partner."), items[i].text);

          return bad_item (bad, i, error, message);
        }
    }
  return TRUE;
}

/* Saves one item (its after_item_id mapped through @ids). */
static gboolean
save_item (ParaatStore               *self,
           gint64                     template_id,
           const ParaatTemplateItem  *item,
           guint                      position,
           GHashTable                *ids,
           gint64                    *id,
           GError                   **error)
{
  ParaatColumn null_column = { NULL, PARAAT_VALUE_NULL, 0, 0, NULL };
  ParaatColumn columns[] = {
    COL_INT ("template_id", template_id),
    COL_INT ("position", position),
    COL_TEXT ("text", item->text),
    COL_TEXT ("classes", item->classes),
    COL_TEXT ("phase", paraat_enum_to_nick (PARAAT_TYPE_TASK_PHASE, item->phase)),
    item->fixed ? null_column : COL_INT ("offset_minutes", item->offset_minutes),
    item->fixed ? COL_INT ("fixed_month", item->fixed_month) : null_column,
    item->fixed ? COL_INT ("fixed_day", item->fixed_day) : null_column,
    COL_INT ("year_offset", item->fixed ? item->year_offset : 0),
    COL_INT ("working_days", item->working_days ? 1 : 0),
    COL_ID_OR_NULL ("partner_id", item->partner_id),
    COL_ID_OR_NULL ("after_item_id", item->after_item_id != 0 ? map_id (ids, item->after_item_id) : 0),
  };

  columns[5].column = "offset_minutes";
  columns[6].column = "fixed_month";
  columns[7].column = "fixed_day";
  *id = item->id > 0 ? item->id : 0;
  return _paraat_store_save_row (self, "template_item", id, columns, G_N_ELEMENTS (columns), item->text, error);
}

/* Between write_begin and write_end: the template row, its items (those
 * followed before those that follow them), and the items no longer in it
 * removed. @ids maps the items' given ids to the stored ones. */
static gboolean
write_template_rows (ParaatStore              *self,
                     ParaatChecklistTemplate  *template_,
                     const ParaatTemplateItem *items,
                     guint                     n_items,
                     GHashTable               *existing,
                     GHashTable               *ids,
                     gint64                   *stored,
                     GError                  **error)
{
  ParaatColumn columns[] = {
    COL_TEXT ("code", template_->code),
    COL_TEXT ("name", template_->name),
    COL_TEXT ("kind", paraat_enum_to_nick (PARAAT_TYPE_EVENT_KIND, template_->kind)),
    COL_TEXT ("description", template_->description != NULL ? template_->description : ""),
    COL_INT ("active", template_->active ? 1 : 0),
  };
  g_autofree gboolean *saved = g_new0 (gboolean, MAX (n_items, 1));
  gint64 template_id = template_->id;
  guint left = n_items;
  GHashTableIter iter;
  gpointer key;

  if (!_paraat_store_save_row (self, "checklist_template", &template_id, columns, G_N_ELEMENTS (columns),
                               template_->name, error))
    return FALSE;

  /* Items followed first; the template is valid, so every round saves one. */
  while (left > 0)
    {
      guint round = left;

      for (guint i = 0; i < n_items; i++)
        {
          if (saved[i] || (items[i].after_item_id < 0 && map_id (ids, items[i].after_item_id) < 0))
            continue;
          if (!save_item (self, template_id, &items[i], i + 1, ids, &stored[i], error))
            return FALSE;
          if (items[i].id != 0)
            map_insert (ids, items[i].id, stored[i]);
          g_hash_table_remove (existing, &stored[i]);
          saved[i] = TRUE;
          left--;
        }
      if (left == round)
        return _paraat_store_invalid (error, _("The items of “%s” follow each other in a circle."), template_->name);
    }

  /* What is left was removed: unlink what follows within it, then delete. */
  g_hash_table_iter_init (&iter, existing);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!exec_id (self, "UPDATE template_item SET after_item_id = NULL WHERE id = ?", *(gint64 *) key, error))
      return FALSE;
  g_hash_table_iter_init (&iter, existing);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 id = *(gint64 *) key;
      g_autofree char *summary = g_strdup_printf ("item %" G_GINT64_FORMAT " of “%s” removed", id, template_->name);

      if (!exec_id (self, "DELETE FROM template_item WHERE id = ?", id, error) ||
          !_paraat_store_audit (self, "template_item", id, PARAAT_AUDIT_ACTION_DELETE, summary, error))
        return FALSE;
    }
  template_->id = template_id;
  return TRUE;
}

/* After a successful write: the items get what was stored. */
static void
apply_ids (ParaatTemplateItem *items,
           guint               n_items,
           gint64              template_id,
           GHashTable         *ids,
           const gint64       *stored)
{
  for (guint i = 0; i < n_items; i++)
    {
      items[i].id = stored[i];
      if (items[i].after_item_id != 0)
        items[i].after_item_id = map_id (ids, items[i].after_item_id);
      items[i].template_id = template_id;
      items[i].position = i + 1;
    }
}

gboolean
paraat_store_write_template (ParaatStore              *self,
                             ParaatChecklistTemplate  *template_,
                             ParaatTemplateItem       *items,
                             guint                     n_items,
                             guint                    *bad,
                             GError                  **error)
{
  g_autoptr (GHashTable) existing = NULL;
  g_autoptr (GHashTable) ids = id_map_new ();
  g_autofree gint64 *stored = g_new0 (gint64, MAX (n_items, 1));
  g_autoptr (GError) local_error = NULL;
  gint64 before = template_->id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (template_ != NULL, FALSE);
  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);

  if (!check_template (self, template_, items, n_items, &existing, bad, error))
    return FALSE;
  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = write_template_rows (self, template_, items, n_items, existing, ids, stored, &local_error);
  if (!_paraat_store_write_end (self, ok, "checklist_template", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      template_->id = before;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  apply_ids (items, n_items, template_->id, ids, stored);
  return TRUE;
}

static gboolean
read_template (ParaatStore              *self,
               gint64                    id,
               ParaatChecklistTemplate  *template_,
               GError                  **error)
{
  g_autoptr (GArray) templates = paraat_store_list_templates (self, error);

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      ParaatChecklistTemplate *found = &g_array_index (templates, ParaatChecklistTemplate, i);

      if (found->id != id)
        continue;
      *template_ = *found;
      /* Taken over: nothing left for the array to free. */
      found->code = found->name = found->description = NULL;
      return TRUE;
    }
  if (templates != NULL)
    g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                         _("This checklist template no longer exists; it may have been deleted meanwhile."));
  return FALSE;
}

gboolean
paraat_store_copy_template (ParaatStore  *self,
                            gint64        id,
                            gint64       *new_id,
                            GError      **error)
{
  ParaatChecklistTemplate copy = { 0 };
  g_autoptr (GArray) items = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!read_template (self, id, &copy, error))
    return FALSE;
  items = paraat_store_read_template_items (self, id, error);
  if (items == NULL)
    {
      paraat_checklist_template_clear (&copy);
      return FALSE;
    }
  paraat_template_items_as_new ((ParaatTemplateItem *) items->data, items->len);

  /* A code of its own: the original's with -2, -3, … within 16 characters. */
  base = g_strndup (copy.code, 13);
  for (int n = 2; n < 100; n++)
    {
      g_autofree char *code = g_strdup_printf ("%s-%d", base, n);
      g_autoptr (GError) local_error = NULL;

      if (!_paraat_store_exists (self, "SELECT 1 FROM checklist_template WHERE code = ? COLLATE NOCASE AND id <> ?",
                                 code, 0, &local_error))
        {
          g_free (copy.code);
          copy.code = g_steal_pointer (&code);
          break;
        }
    }
  /* Translators: the name of a copied checklist template */
  name = g_strdup_printf (_("Copy of %s"), copy.name);
  g_free (copy.name);
  copy.name = g_steal_pointer (&name);
  copy.id = 0;
  ok = paraat_store_write_template (self, &copy, (ParaatTemplateItem *) items->data, items->len, NULL, error);
  if (ok && new_id != NULL)
    *new_id = copy.id;
  paraat_checklist_template_clear (&copy);
  return ok;
}

gboolean
paraat_store_count_template_events (ParaatStore  *self,
                                    gint64        id,
                                    guint        *n_events,
                                    GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_count_id (self, "SELECT count(DISTINCT t.event_id) FROM event_task t "
                                       "JOIN template_item i ON i.id = t.template_item_id WHERE i.template_id = ?",
                                 id, n_events, error);
}

gboolean
paraat_store_delete_template (ParaatStore  *self,
                              gint64        id,
                              GArray      **links,
                              GError      **error)
{
  ParaatChecklistTemplate template_ = { 0 };
  g_autoptr (GArray) items = NULL;
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (ParaatTaskLink));
  g_autoptr (GHashTable) linked = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!read_template (self, id, &template_, error))
    return FALSE;
  items = paraat_store_read_template_items (self, id, error);
  linked = items != NULL ? read_id_set (self, "SELECT t.id, t.template_item_id FROM event_task t "
                                              "JOIN template_item i ON i.id = t.template_item_id "
                                              "WHERE i.template_id = ?", id, error) : NULL;
  if (linked == NULL)
    {
      paraat_checklist_template_clear (&template_);
      return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      GHashTableIter iter;
      gpointer task_id, item_id;

      g_hash_table_iter_init (&iter, linked);
      while (g_hash_table_iter_next (&iter, &task_id, &item_id))
        if (*(gint64 *) item_id == g_array_index (items, ParaatTemplateItem, i).id)
          {
            ParaatTaskLink link = { *(gint64 *) task_id, i };

            g_array_append_val (found, link);
          }
    }

  /* Everything it held, so the deletion can be traced. */
  summary = g_strdup_printf ("%s (%s): %u items, %u tasks of events unlinked", template_.name, template_.code,
                             items->len, found->len);
  paraat_checklist_template_clear (&template_);
  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = exec_id (self, "UPDATE template_item SET after_item_id = NULL WHERE template_id = ?", id, &local_error) &&
       exec_id (self, "DELETE FROM template_item WHERE template_id = ?", id, &local_error) &&
       exec_id (self, "DELETE FROM checklist_template WHERE id = ?", id, &local_error) &&
       _paraat_store_audit (self, "checklist_template", id, PARAAT_AUDIT_ACTION_DELETE, summary, &local_error);
  if (!_paraat_store_write_end (self, ok, "checklist_template", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (links != NULL)
    *links = g_steal_pointer (&found);
  return TRUE;
}

gboolean
paraat_store_restore_template (ParaatStore              *self,
                               ParaatChecklistTemplate  *template_,
                               ParaatTemplateItem       *items,
                               guint                     n_items,
                               const ParaatTaskLink     *links,
                               guint                     n_links,
                               GError                  **error)
{
  g_autoptr (GHashTable) existing = NULL;
  g_autoptr (GHashTable) ids = id_map_new ();
  g_autofree gint64 *stored = g_new0 (gint64, MAX (n_items, 1));
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (template_ != NULL && template_->id == 0, FALSE);

  if (!check_template (self, template_, items, n_items, &existing, NULL, error))
    return FALSE;
  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = write_template_rows (self, template_, items, n_items, existing, ids, stored, &local_error);
  if (ok)
    apply_ids (items, n_items, template_->id, ids, stored);
  for (guint i = 0; ok && i < n_links; i++)
    {
      sqlite3_stmt *stmt;

      if (links[i].item_index >= n_items)
        continue;
      stmt = _paraat_store_prepare (self, "UPDATE event_task SET template_item_id = ? "
                                          "WHERE id = ? AND template_item_id IS NULL", &local_error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, items[links[i].item_index].id);
          sqlite3_bind_int64 (stmt, 2, links[i].task_id);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
    }
  if (ok)
    {
      summary = g_strdup_printf ("%s restored: %u tasks of events linked again", template_->name, n_links);
      ok = _paraat_store_audit (self, "checklist_template", template_->id, PARAAT_AUDIT_ACTION_CREATE, summary,
                                &local_error);
    }
  if (!_paraat_store_write_end (self, ok, "checklist_template", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      template_->id = 0;
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return ok;
}

/*
 * The risk scan's questionnaire
 */

/* The option ids that events' stored scans chose. */
static GHashTable *
read_answered (ParaatStore  *self,
               GError      **error)
{
  g_autoptr (GHashTable) answered = id_map_new ();
  sqlite3_stmt *stmt = _paraat_store_prepare (self, "SELECT scan_answers FROM event WHERE scan_answers <> ''", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto (GStrv) ids = g_strsplit (_paraat_column_text (stmt, 0), ",", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        map_insert (answered, g_ascii_strtoll (ids[i], NULL, 10), 1);
    }
  return _paraat_store_finish_rows (self, stmt, rc, error) ? g_steal_pointer (&answered) : NULL;
}

static gboolean
retire_or_delete (ParaatStore  *self,
                  const char   *table,
                  gint64        id,
                  gboolean      retire,
                  guint        *n_retired,
                  guint        *n_removed,
                  GError      **error)
{
  g_autofree char *sql = retire ? g_strdup_printf ("UPDATE %s SET retired = 1 WHERE id = ?", table)
                                : g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);
  g_autofree char *summary = g_strdup_printf (retire ? "%s %" G_GINT64_FORMAT " retired: an event's scan chose it"
                                                     : "%s %" G_GINT64_FORMAT " removed", table, id);

  if (retire && g_str_equal (table, "scan_question") &&
      !exec_id (self, "UPDATE scan_option SET retired = 1 WHERE question_id = ?", id, error))
    return FALSE;
  if (!exec_id (self, sql, id, error) ||
      !_paraat_store_audit (self, table, id, retire ? PARAAT_AUDIT_ACTION_UPDATE : PARAAT_AUDIT_ACTION_DELETE,
                            summary, error))
    return FALSE;
  (*(retire ? n_retired : n_removed))++;
  return TRUE;
}

static gboolean
write_scan_rows (ParaatStore     *self,
                 ParaatScanForm  *form,
                 GHashTable      *questions,   /* stored id → 1, of the questions asked now */
                 GHashTable      *options,     /* stored id → its question's id */
                 GHashTable      *answered,
                 GHashTable      *ids,         /* questions: given id → stored */
                 gint64          *option_ids,  /* per option of @form: the stored id */
                 GError         **error)
{
  g_autoptr (GHashTable) kept = id_map_new ();
  g_autoptr (GHashTable) kept_options = id_map_new ();
  g_autoptr (GHashTable) all_options = NULL;
  guint n_retired = 0, n_removed = 0;
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *summary = NULL;

  for (guint q = 0; q < form->questions->len; q++)
    map_insert (kept, g_array_index (form->questions, ParaatScanQuestion, q).id, 1);
  for (guint o = 0; o < form->options->len; o++)
    map_insert (kept_options, g_array_index (form->options, ParaatScanOption, o).id, 1);

  /* Questions left out: retired when an event chose one of their answers. */
  all_options = read_id_set (self, "SELECT id, question_id FROM scan_option", 0, error);
  if (all_options == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, questions);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 question_id = *(gint64 *) key;
      gboolean chosen = FALSE;
      GHashTableIter options_iter;
      gpointer option_id, of;

      if (g_hash_table_contains (kept, &question_id))
        continue;
      g_hash_table_iter_init (&options_iter, all_options);
      while (g_hash_table_iter_next (&options_iter, &option_id, &of))
        chosen |= *(gint64 *) of == question_id && g_hash_table_contains (answered, option_id);
      if (!retire_or_delete (self, "scan_question", question_id, chosen, &n_retired, &n_removed, error))
        return FALSE;
    }
  /* Answers left out of questions that stay. */
  g_hash_table_iter_init (&iter, options);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 option_id = *(gint64 *) key;

      if (g_hash_table_contains (kept_options, &option_id) || !g_hash_table_contains (kept, value))
        continue;
      if (!retire_or_delete (self, "scan_option", option_id, g_hash_table_contains (answered, &option_id),
                             &n_retired, &n_removed, error))
        return FALSE;
    }

  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);
      ParaatColumn columns[] = {
        COL_INT ("position", q + 1),
        COL_TEXT ("profile", question->profile),
        COL_TEXT ("text", question->text),
      };
      gint64 id = question->id > 0 ? question->id : 0;

      if (!_paraat_store_save_row (self, "scan_question", &id, columns, G_N_ELEMENTS (columns), question->text, error))
        return FALSE;
      map_insert (ids, question->id, id);
    }
  for (guint o = 0; o < form->options->len; o++)
    {
      const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);
      ParaatColumn columns[] = {
        COL_INT ("question_id", map_id (ids, option->question_id)),
        COL_INT ("position", o + 1),
        COL_TEXT ("text", option->text),
        COL_INT ("points", option->points),
        COL_TEXT ("min_class", paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, option->min_class)),
      };

      option_ids[o] = option->id > 0 ? option->id : 0;
      if (!_paraat_store_save_row (self, "scan_option", &option_ids[o], columns, G_N_ELEMENTS (columns), option->text,
                                   error))
        return FALSE;
    }
  for (int c = 0; c < 3; c++)
    {
      sqlite3_stmt *stmt = _paraat_store_prepare (self, "INSERT OR REPLACE INTO scan_threshold (class, min_points) "
                                                        "VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, &"ABC"[c], 1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, form->threshold[c]);
      if (!_paraat_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  summary = g_strdup_printf ("risk scan: %u questions, %u answers; class A from %d, B from %d, C from %d points; "
                             "%u retired, %u removed", form->questions->len, form->options->len, form->threshold[0],
                             form->threshold[1], form->threshold[2], n_retired, n_removed);
  return _paraat_store_audit (self, "scan_question", 0, PARAAT_AUDIT_ACTION_UPDATE, summary, error);
}

gboolean
paraat_store_write_scan_form (ParaatStore     *self,
                              ParaatScanForm  *form,
                              guint           *bad,
                              GError         **error)
{
  g_autoptr (GHashTable) questions = NULL;
  g_autoptr (GHashTable) options = NULL;
  g_autoptr (GHashTable) answered = NULL;
  g_autoptr (GHashTable) ids = id_map_new ();
  g_autofree gint64 *option_ids = g_new0 (gint64, MAX (form->options->len, 1));
  g_autoptr (GError) local_error = NULL;
  guint index = G_MAXUINT;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);

  if (bad != NULL)
    *bad = G_MAXUINT;
  if (!paraat_scan_form_check (form, &index, &local_error))
    {
      if (bad != NULL)
        *bad = index;
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  questions = read_id_set (self, "SELECT id, 1 FROM scan_question WHERE retired = 0", 0, error);
  options = questions != NULL ? read_id_set (self, "SELECT id, question_id FROM scan_option WHERE retired = 0", 0, error)
                              : NULL;
  answered = options != NULL ? read_answered (self, error) : NULL;
  if (answered == NULL)
    return FALSE;
  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);

      if (question->id > 0 && !g_hash_table_contains (questions, &question->id))
        {
          if (bad != NULL)
            *bad = q;
          return _paraat_store_invalid (error, _("“%s” is no longer in the risk scan; it may have been changed meanwhile."),
                                        question->text);
        }
    }
  for (guint o = 0; o < form->options->len; o++)
    {
      const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);
      gint64 *of = option->id > 0 ? g_hash_table_lookup (options, &option->id) : NULL;

      if (option->id > 0 && (of == NULL || *of != option->question_id))
        return _paraat_store_invalid (error, _("The answer “%s” belongs to another question."), option->text);
    }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = write_scan_rows (self, form, questions, options, answered, ids, option_ids, &local_error);
  if (!_paraat_store_write_end (self, ok, "scan_question", ok ? &local_error : NULL))
    ok = FALSE;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  for (guint o = 0; o < form->options->len; o++)
    {
      ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);

      option->id = option_ids[o];
      option->question_id = map_id (ids, option->question_id);
      option->position = o + 1;
    }
  for (guint q = 0; q < form->questions->len; q++)
    {
      ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);

      question->id = map_id (ids, question->id);
      question->position = q + 1;
    }
  return TRUE;
}

gboolean
paraat_store_count_retired_questions (ParaatStore  *self,
                                      guint        *n_questions,
                                      GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  return _paraat_store_count (self, "SELECT count(*) FROM scan_question WHERE retired = 1", n_questions, error);
}
