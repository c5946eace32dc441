/* paraat-store-bulk.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>

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
