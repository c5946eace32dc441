/* paraat-org-health.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "planning/paraat-org-health.h"

/* What the assignments valid on the day say about one function. Each table
 * holds the ids of active people (a set: one person counted once). */
typedef struct
{
  gint64          id;
  ParaatFunction *function;
  GHashTable     *pool;      /* primary or backup */
  GHashTable     *primaries;
  GHashTable     *backups;
} FunctionTally;

/* ... and about one person. */
typedef struct
{
  gint64        id;
  ParaatPerson *person;
  GPtrArray    *functions;   /* FunctionTally *, unowned, in function order */
} PersonTally;

static void
function_tally_free (FunctionTally *tally)
{
  g_clear_object (&tally->function);
  g_clear_pointer (&tally->pool, g_hash_table_unref);
  g_clear_pointer (&tally->primaries, g_hash_table_unref);
  g_clear_pointer (&tally->backups, g_hash_table_unref);
  g_free (tally);
}

static void
person_tally_free (PersonTally *tally)
{
  g_clear_object (&tally->person);
  g_clear_pointer (&tally->functions, g_ptr_array_unref);
  g_free (tally);
}

static int
compare_functions (gconstpointer a,
                   gconstpointer b)
{
  ParaatFunction *fa = (*(FunctionTally * const *) a)->function;
  ParaatFunction *fb = (*(FunctionTally * const *) b)->function;
  int pa = paraat_function_get_position (fa);
  int pb = paraat_function_get_position (fb);
  gint64 ia = paraat_function_get_id (fa);
  gint64 ib = paraat_function_get_id (fb);
  int cmp;

  if (pa != pb)
    return pa < pb ? -1 : 1;
  cmp = g_strcmp0 (paraat_function_get_code (fa), paraat_function_get_code (fb));
  if (cmp != 0)
    return cmp;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  ParaatPerson *pa = (*(PersonTally * const *) a)->person;
  ParaatPerson *pb = (*(PersonTally * const *) b)->person;
  gint64 ia = paraat_person_get_id (pa);
  gint64 ib = paraat_person_get_id (pb);
  int cmp;

  cmp = g_utf8_collate (paraat_person_get_family_name (pa), paraat_person_get_family_name (pb));
  if (cmp != 0)
    return cmp;
  cmp = g_utf8_collate (paraat_person_get_given_name (pa), paraat_person_get_given_name (pb));
  if (cmp != 0)
    return cmp;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

static ParaatOrgProblem *
problem_new (ParaatOrgProblemKind kind,
             gint64               function_id,
             gint64               person_id,
             char                *title,
             char                *detail)
{
  ParaatOrgProblem *problem = g_new0 (ParaatOrgProblem, 1);

  problem->kind = kind;
  problem->function_id = function_id;
  problem->person_id = person_id;
  problem->title = title;
  problem->detail = detail;
  return problem;
}

static const char *
person_label (ParaatPerson *person)
{
  const char *name = paraat_person_get_display_name (person);

  /* Translators: a person without a name */
  return name != NULL && *name != '\0' ? name : _("Unnamed person");
}

static void
check_function (FunctionTally *tally,
                guint          weeks,
                GPtrArray     *problems)
{
  ParaatFunction *function = tally->function;
  gint64 id = paraat_function_get_id (function);
  const char *code = paraat_function_get_code (function);
  const char *name = paraat_function_get_name (function);
  guint needed = paraat_org_health_pool_needed (function, weeks);
  gboolean rotates = needed > 1;
  guint count = g_hash_table_size (rotates ? tally->pool : tally->primaries);

  if (name == NULL || *name == '\0')
    name = code;

  if (count < needed)
    {
      ParaatOrgProblem *problem;
      char *detail;

      if (rotates)
        /* Translators: a crisis function's code, then how many people it has and needs, e.g.
         * "OVDBZ: 3 people, the rotation needs 8" */
        detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s: %u person, the rotation needs %u",
                                               "%s: %u people, the rotation needs %u",
                                               count),
                                  code, count, needed);
      else
        /* Translators: a crisis function's code */
        detail = g_strdup_printf (_("%s: nobody is assigned as primary"), code);

      /* Translators: a crisis function's name */
      problem = problem_new (PARAAT_ORG_PROBLEM_SHORT_POOL, id, 0,
                             g_strdup_printf (_("Too few people for %s"), name), detail);
      problem->count = count;
      problem->needed = needed;
      g_ptr_array_add (problems, problem);
    }

  if (!paraat_function_get_regional_pool (function) &&
      g_hash_table_size (tally->backups) == 0)
    g_ptr_array_add (problems,
                     problem_new (PARAAT_ORG_PROBLEM_NO_BACKUP, id, 0,
                                  /* Translators: a crisis function's name */
                                  g_strdup_printf (_("No backup for %s"), name),
                                  /* Translators: a crisis function's code */
                                  g_strdup_printf (_("%s: nobody is assigned as backup"), code)));
}

static void
check_person (PersonTally *tally,
              GPtrArray   *problems)
{
  ParaatPerson *person = tally->person;
  gint64 id = paraat_person_get_id (person);
  gboolean active = paraat_person_get_active (person);

  if (active && tally->functions->len == 0)
    {
      g_ptr_array_add (problems,
                       problem_new (PARAAT_ORG_PROBLEM_UNASSIGNED, 0, id,
                                    /* Translators: a person's name */
                                    g_strdup_printf (_("%s has no function"), person_label (person)),
                                    g_strdup (_("Active, but not assigned to any crisis function"))));
    }
  else if (!active && tally->functions->len > 0)
    {
      g_autoptr (GString) codes = g_string_new (NULL);

      g_ptr_array_sort (tally->functions, compare_functions);
      for (guint i = 0; i < tally->functions->len; i++)
        {
          FunctionTally *function = g_ptr_array_index (tally->functions, i);

          if (i > 0)
            /* Translators: between the codes of a list of functions, "ACB, LTBZ" */
            g_string_append (codes, _(", "));
          g_string_append (codes, paraat_function_get_code (function->function));
        }

      g_ptr_array_add (problems,
                       problem_new (PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED, 0, id,
                                    /* Translators: a person's name */
                                    g_strdup_printf (_("%s is inactive but still assigned"),
                                                     person_label (person)),
                                    /* Translators: a list of function codes, "ACB, LTBZ" */
                                    g_strdup_printf (_("Still assigned to %s"), codes->str)));
    }
}

/* g_ptr_array_sort is not stable; this is. */
static void
sort_stable (GPtrArray *problems)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_sized_new (problems->len);

  for (int kind = PARAAT_ORG_PROBLEM_SHORT_POOL; kind <= PARAAT_ORG_PROBLEM_UNASSIGNED; kind++)
    for (guint i = 0; i < problems->len; i++)
      {
        ParaatOrgProblem *problem = g_ptr_array_index (problems, i);

        if ((int) problem->kind == kind)
          g_ptr_array_add (sorted, problem);
      }

  g_assert (sorted->len == problems->len);
  memcpy (problems->pdata, sorted->pdata, sorted->len * sizeof (gpointer));
}

/*
 * Public API
 */

void
paraat_org_problem_free (ParaatOrgProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->title);
  g_free (problem->detail);
  g_free (problem);
}

gboolean
paraat_org_health_assignment_valid (ParaatAssignment *assignment,
                                    const char       *date)
{
  const char *from;
  const char *until;

  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (assignment), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  from = paraat_assignment_get_valid_from (assignment);
  until = paraat_assignment_get_valid_until (assignment);

  /* "YYYY-MM-DD" compares as text in calendar order. */
  return (from == NULL || *from == '\0' || strcmp (from, date) <= 0) &&
         (until == NULL || *until == '\0' || strcmp (until, date) >= 0);
}

guint
paraat_org_health_pool_needed (ParaatFunction *function,
                               guint           weeks)
{
  int lines;
  int per_line;

  g_return_val_if_fail (PARAAT_IS_FUNCTION (function), 0);
  g_return_val_if_fail (weeks >= 1, 0);

  if (paraat_function_get_piket_kind (function) == PARAAT_PIKET_KIND_NONE ||
      paraat_function_get_regional_pool (function))
    return 1;

  lines = MAX (paraat_function_get_lines (function), 1);
  per_line = MAX (paraat_function_get_per_line (function), 1);
  return (guint) lines * (guint) per_line * weeks;
}

GPtrArray *
paraat_org_health_check (GListModel *functions,
                         GListModel *people,
                         GListModel *assignments,
                         const char *date,
                         guint       weeks)
{
  g_autoptr (GPtrArray) function_list = NULL;
  g_autoptr (GPtrArray) person_list = NULL;
  g_autoptr (GHashTable) function_by_id = NULL;
  g_autoptr (GHashTable) person_by_id = NULL;
  GPtrArray *problems;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (functions), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (assignments), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (functions), PARAAT_TYPE_FUNCTION), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (people), PARAAT_TYPE_PERSON), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (assignments), PARAAT_TYPE_ASSIGNMENT), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (weeks >= 1, NULL);

  /* The tallies own the keys of the lookup tables (their id fields). */
  function_list = g_ptr_array_new_with_free_func ((GDestroyNotify) function_tally_free);
  function_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  n = g_list_model_get_n_items (functions);
  for (guint i = 0; i < n; i++)
    {
      FunctionTally *tally = g_new0 (FunctionTally, 1);

      tally->function = g_list_model_get_item (functions, i);
      tally->id = paraat_function_get_id (tally->function);
      tally->pool = g_hash_table_new (g_int64_hash, g_int64_equal);
      tally->primaries = g_hash_table_new (g_int64_hash, g_int64_equal);
      tally->backups = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_ptr_array_add (function_list, tally);
      g_hash_table_insert (function_by_id, &tally->id, tally);
    }

  person_list = g_ptr_array_new_with_free_func ((GDestroyNotify) person_tally_free);
  person_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      PersonTally *tally = g_new0 (PersonTally, 1);

      tally->person = g_list_model_get_item (people, i);
      tally->id = paraat_person_get_id (tally->person);
      tally->functions = g_ptr_array_new ();
      g_ptr_array_add (person_list, tally);
      g_hash_table_insert (person_by_id, &tally->id, tally);
    }

  n = g_list_model_get_n_items (assignments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      FunctionTally *function;
      PersonTally *person;

      if (!paraat_org_health_assignment_valid (assignment, date))
        continue;

      function = g_hash_table_lookup (function_by_id, &function_id);
      person = g_hash_table_lookup (person_by_id, &person_id);
      if (function == NULL || person == NULL)
        continue;

      if (!g_ptr_array_find (person->functions, function, NULL))
        g_ptr_array_add (person->functions, function);

      if (!paraat_person_get_active (person->person))
        continue;

      switch (paraat_assignment_get_level (assignment))
        {
        case PARAAT_ASSIGNMENT_LEVEL_PRIMARY:
          g_hash_table_add (function->primaries, &person->id);
          g_hash_table_add (function->pool, &person->id);
          break;

        case PARAAT_ASSIGNMENT_LEVEL_BACKUP:
          g_hash_table_add (function->backups, &person->id);
          g_hash_table_add (function->pool, &person->id);
          break;

        case PARAAT_ASSIGNMENT_LEVEL_TRAINEE:
        default:
          break;
        }
    }

  g_ptr_array_sort (function_list, compare_functions);
  g_ptr_array_sort (person_list, compare_people);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_org_problem_free);
  for (guint i = 0; i < function_list->len; i++)
    check_function (g_ptr_array_index (function_list, i), weeks, problems);
  for (guint i = 0; i < person_list->len; i++)
    check_person (g_ptr_array_index (person_list, i), problems);

  sort_stable (problems);
  return problems;
}
