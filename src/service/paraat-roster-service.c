/* paraat-roster-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-service"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "planning/paraat-allowance.h"
#include "planning/paraat-calendar.h"
#include "planning/paraat-periods.h"
#include "planning/paraat-phone.h"
#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"

#define DAY (24 * 3600)

/* Someone may take a function's piket from the first to the last instant of
 * one of these. */
typedef struct
{
  gint64 person_id;
  gint64 function_id;
  gint64 from;     /* G_MININT64 when open */
  gint64 until;    /* G_MAXINT64 when open */
} Holding;

struct _ParaatRosterPlan
{
  ParaatStore        *store;
  GTimeZone          *tz;
  gint64              from;
  gint64              until;
  GArray             *function_ids;
  GPtrArray           *slots;          /* GArray of ParaatPiketSlot per planned function */
  GPtrArray           *members;        /* GArray of gint64 per planned function */
  GArray              *roster_functions;
  GArray              *existing;
  GArray              *absences;
  GArray              *holidays;
  GArray              *holdings;       /* Holding, sorted by person and function */
  ParaatProficiencyIndex *proficiency;  /* OTO requirements and attendance */
  GHashTable          *codes;          /* function id → code */
  GHashTable          *names;          /* person id → name */
  GHashTable          *overlap;        /* function ids whose people may be on other piket too */
  GHashTable          *holders;        /* function id → GArray of the active primary, then backup, holders */
  GHashTable          *requests;       /* request id → event name, for the extra piket planned */
  ParaatRosterResult  *result;
};

GTimeZone *
paraat_roster_service_time_zone (ParaatStore  *store,
                                 GError      **error)
{
  return paraat_store_get_time_zone (store, error);
}

static int
compare_holdings (gconstpointer a,
                  gconstpointer b)
{
  const Holding *x = a;
  const Holding *y = b;

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  if (x->function_id != y->function_id)
    return x->function_id < y->function_id ? -1 : 1;
  return (x->from > y->from) - (x->from < y->from);
}

/* The instant local midnight starts @date ("YYYY-MM-DD"), plus @days days. */
static gint64
date_instant (GTimeZone  *tz,
              const char *date,
              int         days,
              gint64      fallback)
{
  int year, month, day;
  GDate d;
  gint64 instant;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return fallback;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_date_add_days (&d, (guint) days);
  if (!paraat_calendar_local_to_utc (tz, g_date_get_year (&d), g_date_get_month (&d),
                                     g_date_get_day (&d), 0, 0, &instant))
    return fallback;
  return instant;
}

/* The proficiency hook: holding the function (not as a trainee) for the
 * whole of the shift, and meeting its OTO requirements from the shift's
 * first day through its last. */
static gboolean
holds_function (gint64    person_id,
                gint64    function_id,
                gint64    from,
                gint64    until,
                char    **why,
                gpointer  user_data)
{
  ParaatRosterPlan *plan = user_data;
  Holding key = { person_id, function_id, G_MININT64, 0 };
  guint low = 0, high = plan->holdings->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (compare_holdings (&g_array_index (plan->holdings, Holding, mid), &key) < 0)
        low = mid + 1;
      else
        high = mid;
    }
  for (guint i = low; i < plan->holdings->len; i++)
    {
      const Holding *holding = &g_array_index (plan->holdings, Holding, i);

      if (holding->person_id != person_id || holding->function_id != function_id)
        break;
      if (holding->from < until && holding->until >= until)
        return paraat_proficiency_index_check (plan->proficiency, person_id, function_id, from, until, why);
    }

  if (why != NULL)
    *why = g_strdup (_("does not hold the function (as primary or backup) for the whole shift"));
  return FALSE;
}

static int
compare_assignment_positions (gconstpointer a,
                              gconstpointer b)
{
  ParaatAssignment *x = *(ParaatAssignment * const *) a;
  ParaatAssignment *y = *(ParaatAssignment * const *) b;

  return paraat_assignment_get_position (x) - paraat_assignment_get_position (y);
}

static gboolean
read_register (ParaatRosterPlan  *plan,
               GHashTable        *active,
               GHashTable        *piket_functions,
               GError           **error)
{
  g_autoptr (GListModel) functions = paraat_store_list_functions (plan->store, error);
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) assignments = NULL;

  if (functions == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 *id = g_new (gint64, 1);

      *id = paraat_function_get_id (function);
      g_hash_table_insert (plan->codes, id, g_strdup (paraat_function_get_code (function)));
      if (paraat_function_get_piket_kind (function) != PARAAT_PIKET_KIND_NONE)
        g_hash_table_add (piket_functions, id);
      if (paraat_function_get_allow_overlap (function))
        g_hash_table_add (plan->overlap, id);
    }

  people = paraat_store_list_people (plan->store, error);
  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 *id = g_new (gint64, 1);

      *id = paraat_person_get_id (person);
      g_hash_table_insert (plan->names, id, g_strdup (paraat_person_get_display_name (person)));
      if (paraat_person_get_active (person))
        g_hash_table_add (active, id);
    }

  assignments = paraat_store_list_assignments (plan->store, 0, 0, error);
  if (assignments == NULL)
    return FALSE;
  /* Who holds a function, primary before backup, each in pool order: who
   * an extra piket of a function without a rotation is asked of. */
  for (int level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY; level <= PARAAT_ASSIGNMENT_LEVEL_BACKUP; level++)
    {
      g_autoptr (GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
        {
          g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);

          if ((int) paraat_assignment_get_level (assignment) == level &&
              g_hash_table_contains (active, &(gint64) { paraat_assignment_get_person_id (assignment) }))
            g_ptr_array_add (ordered, g_steal_pointer (&assignment));
        }
      g_ptr_array_sort (ordered, compare_assignment_positions);
      for (guint i = 0; i < ordered->len; i++)
        {
          ParaatAssignment *assignment = g_ptr_array_index (ordered, i);
          gint64 function_id = paraat_assignment_get_function_id (assignment);
          gint64 person_id = paraat_assignment_get_person_id (assignment);
          GArray *holders = g_hash_table_lookup (plan->holders, &function_id);
          gboolean known = FALSE;

          if (holders == NULL)
            {
              holders = g_array_new (FALSE, FALSE, sizeof (gint64));
              g_hash_table_insert (plan->holders, g_memdup2 (&function_id, sizeof function_id), holders);
            }
          for (guint k = 0; k < holders->len && !known; k++)
            known = g_array_index (holders, gint64, k) == person_id;
          if (!known)
            g_array_append_val (holders, person_id);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      Holding holding = {
        paraat_assignment_get_person_id (assignment),
        paraat_assignment_get_function_id (assignment),
        date_instant (plan->tz, paraat_assignment_get_valid_from (assignment), 0, G_MININT64),
        /* valid-until is the last day, inclusive */
        date_instant (plan->tz, paraat_assignment_get_valid_until (assignment), 1, G_MAXINT64),
      };

      if (paraat_assignment_get_level (assignment) != PARAAT_ASSIGNMENT_LEVEL_TRAINEE)
        g_array_append_val (plan->holdings, holding);
    }
  g_array_sort (plan->holdings, compare_holdings);
  return TRUE;
}

static int
local_year (GTimeZone *tz,
            gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_get_year (local);
}

/* The extra piket asked by events that starts in the window: a slot of its
 * own for the function, which then is planned even without a rotation (its
 * holders are asked, primary before backup). */
static gboolean
add_requests (ParaatRosterPlan  *plan,
              GHashTable        *piket_functions,
              GError           **error)
{
  g_autoptr (GPtrArray) requests = paraat_store_list_duty_requests (plan->store, plan->from, plan->until, error);

  if (requests == NULL)
    return FALSE;
  for (guint i = 0; i < requests->len; i++)
    {
      const ParaatDutyRequest *request = g_ptr_array_index (requests, i);
      ParaatPiketSlot slot = { 1, request->starts_at, request->ends_at, request->id, request->line };
      guint f;

      if (request->starts_at < plan->from || !g_hash_table_contains (piket_functions, &request->function_id))
        continue;
      for (f = 0; f < plan->function_ids->len; f++)
        if (g_array_index (plan->function_ids, gint64, f) == request->function_id)
          break;
      if (f == plan->function_ids->len)
        {
          GArray *holders = g_hash_table_lookup (plan->holders, &request->function_id);
          GArray *members = g_array_new (FALSE, FALSE, sizeof (gint64));

          if (holders != NULL)
            g_array_append_vals (members, holders->data, holders->len);
          g_array_append_val (plan->function_ids, request->function_id);
          g_ptr_array_add (plan->slots, g_array_new (FALSE, FALSE, sizeof (ParaatPiketSlot)));
          g_ptr_array_add (plan->members, members);
          g_array_append_val (plan->roster_functions, ((ParaatRosterFunction) {
            .function_id = request->function_id,
            .lines = 1,
            .members = (const gint64 *) members->data,
            .n_members = members->len,
            .max_consecutive = 1,
            .holiday_weight = 2.0,
            .allow_overlap = g_hash_table_contains (plan->overlap, &request->function_id),
          }));
        }
      g_array_append_val (g_ptr_array_index (plan->slots, f), slot);
      g_hash_table_insert (plan->requests, g_memdup2 (&request->id, sizeof request->id), g_strdup (request->event_name));
    }

  /* The slot arrays grew: point at where they are now. */
  for (guint f = 0; f < plan->roster_functions->len; f++)
    {
      GArray *slots = g_ptr_array_index (plan->slots, f);
      ParaatRosterFunction *function = &g_array_index (plan->roster_functions, ParaatRosterFunction, f);

      function->slots = (const ParaatPiketSlot *) slots->data;
      function->n_slots = slots->len;
    }
  return TRUE;
}

/* "ACB" for the rotation, "extra ACB for Koningsdag" for an extra piket. */
static char *
slot_name (ParaatRosterPlan *plan,
           gint64            function_id,
           gint64            request_id)
{
  const char *code = paraat_roster_plan_function_code (plan, function_id);
  const char *event = request_id != 0 ? g_hash_table_lookup (plan->requests, &request_id) : NULL;

  if (request_id == 0)
    return g_strdup (code);
  /* TRANSLATORS: an extra piket in a message, e.g. "extra OVDBZ for Koningsdag" */
  return g_strdup_printf (_("extra %s for %s"), code, event != NULL ? event : "");
}

static ParaatRosterPlan *
plan_load (ParaatStore  *store,
           GTimeZone    *tz,
           gint64        from,
           gint64        until,
           gboolean      generate,
           GError      **error)
{
  g_autoptr (ParaatRosterPlan) plan = NULL;
  g_autoptr (GHashTable) active = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) piket_functions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GListModel) rotations = NULL;
  gint64 history_from;
  ParaatRosterInput input;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (until <= from)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("The end of the period to plan must lie after its start."));
      return NULL;
    }
  if (until - from > (gint64) 10 * 366 * DAY)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("Plan at most ten years at once."));
      return NULL;
    }

  plan = g_new0 (ParaatRosterPlan, 1);
  plan->store = g_object_ref (store);
  plan->tz = g_time_zone_ref (tz);
  plan->from = from;
  plan->until = until;
  plan->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  plan->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  plan->members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  plan->roster_functions = g_array_new (FALSE, FALSE, sizeof (ParaatRosterFunction));
  plan->holidays = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
  plan->holdings = g_array_new (FALSE, FALSE, sizeof (Holding));
  plan->codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  plan->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  plan->overlap = g_hash_table_new (g_int64_hash, g_int64_equal);
  plan->holders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  plan->requests = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (!read_register (plan, active, piket_functions, error))
    return NULL;
  plan->proficiency = paraat_proficiency_index_new (store, tz, error);
  if (plan->proficiency == NULL)
    return NULL;

  rotations = paraat_store_list_rotations (store, error);
  if (rotations == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);
      gint64 function_id = paraat_rotation_get_function_id (rotation);
      const gint64 *members;
      guint n_members;
      GArray *slots, *kept;

      if (!g_hash_table_contains (piket_functions, &function_id) ||
          !paraat_rotation_rule_check (paraat_rotation_get_rule (rotation), NULL))
        continue;

      /* Periods that start in the window. */
      slots = paraat_rotation_slots (paraat_rotation_get_rule (rotation), tz, from, until);
      while (slots->len > 0 && g_array_index (slots, ParaatPiketSlot, 0).starts_at < from)
        g_array_remove_index (slots, 0);

      kept = g_array_new (FALSE, FALSE, sizeof (gint64));
      members = paraat_rotation_get_members (rotation, &n_members);
      for (guint m = 0; m < n_members; m++)
        if (g_hash_table_contains (active, &members[m]))
          g_array_append_val (kept, members[m]);

      g_array_append_val (plan->function_ids, function_id);
      g_ptr_array_add (plan->slots, slots);
      g_ptr_array_add (plan->members, kept);
      g_array_append_val (plan->roster_functions, ((ParaatRosterFunction) {
        .function_id = function_id,
        .lines = paraat_rotation_get_lines (rotation),
        .members = (const gint64 *) kept->data,
        .n_members = kept->len,
        .max_consecutive = paraat_rotation_get_max_consecutive (rotation),
        .holiday_weight = paraat_rotation_get_holiday_weight (rotation),
        .allow_overlap = paraat_rotation_get_allow_overlap (rotation),
        .slots = (const ParaatPiketSlot *) slots->data,
        .n_slots = slots->len,
      }));
    }

  if (!add_requests (plan, piket_functions, error))
    return NULL;

  /* The year's spread counts from 1 January of the first year planned;
   * periods in a row look a month back and ahead. */
  {
    gint64 year_start = 0;

    if (!paraat_calendar_local_to_utc (tz, local_year (tz, from), 1, 1, 0, 0, &year_start))
      year_start = from;
    history_from = MIN (year_start, from) - 31 * DAY;
  }
  plan->existing = paraat_store_read_piket_shifts (store, history_from, until + 62 * DAY, error);
  if (plan->existing == NULL)
    return NULL;
  plan->absences = paraat_store_read_piket_absences (store, from, until, error);
  if (plan->absences == NULL)
    return NULL;
  for (int year = local_year (tz, history_from); year <= local_year (tz, until) + 1; year++)
    {
      g_autoptr (GArray) holidays = paraat_roster_holidays (tz, year);

      g_array_append_vals (plan->holidays, holidays->data, holidays->len);
    }
  {
    g_autoptr (GArray) imported = paraat_roster_service_imported_holidays (store, tz, error);

    if (imported == NULL)
      return NULL;
    g_array_append_vals (plan->holidays, imported->data, imported->len);
  }

  if (!generate)
    return g_steal_pointer (&plan);

  input = (ParaatRosterInput) {
    .functions = (const ParaatRosterFunction *) plan->roster_functions->data,
    .n_functions = plan->roster_functions->len,
    .existing = (const ParaatPiketShift *) plan->existing->data,
    .n_existing = plan->existing->len,
    .absences = (const ParaatPiketAbsence *) plan->absences->data,
    .n_absences = plan->absences->len,
    .holidays = (const ParaatPeriod *) plan->holidays->data,
    .n_holidays = plan->holidays->len,
    .proficient = holds_function,
    .user_data = plan,
    .tz = tz,
  };
  plan->result = paraat_roster_generate (&input);

  return g_steal_pointer (&plan);
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

GArray *
paraat_roster_service_imported_holidays (ParaatStore  *store,
                                         GTimeZone    *tz,
                                         GError      **error)
{
  g_autoptr (GArray) holidays = NULL;
  GArray *periods;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  holidays = paraat_store_list_holidays (store, error);
  if (holidays == NULL)
    return NULL;

  periods = g_array_sized_new (FALSE, FALSE, sizeof (ParaatPeriod), holidays->len);
  for (guint i = 0; i < holidays->len; i++)
    {
      const ParaatHoliday *holiday = &g_array_index (holidays, ParaatHoliday, i);
      GDate first, last;
      ParaatPeriod period;

      if (!parse_day (holiday->first_day, &first) || !parse_day (holiday->last_day, &last))
        continue;
      g_date_add_days (&last, 1);
      if (paraat_calendar_local_to_utc (tz, g_date_get_year (&first), g_date_get_month (&first),
                                        g_date_get_day (&first), 0, 0, &period.starts_at) &&
          paraat_calendar_local_to_utc (tz, g_date_get_year (&last), g_date_get_month (&last),
                                        g_date_get_day (&last), 0, 0, &period.ends_at))
        g_array_append_val (periods, period);
    }

  return periods;
}

ParaatRosterPlan *
paraat_roster_plan_new (ParaatStore  *store,
                        GTimeZone    *tz,
                        gint64        from,
                        gint64        until,
                        GError      **error)
{
  return plan_load (store, tz, from, until, TRUE, error);
}

void
paraat_roster_plan_free (ParaatRosterPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_object (&plan->store);
  g_clear_pointer (&plan->tz, g_time_zone_unref);
  g_clear_pointer (&plan->function_ids, g_array_unref);
  g_clear_pointer (&plan->slots, g_ptr_array_unref);
  g_clear_pointer (&plan->members, g_ptr_array_unref);
  g_clear_pointer (&plan->roster_functions, g_array_unref);
  g_clear_pointer (&plan->existing, g_array_unref);
  g_clear_pointer (&plan->absences, g_array_unref);
  g_clear_pointer (&plan->holidays, g_array_unref);
  g_clear_pointer (&plan->holdings, g_array_unref);
  g_clear_pointer (&plan->proficiency, paraat_proficiency_index_free);
  g_clear_pointer (&plan->codes, g_hash_table_unref);
  g_clear_pointer (&plan->names, g_hash_table_unref);
  g_clear_pointer (&plan->overlap, g_hash_table_unref);
  g_clear_pointer (&plan->holders, g_hash_table_unref);
  g_clear_pointer (&plan->requests, g_hash_table_unref);
  g_clear_pointer (&plan->result, paraat_roster_result_free);
  g_free (plan);
}

const ParaatRosterResult *
paraat_roster_plan_get_result (ParaatRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return plan->result;
}

guint
paraat_roster_plan_get_n_functions (ParaatRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->function_ids->len;
}

const char *
paraat_roster_plan_function_code (ParaatRosterPlan *plan,
                                  gint64            function_id)
{
  const char *code;

  g_return_val_if_fail (plan != NULL, "");

  code = g_hash_table_lookup (plan->codes, &function_id);
  return code != NULL ? code : "";
}

const char *
paraat_roster_plan_person_name (ParaatRosterPlan *plan,
                                gint64            person_id)
{
  const char *name;

  g_return_val_if_fail (plan != NULL, "");

  name = g_hash_table_lookup (plan->names, &person_id);
  return name != NULL ? name : "";
}

ParaatRosterChanges
paraat_roster_plan_get_changes (ParaatRosterPlan *plan)
{
  g_autoptr (GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) planned = g_hash_table_new (g_int64_hash, g_int64_equal);
  ParaatRosterChanges changes = { 0 };

  g_return_val_if_fail (plan != NULL, changes);

  for (guint f = 0; f < plan->function_ids->len; f++)
    g_hash_table_add (planned, &g_array_index (plan->function_ids, gint64, f));

  /* The generated shifts there are now, by function, line, slot and start;
   * the value is the person + 1 (0 would read as absent). */
  for (guint i = 0; i < plan->existing->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (plan->existing, ParaatPiketShift, i);

      if (shift->fixed || shift->starts_at < plan->from || shift->starts_at >= plan->until ||
          !g_hash_table_contains (planned, &shift->function_id))
        continue;
      g_hash_table_insert (stored,
                           g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                            shift->function_id, shift->line, shift->slot, shift->starts_at,
                                            shift->request_id),
                           GSIZE_TO_POINTER ((gsize) shift->person_id + 1));
    }

  for (guint i = 0; i < plan->result->shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (plan->result->shifts, ParaatPiketShift, i);
      g_autofree char *key = NULL;
      gpointer value;

      if (shift->fixed)
        {
          changes.unchanged++;
          continue;
        }
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                             shift->function_id, shift->line, shift->slot, shift->starts_at, shift->request_id);
      if (!g_hash_table_lookup_extended (stored, key, NULL, &value))
        changes.added++;
      else
        {
          if (GPOINTER_TO_SIZE (value) - 1 == (gsize) shift->person_id)
            changes.unchanged++;
          else
            changes.changed++;
          g_hash_table_remove (stored, key);
        }
    }
  changes.removed = g_hash_table_size (stored);
  return changes;
}

GStrv
paraat_roster_plan_describe_gaps (ParaatRosterPlan *plan)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (plan != NULL, NULL);

  for (guint g = 0; g < plan->result->gaps->len; g++)
    {
      const ParaatRosterGap *gap = &g_array_index (plan->result->gaps, ParaatRosterGap, g);
      g_autofree char *name = slot_name (plan, gap->function_id, gap->request_id);
      g_autofree char *text = paraat_roster_gap_describe (gap, name, plan->tz);

      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

gboolean
paraat_roster_plan_apply (ParaatRosterPlan     *plan,
                          ParaatRosterChanges  *changes,
                          GError              **error)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return paraat_store_write_roster (plan->store,
                                    (const gint64 *) plan->function_ids->data, plan->function_ids->len,
                                    plan->from, plan->until,
                                    (const ParaatPiketShift *) plan->result->shifts->data,
                                    plan->result->shifts->len,
                                    changes, error);
}

static gint64
iso_week1_monday (GTimeZone *tz,
                  int        year)
{
  GDate date;
  gint64 instant = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 4, G_DATE_JANUARY, (GDateYear) year);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  paraat_calendar_local_to_utc (tz, g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, &instant);
  return instant;
}

gboolean
paraat_roster_fill_year (ParaatStore  *store,
                         int           year,
                         GError      **error)
{
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (ParaatRosterPlan) plan = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);

  tz = paraat_roster_service_time_zone (store, error);
  if (tz == NULL)
    return FALSE;
  plan = paraat_roster_plan_new (store, tz, iso_week1_monday (tz, year), iso_week1_monday (tz, year + 1), error);
  return plan != NULL && paraat_roster_plan_apply (plan, NULL, error);
}

static ParaatRosterInput
plan_input (ParaatRosterPlan *plan)
{
  return (ParaatRosterInput) {
    .functions = (const ParaatRosterFunction *) plan->roster_functions->data,
    .n_functions = plan->roster_functions->len,
    .existing = (const ParaatPiketShift *) plan->existing->data,
    .n_existing = plan->existing->len,
    .absences = (const ParaatPiketAbsence *) plan->absences->data,
    .n_absences = plan->absences->len,
    .holidays = (const ParaatPeriod *) plan->holidays->data,
    .n_holidays = plan->holidays->len,
    .proficient = holds_function,
    .user_data = plan,
    .tz = plan->tz,
  };
}

static void
candidate_free (gpointer data)
{
  ParaatCandidate *candidate = data;

  g_free (candidate->name);
  g_free (candidate->explanation);
  g_free (candidate);
}

GPtrArray *
paraat_roster_service_candidates (ParaatStore  *store,
                                  GTimeZone    *tz,
                                  gint64        function_id,
                                  int           line,
                                  int           slot,
                                  gint64        starts_at,
                                  gint64        ends_at,
                                  gint64        request_id,
                                  GError      **error)
{
  g_autoptr (ParaatRosterPlan) plan = NULL;
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (candidate_free);
  const ParaatRosterFunction *function = NULL;
  ParaatPiketSlot period = { slot, starts_at, ends_at, request_id, line };
  ParaatRosterInput input;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  plan = plan_load (store, tz, starts_at, ends_at, FALSE, error);
  if (plan == NULL)
    return NULL;
  for (guint f = 0; f < plan->roster_functions->len; f++)
    if (g_array_index (plan->roster_functions, ParaatRosterFunction, f).function_id == function_id)
      function = &g_array_index (plan->roster_functions, ParaatRosterFunction, f);
  if (function == NULL)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This function has no piket rotation."));
      return NULL;
    }

  input = plan_input (plan);
  for (guint m = 0; m < function->n_members; m++)
    {
      ParaatCandidate *candidate = g_new0 (ParaatCandidate, 1);
      const ParaatPiketShift *conflict = NULL;
      g_autofree char *why = NULL;

      candidate->person_id = function->members[m];
      candidate->name = g_strdup (paraat_roster_plan_person_name (plan, candidate->person_id));
      candidate->status = paraat_roster_check_candidate (&input, function, &period, line,
                                                         candidate->person_id, &conflict, &why);
      switch (candidate->status)
        {
        case PARAAT_CANDIDATE_ELIGIBLE:
          candidate->explanation = g_strdup (_("Available"));
          break;
        case PARAAT_CANDIDATE_ABSENT:
          candidate->explanation = g_strdup (_("Absent during this period"));
          break;
        case PARAAT_CANDIDATE_NOT_PROFICIENT:
          candidate->explanation = why != NULL ? g_strdup (why) : g_strdup (_("Not proficient"));
          break;
        case PARAAT_CANDIDATE_BUSY:
          {
            g_autofree char *name = slot_name (plan, conflict->function_id, conflict->request_id);

            /* TRANSLATORS: e.g. "Already on piket then: IM, 1st line" */
            candidate->explanation = g_strdup_printf (_("Already on piket then: %s, %s"), name,
                                                      conflict->line == 2 ? _("2nd line") : _("1st line"));
          }
          break;
        case PARAAT_CANDIDATE_CONSECUTIVE:
          candidate->explanation = g_strdup (_("Would be on duty too many periods in a row"));
          break;
        case PARAAT_CANDIDATE_NOT_MEMBER:
        default:
          candidate->explanation = g_strdup (request_id != 0 ? _("Does not hold this function")
                                                             : _("Not in this rotation"));
          break;
        }
      g_ptr_array_add (candidates, candidate);
    }
  return g_steal_pointer (&candidates);
}

gboolean
paraat_roster_service_assign (ParaatStore  *store,
                              gint64        function_id,
                              int           line,
                              gint64        starts_at,
                              gint64        ends_at,
                              gint64        request_id,
                              gint64        person_id,
                              GError      **error)
{
  g_autoptr (GListModel) shifts = NULL;
  g_autoptr (ParaatShift) shift = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);

  /* An extra piket has its own shift, named by the request. */
  if (request_id != 0)
    return paraat_store_fill_duty_request (store, request_id, person_id, error);

  shifts = paraat_store_list_shifts (store, function_id, starts_at, starts_at + 1, error);
  if (shifts == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (shifts) && shift == NULL; i++)
    {
      g_autoptr (ParaatShift) candidate = g_list_model_get_item (shifts, i);

      if (paraat_shift_get_line (candidate) == line && paraat_shift_get_starts_at (candidate) == starts_at &&
          paraat_shift_get_request_id (candidate) == 0)
        shift = g_steal_pointer (&candidate);
    }
  if (shift == NULL)
    {
      shift = paraat_shift_new ();
      paraat_shift_set_function_id (shift, function_id);
      paraat_shift_set_line (shift, line);
      paraat_shift_set_starts_at (shift, starts_at);
      paraat_shift_set_ends_at (shift, ends_at);
    }
  /* Set by hand: regenerating keeps it. */
  paraat_shift_set_person_id (shift, person_id);
  paraat_shift_set_origin (shift, PARAAT_SHIFT_ORIGIN_MANUAL);
  return paraat_store_save_shift (store, shift, error);
}

void
paraat_piket_problem_free (ParaatPiketProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->text);
  g_free (problem);
}

static char *
describe_problem (ParaatRosterPlan            *plan,
                  const ParaatCoverageProblem *problem)
{
  g_autofree char *code = slot_name (plan, problem->function_id, problem->request_id);
  const char *name = paraat_roster_plan_person_name (plan, problem->person_id);
  const char *line = problem->line == 2 ? _("2nd line") : _("1st line");
  g_autofree char *when = NULL;
  int iso_year, week;

  paraat_calendar_iso_week (plan->tz, problem->starts_at, &iso_year, &week);
  if (problem->request_id != 0)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (problem->starts_at);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, plan->tz);

      /* TRANSLATORS: when an extra piket starts, in a message, e.g. "27 Apr 2026 06:00" */
      when = g_date_time_format (local, _("%-d %b %Y %H:%M"));
    }
  else
    when = g_strdup_printf (_("week %d of %d"), week, iso_year);

  switch (problem->kind)
    {
    case PARAAT_COVERAGE_GAP:
      /* TRANSLATORS: e.g. "ACB, 1st line, week 48 of 2026: nobody is on piket." */
      return g_strdup_printf (_("%s, %s, %s: nobody is on piket."), code, line, when);
    case PARAAT_COVERAGE_DOUBLE_BOOKED:
      /* TRANSLATORS: e.g. "ACB, 1st line, week 48 of 2026: Gerda Roosterveld is also on piket for IM, 1st line." */
      return g_strdup_printf (_("%s, %s, %s: %s is also on piket for %s, %s."), code, line, when, name,
                              paraat_roster_plan_function_code (plan, problem->other_function_id),
                              problem->other_line == 2 ? _("2nd line") : _("1st line"));
    case PARAAT_COVERAGE_ABSENT:
      return g_strdup_printf (_("%s, %s, %s: %s is absent."), code, line, when, name);
    case PARAAT_COVERAGE_NOT_PROFICIENT:
    default:
      return g_strdup_printf (_("%s, %s, %s: %s is not proficient (%s)."), code, line, when, name,
                              problem->why != NULL ? problem->why : _("no reason given"));
    }
}

GPtrArray *
paraat_roster_service_problems (ParaatStore  *store,
                                GTimeZone    *tz,
                                gint64        from,
                                gint64        until,
                                GError      **error)
{
  g_autoptr (ParaatRosterPlan) plan = NULL;
  g_autoptr (GArray) functions = g_array_new (FALSE, FALSE, sizeof (ParaatCoverageFunction));
  g_autoptr (GArray) problems = NULL;
  GPtrArray *result;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  plan = plan_load (store, tz, from, until, FALSE, error);
  if (plan == NULL)
    return NULL;

  for (guint f = 0; f < plan->roster_functions->len; f++)
    {
      const ParaatRosterFunction *function = &g_array_index (plan->roster_functions, ParaatRosterFunction, f);
      ParaatCoverageFunction coverage = {
        function->function_id, function->lines, function->allow_overlap, function->slots, function->n_slots,
      };

      g_array_append_val (functions, coverage);
    }

  problems = paraat_coverage_check ((const ParaatCoverageFunction *) functions->data, functions->len,
                                    (const ParaatPiketShift *) plan->existing->data, plan->existing->len,
                                    (const ParaatPiketAbsence *) plan->absences->data, plan->absences->len,
                                    holds_function, plan, from, until);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_piket_problem_free);
  for (guint i = 0; i < problems->len; i++)
    {
      const ParaatCoverageProblem *problem = &g_array_index (problems, ParaatCoverageProblem, i);
      ParaatPiketProblem *item = g_new0 (ParaatPiketProblem, 1);

      *item = (ParaatPiketProblem) {
        problem->kind, problem->function_id, problem->line, problem->starts_at, problem->ends_at,
        problem->person_id, describe_problem (plan, problem), problem->request_id,
      };
      g_ptr_array_add (result, item);
    }
  return result;
}

void
paraat_on_duty_free (ParaatOnDuty *on_duty)
{
  if (on_duty == NULL)
    return;

  g_free (on_duty->code);
  g_free (on_duty->function_name);
  g_free (on_duty->person_name);
  g_free (on_duty->phone);
  g_free (on_duty);
}

GPtrArray *
paraat_roster_service_on_duty (ParaatStore  *store,
                               gint64        at,
                               GError      **error)
{
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) rotations = NULL;
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) paraat_on_duty_free);
  g_autoptr (GHashTable) lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) in_period = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GTimeZone) tz = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  if ((functions = paraat_store_list_functions (store, error)) == NULL ||
      (rotations = paraat_store_list_rotations (store, error)) == NULL ||
      (tz = paraat_roster_service_time_zone (store, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);
      gint64 *id = g_new (gint64, 1);

      *id = paraat_rotation_get_function_id (rotation);
      g_hash_table_insert (lines, id, GINT_TO_POINTER (paraat_rotation_get_lines (rotation)));
      if (paraat_rotation_rule_check (paraat_rotation_get_rule (rotation), NULL))
        {
          g_autoptr (GArray) slots = paraat_rotation_slots (paraat_rotation_get_rule (rotation), tz, at, at + 1);

          if (slots->len > 0)
            g_hash_table_add (in_period, g_memdup2 (id, sizeof (gint64)));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);
      gpointer n_lines;

      if (paraat_function_get_piket_kind (function) == PARAAT_PIKET_KIND_NONE ||
          !g_hash_table_lookup_extended (lines, &id, NULL, &n_lines))
        continue;

      for (int line = 1; line <= GPOINTER_TO_INT (n_lines); line++)
        {
          g_autoptr (ParaatShift) shift = NULL;
          g_autoptr (ParaatPerson) person = NULL;
          g_autoptr (GError) local_error = NULL;
          ParaatOnDuty *on_duty = g_new0 (ParaatOnDuty, 1);

          on_duty->function_id = id;
          on_duty->code = g_strdup (paraat_function_get_code (function));
          on_duty->function_name = g_strdup (paraat_function_get_name (function));
          on_duty->line = line;
          on_duty->in_period = g_hash_table_contains (in_period, &id);
          g_ptr_array_add (result, on_duty);

          shift = paraat_store_find_shift_at (store, id, line, at, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (shift == NULL || paraat_shift_get_person_id (shift) == 0)
            continue;
          person = paraat_store_get_person (store, paraat_shift_get_person_id (shift), &local_error);
          if (person == NULL)
            continue;
          on_duty->person_id = paraat_person_get_id (person);
          on_duty->person_name = g_strdup (paraat_person_get_display_name (person));
          on_duty->phone = *paraat_person_get_phone (person) != '\0'
                             ? paraat_phone_format (paraat_person_get_phone (person)) : g_strdup ("");
          on_duty->ends_at = paraat_shift_get_ends_at (shift);
        }
    }
  return g_steal_pointer (&result);
}

static ParaatPiketKind
kind_from_table (gint64   function_id,
                 gpointer user_data)
{
  gpointer kind;

  if (!g_hash_table_lookup_extended (user_data, &function_id, NULL, &kind))
    return PARAAT_PIKET_KIND_NONE;
  return (ParaatPiketKind) GPOINTER_TO_INT (kind);
}

static const char *
name_from_table (gint64   person_id,
                 gpointer user_data)
{
  return g_hash_table_lookup (user_data, &person_id);
}

char *
paraat_roster_service_allowance_csv (ParaatStore  *store,
                                     int           year,
                                     char          delimiter,
                                     GError      **error)
{
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GHashTable) kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GArray) shifts = NULL;
  g_autoptr (GArray) rows = NULL;
  gint64 from, until;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  if ((tz = paraat_roster_service_time_zone (store, error)) == NULL ||
      (functions = paraat_store_list_functions (store, error)) == NULL ||
      (people = paraat_store_list_people (store, error)) == NULL)
    return NULL;
  if (year < 1900 || year > 2200 ||
      !paraat_calendar_local_to_utc (tz, year, 1, 1, 0, 0, &from) ||
      !paraat_calendar_local_to_utc (tz, year + 1, 1, 1, 0, 0, &until))
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("The year must lie between 1900 and 2200."));
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);

      g_hash_table_insert (kinds, g_memdup2 (&(gint64) { paraat_function_get_id (function) }, sizeof (gint64)),
                           GINT_TO_POINTER (paraat_function_get_piket_kind (function)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      g_hash_table_insert (names, g_memdup2 (&(gint64) { paraat_person_get_id (person) }, sizeof (gint64)),
                           g_strdup (paraat_person_get_display_name (person)));
    }

  shifts = paraat_store_read_piket_shifts (store, from, until, error);
  if (shifts == NULL)
    return NULL;
  rows = paraat_allowance_compute ((const ParaatPiketShift *) shifts->data, shifts->len,
                                   kind_from_table, kinds, tz, from, until);
  return paraat_allowance_to_csv ((const ParaatAllowanceRow *) rows->data, rows->len,
                                  name_from_table, names, delimiter);
}

/* Whether @person_id may take the shift of @function_id and @line that
 * starts at @starts_at; FALSE with the reason in @error when not. */
static gboolean
check_replacement (ParaatStore  *store,
                   GTimeZone    *tz,
                   gint64        function_id,
                   int           line,
                   gint64        starts_at,
                   gint64        person_id,
                   GError      **error)
{
  g_autoptr (GArray) shifts = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  gint64 ends_at = 0;
  int slot = 1;

  shifts = paraat_store_read_piket_shifts (store, starts_at, starts_at + 1, error);
  if (shifts == NULL)
    return FALSE;
  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);

      if (shift->function_id == function_id && shift->line == line && shift->starts_at == starts_at &&
          shift->request_id == 0)
        {
          ends_at = shift->ends_at;
          slot = shift->slot;
        }
    }
  if (ends_at == 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("There is no such shift on the roster."));
      return FALSE;
    }

  candidates = paraat_roster_service_candidates (store, tz, function_id, line, slot, starts_at, ends_at, 0, error);
  if (candidates == NULL)
    return FALSE;
  for (guint i = 0; i < candidates->len; i++)
    {
      ParaatCandidate *candidate = g_ptr_array_index (candidates, i);

      if (candidate->person_id != person_id)
        continue;
      if (candidate->status == PARAAT_CANDIDATE_ELIGIBLE)
        return TRUE;
      /* TRANSLATORS: e.g. "Hugo Alarmink cannot take this shift: Absent during this period." */
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                   _("%s cannot take this shift: %s."), candidate->name, candidate->explanation);
      return FALSE;
    }

  g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                       _("Only someone in the function’s rotation can take the shift over."));
  return FALSE;
}

gint64
paraat_roster_service_request_swap (ParaatStore  *store,
                                    GTimeZone    *tz,
                                    gint64        function_id,
                                    int           line,
                                    gint64        starts_at,
                                    gint64        to_person_id,
                                    const char   *requested_by,
                                    const char   *note,
                                    GError      **error)
{
  g_autoptr (GListModel) shifts = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), 0);

  /* Oneself first: that is the clearest thing to say. */
  shifts = paraat_store_list_shifts (store, function_id, starts_at, starts_at + 1, error);
  if (shifts == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr (ParaatShift) shift = g_list_model_get_item (shifts, i);

      if (paraat_shift_get_line (shift) == line && paraat_shift_get_starts_at (shift) == starts_at &&
          paraat_shift_get_request_id (shift) == 0 && paraat_shift_get_person_id (shift) == to_person_id)
        {
          g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                               _("A swap needs someone else: this person already has the shift."));
          return 0;
        }
    }

  if (!check_replacement (store, tz, function_id, line, starts_at, to_person_id, error))
    return 0;
  return paraat_store_request_swap (store, function_id, line, starts_at, to_person_id, requested_by, note, error);
}

gboolean
paraat_roster_service_decide_swap (ParaatStore  *store,
                                   GTimeZone    *tz,
                                   gint64        swap_id,
                                   gboolean      approve,
                                   const char   *decided_by,
                                   GError      **error)
{
  g_autoptr (GPtrArray) swaps = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);

  if (approve)
    {
      swaps = paraat_store_list_swaps (store, TRUE, error);
      if (swaps == NULL)
        return FALSE;
      for (guint i = 0; i < swaps->len; i++)
        {
          ParaatSwap *swap = g_ptr_array_index (swaps, i);

          if (swap->id == swap_id &&
              !check_replacement (store, tz, swap->function_id, swap->line, swap->starts_at,
                                  swap->to_person_id, error))
            return FALSE;
        }
    }
  return paraat_store_decide_swap (store, swap_id, approve, decided_by, error);
}
