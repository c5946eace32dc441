/* paraat-coverage.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <stdlib.h>

#include "planning/paraat-coverage.h"

typedef struct
{
  gint64 function_id;
  int    line;
  int    slot;
  gint64 starts_at;
  gint64 request_id;
} Key;

static guint
key_hash (gconstpointer data)
{
  const Key *key = data;
  guint64 h = (guint64) key->starts_at * 1000003u ^ (guint64) key->function_id * 2654435761u ^
              (guint64) (key->line * 31 + key->slot) ^ (guint64) key->request_id * 40503u;

  return (guint) (h ^ (h >> 32));
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *x = a;
  const Key *y = b;

  return x->function_id == y->function_id && x->line == y->line && x->slot == y->slot &&
         x->starts_at == y->starts_at && x->request_id == y->request_id;
}

static void
problem_clear (gpointer data)
{
  ParaatCoverageProblem *problem = data;

  g_clear_pointer (&problem->why, g_free);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const ParaatCoverageProblem *x = a;
  const ParaatCoverageProblem *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  if (x->function_id != y->function_id)
    return x->function_id < y->function_id ? -1 : 1;
  if (x->line != y->line)
    return x->line - y->line;
  if (x->request_id != y->request_id)
    return (x->request_id > y->request_id) - (x->request_id < y->request_id);
  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return (x->person_id > y->person_id) - (x->person_id < y->person_id);
}

typedef struct
{
  const ParaatPiketShift *shifts;
} SortData;

static int
compare_by_person (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const ParaatPiketShift *shifts = ((SortData *) user_data)->shifts;
  const ParaatPiketShift *x = &shifts[*(const guint *) a];
  const ParaatPiketShift *y = &shifts[*(const guint *) b];

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  if (x->function_id != y->function_id)
    return x->function_id < y->function_id ? -1 : 1;
  return x->line - y->line;
}

static int
compare_absences (gconstpointer a,
                  gconstpointer b)
{
  const ParaatPiketAbsence *x = a;
  const ParaatPiketAbsence *y = b;

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  return (x->starts_at > y->starts_at) - (x->starts_at < y->starts_at);
}

static gboolean
allows_overlap (GHashTable *allow,
                gint64      function_id)
{
  return g_hash_table_contains (allow, &function_id);
}

GArray *
paraat_coverage_check (const ParaatCoverageFunction *functions,
                       guint                         n_functions,
                       const ParaatPiketShift       *shifts,
                       guint                         n_shifts,
                       const ParaatPiketAbsence     *absences,
                       guint                         n_absences,
                       ParaatProficientFunc          proficient,
                       gpointer                      user_data,
                       gint64                        from,
                       gint64                        to)
{
  GArray *problems = g_array_new (FALSE, TRUE, sizeof (ParaatCoverageProblem));
  g_autoptr (GHashTable) present = g_hash_table_new (key_hash, key_equal);
  g_autoptr (GHashTable) allow = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree Key *keys = g_new (Key, MAX (n_shifts, 1));
  g_autofree guint *order = g_new (guint, MAX (n_shifts, 1));
  g_autofree ParaatPiketAbsence *sorted_absences = g_memdup2 (absences, sizeof (ParaatPiketAbsence) * n_absences);
  SortData sort_data = { shifts };
  guint n_order = 0;

  g_array_set_clear_func (problems, problem_clear);
  g_return_val_if_fail (functions != NULL || n_functions == 0, problems);
  g_return_val_if_fail (shifts != NULL || n_shifts == 0, problems);
  g_return_val_if_fail (absences != NULL || n_absences == 0, problems);

  for (guint f = 0; f < n_functions; f++)
    if (functions[f].allow_overlap)
      g_hash_table_add (allow, (gpointer) &functions[f].function_id);

  for (guint i = 0; i < n_shifts; i++)
    {
      keys[i] = (Key) { shifts[i].function_id, shifts[i].line, shifts[i].slot, shifts[i].starts_at,
                        shifts[i].request_id };
      g_hash_table_add (present, &keys[i]);
    }

  /* Lines of slots without a shift. */
  for (guint f = 0; f < n_functions; f++)
    for (guint s = 0; s < functions[f].n_slots; s++)
      {
        const ParaatPiketSlot *slot = &functions[f].slots[s];
        /* A period of the rotation on every line; an extra piket on its own. */
        int first_line = slot->request_id != 0 ? CLAMP (slot->line, 1, 2) : 1;
        int last_line = slot->request_id != 0 ? first_line : CLAMP (functions[f].lines, 1, 2);

        if (!paraat_piket_overlaps (slot->starts_at, slot->ends_at, from, to))
          continue;
        for (int line = first_line; line <= last_line; line++)
          {
            Key key = { functions[f].function_id, line, slot->slot, slot->starts_at, slot->request_id };
            ParaatCoverageProblem problem = {
              .kind = PARAAT_COVERAGE_GAP,
              .function_id = functions[f].function_id,
              .line = line,
              .slot = slot->slot,
              .starts_at = slot->starts_at,
              .ends_at = slot->ends_at,
              .request_id = slot->request_id,
            };

            if (!g_hash_table_contains (present, &key))
              g_array_append_val (problems, problem);
          }
      }

  /* Shifts without anybody; the others in order of person and start. */
  for (guint i = 0; i < n_shifts; i++)
    {
      const ParaatPiketShift *shift = &shifts[i];

      if (!paraat_piket_overlaps (shift->starts_at, shift->ends_at, from, to))
        continue;
      if (shift->person_id == 0)
        {
          ParaatCoverageProblem problem = {
            .kind = PARAAT_COVERAGE_GAP,
            .function_id = shift->function_id,
            .line = shift->line,
            .slot = shift->slot,
            .starts_at = shift->starts_at,
            .ends_at = shift->ends_at,
            .request_id = shift->request_id,
          };

          g_array_append_val (problems, problem);
          continue;
        }
      order[n_order++] = i;
    }
  g_qsort_with_data (order, (gint) n_order, sizeof (guint), compare_by_person, &sort_data);
  qsort (sorted_absences, n_absences, sizeof (ParaatPiketAbsence), compare_absences);

  {
    guint absence = 0;

    for (guint o = 0; o < n_order; o++)
      {
        const ParaatPiketShift *shift = &shifts[order[o]];
        ParaatCoverageProblem base = {
          .function_id = shift->function_id,
          .line = shift->line,
          .slot = shift->slot,
          .starts_at = shift->starts_at,
          .ends_at = shift->ends_at,
          .person_id = shift->person_id,
          .request_id = shift->request_id,
        };
        g_autofree char *why = NULL;

        /* Later shifts of the same person that start before this one ends. */
        for (guint p = o + 1; p < n_order; p++)
          {
            const ParaatPiketShift *other = &shifts[order[p]];
            ParaatCoverageProblem problem = base;

            if (other->person_id != shift->person_id || other->starts_at >= shift->ends_at)
              break;
            if (other->function_id != shift->function_id &&
                (allows_overlap (allow, shift->function_id) || allows_overlap (allow, other->function_id)))
              continue;
            problem.kind = PARAAT_COVERAGE_DOUBLE_BOOKED;
            problem.other_function_id = other->function_id;
            problem.other_line = other->line;
            problem.other_starts_at = other->starts_at;
            g_array_append_val (problems, problem);
          }

        /* Absences: both lists are ordered by person, then start. */
        while (absence < n_absences && sorted_absences[absence].person_id < shift->person_id)
          absence++;
        for (guint a = absence; a < n_absences && sorted_absences[a].person_id == shift->person_id; a++)
          {
            if (sorted_absences[a].starts_at >= shift->ends_at)
              break;
            if (sorted_absences[a].ends_at > shift->starts_at)
              {
                ParaatCoverageProblem problem = base;

                problem.kind = PARAAT_COVERAGE_ABSENT;
                g_array_append_val (problems, problem);
                break;
              }
          }

        if (proficient != NULL &&
            !proficient (shift->person_id, shift->function_id, shift->starts_at, shift->ends_at, &why, user_data))
          {
            ParaatCoverageProblem problem = base;

            problem.kind = PARAAT_COVERAGE_NOT_PROFICIENT;
            problem.why = g_steal_pointer (&why);
            g_array_append_val (problems, problem);
          }
      }
  }

  g_array_sort (problems, compare_problems);
  return problems;
}
