/* paraat-year-plan.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-proficiency.h"
#include "planning/paraat-year-plan.h"

static void
gap_clear (gpointer data)
{
  ParaatPlanGap *gap = data;

  g_array_unref (gap->people);
  g_free (gap);
}

gboolean
paraat_plan_session_serves (const ParaatPlanSession *session,
                            gint64                   function_id)
{
  if (session->n_functions == 0)
    return TRUE;
  for (guint i = 0; i < session->n_functions; i++)
    if (session->functions[i] == function_id)
      return TRUE;
  return FALSE;
}

static int
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static int
quarter_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return (g_date_get_month (&date) - 1) / 3;
}

/* Whether @session is of the kind or category @requirement asks. */
static gboolean
session_matches (const ParaatRequirement *requirement,
                 const ParaatPlanSession *session)
{
  if (requirement->kind_code != NULL)
    return session->kind_code != NULL && g_ascii_strcasecmp (requirement->kind_code, session->kind_code) == 0;
  return g_strcmp0 (requirement->category, session->category) == 0;
}

/* Sessions a requirement asks of one year: 2 per 12 months is 2, 1 per 24
 * months is 1 (a year cannot offer half), "2 of 4" asks the plan for 4. */
static guint
needed_per_year (const ParaatRequirement *requirement)
{
  guint count = requirement->out_of > 0 ? requirement->out_of : MAX (requirement->min_count, 1);

  if (requirement->period_months == 0)
    return 1;
  return MAX (1, (count * 12 + requirement->period_months - 1) / requirement->period_months);
}

/* Whether @person_id met the once-only @requirement before @first_day. */
static gboolean
met_before (const ParaatRequirement      *requirement,
            const ParaatAttendanceRecord *records,
            guint                         n_records,
            gint64                        person_id,
            guint32                       first_day)
{
  guint count = 0;

  for (guint i = 0; i < n_records; i++)
    if (records[i].person_id == person_id && records[i].day < first_day &&
        paraat_attendance_counts (&records[i]) && paraat_requirement_matches (requirement, &records[i]))
      count++;
  return count >= MAX (requirement->min_count, 1);
}

static int
compare_by_day (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const ParaatPlanSession *sessions = data;
  const ParaatPlanSession *x = &sessions[*(const guint *) a];
  const ParaatPlanSession *y = &sessions[*(const guint *) b];

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

ParaatYearPlan *
paraat_year_plan_build (int                           year,
                        const gint64                 *function_ids,
                        guint                         n_function_ids,
                        const ParaatPlanSession      *sessions,
                        guint                         n_sessions,
                        const ParaatRequirement      *requirements,
                        guint                         n_requirements,
                        const ParaatPlanHolder       *holders,
                        guint                         n_holders,
                        const ParaatAttendanceRecord *records,
                        guint                         n_records)
{
  ParaatYearPlan *plan = g_new0 (ParaatYearPlan, 1);
  guint32 first_day = paraat_day_from_ymd (year, 1, 1);

  plan->year = year;
  plan->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  plan->quarters = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  plan->gaps = g_ptr_array_new_with_free_func (gap_clear);

  for (guint f = 0; f < n_function_ids; f++)
    {
      gint64 function_id = function_ids[f];
      GPtrArray *quarters = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

      g_array_append_val (plan->function_ids, function_id);
      for (guint q = 0; q < 4; q++)
        g_ptr_array_add (quarters, g_array_new (FALSE, FALSE, sizeof (guint)));
      for (guint s = 0; s < n_sessions; s++)
        {
          const ParaatPlanSession *session = &sessions[s];

          if (session->cancelled || year_of (session->day) != year || !paraat_plan_session_serves (session, function_id))
            continue;
          g_array_append_val (g_ptr_array_index (quarters, quarter_of (session->day)), s);
        }
      /* In the order they are held, whatever order they came in. */
      for (guint q = 0; q < 4; q++)
        g_array_sort_with_data (g_ptr_array_index (quarters, q), compare_by_day, (gpointer) sessions);
      g_ptr_array_add (plan->quarters, quarters);

      for (guint r = 0; r < n_requirements; r++)
        {
          const ParaatRequirement *requirement = &requirements[r];
          ParaatPlanGap *gap;
          guint offered = 0;

          if (requirement->function_id != function_id)
            continue;
          for (guint q = 0; q < 4; q++)
            {
              GArray *indices = g_ptr_array_index (quarters, q);

              for (guint i = 0; i < indices->len; i++)
                if (session_matches (requirement, &sessions[g_array_index (indices, guint, i)]))
                  offered++;
            }

          gap = g_new0 (ParaatPlanGap, 1);
          gap->function_id = function_id;
          gap->requirement = requirement;
          gap->offered = offered;
          gap->needed = needed_per_year (requirement);
          gap->people = g_array_new (FALSE, FALSE, sizeof (gint64));

          if (offered < gap->needed)
            for (guint h = 0; h < n_holders; h++)
              {
                /* A once-only requirement met before the year asks nothing of it. */
                if (holders[h].function_id != function_id ||
                    (requirement->period_months == 0 &&
                     met_before (requirement, records, n_records, holders[h].person_id, first_day)))
                  continue;
                g_array_append_val (gap->people, holders[h].person_id);
              }

          if (gap->people->len > 0)
            g_ptr_array_add (plan->gaps, gap);
          else
            gap_clear (gap);
        }
    }
  return plan;
}

void
paraat_year_plan_free (ParaatYearPlan *plan)
{
  if (plan == NULL)
    return;
  g_array_unref (plan->function_ids);
  g_ptr_array_unref (plan->quarters);
  g_ptr_array_unref (plan->gaps);
  g_free (plan);
}

GArray *
paraat_year_plan_count_years (const ParaatPlanSession *sessions,
                              guint                    n_sessions,
                              int                      first,
                              int                      last)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (ParaatPlanYearCount));

  for (int year = first; year <= last; year++)
    {
      ParaatPlanYearCount count = { .year = year };

      for (guint s = 0; s < n_sessions; s++)
        {
          const ParaatPlanSession *session = &sessions[s];

          if (year_of (session->day) != year)
            continue;
          if (session->cancelled)
            count.cancelled++;
          else if (g_strcmp0 (session->category, "education") == 0)
            count.education++;
          else if (g_strcmp0 (session->category, "training") == 0)
            count.training++;
          else if (g_strcmp0 (session->category, "exercise") == 0)
            count.exercise++;
          else if (g_strcmp0 (session->category, "test") == 0)
            count.test++;
          else if (g_strcmp0 (session->category, "evaluation") == 0)
            count.evaluation++;
        }
      g_array_append_val (counts, count);
    }
  return counts;
}
