/* paraat-callout-list.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include "planning/paraat-callout-list.h"
#include "planning/paraat-phone.h"

static void
entry_free (ParaatCalloutEntry *entry)
{
  g_free (entry->name);
  g_free (entry->phone);
  g_free (entry->phone_alt);
  g_free (entry->email);
  g_free (entry->department);
  g_free (entry);
}

static void
function_free (ParaatCalloutFunction *function)
{
  g_free (function->code);
  g_free (function->name);
  g_ptr_array_unref (function->entries);
  g_free (function);
}

static void
team_free (ParaatCalloutTeam *team)
{
  g_free (team->code);
  g_free (team->name);
  g_ptr_array_unref (team->functions);
  g_free (team);
}

static gboolean
valid_on (ParaatAssignment *assignment,
          const char       *date)
{
  const char *from = paraat_assignment_get_valid_from (assignment);
  const char *until = paraat_assignment_get_valid_until (assignment);

  return (from == NULL || g_strcmp0 (from, date) <= 0) &&
         (until == NULL || g_strcmp0 (until, date) >= 0);
}

static int
compare_teams (gconstpointer a,
               gconstpointer b)
{
  ParaatTeam *x = *(ParaatTeam **) a;
  ParaatTeam *y = *(ParaatTeam **) b;

  if (paraat_team_get_position (x) != paraat_team_get_position (y))
    return paraat_team_get_position (x) < paraat_team_get_position (y) ? -1 : 1;
  return g_utf8_collate (paraat_team_get_name (x), paraat_team_get_name (y));
}

static int
compare_functions (gconstpointer a,
                   gconstpointer b)
{
  ParaatFunction *x = *(ParaatFunction **) a;
  ParaatFunction *y = *(ParaatFunction **) b;

  if (paraat_function_get_position (x) != paraat_function_get_position (y))
    return paraat_function_get_position (x) < paraat_function_get_position (y) ? -1 : 1;
  return g_strcmp0 (paraat_function_get_code (x), paraat_function_get_code (y));
}

typedef struct
{
  ParaatAssignment *assignment;
  ParaatPerson     *person;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;
  ParaatAssignmentLevel lx = paraat_assignment_get_level (x->assignment);
  ParaatAssignmentLevel ly = paraat_assignment_get_level (y->assignment);
  int px = paraat_assignment_get_position (x->assignment);
  int py = paraat_assignment_get_position (y->assignment);
  int names;

  if (lx != ly)
    return lx < ly ? -1 : 1;
  if (px != py)
    return px < py ? -1 : 1;
  names = g_utf8_collate (paraat_person_get_family_name (x->person),
                          paraat_person_get_family_name (y->person));
  if (names != 0)
    return names;
  return g_utf8_collate (paraat_person_get_given_name (x->person),
                         paraat_person_get_given_name (y->person));
}

static GPtrArray *
sorted_items (GListModel       *model,
              GCompareFunc      compare)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare);

  return items;
}

static ParaatCalloutFunction *
build_function (ParaatFunction *function,
                GHashTable     *people,
                GListModel     *assignments,
                const char     *date)
{
  ParaatCalloutFunction *entry = g_new0 (ParaatCalloutFunction, 1);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) called = g_hash_table_new (NULL, NULL);

  entry->function_id = paraat_function_get_id (function);
  entry->code = g_strdup (paraat_function_get_code (function));
  entry->name = g_strdup (paraat_function_get_name (function));
  entry->piket_kind = paraat_function_get_piket_kind (function);
  entry->response_minutes = paraat_function_get_response_minutes (function);
  entry->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      ParaatPerson *person;

      if (paraat_assignment_get_function_id (assignment) != entry->function_id ||
          !valid_on (assignment, date))
        continue;

      person = g_hash_table_lookup (people, &person_id);
      if (person == NULL || !paraat_person_get_active (person))
        continue;

      g_array_append_val (candidates, ((Candidate) { assignment, person }));
      g_ptr_array_add (held, g_steal_pointer (&assignment));
    }

  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      ParaatCalloutEntry *line;

      /* Someone assigned twice (primary and backup, or two periods) is
       * called once, at the first place. */
      if (g_hash_table_contains (called, candidate->person))
        continue;
      g_hash_table_add (called, candidate->person);

      line = g_new0 (ParaatCalloutEntry, 1);

      line->order = entry->entries->len + 1;
      line->person_id = paraat_person_get_id (candidate->person);
      line->name = g_strdup (paraat_person_get_display_name (candidate->person));
      line->level = paraat_assignment_get_level (candidate->assignment);
      line->phone = paraat_phone_format (paraat_person_get_phone (candidate->person));
      line->phone_alt = paraat_phone_format (paraat_person_get_phone_alt (candidate->person));
      line->email = g_strdup (paraat_person_get_email (candidate->person));
      line->department = g_strdup (paraat_person_get_department (candidate->person));
      g_ptr_array_add (entry->entries, line);
    }

  return entry;
}

GPtrArray *
paraat_callout_list_build (GListModel *teams,
                           GListModel *functions,
                           GListModel *people,
                           GListModel *assignments,
                           const char *date,
                           const char *other_name)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) team_free);
  g_autoptr (GHashTable) people_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr (GHashTable) known_teams = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GPtrArray) sorted_teams = NULL;
  g_autoptr (GPtrArray) sorted_functions = NULL;
  ParaatCalloutTeam *other = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (teams), list);
  g_return_val_if_fail (G_IS_LIST_MODEL (functions), list);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), list);
  g_return_val_if_fail (G_IS_LIST_MODEL (assignments), list);
  g_return_val_if_fail (date != NULL, list);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      ParaatPerson *person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);

      g_hash_table_insert (people_by_id, g_memdup2 (&id, sizeof id), person);
    }

  sorted_teams = sorted_items (teams, compare_teams);
  sorted_functions = sorted_items (functions, compare_functions);

  for (guint t = 0; t < sorted_teams->len; t++)
    {
      ParaatTeam *team = g_ptr_array_index (sorted_teams, t);
      ParaatCalloutTeam *entry = g_new0 (ParaatCalloutTeam, 1);
      gint64 id = paraat_team_get_id (team);

      entry->team_id = id;
      entry->code = g_strdup (paraat_team_get_code (team));
      entry->name = g_strdup (paraat_team_get_name (team));
      entry->functions = g_ptr_array_new_with_free_func ((GDestroyNotify) function_free);
      g_hash_table_add (known_teams, g_memdup2 (&id, sizeof id));

      for (guint f = 0; f < sorted_functions->len; f++)
        {
          ParaatFunction *function = g_ptr_array_index (sorted_functions, f);

          if (paraat_function_get_team_id (function) == id)
            g_ptr_array_add (entry->functions, build_function (function, people_by_id, assignments, date));
        }

      g_ptr_array_add (list, entry);
    }

  for (guint f = 0; f < sorted_functions->len; f++)
    {
      ParaatFunction *function = g_ptr_array_index (sorted_functions, f);
      gint64 team_id = paraat_function_get_team_id (function);

      if (team_id > 0 && g_hash_table_contains (known_teams, &team_id))
        continue;

      if (other == NULL)
        {
          other = g_new0 (ParaatCalloutTeam, 1);
          other->code = g_strdup ("");
          other->name = g_strdup (other_name != NULL ? other_name : "");
          other->functions = g_ptr_array_new_with_free_func ((GDestroyNotify) function_free);
          g_ptr_array_add (list, other);
        }
      g_ptr_array_add (other->functions, build_function (function, people_by_id, assignments, date));
    }

  return list;
}

guint
paraat_callout_list_count_gaps (GPtrArray *list)
{
  guint gaps = 0;

  g_return_val_if_fail (list != NULL, 0);

  for (guint t = 0; t < list->len; t++)
    {
      ParaatCalloutTeam *team = g_ptr_array_index (list, t);

      for (guint f = 0; f < team->functions->len; f++)
        if (((ParaatCalloutFunction *) g_ptr_array_index (team->functions, f))->entries->len == 0)
          gaps++;
    }

  return gaps;
}
