/* paraat-store-bulk.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "model/paraat-validate.h"
#include "store/paraat-store-private.h"

/* Many records at once: one transaction, each row checked and audited as a
 * single save would be, and nothing written when any row is refused. */

gboolean
paraat_store_import_people (ParaatStore  *self,
                            GPtrArray    *people,
                            GPtrArray    *assignments,
                            const guint  *person_of_assignment,
                            GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);
  g_return_val_if_fail (assignments != NULL, FALSE);
  g_return_val_if_fail (assignments->len == 0 || person_of_assignment != NULL, FALSE);

  for (guint i = 0; i < assignments->len; i++)
    g_return_val_if_fail (person_of_assignment[i] < people->len, FALSE);

  if (!paraat_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    {
      ParaatPerson *person = g_ptr_array_index (people, i);

      paraat_person_set_id (person, 0);
      if (!paraat_store_save_person (self, person, &local_error))
        goto failed;
    }

  for (guint i = 0; i < assignments->len; i++)
    {
      ParaatAssignment *assignment = g_ptr_array_index (assignments, i);
      ParaatPerson *person = g_ptr_array_index (people, person_of_assignment[i]);

      paraat_assignment_set_id (assignment, 0);
      paraat_assignment_set_person_id (assignment, paraat_person_get_id (person));
      if (!paraat_store_save_assignment (self, assignment, &local_error))
        goto failed;
    }

  if (paraat_store_commit (self, &local_error))
    return TRUE;

failed:
  paraat_store_rollback (self);
  /* Nothing was written: the objects keep no ids of rows that do not exist. */
  for (guint i = 0; i < people->len; i++)
    paraat_person_set_id (g_ptr_array_index (people, i), 0);
  for (guint i = 0; i < assignments->len; i++)
    {
      paraat_assignment_set_id (g_ptr_array_index (assignments, i), 0);
      paraat_assignment_set_person_id (g_ptr_array_index (assignments, i), 0);
    }
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s ",
                              _("Nothing was imported:"));
  return FALSE;
}

/* Deletes rows of @table, each with its audit row, in one transaction. */
static gboolean
delete_rows (ParaatStore  *self,
             const char   *table,
             const gint64 *ids,
             guint         n_ids,
             GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!paraat_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (!_paraat_store_delete_row (self, table, ids[i], &local_error))
      {
        paraat_store_rollback (self);
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s ", _("Nothing was removed:"));
        return FALSE;
      }
  return paraat_store_commit (self, error);
}

gboolean
paraat_store_import_absences (ParaatStore  *self,
                              GPtrArray    *absences,
                              GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (absences != NULL, FALSE);

  if (!paraat_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < absences->len; i++)
    {
      ParaatAbsence *absence = g_ptr_array_index (absences, i);

      paraat_absence_set_id (absence, 0);
      if (!paraat_store_save_absence (self, absence, &local_error))
        goto failed;
    }

  if (paraat_store_commit (self, &local_error))
    return TRUE;

failed:
  paraat_store_rollback (self);
  for (guint i = 0; i < absences->len; i++)
    paraat_absence_set_id (g_ptr_array_index (absences, i), 0);
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s ", _("Nothing was imported:"));
  return FALSE;
}

gboolean
paraat_store_delete_absences (ParaatStore  *self,
                              const gint64 *ids,
                              guint         n_ids,
                              GError      **error)
{
  return delete_rows (self, "absence", ids, n_ids, error);
}

/*
 * Holidays
 */

void
paraat_holiday_clear (ParaatHoliday *holiday)
{
  g_clear_pointer (&holiday->first_day, g_free);
  g_clear_pointer (&holiday->last_day, g_free);
  g_clear_pointer (&holiday->name, g_free);
  g_clear_pointer (&holiday->uid, g_free);
}

GArray *
paraat_store_list_holidays (ParaatStore  *self,
                            GError      **error)
{
  g_autoptr (GArray) holidays = g_array_new (FALSE, TRUE, sizeof (ParaatHoliday));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  g_array_set_clear_func (holidays, (GDestroyNotify) paraat_holiday_clear);
  stmt = _paraat_store_prepare (self, "SELECT id, first_day, last_day, name, uid FROM holiday "
                                      "ORDER BY first_day, last_day, name", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatHoliday holiday = {
        .id = sqlite3_column_int64 (stmt, 0),
        .first_day = g_strdup (_paraat_column_text (stmt, 1)),
        .last_day = g_strdup (_paraat_column_text (stmt, 2)),
        .name = g_strdup (_paraat_column_text (stmt, 3)),
        .uid = g_strdup (_paraat_column_text (stmt, 4)),
      };

      g_array_append_val (holidays, holiday);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&holidays);
}

static gboolean
save_holiday (ParaatStore   *self,
              ParaatHoliday *holiday,
              GError       **error)
{
  ParaatColumn columns[] = {
    COL_TEXT ("first_day", holiday->first_day),
    COL_TEXT ("last_day", holiday->last_day),
    COL_TEXT ("name", holiday->name),
    COL_TEXT ("uid", holiday->uid != NULL ? holiday->uid : ""),
  };
  gint64 id = 0;
  gboolean ok;

  if (holiday->name == NULL || *g_strstrip (holiday->name) == '\0')
    return _paraat_store_invalid (error, _("A holiday needs a name."));
  if (holiday->first_day == NULL || !paraat_validate_date (holiday->first_day) ||
      holiday->last_day == NULL || !paraat_validate_date (holiday->last_day))
    return _paraat_store_invalid (error, _("The days of “%s” must be real days written as YYYY-MM-DD."),
                                  holiday->name);
  if (strcmp (holiday->last_day, holiday->first_day) < 0)
    return _paraat_store_invalid (error, _("“%s” must end on or after its first day."), holiday->name);
  {
    g_autoptr (GError) local_error = NULL;
    g_autofree char *key = g_strdup_printf ("%s %s %s", holiday->first_day, holiday->last_day, holiday->name);

    if (_paraat_store_exists (self, "SELECT 1 FROM holiday WHERE first_day || ' ' || last_day || ' ' || name = ?1 "
                                    "AND id <> ?2", key, 0, &local_error))
      {
        if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return FALSE;
          }
        g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE,
                     _("“%s” on these days is already a holiday."), holiday->name);
        return FALSE;
      }
  }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "holiday", &id, columns, G_N_ELEMENTS (columns), "holiday", error);
  if (!_paraat_store_write_end (self, ok, "holiday", ok ? error : NULL))
    ok = FALSE;
  if (ok)
    holiday->id = id;
  return ok;
}

gboolean
paraat_store_import_holidays (ParaatStore  *self,
                              GArray       *holidays,
                              GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (holidays != NULL, FALSE);

  if (!paraat_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < holidays->len; i++)
    {
      ParaatHoliday *holiday = &g_array_index (holidays, ParaatHoliday, i);

      holiday->id = 0;
      if (!save_holiday (self, holiday, &local_error))
        goto failed;
    }

  if (paraat_store_commit (self, &local_error))
    return TRUE;

failed:
  paraat_store_rollback (self);
  for (guint i = 0; i < holidays->len; i++)
    g_array_index (holidays, ParaatHoliday, i).id = 0;
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s ", _("Nothing was imported:"));
  return FALSE;
}

gboolean
paraat_store_delete_holidays (ParaatStore  *self,
                              const gint64 *ids,
                              guint         n_ids,
                              GError      **error)
{
  return delete_rows (self, "holiday", ids, n_ids, error);
}
