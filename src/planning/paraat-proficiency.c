/* paraat-proficiency.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-proficiency.h"

/* The last day a session on @day counts for a period of @months. */
static guint32
last_counting_day (guint32 day,
                   guint   months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_months (&date, months);
  return g_date_get_julian (&date) - 1;
}

gboolean
paraat_attendance_counts (const ParaatAttendanceRecord *record)
{
  return record->status == PARAAT_ATTENDANCE_PRESENT &&
         record->result != PARAAT_RESULT_FAILED &&
         !record->cancelled;
}

gboolean
paraat_requirement_matches (const ParaatRequirement      *requirement,
                            const ParaatAttendanceRecord *record)
{
  gboolean for_function;

  if (requirement->kind_code != NULL)
    {
      if (record->kind_code == NULL || g_ascii_strcasecmp (requirement->kind_code, record->kind_code) != 0)
        return FALSE;
    }
  else if (g_strcmp0 (requirement->category, record->category) != 0)
    return FALSE;

  for_function = record->n_functions == 0 || record->as_function_id == requirement->function_id;
  for (guint i = 0; !for_function && i < record->n_functions; i++)
    for_function = record->functions[i] == requirement->function_id;
  return for_function;
}

static int
compare_days_descending (gconstpointer a,
                         gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return (x < y) - (x > y);
}

/* Fills @state for @requirement from @days, the days of the sessions that
 * count for it up to @day, most recent first. */
static void
evaluate_requirement (const ParaatRequirement *requirement,
                      const GArray            *days,
                      guint32                  day,
                      ParaatRequirementState  *state)
{
  guint min = MAX (requirement->min_count, 1);

  state->requirement = requirement;

  if (requirement->period_months == 0)
    {
      state->count = days->len;
      state->met = state->count >= min;
      state->valid_until = state->met ? PARAAT_DAY_FOREVER : 0;
      state->needed = state->met ? 0 : min - state->count;
      return;
    }

  state->count = 0;
  for (guint i = 0; i < days->len; i++)
    if (last_counting_day (g_array_index (days, guint32, i), requirement->period_months) >= day)
      state->count++;

  state->met = state->count >= min;
  if (!state->met)
    {
      state->valid_until = 0;
      state->needed = min - state->count;
      return;
    }

  /* Days are newest first, so the min-th is the one whose lapse ends it. */
  state->valid_until = last_counting_day (g_array_index (days, guint32, min - 1), requirement->period_months);
  {
    guint left = 0;

    for (guint i = 0; i < days->len; i++)
      if (last_counting_day (g_array_index (days, guint32, i), requirement->period_months) > state->valid_until)
        left++;
    state->needed = min - MIN (left, min);
  }
}

ParaatProficiency *
paraat_proficiency_evaluate (const ParaatRequirement      *requirements,
                             guint                         n_requirements,
                             const ParaatAttendanceRecord *records,
                             guint                         n_records,
                             gint64                        person_id,
                             gint64                        function_id,
                             guint32                       day,
                             guint                         warn_days)
{
  ParaatProficiency *proficiency = g_new0 (ParaatProficiency, 1);
  g_autoptr (GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  gboolean all_met = TRUE;
  gboolean any_counted = FALSE;

  g_return_val_if_fail (requirements != NULL || n_requirements == 0, proficiency);
  g_return_val_if_fail (records != NULL || n_records == 0, proficiency);

  proficiency->person_id = person_id;
  proficiency->function_id = function_id;
  proficiency->day = day;
  proficiency->requirements = g_array_new (FALSE, TRUE, sizeof (ParaatRequirementState));
  proficiency->valid_until = PARAAT_DAY_FOREVER;

  for (guint r = 0; r < n_requirements; r++)
    {
      const ParaatRequirement *requirement = &requirements[r];
      ParaatRequirementState state = { 0 };

      if (requirement->function_id != function_id)
        continue;

      g_array_set_size (days, 0);
      for (guint i = 0; i < n_records; i++)
        {
          const ParaatAttendanceRecord *record = &records[i];

          if (record->person_id != person_id || record->day > day ||
              !paraat_attendance_counts (record) || !paraat_requirement_matches (requirement, record))
            continue;
          g_array_append_val (days, record->day);
        }
      g_array_sort (days, compare_days_descending);
      any_counted |= days->len > 0;

      evaluate_requirement (requirement, days, day, &state);
      g_array_append_val (proficiency->requirements, state);
      if (!state.met)
        all_met = FALSE;
      else
        proficiency->valid_until = MIN (proficiency->valid_until, state.valid_until);
    }

  if (proficiency->requirements->len == 0)
    proficiency->status = PARAAT_PROFICIENCY_NO_REQUIREMENTS;
  else if (all_met)
    proficiency->status = proficiency->valid_until != PARAAT_DAY_FOREVER &&
                          proficiency->valid_until - day < warn_days
                          ? PARAAT_PROFICIENCY_EXPIRING : PARAAT_PROFICIENCY_VALID;
  else
    {
      proficiency->valid_until = 0;
      proficiency->status = any_counted ? PARAAT_PROFICIENCY_LAPSED : PARAAT_PROFICIENCY_NEVER;
    }

  return proficiency;
}

void
paraat_proficiency_free (ParaatProficiency *proficiency)
{
  if (proficiency == NULL)
    return;
  g_array_unref (proficiency->requirements);
  g_free (proficiency);
}

gboolean
paraat_proficiency_holds_until (const ParaatProficiency *proficiency,
                                guint32                  last_day)
{
  switch (proficiency->status)
    {
    case PARAAT_PROFICIENCY_NO_REQUIREMENTS:
      return TRUE;
    case PARAAT_PROFICIENCY_VALID:
    case PARAAT_PROFICIENCY_EXPIRING:
      return proficiency->valid_until >= last_day;
    case PARAAT_PROFICIENCY_LAPSED:
    case PARAAT_PROFICIENCY_NEVER:
    default:
      return FALSE;
    }
}

gboolean
paraat_proficiency_covers (const ParaatRequirement      *requirements,
                           guint                         n_requirements,
                           const ParaatAttendanceRecord *records,
                           guint                         n_records,
                           gint64                        person_id,
                           gint64                        function_id,
                           guint32                       first_day,
                           guint32                       last_day,
                           ParaatProficiency           **failed)
{
  guint32 day = first_day;

  if (failed != NULL)
    *failed = NULL;

  /* Each step lands on the first day the previous evaluation did not
   * cover, so the loop ends after at most one step per counted session. */
  while (TRUE)
    {
      ParaatProficiency *proficiency = paraat_proficiency_evaluate (requirements, n_requirements, records, n_records,
                                                                    person_id, function_id, day, 0);

      if (!paraat_proficiency_holds_until (proficiency, day))
        {
          if (failed != NULL)
            *failed = proficiency;
          else
            paraat_proficiency_free (proficiency);
          return FALSE;
        }
      if (paraat_proficiency_holds_until (proficiency, last_day))
        {
          paraat_proficiency_free (proficiency);
          return TRUE;
        }
      day = proficiency->valid_until + 1;
      paraat_proficiency_free (proficiency);
    }
}

/* "Exercise", "Alarmeringsoefening": what the requirement asks for. */
static const char *
requirement_noun (const ParaatRequirement *requirement)
{
  const char *category = requirement->category;

  if (requirement->kind_name != NULL && *requirement->kind_name != '\0')
    return requirement->kind_name;
  if (requirement->kind_code != NULL)
    return requirement->kind_code;
  if (g_strcmp0 (category, "education") == 0)
    return C_("requirement", "Course");
  if (g_strcmp0 (category, "training") == 0)
    return C_("requirement", "Training");
  if (g_strcmp0 (category, "exercise") == 0)
    return C_("requirement", "Exercise");
  if (g_strcmp0 (category, "test") == 0)
    return C_("requirement", "Test");
  if (g_strcmp0 (category, "evaluation") == 0)
    return C_("requirement", "Evaluation");
  return category != NULL ? category : "";
}

/* "1 exercise", "2 exercises", "2 × Alarmeringsoefening". */
static char *
count_phrase (const ParaatRequirement *requirement,
              guint                    n)
{
  const char *category = requirement->category;

  if (requirement->kind_code != NULL)
    /* Translators: a number of sessions of one kind, e.g. "2 × Alarmeringsoefening" */
    return g_strdup_printf (_("%u × %s"), n, requirement_noun (requirement));
  if (g_strcmp0 (category, "education") == 0)
    return g_strdup_printf (ngettext ("%u course", "%u courses", n), n);
  if (g_strcmp0 (category, "training") == 0)
    return g_strdup_printf (ngettext ("%u training", "%u trainings", n), n);
  if (g_strcmp0 (category, "exercise") == 0)
    return g_strdup_printf (ngettext ("%u exercise", "%u exercises", n), n);
  if (g_strcmp0 (category, "test") == 0)
    return g_strdup_printf (ngettext ("%u test", "%u tests", n), n);
  if (g_strcmp0 (category, "evaluation") == 0)
    return g_strdup_printf (ngettext ("%u evaluation", "%u evaluations", n), n);
  return g_strdup_printf ("%u × %s", n, requirement_noun (requirement));
}

char *
paraat_requirement_describe (const ParaatRequirement *requirement)
{
  const char *noun = requirement_noun (requirement);
  guint months = requirement->period_months;
  guint min = MAX (requirement->min_count, 1);

  if (requirement->description != NULL && *requirement->description != '\0')
    return g_strdup (requirement->description);

  if (months == 0)
    {
      if (min == 1)
        /* Translators: a requirement met by one session, ever: "Course: once" */
        return g_strdup_printf (_("%s: once"), noun);
      return g_strdup_printf (ngettext ("%s: %u time", "%s: %u times", min), noun, min);
    }
  if (requirement->out_of > 0)
    /* Translators: "Alarmeringsoefening: 2 of 4 per 12 months" */
    return g_strdup_printf (ngettext ("%s: %u of %u per %u month", "%s: %u of %u per %u months", months),
                            noun, min, requirement->out_of, months);
  /* Translators: "Exercise: 1 per 12 months" */
  return g_strdup_printf (ngettext ("%s: %u per %u month", "%s: %u per %u months", months),
                          noun, min, months);
}

char *
paraat_requirement_state_describe (const ParaatRequirementState *state,
                                   guint32                       day,
                                   guint                         warn_days)
{
  const ParaatRequirement *requirement = state->requirement;
  g_autofree char *needed = NULL;
  g_autofree char *before = NULL;

  if (!state->met)
    {
      needed = count_phrase (requirement, state->needed);
      if (requirement->period_months == 0)
        /* Translators: what someone lacks to be proficient: "needs 1 course" */
        return g_strdup_printf (_("needs %s"), needed);
      /* Translators: "needs 1 exercise now (0 in the last 12 months)" */
      return g_strdup_printf (ngettext ("needs %s now (%u in the last %u month)",
                                        "needs %s now (%u in the last %u months)",
                                        requirement->period_months),
                              needed, state->count, requirement->period_months);
    }

  if (state->valid_until == PARAAT_DAY_FOREVER || state->valid_until - day >= warn_days || state->needed == 0)
    return NULL;

  needed = count_phrase (requirement, state->needed);
  before = paraat_day_format (state->valid_until + 1);
  /* Translators: "needs 1 exercise before 2027-03-10" */
  return g_strdup_printf (_("needs %s before %s"), needed, before);
}

char *
paraat_proficiency_describe_missing (const ParaatProficiency *proficiency,
                                     guint                    warn_days)
{
  g_autoptr (GString) text = NULL;

  for (guint i = 0; i < proficiency->requirements->len; i++)
    {
      const ParaatRequirementState *state = &g_array_index (proficiency->requirements, ParaatRequirementState, i);
      g_autofree char *missing = paraat_requirement_state_describe (state, proficiency->day, warn_days);

      if (missing == NULL)
        continue;
      if (text == NULL)
        text = g_string_new (missing);
      else
        g_string_append_printf (text, "; %s", missing);
    }
  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

const char *
paraat_proficiency_status_label (ParaatProficiencyStatus status)
{
  switch (status)
    {
    case PARAAT_PROFICIENCY_NO_REQUIREMENTS:
      return C_("proficiency", "No requirements");
    case PARAAT_PROFICIENCY_VALID:
      return C_("proficiency", "Valid");
    case PARAAT_PROFICIENCY_EXPIRING:
      return C_("proficiency", "Expires soon");
    case PARAAT_PROFICIENCY_LAPSED:
      return C_("proficiency", "Not proficient");
    case PARAAT_PROFICIENCY_NEVER:
      return C_("proficiency", "Never trained");
    default:
      return "";
    }
}
