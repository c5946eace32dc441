/* paraat-store-piket.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "store/paraat-store-private.h"

/* Piket: rotations with their members, and the roster written as a whole. */

#define ROTATION_COLUMNS \
  "SELECT id, function_id, pattern, handover_weekday, handover_time, split_weekday, split_time, " \
  "period_days, lines, starts_on, max_consecutive, holiday_weight, parts, allow_overlap FROM rotation "

static int
parse_minute (const char *text)
{
  int hour = 0, minute = 0;

  if (text == NULL || sscanf (text, "%d:%d", &hour, &minute) != 2)
    return 0;
  return hour * 60 + minute;
}

static gpointer
rotation_from_row (sqlite3_stmt *stmt)
{
  ParaatRotation *rotation = paraat_rotation_new ();
  ParaatRotationRule rule = { 0 };
  int pattern = PARAAT_ROTATION_WEEKLY;

  paraat_enum_from_nick (PARAAT_TYPE_ROTATION_PATTERN, _paraat_column_text (stmt, 2), &pattern);
  rule.pattern = (ParaatRotationPattern) pattern;
  rule.handover_weekday = sqlite3_column_int (stmt, 3);
  rule.handover_minute = parse_minute (_paraat_column_text (stmt, 4));
  rule.split_weekday = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? 5 : sqlite3_column_int (stmt, 5);
  rule.split_minute = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? 17 * 60 : parse_minute (_paraat_column_text (stmt, 6));
  rule.period_days = sqlite3_column_int (stmt, 7);
  if (sscanf (_paraat_column_text (stmt, 9), "%d-%d-%d", &rule.start_year, &rule.start_month, &rule.start_day) != 3)
    rule.start_year = rule.start_month = rule.start_day = 1;
  rule.parts = (ParaatRotationParts) sqlite3_column_int (stmt, 12);

  paraat_rotation_set_id (rotation, sqlite3_column_int64 (stmt, 0));
  paraat_rotation_set_function_id (rotation, sqlite3_column_int64 (stmt, 1));
  paraat_rotation_set_rule (rotation, &rule);
  paraat_rotation_set_lines (rotation, sqlite3_column_int (stmt, 8));
  paraat_rotation_set_max_consecutive (rotation, sqlite3_column_int (stmt, 10));
  paraat_rotation_set_holiday_weight (rotation, sqlite3_column_double (stmt, 11));
  paraat_rotation_set_allow_overlap (rotation, sqlite3_column_int (stmt, 13) != 0);
  return rotation;
}

static gboolean
read_members (ParaatStore     *self,
              ParaatRotation  *rotation,
              GError         **error)
{
  g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _paraat_store_prepare (self, "SELECT person_id FROM rotation_member WHERE rotation_id = ?1 "
                                      "ORDER BY position, person_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, paraat_rotation_get_id (rotation));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (members, person);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }

  paraat_rotation_set_members (rotation, (const gint64 *) members->data, members->len);
  return TRUE;
}

GListModel *
paraat_store_list_rotations (ParaatStore  *self,
                             GError      **error)
{
  g_autoptr (GListModel) rotations = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  rotations = _paraat_store_query_list (self, ROTATION_COLUMNS "ORDER BY function_id",
                                        PARAAT_TYPE_ROTATION, NULL, NULL, rotation_from_row, error);
  if (rotations == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);

      if (!read_members (self, rotation, error))
        return NULL;
    }
  return g_steal_pointer (&rotations);
}

static char *
format_minute (int minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

gboolean
paraat_store_save_rotation (ParaatStore     *self,
                            ParaatRotation  *rotation,
                            GError         **error)
{
  const ParaatRotationRule *rule;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *handover = NULL;
  g_autofree char *split = NULL;
  g_autofree char *starts_on = NULL;
  g_autofree char *label = NULL;
  const gint64 *members;
  guint n_members;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PARAAT_IS_ROTATION (rotation), FALSE);

  if (paraat_rotation_get_function_id (rotation) <= 0)
    return _paraat_store_invalid (error, _("A rotation belongs to a function."));
  if (!paraat_rotation_check (rotation, &local_error))
    return _paraat_store_invalid (error, "%s", local_error->message);

  rule = paraat_rotation_get_rule (rotation);
  members = paraat_rotation_get_members (rotation, &n_members);
  handover = format_minute (rule->handover_minute);
  split = format_minute (rule->split_minute);
  starts_on = g_strdup_printf ("%04d-%02d-%02d", rule->start_year, rule->start_month, rule->start_day);
  id = paraat_rotation_get_id (rotation);

  {
    ParaatColumn columns[] = {
      COL_INT ("function_id", paraat_rotation_get_function_id (rotation)),
      COL_TEXT ("pattern", paraat_enum_to_nick (PARAAT_TYPE_ROTATION_PATTERN, rule->pattern)),
      COL_INT ("handover_weekday", rule->handover_weekday),
      COL_TEXT ("handover_time", handover),
      rule->pattern == PARAAT_ROTATION_SPLIT ? COL_INT ("split_weekday", rule->split_weekday)
                                             : (ParaatColumn) { "split_weekday", PARAAT_VALUE_NULL, 0, 0, NULL },
      rule->pattern == PARAAT_ROTATION_SPLIT ? COL_TEXT ("split_time", split)
                                             : (ParaatColumn) { "split_time", PARAAT_VALUE_NULL, 0, 0, NULL },
      COL_INT ("period_days", rule->pattern == PARAAT_ROTATION_SPLIT ? 7 : rule->period_days),
      COL_INT ("lines", paraat_rotation_get_lines (rotation)),
      COL_TEXT ("starts_on", starts_on),
      COL_INT ("max_consecutive", paraat_rotation_get_max_consecutive (rotation)),
      COL_REAL ("holiday_weight", paraat_rotation_get_holiday_weight (rotation)),
      COL_INT ("parts", rule->pattern == PARAAT_ROTATION_SPLIT ? (gint64) rule->parts : 3),
      COL_INT ("allow_overlap", paraat_rotation_get_allow_overlap (rotation) ? 1 : 0),
    };

    label = g_strdup_printf ("rotation of function %" G_GINT64_FORMAT, paraat_rotation_get_function_id (rotation));
    if (!_paraat_store_write_begin (self, error))
      return FALSE;
    ok = _paraat_store_save_row (self, "rotation", &id, columns, G_N_ELEMENTS (columns), label, &local_error);
  }

  /* The members, in order, replace the old ones. */
  if (ok)
    {
      sqlite3_stmt *clear = _paraat_store_prepare (self, "DELETE FROM rotation_member WHERE rotation_id = ?1", &local_error);

      ok = clear != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (clear, 1, id);
          ok = _paraat_store_exec_stmt (self, clear, &local_error);
        }
    }
  for (guint i = 0; ok && i < n_members; i++)
    {
      sqlite3_stmt *insert = _paraat_store_prepare (self, "INSERT INTO rotation_member (rotation_id, person_id, position) "
                                                          "VALUES (?1, ?2, ?3)", &local_error);

      ok = insert != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (insert, 1, id);
          sqlite3_bind_int64 (insert, 2, members[i]);
          sqlite3_bind_int (insert, 3, (int) i + 1);
          ok = _paraat_store_exec_stmt (self, insert, &local_error);
        }
    }
  if (ok)
    {
      g_autofree char *summary = g_strdup_printf ("%u members", n_members);

      ok = _paraat_store_audit (self, "rotation", id, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
    }

  if (!_paraat_store_write_end (self, ok, "rotation", ok ? &local_error : NULL) || !ok)
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE))
        return _paraat_store_invalid (error, _("This function already has a rotation."));
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        return _paraat_store_invalid (error, _("The function or a member of this rotation no longer exists."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  paraat_rotation_set_id (rotation, id);
  return TRUE;
}

gboolean
paraat_store_delete_rotation (ParaatStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  /* Its members go with it (they are part of it); its shifts stay. */
  return _paraat_store_delete_row (self, "rotation", id, error);
}

/* Shifts as plain records: the roster rules work on thousands of them. */

GArray *
paraat_store_read_piket_shifts (ParaatStore  *self,
                                gint64        from,
                                gint64        until,
                                GError      **error)
{
  g_autoptr (GArray) shifts = g_array_new (FALSE, FALSE, sizeof (ParaatPiketShift));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self,
                                "SELECT function_id, line, slot, ifnull(person_id, 0), starts_at, ends_at, origin, "
                                "ifnull(request_id, 0) FROM shift WHERE starts_at > ?1 - 2678400 AND starts_at < ?2 AND ends_at > ?1 "
                                "ORDER BY starts_at, function_id, line, slot", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatPiketShift shift = {
        .function_id = sqlite3_column_int64 (stmt, 0),
        .line = sqlite3_column_int (stmt, 1),
        .slot = sqlite3_column_int (stmt, 2),
        .person_id = sqlite3_column_int64 (stmt, 3),
        .starts_at = sqlite3_column_int64 (stmt, 4),
        .ends_at = sqlite3_column_int64 (stmt, 5),
        .fixed = g_strcmp0 (_paraat_column_text (stmt, 6), "generated") != 0,
        .request_id = sqlite3_column_int64 (stmt, 7),
      };

      g_array_append_val (shifts, shift);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&shifts);
}

GArray *
paraat_store_read_piket_absences (ParaatStore  *self,
                                  gint64        from,
                                  gint64        until,
                                  GError      **error)
{
  g_autoptr (GArray) absences = g_array_new (FALSE, FALSE, sizeof (ParaatPiketAbsence));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self,
                                "SELECT person_id, starts_at, ends_at FROM absence "
                                "WHERE starts_at < ?2 AND ends_at > ?1 ORDER BY person_id, starts_at", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatPiketAbsence absence = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
      };

      g_array_append_val (absences, absence);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&absences);
}

typedef struct
{
  gint64 id;
  gint64 person_id;
  gint64 ends_at;
  gboolean generated;
  gboolean seen;
} StoredShift;

/* A regular shift is one per function, line, slot and start; an extra one
 * is one per request. */
static char *
shift_key (gint64 function_id,
           int    line,
           int    slot,
           gint64 starts_at,
           gint64 request_id)
{
  if (request_id != 0)
    return g_strdup_printf ("request/%" G_GINT64_FORMAT, request_id);
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d/%" G_GINT64_FORMAT, function_id, line, slot, starts_at);
}

gboolean
paraat_store_write_roster (ParaatStore            *self,
                           const gint64           *function_ids,
                           guint                   n_functions,
                           gint64                  from,
                           gint64                  until,
                           const ParaatPiketShift *shifts,
                           guint                   n_shifts,
                           ParaatRosterChanges    *changes,
                           GError                **error)
{
  g_autoptr (GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) functions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GError) local_error = NULL;
  ParaatRosterChanges counts = { 0 };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (function_ids != NULL || n_functions == 0, FALSE);
  g_return_val_if_fail (shifts != NULL || n_shifts == 0, FALSE);

  for (guint f = 0; f < n_functions; f++)
    g_hash_table_add (functions, (gpointer) &function_ids[f]);

  for (guint i = 0; i < n_shifts; i++)
    {
      if (!g_hash_table_contains (functions, &shifts[i].function_id))
        return _paraat_store_invalid (error, _("A shift of a function that is not being planned cannot be written."));
      if (shifts[i].line < 1 || shifts[i].line > 2 || shifts[i].slot < 1 ||
          shifts[i].ends_at <= shifts[i].starts_at || shifts[i].ends_at - shifts[i].starts_at > 2678400)
        return _paraat_store_invalid (error, _("The roster holds a shift that cannot exist; nothing was written."));
    }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  /* What is there now, for the functions being planned. */
  stmt = _paraat_store_prepare (self, "SELECT id, function_id, line, slot, starts_at, ifnull(person_id, 0), ends_at, origin, "
                                      "ifnull(request_id, 0) FROM shift WHERE function_id = ?1 AND starts_at >= ?2 AND starts_at < ?3", &local_error);
  ok = stmt != NULL;
  for (guint f = 0; ok && f < n_functions; f++)
    {
      sqlite3_bind_int64 (stmt, 1, function_ids[f]);
      sqlite3_bind_int64 (stmt, 2, from);
      sqlite3_bind_int64 (stmt, 3, until);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          StoredShift *row = g_new0 (StoredShift, 1);

          row->id = sqlite3_column_int64 (stmt, 0);
          row->person_id = sqlite3_column_int64 (stmt, 5);
          row->ends_at = sqlite3_column_int64 (stmt, 6);
          row->generated = g_strcmp0 (_paraat_column_text (stmt, 7), "generated") == 0;
          g_hash_table_insert (stored,
                               shift_key (sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2),
                                          sqlite3_column_int (stmt, 3), sqlite3_column_int64 (stmt, 4),
                                          sqlite3_column_int64 (stmt, 8)),
                               row);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _paraat_store_set_error (self, &local_error, rc);
          ok = FALSE;
        }
    }

  for (guint i = 0; ok && i < n_shifts; i++)
    {
      const ParaatPiketShift *shift = &shifts[i];
      g_autofree char *key = shift_key (shift->function_id, shift->line, shift->slot, shift->starts_at,
                                        shift->request_id);
      StoredShift *row = g_hash_table_lookup (stored, key);

      if (row != NULL)
        {
          row->seen = TRUE;
          /* A shift set by hand or by a swap is never overwritten. */
          if (!row->generated || (row->person_id == shift->person_id && row->ends_at == shift->ends_at))
            {
              counts.unchanged++;
              continue;
            }
          stmt = _paraat_store_prepare (self, "UPDATE shift SET person_id = nullif(?2, 0), ends_at = ?3, "
                                              "sequence = sequence + 1, modified_at = ?4 WHERE id = ?1", &local_error);
          if ((ok = stmt != NULL))
            {
              sqlite3_bind_int64 (stmt, 1, row->id);
              sqlite3_bind_int64 (stmt, 2, shift->person_id);
              sqlite3_bind_int64 (stmt, 3, shift->ends_at);
              sqlite3_bind_int64 (stmt, 4, now);
              ok = _paraat_store_exec_stmt (self, stmt, &local_error);
            }
          counts.changed++;
          continue;
        }

      if (shift->fixed)
        continue;
      stmt = _paraat_store_prepare (self, "INSERT INTO shift (function_id, line, slot, person_id, starts_at, ends_at, "
                                          "origin, sequence, modified_at, request_id) "
                                          "VALUES (?1, ?2, ?3, nullif(?4, 0), ?5, ?6, 'generated', 0, ?7, nullif(?8, 0))",
                                    &local_error);
      if ((ok = stmt != NULL))
        {
          sqlite3_bind_int64 (stmt, 1, shift->function_id);
          sqlite3_bind_int (stmt, 2, shift->line);
          sqlite3_bind_int (stmt, 3, shift->slot);
          sqlite3_bind_int64 (stmt, 4, shift->person_id);
          sqlite3_bind_int64 (stmt, 5, shift->starts_at);
          sqlite3_bind_int64 (stmt, 6, shift->ends_at);
          sqlite3_bind_int64 (stmt, 7, now);
          sqlite3_bind_int64 (stmt, 8, shift->request_id);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
      counts.added++;
    }

  /* Generated shifts the new roster no longer has (the rule changed). */
  if (ok)
    {
      GHashTableIter iter;
      StoredShift *row;

      stmt = _paraat_store_prepare (self, "DELETE FROM shift WHERE id = ?1", &local_error);
      ok = stmt != NULL;
      g_hash_table_iter_init (&iter, stored);
      while (ok && g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
        {
          if (row->seen || !row->generated)
            continue;
          sqlite3_bind_int64 (stmt, 1, row->id);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
          counts.removed++;
        }
    }

  if (ok)
    {
      g_autofree char *summary = g_strdup_printf ("%u functions: %u added, %u changed, %u removed, %u unchanged",
                                                  n_functions, counts.added, counts.changed, counts.removed,
                                                  counts.unchanged);

      ok = _paraat_store_audit (self, "roster", 0, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
    }

  if (!_paraat_store_write_end (self, ok, "shift", ok ? &local_error : NULL) || !ok)
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        return _paraat_store_invalid (error, _("A shift that would change has a swap request; decide on the swap first."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (changes != NULL)
    *changes = counts;
  return TRUE;
}

/* Swaps */

static const char * const swap_statuses[] = { "requested", "approved", "rejected", "cancelled" };

void
paraat_swap_free (ParaatSwap *swap)
{
  if (swap == NULL)
    return;

  g_free (swap->requested_by);
  g_free (swap->decided_by);
  g_free (swap->note);
  g_free (swap);
}

static char *
clean_name (const char *name)
{
  return g_strstrip (g_strdup (name != NULL ? name : ""));
}

gint64
paraat_store_request_swap (ParaatStore  *self,
                           gint64        function_id,
                           int           line,
                           gint64        starts_at,
                           gint64        to_person_id,
                           const char   *requested_by,
                           const char   *note,
                           GError      **error)
{
  g_autofree char *who = clean_name (requested_by);
  g_autofree char *summary = NULL;
  g_autoptr (GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 shift_id = 0, from_person_id = 0, swap_id = 0;
  guint open_requests = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), 0);

  if (*who == '\0')
    {
      _paraat_store_invalid (error, _("Say who asks for the swap."));
      return 0;
    }

  /* Swaps are for the regular roster: an extra piket is filled by hand. */
  stmt = _paraat_store_prepare (self, "SELECT id, ifnull(person_id, 0) FROM shift "
                                      "WHERE function_id = ?1 AND line = ?2 AND starts_at = ?3 AND request_id IS NULL",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, function_id);
  sqlite3_bind_int (stmt, 2, line);
  sqlite3_bind_int64 (stmt, 3, starts_at);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      shift_id = sqlite3_column_int64 (stmt, 0);
      from_person_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return 0;
    }

  if (shift_id == 0)
    {
      _paraat_store_invalid (error, _("There is no such shift on the roster."));
      return 0;
    }
  if (from_person_id == 0)
    {
      _paraat_store_invalid (error, _("Nobody has this shift yet: assign someone instead of swapping."));
      return 0;
    }
  if (from_person_id == to_person_id)
    {
      _paraat_store_invalid (error, _("A swap needs someone else: this person already has the shift."));
      return 0;
    }
  if (to_person_id <= 0)
    {
      _paraat_store_invalid (error, _("Choose who takes the shift over."));
      return 0;
    }
  if (!_paraat_store_count_id (self, "SELECT count(*) FROM swap WHERE shift_id = ? AND status = 'requested'",
                               shift_id, &open_requests, error))
    return 0;
  if (open_requests > 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                           _("This shift already has a swap request; approve or reject that one first."));
      return 0;
    }

  if (!_paraat_store_write_begin (self, error))
    return 0;
  stmt = _paraat_store_prepare (self, "INSERT INTO swap (shift_id, from_person_id, to_person_id, requested_by, "
                                      "requested_at, status, note) VALUES (?1, ?2, ?3, ?4, ?5, 'requested', ?6)",
                                &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, shift_id);
      sqlite3_bind_int64 (stmt, 2, from_person_id);
      sqlite3_bind_int64 (stmt, 3, to_person_id);
      sqlite3_bind_text (stmt, 4, who, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, g_get_real_time () / G_USEC_PER_SEC);
      sqlite3_bind_text (stmt, 6, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
    }
  if (ok)
    {
      swap_id = sqlite3_last_insert_rowid (self->db);
      summary = g_strdup_printf ("shift %" G_GINT64_FORMAT ": person %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT
                                 ", requested by %s", shift_id, from_person_id, to_person_id, who);
      ok = _paraat_store_audit (self, "swap", swap_id, PARAAT_AUDIT_ACTION_CREATE, summary, &local_error);
    }
  if (!_paraat_store_write_end (self, ok, "swap", ok ? &local_error : NULL) || !ok)
    {
      if (g_error_matches (local_error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        _paraat_store_invalid (error, _("The person who would take the shift no longer exists."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  return swap_id;
}

#define SWAP_COLUMNS \
  "SELECT w.id, s.function_id, s.line, s.starts_at, s.ends_at, w.from_person_id, w.to_person_id, " \
  "w.requested_by, w.requested_at, w.status, w.decided_by, w.note, w.shift_id, ifnull(s.person_id, 0) " \
  "FROM swap w JOIN shift s ON s.id = w.shift_id "

static ParaatSwap *
swap_from_row (sqlite3_stmt *stmt,
               gint64       *shift_id,
               gint64       *holder_id)
{
  ParaatSwap *swap = g_new0 (ParaatSwap, 1);
  const char *status = _paraat_column_text (stmt, 9);

  swap->id = sqlite3_column_int64 (stmt, 0);
  swap->function_id = sqlite3_column_int64 (stmt, 1);
  swap->line = sqlite3_column_int (stmt, 2);
  swap->starts_at = sqlite3_column_int64 (stmt, 3);
  swap->ends_at = sqlite3_column_int64 (stmt, 4);
  swap->from_person_id = sqlite3_column_int64 (stmt, 5);
  swap->to_person_id = sqlite3_column_int64 (stmt, 6);
  swap->requested_by = g_strdup (_paraat_column_text (stmt, 7));
  swap->requested_at = sqlite3_column_int64 (stmt, 8);
  for (guint i = 0; i < G_N_ELEMENTS (swap_statuses); i++)
    if (g_str_equal (status, swap_statuses[i]))
      swap->status = (ParaatSwapStatus) i;
  swap->decided_by = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? NULL : g_strdup (_paraat_column_text (stmt, 10));
  swap->note = g_strdup (_paraat_column_text (stmt, 11));
  if (shift_id != NULL)
    *shift_id = sqlite3_column_int64 (stmt, 12);
  if (holder_id != NULL)
    *holder_id = sqlite3_column_int64 (stmt, 13);
  return swap;
}

GPtrArray *
paraat_store_list_swaps (ParaatStore  *self,
                         gboolean      open_only,
                         GError      **error)
{
  g_autoptr (GPtrArray) swaps = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_swap_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self, SWAP_COLUMNS "WHERE ?1 = 0 OR w.status = 'requested' "
                                      "ORDER BY w.requested_at DESC, w.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, open_only ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (swaps, swap_from_row (stmt, NULL, NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&swaps);
}

gboolean
paraat_store_decide_swap (ParaatStore  *self,
                          gint64        swap_id,
                          gboolean      approve,
                          const char   *decided_by,
                          GError      **error)
{
  g_autofree char *who = clean_name (decided_by);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *summary = NULL;
  ParaatSwap *swap = NULL;
  sqlite3_stmt *stmt;
  gint64 shift_id = 0, holder_id = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (*who == '\0')
    return _paraat_store_invalid (error, _("Say who decides on the swap."));

  stmt = _paraat_store_prepare (self, SWAP_COLUMNS "WHERE w.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, swap_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    swap = swap_from_row (stmt, &shift_id, &holder_id);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _paraat_store_set_error (self, error, rc);
      return FALSE;
    }
  if (swap == NULL)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND, _("This swap request no longer exists."));
      return FALSE;
    }

  {
    g_autoptr (GError) refused = NULL;
    g_autofree char *requester = g_utf8_casefold (swap->requested_by, -1);
    g_autofree char *decider = g_utf8_casefold (who, -1);

    if (swap->status != PARAAT_SWAP_REQUESTED)
      _paraat_store_invalid (&refused, _("This swap was already decided on."));
    else if (approve && g_str_equal (requester, decider))
      _paraat_store_invalid (&refused, _("Someone other than the one who asked must approve a swap."));
    else if (approve && holder_id != swap->from_person_id)
      _paraat_store_invalid (&refused, _("The shift changed hands since the swap was asked; it no longer applies."));
    if (refused != NULL)
      {
        paraat_swap_free (swap);
        g_propagate_error (error, g_steal_pointer (&refused));
        return FALSE;
      }
  }

  if (!_paraat_store_write_begin (self, error))
    {
      paraat_swap_free (swap);
      return FALSE;
    }
  stmt = _paraat_store_prepare (self, "UPDATE swap SET status = ?2, decided_by = ?3, decided_at = ?4 WHERE id = ?1",
                                &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, swap_id);
      sqlite3_bind_text (stmt, 2, approve ? "approved" : "rejected", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, who, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC);
      ok = _paraat_store_exec_stmt (self, stmt, &local_error);
    }
  if (ok && approve)
    {
      /* In place: the same function, line and start, so a calendar keeps
       * one entry and replaces it (the sequence goes up). */
      stmt = _paraat_store_prepare (self, "UPDATE shift SET person_id = ?2, origin = 'swap', sequence = sequence + 1, "
                                          "modified_at = ?3 WHERE id = ?1", &local_error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, shift_id);
          sqlite3_bind_int64 (stmt, 2, swap->to_person_id);
          sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
          ok = _paraat_store_exec_stmt (self, stmt, &local_error);
        }
    }
  if (ok)
    {
      summary = g_strdup_printf ("%s by %s (requested by %s): shift %" G_GINT64_FORMAT ", person %" G_GINT64_FORMAT
                                 " → %" G_GINT64_FORMAT, approve ? "approved" : "rejected", who,
                                 swap->requested_by, shift_id, swap->from_person_id, swap->to_person_id);
      ok = _paraat_store_audit (self, "swap", swap_id, PARAAT_AUDIT_ACTION_UPDATE, summary, &local_error);
    }
  paraat_swap_free (swap);

  if (!_paraat_store_write_end (self, ok, "shift", ok ? &local_error : NULL) || !ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
