/* paraat-oto-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-oto"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "report/paraat-report-year-plan.h"
#include "service/paraat-oto-service.h"

struct _ParaatProficiencyIndex
{
  ParaatOtoFacts *facts;
  GTimeZone      *tz;
  GHashTable     *slices;      /* person id → first record index + 1 (records are sorted by person) */
  GHashTable     *required;    /* function ids with a requirement */
};

ParaatProficiencyIndex *
paraat_proficiency_index_new (ParaatStore  *store,
                              GTimeZone    *tz,
                              GError      **error)
{
  ParaatProficiencyIndex *index;
  ParaatOtoFacts *facts = paraat_store_read_oto_facts (store, tz, error);

  if (facts == NULL)
    return NULL;

  index = g_new0 (ParaatProficiencyIndex, 1);
  index->facts = facts;
  index->tz = g_time_zone_ref (tz);
  index->slices = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  index->required = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < facts->records->len; i++)
    {
      const ParaatAttendanceRecord *record = &g_array_index (facts->records, ParaatAttendanceRecord, i);

      if (!g_hash_table_contains (index->slices, &record->person_id))
        g_hash_table_insert (index->slices, g_memdup2 (&record->person_id, sizeof (gint64)), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < facts->requirements->len; i++)
    {
      const ParaatRequirement *requirement = &g_array_index (facts->requirements, ParaatRequirement, i);

      g_hash_table_add (index->required, g_memdup2 (&requirement->function_id, sizeof (gint64)));
    }
  return index;
}

void
paraat_proficiency_index_free (ParaatProficiencyIndex *index)
{
  if (index == NULL)
    return;
  paraat_oto_facts_free (index->facts);
  g_time_zone_unref (index->tz);
  g_hash_table_unref (index->slices);
  g_hash_table_unref (index->required);
  g_free (index);
}

const ParaatOtoFacts *
paraat_proficiency_index_get_facts (ParaatProficiencyIndex *index)
{
  return index->facts;
}

gboolean
paraat_proficiency_index_has_requirements (ParaatProficiencyIndex *index,
                                           gint64                  function_id)
{
  return g_hash_table_contains (index->required, &function_id);
}

/* The records of @person_id: a run of the sorted records. */
static const ParaatAttendanceRecord *
person_records (ParaatProficiencyIndex *index,
                gint64                  person_id,
                guint                  *n)
{
  const GArray *records = index->facts->records;
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (index->slices, &person_id));

  *n = 0;
  if (first == 0)
    return NULL;
  first--;
  while (first + *n < records->len &&
         g_array_index (records, ParaatAttendanceRecord, first + *n).person_id == person_id)
    (*n)++;
  return &g_array_index (records, ParaatAttendanceRecord, first);
}

gboolean
paraat_proficiency_index_check (ParaatProficiencyIndex  *index,
                                gint64                   person_id,
                                gint64                   function_id,
                                gint64                   from,
                                gint64                   until,
                                char                   **why)
{
  const GArray *requirements = index->facts->requirements;
  const ParaatAttendanceRecord *records;
  g_autoptr (ParaatProficiency) failed = NULL;
  guint n;

  if (!paraat_proficiency_index_has_requirements (index, function_id))
    return TRUE;

  records = person_records (index, person_id, &n);
  if (paraat_proficiency_covers ((const ParaatRequirement *) requirements->data, requirements->len, records, n,
                                 person_id, function_id, paraat_day_of_instant (from, index->tz),
                                 paraat_day_of_instant (MAX (from, until - 1), index->tz), &failed))
    return TRUE;

  if (why != NULL)
    {
      g_autofree char *missing = paraat_proficiency_describe_missing (failed, 0);
      g_autofree char *day = paraat_day_format (failed->day);

      if (failed->day > paraat_day_of_instant (from, index->tz))
        /* Translators: proficiency runs out during a piket shift: "from 2026-09-29: needs 1 training now (...)" */
        *why = g_strdup_printf (_("from %s: %s"), day, missing != NULL ? missing : "");
      else
        *why = missing != NULL ? g_steal_pointer (&missing)
                               : g_strdup (paraat_proficiency_status_label (failed->status));
    }
  return FALSE;
}

ParaatProficiency *
paraat_proficiency_index_evaluate (ParaatProficiencyIndex *index,
                                   gint64                  person_id,
                                   gint64                  function_id,
                                   guint32                 day)
{
  const GArray *requirements = index->facts->requirements;
  guint n;
  const ParaatAttendanceRecord *records = person_records (index, person_id, &n);

  return paraat_proficiency_evaluate ((const ParaatRequirement *) requirements->data, requirements->len,
                                      records, n, person_id, function_id, day, PARAAT_PROFICIENCY_WARN_DAYS);
}

/* Whether @assignment covers @day (its dates are inclusive, "" is open). */
static gboolean
assignment_on (ParaatAssignment *assignment,
               guint32           day)
{
  const char *from = paraat_assignment_get_valid_from (assignment);
  const char *until = paraat_assignment_get_valid_until (assignment);
  guint32 first = from != NULL && *from != '\0' ? paraat_day_parse (from) : 0;
  guint32 last = until != NULL && *until != '\0' ? paraat_day_parse (until) : PARAAT_DAY_FOREVER;

  return first <= day && day <= last;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const ParaatProficiencyCell *x = a;
  const ParaatProficiencyCell *y = b;

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  return (x->function_id > y->function_id) - (x->function_id < y->function_id);
}

static void
cell_clear (gpointer data)
{
  ParaatProficiencyCell *cell = data;

  g_clear_pointer (&cell->proficiency, paraat_proficiency_free);
}

GArray *
paraat_oto_matrix (ParaatStore             *store,
                   ParaatProficiencyIndex  *index,
                   guint32                  day,
                   GError                 **error)
{
  g_autoptr (GListModel) assignments = paraat_store_list_assignments (store, 0, 0, error);
  g_autoptr (GArray) cells = g_array_new (FALSE, TRUE, sizeof (ParaatProficiencyCell));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (assignments == NULL)
    return NULL;
  g_array_set_clear_func (cells, cell_clear);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      ParaatProficiencyCell cell;

      if (!assignment_on (assignment, day) ||
          !g_hash_table_add (seen, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, person_id, function_id)))
        continue;
      cell = (ParaatProficiencyCell) {
        .person_id = person_id,
        .function_id = function_id,
        .trainee = paraat_assignment_get_level (assignment) == PARAAT_ASSIGNMENT_LEVEL_TRAINEE,
        .proficiency = paraat_proficiency_index_evaluate (index, person_id, function_id, day),
      };
      g_array_append_val (cells, cell);
    }
  g_array_sort (cells, compare_cells);
  return g_steal_pointer (&cells);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

GArray *
paraat_oto_default_invitees (ParaatStore   *store,
                             GTimeZone     *tz,
                             const gint64  *function_ids,
                             guint          n_function_ids,
                             gint64         instant,
                             GError       **error)
{
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GHashTable) active = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GArray) invitees = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint32 day = paraat_day_of_instant (instant, tz);

  assignments = paraat_store_list_assignments (store, 0, 0, error);
  if (assignments == NULL)
    return NULL;
  people = paraat_store_list_people (store, error);
  if (people == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);

      if (paraat_person_get_active (person))
        g_hash_table_add (active, g_memdup2 (&id, sizeof id));
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      gboolean targeted = FALSE;

      for (guint f = 0; f < n_function_ids && !targeted; f++)
        targeted = function_ids[f] == function_id;
      if (!targeted || !assignment_on (assignment, day) || !g_hash_table_contains (active, &person_id) ||
          g_hash_table_contains (chosen, &person_id))
        continue;
      g_hash_table_add (chosen, g_memdup2 (&person_id, sizeof person_id));
      g_array_append_val (invitees, person_id);
    }
  g_array_sort (invitees, compare_ids);
  return g_steal_pointer (&invitees);
}

gboolean
paraat_oto_save_session (ParaatStore    *store,
                         GTimeZone      *tz,
                         ParaatSession  *session,
                         const gint64   *function_ids,
                         guint           n_function_ids,
                         GError        **error)
{
  g_autoptr (GArray) invitees = NULL;
  g_autoptr (GArray) rows = NULL;
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gboolean cancelled = paraat_session_get_status (session) == PARAAT_SESSION_STATUS_CANCELLED;
  guint before;

  invitees = paraat_oto_default_invitees (store, tz, function_ids, n_function_ids,
                                          paraat_session_get_starts_at (session), error);
  if (invitees == NULL)
    return FALSE;

  if (!paraat_store_begin (store, error))
    return FALSE;
  if (!paraat_store_save_session (store, session, error) ||
      !paraat_store_set_session_targets (store, paraat_session_get_id (session), function_ids, n_function_ids, error) ||
      (rows = paraat_store_read_attendance (store, paraat_session_get_id (session), error)) == NULL)
    {
      paraat_store_rollback (store);
      return FALSE;
    }

  before = rows->len;
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (listed, g_memdup2 (&g_array_index (rows, ParaatAttendance, i).person_id, sizeof (gint64)));
  for (guint i = 0; !cancelled && i < invitees->len; i++)
    {
      ParaatAttendance row = { g_array_index (invitees, gint64, i), 0, PARAAT_ATTENDANCE_INVITED, NULL, -1,
                               PARAAT_RESULT_NONE };

      if (!g_hash_table_contains (listed, &row.person_id))
        g_array_append_val (rows, row);
    }
  if (rows->len != before &&
      !paraat_store_write_attendance (store, paraat_session_get_id (session),
                                      (const ParaatAttendance *) rows->data, rows->len, error))
    {
      paraat_store_rollback (store);
      return FALSE;
    }
  return paraat_store_commit (store, error);
}

/* The same ISO week, weekday and local time one year later. */
static gboolean
next_year_instant (GTimeZone *tz,
                   gint64     instant,
                   gint64    *moved)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  int iso_year = g_date_time_get_week_numbering_year (local) + 1;
  int week = MIN (g_date_time_get_week_of_year (local), paraat_calendar_weeks_in_year (iso_year));

  return paraat_calendar_week_handover (tz, iso_year, week, g_date_time_get_day_of_week (local),
                                        g_date_time_get_hour (local), g_date_time_get_minute (local), moved);
}

ParaatSession *
paraat_oto_copy_to_next_year (ParaatStore  *store,
                              GTimeZone    *tz,
                              gint64        session_id,
                              GError      **error)
{
  g_autoptr (ParaatSession) session = paraat_store_get_session (store, session_id, error);
  g_autoptr (GArray) targets = NULL;
  g_autoptr (GArray) invitees = NULL;
  g_autoptr (GArray) rows = NULL;
  gint64 starts_at, ends_at;

  if (session == NULL)
    return NULL;
  targets = paraat_store_read_session_targets (store, session_id, error);
  if (targets == NULL)
    return NULL;
  if (!next_year_instant (tz, paraat_session_get_starts_at (session), &starts_at) ||
      !next_year_instant (tz, paraat_session_get_ends_at (session), &ends_at))
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("The session’s date has no counterpart next year."));
      return NULL;
    }

  invitees = paraat_oto_default_invitees (store, tz, (const gint64 *) targets->data, targets->len, starts_at, error);
  if (invitees == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (ParaatAttendance));
  for (guint i = 0; i < invitees->len; i++)
    {
      ParaatAttendance row = { g_array_index (invitees, gint64, i), 0, PARAAT_ATTENDANCE_INVITED, NULL, -1, PARAAT_RESULT_NONE };

      g_array_append_val (rows, row);
    }
  /* More holders than places: invite none rather than some at random. */
  if (paraat_session_get_capacity (session) > 0 && rows->len > (guint) paraat_session_get_capacity (session))
    g_array_set_size (rows, 0);

  paraat_session_set_id (session, 0);
  paraat_session_set_starts_at (session, starts_at);
  paraat_session_set_ends_at (session, MAX (starts_at, ends_at));
  paraat_session_set_status (session, PARAAT_SESSION_STATUS_PLANNED);

  /* The session, its targets and invitations: all or nothing. */
  if (!paraat_store_begin (store, error))
    return NULL;
  if (!paraat_store_save_session (store, session, error) ||
      !paraat_store_set_session_targets (store, paraat_session_get_id (session),
                                         (const gint64 *) targets->data, targets->len, error) ||
      !paraat_store_write_attendance (store, paraat_session_get_id (session),
                                      (const ParaatAttendance *) rows->data, rows->len, error))
    {
      paraat_store_rollback (store);
      return NULL;
    }
  if (!paraat_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&session);
}

static void
notice_free (gpointer data)
{
  ParaatOtoNotice *notice = data;

  g_free (notice->title);
  g_free (notice->subtitle);
  g_free (notice);
}

static ParaatOtoNotice *
notice_new (ParaatOtoNoticeKind  kind,
            char                *title,
            char                *subtitle)
{
  ParaatOtoNotice *notice = g_new0 (ParaatOtoNotice, 1);

  notice->kind = kind;
  notice->title = title;
  notice->subtitle = subtitle;
  return notice;
}

/* Person id → display name. */
static GHashTable *
read_names (ParaatStore  *store,
            GError      **error)
{
  g_autoptr (GListModel) people = paraat_store_list_people (store, error);
  GHashTable *names;

  if (people == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (paraat_person_get_display_name (person)));
    }
  return names;
}

static int
compare_notices_by_subtitle (gconstpointer a,
                             gconstpointer b)
{
  const ParaatOtoNotice *x = *(ParaatOtoNotice * const *) a;
  const ParaatOtoNotice *y = *(ParaatOtoNotice * const *) b;

  return g_strcmp0 (x->subtitle, y->subtitle);
}

static gboolean
add_proficiency_notices (ParaatStore  *store,
                         GTimeZone    *tz,
                         guint32       day,
                         GHashTable   *names,
                         GPtrArray    *notices,
                         GError      **error)
{
  g_autoptr (ParaatProficiencyIndex) index = paraat_proficiency_index_new (store, tz, error);
  g_autoptr (GArray) cells = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GPtrArray) expiring = g_ptr_array_new ();

  if (index == NULL || (cells = paraat_oto_matrix (store, index, day, error)) == NULL ||
      (functions = paraat_store_list_functions (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);

      g_hash_table_insert (codes, g_memdup2 (&id, sizeof id), g_strdup (paraat_function_get_code (function)));
    }

  for (guint i = 0; i < cells->len; i++)
    {
      const ParaatProficiencyCell *cell = &g_array_index (cells, ParaatProficiencyCell, i);
      const ParaatProficiency *proficiency = cell->proficiency;
      g_autofree char *missing = NULL;
      g_autofree char *until = NULL;
      ParaatOtoNotice *notice;
      char *title;

      if (cell->trainee || (proficiency->status != PARAAT_PROFICIENCY_LAPSED &&
                            proficiency->status != PARAAT_PROFICIENCY_NEVER &&
                            proficiency->status != PARAAT_PROFICIENCY_EXPIRING))
        continue;

      missing = paraat_proficiency_describe_missing (proficiency, PARAAT_PROFICIENCY_WARN_DAYS);
      /* Translators: a person and a function code: "Joost Kalenderink — ACB" */
      title = g_strdup_printf (_("%s — %s"), (const char *) g_hash_table_lookup (names, &cell->person_id),
                               (const char *) g_hash_table_lookup (codes, &cell->function_id));
      if (proficiency->status == PARAAT_PROFICIENCY_EXPIRING)
        {
          until = paraat_day_format (proficiency->valid_until);
          /* Translators: "Proficient until 2026-12-01: needs 1 exercise before 2026-12-02" */
          notice = notice_new (PARAAT_OTO_NOTICE_EXPIRING, title,
                               g_strdup_printf (_("Proficient until %s: %s"), until, missing != NULL ? missing : ""));
          g_ptr_array_add (expiring, notice);
        }
      else
        {
          /* Translators: "Not proficient: needs 1 exercise now (0 in the last 12 months)" */
          notice = notice_new (PARAAT_OTO_NOTICE_LAPSED, title,
                               g_strdup_printf (_("%s: %s"), paraat_proficiency_status_label (proficiency->status),
                                                missing != NULL ? missing : ""));
          g_ptr_array_add (notices, notice);
        }
      notice->function_id = cell->function_id;
    }
  /* The soonest to lapse first. */
  g_ptr_array_sort (expiring, compare_notices_by_subtitle);
  g_ptr_array_extend_and_steal (notices, g_steal_pointer (&expiring));
  return TRUE;
}

GPtrArray *
paraat_oto_notices (ParaatStore  *store,
                    GTimeZone    *tz,
                    gint64        now,
                    GError      **error)
{
  g_autoptr (GPtrArray) notices = g_ptr_array_new_with_free_func (notice_free);
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GArray) lessons = NULL;
  g_autoptr (GHashTable) names = read_names (store, error);
  guint32 day = paraat_day_of_instant (now, tz);

  if (names == NULL || !add_proficiency_notices (store, tz, day, names, notices, error))
    return NULL;

  sessions = paraat_store_list_unregistered_sessions (store, now, error);
  if (sessions == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *held = paraat_day_format (paraat_day_of_instant (paraat_session_get_starts_at (session), tz));
      ParaatOtoNotice *notice;

      /* Translators: a session in the past whose attendance nobody entered */
      notice = notice_new (PARAAT_OTO_NOTICE_UNREGISTERED, g_strdup (paraat_session_get_title (session)),
                           g_strdup_printf (_("Held on %s; attendance not registered yet"), held));
      notice->session_id = paraat_session_get_id (session);
      g_ptr_array_add (notices, notice);
    }

  lessons = paraat_store_read_lessons (store, error);
  if (lessons == NULL)
    return NULL;
  for (guint i = 0; i < lessons->len; i++)
    {
      const ParaatLesson *lesson = &g_array_index (lessons, ParaatLesson, i);
      g_autofree char *due = NULL;
      const char *owner = g_hash_table_lookup (names, &lesson->owner_person_id);
      ParaatOtoNotice *notice;

      if ((lesson->status != PARAAT_LESSON_OPEN && lesson->status != PARAAT_LESSON_IN_PROGRESS) ||
          lesson->due_day == 0 || lesson->due_day >= day)
        continue;
      due = paraat_day_format (lesson->due_day);
      notice = notice_new (PARAAT_OTO_NOTICE_LESSON_OVERDUE, g_strdup (lesson->text),
                           owner != NULL
                           /* Translators: an overdue improvement: "Due 2026-10-15 · Karin Noodhout" */
                           ? g_strdup_printf (_("Due %s · %s"), due, owner)
                           : g_strdup_printf (_("Due %s · no owner"), due));
      notice->session_id = lesson->session_id;
      g_ptr_array_add (notices, notice);
    }

  return g_steal_pointer (&notices);
}

ParaatOtoYearPlan *
paraat_oto_year_plan_new (ParaatStore  *store,
                          GTimeZone    *tz,
                          int           year,
                          GError      **error)
{
  g_autoptr (ParaatOtoYearPlan) plan = g_new0 (ParaatOtoYearPlan, 1);
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GArray) function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) holders = g_array_new (FALSE, FALSE, sizeof (ParaatPlanHolder));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint32 first_day = paraat_day_from_ymd (year, 1, 1);
  guint32 last_day = paraat_day_from_ymd (year, 12, 31);
  int first_year = year;

  plan->year = year;
  plan->function_labels = g_ptr_array_new_with_free_func (g_free);

  if ((plan->facts = paraat_store_read_oto_facts (store, tz, error)) == NULL ||
      (plan->names = read_names (store, error)) == NULL ||
      (functions = paraat_store_list_functions (store, error)) == NULL ||
      (assignments = paraat_store_list_assignments (store, 0, 0, error)) == NULL)
    return NULL;

  /* The sessions come with the facts, in one query. */
  plan->sessions = g_array_ref (plan->facts->sessions);
  for (guint i = 0; i < plan->sessions->len; i++)
    {
      guint32 day = g_array_index (plan->sessions, ParaatPlanSession, i).day;

      if (day != 0)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, day);
          first_year = MIN (first_year, (int) g_date_get_year (&date));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);

      g_array_append_val (function_ids, id);
      /* Translators: a function in the year plan: "ACB — Adviseur crisisbeheersing" */
      g_ptr_array_add (plan->function_labels, g_strdup_printf (_("%s — %s"), paraat_function_get_code (function),
                                                               paraat_function_get_name (function)));
    }

  /* Holders at any time in the year (trainees too: they are to be trained). */
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      const char *from = paraat_assignment_get_valid_from (assignment);
      const char *until = paraat_assignment_get_valid_until (assignment);
      guint32 start = from != NULL && *from != '\0' ? paraat_day_parse (from) : 0;
      guint32 end = until != NULL && *until != '\0' ? paraat_day_parse (until) : PARAAT_DAY_FOREVER;
      ParaatPlanHolder holder = { paraat_assignment_get_person_id (assignment),
                                  paraat_assignment_get_function_id (assignment) };

      if (start > last_day || end < first_day ||
          !g_hash_table_add (seen, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                    holder.person_id, holder.function_id)))
        continue;
      g_array_append_val (holders, holder);
    }

  plan->plan = paraat_year_plan_build (year, (const gint64 *) function_ids->data, function_ids->len,
                                       (const ParaatPlanSession *) plan->sessions->data, plan->sessions->len,
                                       (const ParaatRequirement *) plan->facts->requirements->data,
                                       plan->facts->requirements->len,
                                       (const ParaatPlanHolder *) holders->data, holders->len,
                                       (const ParaatAttendanceRecord *) plan->facts->records->data,
                                       plan->facts->records->len);
  /* Under each function, the partners its sessions of the year work with,
   * as in the seeds' uitvoeringsmatrix. */
  for (guint f = 0; f < plan->plan->function_ids->len; f++)
    {
      GPtrArray *quarters = g_ptr_array_index (plan->plan->quarters, f);
      g_autoptr (GPtrArray) partners = g_ptr_array_new_with_free_func (g_free);

      for (guint q = 0; q < 4; q++)
        {
          GArray *indices = g_ptr_array_index (quarters, q);

          for (guint i = 0; i < indices->len; i++)
            {
              const ParaatPlanSession *session = &g_array_index (plan->sessions, ParaatPlanSession,
                                                                 g_array_index (indices, guint, i));
              g_auto (GStrv) names = g_strsplit (session->partners != NULL ? session->partners : "", ",", -1);

              for (guint n = 0; names[n] != NULL; n++)
                {
                  char *name = g_strstrip (names[n]);
                  gboolean known = *name == '\0';

                  for (guint k = 0; k < partners->len && !known; k++)
                    known = g_ascii_strcasecmp (g_ptr_array_index (partners, k), name) == 0;
                  if (!known)
                    g_ptr_array_add (partners, g_strdup (name));
                }
            }
        }
      if (partners->len > 0)
        {
          char *label = g_ptr_array_index (plan->function_labels, f);
          g_autofree char *joined = NULL;

          g_ptr_array_add (partners, NULL);
          joined = g_strjoinv (", ", (char **) partners->pdata);
          /* Translators: under a function in the year plan: the partners of its sessions */
          plan->function_labels->pdata[f] = g_strdup_printf (_("%s\nWith: %s"), label, joined);
          g_free (label);
        }
    }

  plan->counts = paraat_year_plan_count_years ((const ParaatPlanSession *) plan->sessions->data, plan->sessions->len,
                                               MAX (first_year, year - 9), year + 1);
  return g_steal_pointer (&plan);
}

void
paraat_oto_year_plan_free (ParaatOtoYearPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->plan, paraat_year_plan_free);
  g_clear_pointer (&plan->sessions, g_array_unref);
  g_clear_pointer (&plan->function_labels, g_ptr_array_unref);
  g_clear_pointer (&plan->counts, g_array_unref);
  g_clear_pointer (&plan->names, g_hash_table_unref);
  g_clear_pointer (&plan->facts, paraat_oto_facts_free);
  g_free (plan);
}

char *
paraat_oto_year_plan_quarter_text (ParaatOtoYearPlan *plan,
                                   guint              function_index,
                                   guint              quarter)
{
  GPtrArray *quarters = g_ptr_array_index (plan->plan->quarters, function_index);
  GArray *indices = g_ptr_array_index (quarters, quarter);
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      const ParaatPlanSession *session = &g_array_index (plan->sessions, ParaatPlanSession,
                                                         g_array_index (indices, guint, i));
      GDate date;
      char day[32];

      g_date_clear (&date, 1);
      g_date_set_julian (&date, session->day);
      /* Translators: a day in the year plan, strftime format: "10 Mar" */
      g_date_strftime (day, sizeof day, C_("year plan", "%e %b"), &date);
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, "%s %s", g_strstrip (day), session->kind_code);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
paraat_oto_year_plan_describe_gap (ParaatOtoYearPlan   *plan,
                                   const ParaatPlanGap *gap)
{
  g_autofree char *requirement = paraat_requirement_describe (gap->requirement);
  g_autoptr (GString) people = g_string_new (NULL);
  const char *label = "";

  for (guint i = 0; i < plan->plan->function_ids->len; i++)
    if (g_array_index (plan->plan->function_ids, gint64, i) == gap->function_id)
      label = g_ptr_array_index (plan->function_labels, i);

  for (guint i = 0; i < gap->people->len && i < 5; i++)
    {
      const char *name = g_hash_table_lookup (plan->names, &g_array_index (gap->people, gint64, i));

      g_string_append_printf (people, "%s%s", i > 0 ? ", " : "", name != NULL ? name : "?");
    }
  if (gap->people->len > 5)
    g_string_append (people, ", …");

  /* Translators: a requirement the year plan does not cover: "ACB — Adviseur…: Training: 1 per 12 months:
   * the plan offers 0 of 1, for 4 people (Gerda Roosterveld, …)" */
  return g_strdup_printf (ngettext ("%s: %s: the plan offers %u of %u, for %u person (%s)",
                                    "%s: %s: the plan offers %u of %u, for %u people (%s)", gap->people->len),
                          label, requirement, gap->offered, gap->needed, gap->people->len, people->str);
}

guint
paraat_oto_year_plan_write_pdf (ParaatOtoYearPlan  *plan,
                                const char         *organisation,
                                GDateTime          *printed,
                                const char         *path,
                                GError            **error)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  ParaatYearPlanReport report;
  guint n_rows = plan->plan->function_ids->len;

  for (guint f = 0; f < n_rows; f++)
    for (guint q = 0; q < 4; q++)
      g_ptr_array_add (cells, paraat_oto_year_plan_quarter_text (plan, f, q));
  for (guint g = 0; g < plan->plan->gaps->len; g++)
    g_ptr_array_add (gaps, paraat_oto_year_plan_describe_gap (plan, g_ptr_array_index (plan->plan->gaps, g)));

  /* Translators: the title of the printed year plan */
  title = g_strdup_printf (_("OTO Year Plan %d"), plan->year);
  day = g_date_time_format (printed, "%Y-%m-%d");
  /* Translators: under the title of the year plan: "Gemeente Voorbeeld · printed 2026-11-22" */
  subtitle = g_strdup_printf (_("%s · printed %s"), organisation, day);

  report = (ParaatYearPlanReport) {
    .title = title,
    .subtitle = subtitle,
    .n_rows = n_rows,
    .labels = (const char * const *) plan->function_labels->pdata,
    .cells = (const char * const *) cells->pdata,
    .n_gaps = gaps->len,
    .gaps = (const char * const *) gaps->pdata,
    .counts = (const ParaatPlanYearCount *) plan->counts->data,
    .n_counts = plan->counts->len,
  };
  return paraat_year_plan_report_write_pdf (&report, path, error);
}
