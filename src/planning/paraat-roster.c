/* paraat-roster.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-roster.h"

#define NEVER G_MININT64
/* A shift lasts at most 31 days (the store's rule). */
#define LONGEST_SHIFT (31 * 24 * 3600)

/* A period someone is on duty. */
typedef struct
{
  gint64   starts_at;
  gint64   ends_at;
  gint64   function_id;
  gboolean allow_overlap;
  gboolean extra;         /* an extra piket: not a period of the rotation */
} Busy;

typedef struct
{
  gint64  id;
  GArray *absences;   /* ParaatPeriod, sorted by start */
  GArray *busy;       /* Busy, sorted by start */
} Person;

typedef struct
{
  guint   person;      /* index in the people array */
  double  weight;
  GArray *history;     /* YearLoad: load of kept shifts per calendar year */
  int     load_year;
  double  load;
  gint64  last_end;
} Member;

typedef struct
{
  int    year;
  double load;
} YearLoad;

typedef struct
{
  const ParaatRosterFunction *function;
  Member                     *members;
  gint64                      from;   /* the window whose generated shifts are replaced */
  gint64                      to;
} FunctionState;

typedef struct
{
  guint function;
  guint slot;
} Task;

typedef struct
{
  gint64 function_id;
  int    line;
  int    slot;
  gint64 starts_at;
  gint64 request_id;
} SlotKey;

typedef struct
{
  const ParaatRosterInput *input;
  GPtrArray               *people;       /* Person */
  GHashTable              *person_index; /* gint64 id → index + 1 */
  FunctionState           *functions;
  GHashTable              *function_index; /* gint64 id → index + 1 */
} Generator;

static guint
slot_key_hash (gconstpointer key)
{
  const SlotKey *k = key;
  guint64 h = (guint64) k->starts_at * 1000003u;

  h ^= (guint64) k->function_id * 2654435761u;
  h ^= (guint64) (k->line * 31 + k->slot);
  h ^= (guint64) k->request_id * 40503u;
  return (guint) (h ^ (h >> 32));
}

static gboolean
slot_key_equal (gconstpointer a,
                gconstpointer b)
{
  const SlotKey *x = a;
  const SlotKey *y = b;

  return x->function_id == y->function_id && x->line == y->line &&
         x->slot == y->slot && x->starts_at == y->starts_at && x->request_id == y->request_id;
}

static void
person_free (gpointer data)
{
  Person *person = data;

  g_array_unref (person->absences);
  g_array_unref (person->busy);
  g_free (person);
}

static Person *
lookup_person (Generator *self,
               gint64     id)
{
  gpointer value = g_hash_table_lookup (self->person_index, &id);

  return value != NULL ? g_ptr_array_index (self->people, GPOINTER_TO_UINT (value) - 1) : NULL;
}

static guint
ensure_person (Generator *self,
               gint64     id)
{
  gpointer value = g_hash_table_lookup (self->person_index, &id);
  Person *person;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  person = g_new0 (Person, 1);
  person->id = id;
  person->absences = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
  person->busy = g_array_new (FALSE, FALSE, sizeof (Busy));
  g_ptr_array_add (self->people, person);
  g_hash_table_insert (self->person_index, &person->id, GUINT_TO_POINTER (self->people->len));
  return self->people->len - 1;
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const ParaatPeriod *x = a;
  const ParaatPeriod *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  return (x->ends_at > y->ends_at) - (x->ends_at < y->ends_at);
}

static int
compare_busy (gconstpointer a,
              gconstpointer b)
{
  const Busy *x = a;
  const Busy *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  return (x->ends_at > y->ends_at) - (x->ends_at < y->ends_at);
}

/* The first index in @busy whose start is at or after @at. */
static guint
busy_lower_bound (GArray *busy,
                  gint64  at)
{
  guint low = 0, high = busy->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (busy, Busy, mid).starts_at < at)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
busy_insert (Person *person,
             Busy    busy)
{
  guint at = busy_lower_bound (person->busy, busy.starts_at);

  g_array_insert_val (person->busy, at, busy);
}

static int
local_year (GTimeZone *tz,
            gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_get_year (local);
}

/* What a period adds to someone's load: 1, or the holiday weight when it
 * overlaps a holiday; an extra piket counts its share of a week (a day's
 * extra piket is a seventh of a week's). */
static double
slot_weight (Generator    *self,
             FunctionState *state,
             gint64         starts_at,
             gint64         ends_at,
             gboolean       extra)
{
  double share = extra ? MIN (1.0, (double) (ends_at - starts_at) / (7 * 24 * 3600)) : 1.0;

  for (guint i = 0; i < self->input->n_holidays; i++)
    if (paraat_piket_overlaps (starts_at, ends_at, self->input->holidays[i].starts_at,
                               self->input->holidays[i].ends_at))
      return MAX (state->function->holiday_weight, 1.0) * share;
  return share;
}

static void
member_add_history (Member *member,
                    int     year,
                    double  load)
{
  for (guint i = 0; i < member->history->len; i++)
    {
      YearLoad *entry = &g_array_index (member->history, YearLoad, i);

      if (entry->year == year)
        {
          entry->load += load;
          return;
        }
    }

  g_array_append_vals (member->history, &(YearLoad) { year, load }, 1);
}

static double
member_history (Member *member,
                int     year)
{
  for (guint i = 0; i < member->history->len; i++)
    if (g_array_index (member->history, YearLoad, i).year == year)
      return g_array_index (member->history, YearLoad, i).load;
  return 0.0;
}

static Member *
find_member (FunctionState *state,
             guint          person)
{
  for (guint m = 0; m < state->function->n_members; m++)
    if (state->members[m].person == person)
      return &state->members[m];
  return NULL;
}

static gboolean
is_absent (Person *person,
           gint64  starts_at,
           gint64  ends_at)
{
  GArray *absences = person->absences;
  guint low = 0, high = absences->len;

  /* Absences of one person may overlap each other, so look at every one
   * that starts before the end; they are few per person. */
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (absences, ParaatPeriod, mid).starts_at < ends_at)
        low = mid + 1;
      else
        high = mid;
    }
  for (guint i = low; i-- > 0;)
    {
      const ParaatPeriod *absence = &g_array_index (absences, ParaatPeriod, i);

      if (absence->ends_at > starts_at)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_busy (Person  *person,
         gint64   function_id,
         gboolean allow_overlap,
         gint64   starts_at,
         gint64   ends_at)
{
  guint end = busy_lower_bound (person->busy, ends_at);

  for (guint i = end; i-- > 0;)
    {
      const Busy *busy = &g_array_index (person->busy, Busy, i);

      if (busy->starts_at + LONGEST_SHIFT <= starts_at)
        break;
      if (busy->ends_at <= starts_at)
        continue;
      if (busy->function_id == function_id || !(allow_overlap || busy->allow_overlap))
        return TRUE;
    }
  return FALSE;
}

/* How many periods of @function_id in a row @person is on duty, counting
 * back from the one that ends at @at (0 when none does). */
static int
run_before (Person *person,
            gint64  function_id,
            gint64  at,
            int     limit)
{
  int run = 0;

  while (run < limit)
    {
      guint end = busy_lower_bound (person->busy, at);
      gboolean found = FALSE;

      for (guint i = end; i-- > 0;)
        {
          const Busy *busy = &g_array_index (person->busy, Busy, i);

          if (busy->starts_at + LONGEST_SHIFT < at)
            break;
          if (busy->function_id == function_id && !busy->extra && busy->ends_at == at)
            {
              at = busy->starts_at;
              found = TRUE;
              break;
            }
        }
      if (!found)
        break;
      run++;
    }
  return run;
}

/* The same, counting forward from the one that starts at @at. */
static int
run_after (Person *person,
           gint64  function_id,
           gint64  at,
           int     limit)
{
  int run = 0;

  while (run < limit)
    {
      gboolean found = FALSE;

      for (guint i = busy_lower_bound (person->busy, at); i < person->busy->len; i++)
        {
          const Busy *busy = &g_array_index (person->busy, Busy, i);

          if (busy->starts_at != at)
            break;
          if (busy->function_id == function_id && !busy->extra)
            {
              at = busy->ends_at;
              found = TRUE;
              break;
            }
        }
      if (!found)
        break;
      run++;
    }
  return run;
}

static int
compare_tasks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Generator *self = user_data;
  const Task *x = a;
  const Task *y = b;
  const ParaatRosterFunction *fx = self->functions[x->function].function;
  const ParaatRosterFunction *fy = self->functions[y->function].function;
  const ParaatPiketSlot *sx = &fx->slots[x->slot];
  const ParaatPiketSlot *sy = &fy->slots[y->slot];

  if (sx->starts_at != sy->starts_at)
    return sx->starts_at < sy->starts_at ? -1 : 1;
  if (fx->function_id != fy->function_id)
    return fx->function_id < fy->function_id ? -1 : 1;
  if (x->function != y->function)
    return x->function < y->function ? -1 : 1;
  if (sx->slot != sy->slot)
    return sx->slot - sy->slot;
  return (sx->request_id > sy->request_id) - (sx->request_id < sy->request_id);
}

static gboolean
is_replaced (Generator              *self,
             const ParaatPiketShift *shift)
{
  gpointer value;
  FunctionState *state;

  if (shift->fixed)
    return FALSE;
  value = g_hash_table_lookup (self->function_index, &shift->function_id);
  if (value == NULL)
    return FALSE;
  state = &self->functions[GPOINTER_TO_UINT (value) - 1];
  return shift->starts_at >= state->from && shift->starts_at < state->to;
}

/* Fills one line of one slot: the eligible member with the least load. */
static void
fill_line (Generator         *self,
           FunctionState     *state,
           const ParaatPiketSlot *slot,
           int                line,
           double             weight,
           int                year,
           ParaatRosterResult *result)
{
  const ParaatRosterFunction *function = state->function;
  const ParaatRosterInput *input = self->input;
  ParaatRosterGap gap = {
    .function_id = function->function_id,
    .line = line,
    .slot = slot->slot,
    .starts_at = slot->starts_at,
    .ends_at = slot->ends_at,
    .n_members = function->n_members,
    .request_id = slot->request_id,
  };
  ParaatPiketShift shift = {
    .function_id = function->function_id,
    .line = line,
    .slot = slot->slot,
    .starts_at = slot->starts_at,
    .ends_at = slot->ends_at,
    .request_id = slot->request_id,
  };
  Member *best = NULL;

  for (guint m = 0; m < function->n_members; m++)
    {
      Member *member = &state->members[m];
      Person *person = g_ptr_array_index (self->people, member->person);

      if (member->load_year != year)
        {
          member->load_year = year;
          member->load = member_history (member, year);
        }

      if (is_absent (person, slot->starts_at, slot->ends_at))
        {
          gap.n_absent++;
          continue;
        }
      if (input->proficient != NULL &&
          !input->proficient (person->id, function->function_id, slot->starts_at, slot->ends_at, NULL, input->user_data))
        {
          gap.n_not_proficient++;
          continue;
        }
      if (is_busy (person, function->function_id, function->allow_overlap,
                   slot->starts_at, slot->ends_at))
        {
          gap.n_busy++;
          continue;
        }
      if (slot->request_id == 0 &&
          run_before (person, function->function_id, slot->starts_at, function->max_consecutive) +
          run_after (person, function->function_id, slot->ends_at, function->max_consecutive) + 1 >
          function->max_consecutive)
        {
          gap.n_consecutive++;
          continue;
        }

      if (best == NULL ||
          member->load / member->weight < best->load / best->weight - 1e-9 ||
          (member->load / member->weight < best->load / best->weight + 1e-9 &&
           member->last_end < best->last_end))
        best = member;
    }

  if (best != NULL)
    {
      Person *person = g_ptr_array_index (self->people, best->person);

      shift.person_id = person->id;
      best->load += weight;
      best->last_end = MAX (best->last_end, slot->ends_at);
      busy_insert (person, (Busy) { slot->starts_at, slot->ends_at, function->function_id,
                                    function->allow_overlap, slot->request_id != 0 });
      result->n_filled++;
    }
  else
    g_array_append_val (result->gaps, gap);

  g_array_append_val (result->shifts, shift);
}

ParaatRosterResult *
paraat_roster_generate (const ParaatRosterInput *input)
{
  g_autoptr (GHashTable) fixed = g_hash_table_new (slot_key_hash, slot_key_equal);
  g_autofree SlotKey *keys = NULL;
  g_autoptr (GArray) tasks = g_array_new (FALSE, FALSE, sizeof (Task));
  ParaatRosterResult *result;
  Generator self = { 0 };
  guint n_keys = 0;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->tz != NULL, NULL);

  result = g_new0 (ParaatRosterResult, 1);
  result->shifts = g_array_new (FALSE, FALSE, sizeof (ParaatPiketShift));
  result->gaps = g_array_new (FALSE, FALSE, sizeof (ParaatRosterGap));

  self.input = input;
  self.people = g_ptr_array_new_with_free_func (person_free);
  self.person_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  self.function_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  self.functions = g_new0 (FunctionState, input->n_functions);

  /* Members, and the window each function's generated shifts are replaced in. */
  for (guint f = 0; f < input->n_functions; f++)
    {
      FunctionState *state = &self.functions[f];
      const ParaatRosterFunction *function = &input->functions[f];

      state->function = function;
      state->members = g_new0 (Member, function->n_members);
      state->from = function->n_slots > 0 ? function->slots[0].starts_at : 0;
      state->to = function->n_slots > 0 ? function->slots[function->n_slots - 1].ends_at : 0;
      for (guint s = 0; s < function->n_slots; s++)
        {
          state->from = MIN (state->from, function->slots[s].starts_at);
          state->to = MAX (state->to, function->slots[s].ends_at);
          g_array_append_val (tasks, ((Task) { f, s }));
        }
      g_hash_table_insert (self.function_index, (gpointer) &function->function_id, GUINT_TO_POINTER (f + 1));

      for (guint m = 0; m < function->n_members; m++)
        {
          Member *member = &state->members[m];

          member->person = ensure_person (&self, function->members[m]);
          member->weight = function->weights != NULL && function->weights[m] > 0 ? function->weights[m] : 1.0;
          member->history = g_array_new (FALSE, FALSE, sizeof (YearLoad));
          member->load_year = G_MININT;
          member->last_end = NEVER;
        }
    }

  for (guint i = 0; i < input->n_absences; i++)
    {
      Person *person = lookup_person (&self, input->absences[i].person_id);
      ParaatPeriod period = { input->absences[i].starts_at, input->absences[i].ends_at };

      if (person != NULL)
        g_array_append_val (person->absences, period);
    }

  /* Shifts that stay: they make people busy, count towards load, and the
   * fixed ones inside the window are kept. */
  keys = g_new0 (SlotKey, input->n_existing);
  for (guint i = 0; i < input->n_existing; i++)
    {
      const ParaatPiketShift *shift = &input->existing[i];
      gpointer value;
      Person *person;

      if (is_replaced (&self, shift))
        continue;

      value = g_hash_table_lookup (self.function_index, &shift->function_id);
      if (shift->fixed && value != NULL)
        {
          keys[n_keys] = (SlotKey) { shift->function_id, shift->line, shift->slot, shift->starts_at,
                                     shift->request_id };
          g_hash_table_insert (fixed, &keys[n_keys], (gpointer) shift);
          n_keys++;
        }

      if (shift->person_id == 0 || (person = lookup_person (&self, shift->person_id)) == NULL)
        continue;

      {
        gboolean allow_overlap = value != NULL && self.functions[GPOINTER_TO_UINT (value) - 1].function->allow_overlap;

        g_array_append_val (person->busy, ((Busy) { shift->starts_at, shift->ends_at,
                                                    shift->function_id, allow_overlap, shift->request_id != 0 }));
      }

      if (value != NULL)
        {
          FunctionState *state = &self.functions[GPOINTER_TO_UINT (value) - 1];
          Member *member = find_member (state, (guint) GPOINTER_TO_UINT (g_hash_table_lookup (self.person_index, &shift->person_id)) - 1);

          if (member != NULL)
            {
              member_add_history (member, local_year (input->tz, shift->starts_at),
                                  slot_weight (&self, state, shift->starts_at, shift->ends_at,
                                               shift->request_id != 0) / member->weight);
              if (shift->ends_at <= state->from)
                member->last_end = MAX (member->last_end, shift->ends_at);
            }
        }
    }

  for (guint p = 0; p < self.people->len; p++)
    {
      Person *person = g_ptr_array_index (self.people, p);

      g_array_sort (person->absences, compare_periods);
      g_array_sort (person->busy, compare_busy);
    }

  /* Every slot of every function, in time order, so that the choice for an
   * early slot of one function is known when a later one of another is made. */
  g_array_sort_with_data (tasks, compare_tasks, &self);
  for (guint t = 0; t < tasks->len; t++)
    {
      const Task *task = &g_array_index (tasks, Task, t);
      FunctionState *state = &self.functions[task->function];
      const ParaatPiketSlot *slot = &state->function->slots[task->slot];
      double weight = slot_weight (&self, state, slot->starts_at, slot->ends_at, slot->request_id != 0);
      int year = local_year (input->tz, slot->starts_at);
      /* A period of the rotation on every line; an extra piket on its own. */
      int first_line = slot->request_id != 0 ? CLAMP (slot->line, 1, 2) : 1;
      int last_line = slot->request_id != 0 ? first_line : CLAMP (state->function->lines, 1, 2);

      for (int line = first_line; line <= last_line; line++)
        {
          SlotKey key = { state->function->function_id, line, slot->slot, slot->starts_at, slot->request_id };
          const ParaatPiketShift *kept = g_hash_table_lookup (fixed, &key);

          if (kept != NULL)
            {
              ParaatPiketShift copy = *kept;
              Person *person = kept->person_id != 0 ? lookup_person (&self, kept->person_id) : NULL;
              Member *member = person != NULL ? find_member (state, GPOINTER_TO_UINT (g_hash_table_lookup (self.person_index, &person->id)) - 1) : NULL;

              if (member != NULL)
                member->last_end = MAX (member->last_end, kept->ends_at);
              g_array_append_val (result->shifts, copy);
              result->n_kept++;
              continue;
            }

          fill_line (&self, state, slot, line, weight, year, result);
        }
    }

  for (guint f = 0; f < input->n_functions; f++)
    {
      for (guint m = 0; m < input->functions[f].n_members; m++)
        g_array_unref (self.functions[f].members[m].history);
      g_free (self.functions[f].members);
    }
  g_free (self.functions);
  g_hash_table_unref (self.function_index);
  g_hash_table_unref (self.person_index);
  g_ptr_array_unref (self.people);

  paraat_piket_shifts_sort (result->shifts);
  return result;
}

static gboolean
same_place (const ParaatPiketShift *shift,
            gint64                  function_id,
            int                     line,
            const ParaatPiketSlot  *slot)
{
  return shift->function_id == function_id && shift->line == line &&
         shift->slot == slot->slot && shift->starts_at == slot->starts_at &&
         shift->request_id == slot->request_id;
}

ParaatCandidateStatus
paraat_roster_check_candidate (const ParaatRosterInput    *input,
                               const ParaatRosterFunction *function,
                               const ParaatPiketSlot      *slot,
                               int                         line,
                               gint64                      person_id,
                               const ParaatPiketShift    **conflict,
                               char                      **why)
{
  gboolean member = FALSE;
  int before = 0, after = 0;
  gint64 at;

  g_return_val_if_fail (input != NULL, PARAAT_CANDIDATE_NOT_MEMBER);
  g_return_val_if_fail (function != NULL, PARAAT_CANDIDATE_NOT_MEMBER);
  g_return_val_if_fail (slot != NULL, PARAAT_CANDIDATE_NOT_MEMBER);

  if (conflict != NULL)
    *conflict = NULL;

  for (guint m = 0; m < function->n_members && !member; m++)
    member = function->members[m] == person_id;
  if (!member)
    return PARAAT_CANDIDATE_NOT_MEMBER;

  for (guint i = 0; i < input->n_absences; i++)
    if (input->absences[i].person_id == person_id &&
        paraat_piket_overlaps (slot->starts_at, slot->ends_at,
                               input->absences[i].starts_at, input->absences[i].ends_at))
      return PARAAT_CANDIDATE_ABSENT;

  if (input->proficient != NULL &&
      !input->proficient (person_id, function->function_id, slot->starts_at, slot->ends_at, why, input->user_data))
    return PARAAT_CANDIDATE_NOT_PROFICIENT;

  for (guint i = 0; i < input->n_existing; i++)
    {
      const ParaatPiketShift *shift = &input->existing[i];
      gboolean other_allows = FALSE;

      if (shift->person_id != person_id || same_place (shift, function->function_id, line, slot) ||
          !paraat_piket_overlaps (slot->starts_at, slot->ends_at, shift->starts_at, shift->ends_at))
        continue;
      for (guint f = 0; f < input->n_functions; f++)
        if (input->functions[f].function_id == shift->function_id)
          other_allows = input->functions[f].allow_overlap;
      if (shift->function_id == function->function_id || !(function->allow_overlap || other_allows))
        {
          if (conflict != NULL)
            *conflict = shift;
          return PARAAT_CANDIDATE_BUSY;
        }
    }

  /* Periods in a row, back and forth, through the existing shifts (an
   * extra piket is not a period of the rotation). */
  if (slot->request_id != 0)
    return PARAAT_CANDIDATE_ELIGIBLE;
  for (at = slot->starts_at; before < function->max_consecutive;)
    {
      const ParaatPiketShift *found = NULL;

      for (guint i = 0; i < input->n_existing && found == NULL; i++)
        if (input->existing[i].person_id == person_id &&
            input->existing[i].function_id == function->function_id &&
            input->existing[i].request_id == 0 &&
            input->existing[i].ends_at == at)
          found = &input->existing[i];
      if (found == NULL)
        break;
      at = found->starts_at;
      before++;
    }
  for (at = slot->ends_at; after < function->max_consecutive;)
    {
      const ParaatPiketShift *found = NULL;

      for (guint i = 0; i < input->n_existing && found == NULL; i++)
        if (input->existing[i].person_id == person_id &&
            input->existing[i].function_id == function->function_id &&
            input->existing[i].request_id == 0 &&
            input->existing[i].starts_at == at)
          found = &input->existing[i];
      if (found == NULL)
        break;
      at = found->ends_at;
      after++;
    }
  if (before + after + 1 > function->max_consecutive)
    return PARAAT_CANDIDATE_CONSECUTIVE;

  return PARAAT_CANDIDATE_ELIGIBLE;
}

void
paraat_roster_result_free (ParaatRosterResult *result)
{
  if (result == NULL)
    return;

  g_array_unref (result->shifts);
  g_array_unref (result->gaps);
  g_free (result);
}

static void
append_local_days (GArray    *holidays,
                   GTimeZone *tz,
                   GDate     *first,
                   guint      n_days)
{
  GDate end = *first;
  ParaatPeriod period;
  gboolean ok;

  g_date_add_days (&end, n_days);
  ok = paraat_calendar_local_to_utc (tz, g_date_get_year (first), g_date_get_month (first),
                                     g_date_get_day (first), 0, 0, &period.starts_at) &&
       paraat_calendar_local_to_utc (tz, g_date_get_year (&end), g_date_get_month (&end),
                                     g_date_get_day (&end), 0, 0, &period.ends_at);
  if (ok)
    g_array_append_val (holidays, period);
}

GArray *
paraat_roster_holidays (GTimeZone *tz,
                        int        year)
{
  GArray *holidays = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
  GDate date;

  g_return_val_if_fail (tz != NULL, holidays);
  g_return_val_if_fail (year > 1900 && year < 9000, holidays);

  /* New Year's days of @year (the end of last year's Christmas period). */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
  append_local_days (holidays, tz, &date, 1);

  /* Koningsdag moves to the 26th when the 27th is a Sunday. */
  g_date_set_dmy (&date, 27, G_DATE_APRIL, (GDateYear) year);
  if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_subtract_days (&date, 1);
  append_local_days (holidays, tz, &date, 1);

  /* Summer: from the Monday of ISO week 29, six weeks. The Monday of ISO
   * week 1 is the Monday on or before 4 January. */
  g_date_set_dmy (&date, 4, G_DATE_JANUARY, (GDateYear) year);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  g_date_add_days (&date, 28 * 7);
  append_local_days (holidays, tz, &date, 6 * 7);

  /* Christmas to New Year's Eve. */
  g_date_set_dmy (&date, 24, G_DATE_DECEMBER, (GDateYear) year);
  append_local_days (holidays, tz, &date, 8);

  return holidays;
}

char *
paraat_roster_gap_describe (const ParaatRosterGap *gap,
                            const char            *function_code,
                            GTimeZone             *tz)
{
  g_autoptr (GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_autofree char *when = NULL;
  const char *line;
  int iso_year, week;

  g_return_val_if_fail (gap != NULL, NULL);
  g_return_val_if_fail (function_code != NULL, NULL);

  paraat_calendar_iso_week (tz, gap->starts_at, &iso_year, &week);
  /* TRANSLATORS: an ISO week in a message, e.g. "week 31 of 2026". */
  when = g_strdup_printf (_("week %d of %d"), week, iso_year);
  line = gap->line == 2 ? _("2nd line") : _("1st line");

  if (gap->n_members == 0)
    /* TRANSLATORS: e.g. "ACB, 1st line, week 31 of 2026: nobody is in the rotation." */
    return g_strdup_printf (_("%s, %s, %s: nobody is in the rotation."), function_code, line, when);

  if (gap->n_absent > 0)
    g_ptr_array_add (reasons, g_strdup_printf (_("%u absent"), gap->n_absent));
  if (gap->n_not_proficient > 0)
    g_ptr_array_add (reasons, g_strdup_printf (_("%u not proficient"), gap->n_not_proficient));
  if (gap->n_busy > 0)
    g_ptr_array_add (reasons, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u on another shift",
                                                            "%u on other shifts",
                                                            gap->n_busy),
                                               gap->n_busy));
  if (gap->n_consecutive > 0)
    g_ptr_array_add (reasons, g_strdup_printf (_("%u already on duty the periods before or after"),
                                               gap->n_consecutive));
  g_ptr_array_add (reasons, NULL);
  joined = g_strjoinv (", ", (char **) reasons->pdata);

  /* TRANSLATORS: e.g. "No one available for ACB, 1st line, week 31 of 2026: 3 absent, 1 not proficient." */
  return g_strdup_printf (_("No one available for %s, %s, %s: %s."), function_code, line, when, joined);
}
