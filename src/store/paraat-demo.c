/* paraat-demo.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "paraat-demo-resources.h"
#include "store/paraat-demo.h"
#include "store/paraat-store-private.h"
#include "store/paraat-tsv.h"

/* Loads Gemeente Voorbeeld from the TSV files in data/demo/ through the
 * public store API, the same way any other data reaches the database. */

#define DEMO_YEAR 2026
#define DEMO_PREFIX RESOURCE_BASE "/demo/"

typedef struct
{
  ParaatStore *store;
  GTimeZone   *tz;
  int          year;
  gint64       now;
  GHashTable  *teams;      /* code → id */
  GHashTable  *functions;  /* code → id */
  GHashTable  *people;     /* key → id */
  GHashTable  *holders;    /* function id → GArray of person ids */
  GHashTable  *sessions;   /* date in sessions.tsv → this year's session id */
  GHashTable  *events;     /* key in events.tsv → id */
  GHashTable  *firsts;     /* key in events.tsv → GDate of this year's first day */
  ParaatTsv   *exceptions; /* attendance.tsv */
} Loader;

static ParaatTsv *
open_table (const char  *name,
            GError     **error)
{
  g_autofree char *path = g_strconcat (DEMO_PREFIX, name, NULL);
  g_autoptr (GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (paraat_demo_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return paraat_tsv_parse (bytes, name, error);
}

/* A field the loader needs: a missing column is a defect of the shipped data. */
static const char *
field (ParaatTsv  *tsv,
       guint       row,
       const char *column)
{
  const char *value = paraat_tsv_get (tsv, row, column);

  if (value == NULL)
    g_error ("demo data: no column “%s”", column);
  return value;
}

static gboolean
data_error (GError     **error,
            const char  *table,
            ParaatTsv   *tsv,
            guint        row,
            const char  *what)
{
  g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
               _("The demo data is damaged (%s, line %u: %s)."),
               table, paraat_tsv_get_line (tsv, row), what);
  return FALSE;
}

static gint64
lookup (GHashTable *map,
        const char *key)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (map, key)) ;
}

static int
parse_int (const char *text,
           int         fallback)
{
  return text != NULL && *text != '\0' ? (int) g_ascii_strtoll (text, NULL, 10) : fallback;
}

/* Moves a 2026 date to @loader's year: "week" keeps the ISO week and weekday
 * (a Tuesday session stays a Tuesday), "date" keeps the calendar day. */
static GDate *
parse_date (const char *text)
{
  int y, m, d;

  if (sscanf (text, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

static GDate *
move_date (Loader     *loader,
           const char *text,
           const char *anchor)
{
  int y, m, d;
  GDate *date = parse_date (text);

  if (date == NULL || loader->year == DEMO_YEAR)
    return date;

  y = g_date_get_year (date);
  m = g_date_get_month (date);
  d = g_date_get_day (date);

  if (g_strcmp0 (anchor, "koningsdag") == 0)
    {
      int year = y + (loader->year - DEMO_YEAR);

      /* 27 April, or Saturday the 26th when the 27th is a Sunday. */
      g_date_set_dmy (date, 27, G_DATE_APRIL, year);
      if (g_date_get_weekday (date) == G_DATE_SUNDAY)
        g_date_set_dmy (date, 26, G_DATE_APRIL, year);
    }
  else if (g_strcmp0 (anchor, "date") == 0)
    {
      int year = y + (loader->year - DEMO_YEAR);

      if (m == 2 && d == 29 && !g_date_is_leap_year (year))
        d = 28;
      g_date_set_dmy (date, d, m, year);
    }
  else
    {
      g_autoptr (GDateTime) when = g_date_time_new_utc (y, m, d, 12, 0, 0);
      int week = g_date_time_get_week_of_year (when);
      int weekday = g_date_time_get_day_of_week (when);
      int iso_year = g_date_time_get_week_numbering_year (when) + (loader->year - DEMO_YEAR);
      g_autoptr (GDateTime) jan4 = g_date_time_new_utc (iso_year, 1, 4, 12, 0, 0);
      g_autoptr (GDateTime) week1 = g_date_time_add_days (jan4, 1 - g_date_time_get_day_of_week (jan4));
      g_autoptr (GDateTime) dec28 = g_date_time_new_utc (iso_year, 12, 28, 12, 0, 0);
      g_autoptr (GDateTime) target = NULL;

      /* Week 53 only exists in some years. */
      week = MIN (week, g_date_time_get_week_of_year (dec28));
      target = g_date_time_add_days (week1, (week - 1) * 7 + (weekday - 1));
      g_date_set_dmy (date, g_date_time_get_day_of_month (target),
                      g_date_time_get_month (target), g_date_time_get_year (target));
    }
  return date;
}

/* A local wall-clock time on @date in the organisation's zone, as UTC seconds. */
static gint64
local_instant (Loader     *loader,
               GDate      *date,
               const char *hhmm,
               const char *fallback)
{
  int hour = 0, minute = 0;
  g_autoptr (GDateTime) when = NULL;

  if (hhmm == NULL || *hhmm == '\0')
    hhmm = fallback;
  if (sscanf (hhmm, "%d:%d", &hour, &minute) != 2)
    return -1;

  when = g_date_time_new (loader->tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
  return when != NULL ? g_date_time_to_unix (when) : -1;
}

/* Titles may name years relative to the demo's: {year}, {year-1}, {year+1}. */
static char *
expand_years (Loader     *loader,
              const char *text)
{
  g_autofree char *year = g_strdup_printf ("%d", loader->year);
  g_autofree char *before = g_strdup_printf ("%d", loader->year - 1);
  g_autofree char *after = g_strdup_printf ("%d", loader->year + 1);
  g_auto (GStrv) a = g_strsplit (text, "{year-1}", -1);
  g_autofree char *s1 = g_strjoinv (before, a);
  g_auto (GStrv) b = g_strsplit (s1, "{year+1}", -1);
  g_autofree char *s2 = g_strjoinv (after, b);
  g_auto (GStrv) c = g_strsplit (s2, "{year}", -1);

  return g_strjoinv (year, c);
}

static gboolean
load_organisation (Loader  *loader,
                   GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("organisation.tsv", error);
  g_autoptr (ParaatOrganisation) organisation = paraat_organisation_new ();

  if (tsv == NULL)
    return FALSE;
  if (paraat_tsv_get_n_rows (tsv) != 1)
    return data_error (error, "organisation.tsv", tsv, 0, "one row expected");

  paraat_organisation_set_name (organisation, field (tsv, 0, "name"));
  paraat_organisation_set_region (organisation, field (tsv, 0, "region"));
  paraat_organisation_set_time_zone (organisation, field (tsv, 0, "time_zone"));
  if (!paraat_store_save_organisation (loader->store, organisation, error))
    return FALSE;

  loader->tz = g_time_zone_new_identifier (field (tsv, 0, "time_zone"));
  if (loader->tz == NULL)
    return data_error (error, "organisation.tsv", tsv, 0, "time_zone");
  return TRUE;
}

static gboolean
load_partners (Loader  *loader,
               GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("partners.tsv", error);
  g_autoptr (GListModel) existing = paraat_store_list_partners (loader->store, error);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (tsv == NULL || existing == NULL)
    return FALSE;

  /* Every database has the partners its reference checklists name: the
   * demo's version of one gets its name and contact. */
  for (guint i = 0; i < g_list_model_get_n_items (existing); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (existing, i);
      gint64 id = paraat_partner_get_id (partner);

      g_hash_table_insert (ids, g_ascii_strup (paraat_partner_get_code (partner), -1), g_memdup2 (&id, sizeof id));
    }

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatPartner) partner = paraat_partner_new ();
      g_autofree char *code = g_ascii_strup (field (tsv, i, "code"), -1);
      gint64 *id = g_hash_table_lookup (ids, code);
      int kind;

      if (!paraat_enum_from_nick (PARAAT_TYPE_PARTNER_KIND, field (tsv, i, "kind"), &kind))
        return data_error (error, "partners.tsv", tsv, i, "kind");
      paraat_partner_set_code (partner, field (tsv, i, "code"));
      paraat_partner_set_name (partner, field (tsv, i, "name"));
      paraat_partner_set_kind (partner, kind);
      paraat_partner_set_contact (partner, field (tsv, i, "contact"));
      if (id != NULL)
        paraat_partner_set_id (partner, *id);
      if (!paraat_store_save_partner (loader->store, partner, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_teams (Loader  *loader,
            GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("teams.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatTeam) team = paraat_team_new ();

      paraat_team_set_code (team, field (tsv, i, "code"));
      paraat_team_set_name (team, field (tsv, i, "name"));
      paraat_team_set_description (team, field (tsv, i, "description"));
      paraat_team_set_position (team, (int) i + 1);
      if (!paraat_store_save_team (loader->store, team, error))
        return FALSE;
      g_hash_table_insert (loader->teams, g_strdup (paraat_team_get_code (team)),
                           GSIZE_TO_POINTER ((gsize) paraat_team_get_id (team)));
    }
  return TRUE;
}

static gboolean
load_functions (Loader  *loader,
                GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("functions.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatFunction) function = paraat_function_new ();
      gint64 team_id = lookup (loader->teams, field (tsv, i, "team"));
      int kind;

      if (team_id == 0)
        return data_error (error, "functions.tsv", tsv, i, "unknown team");
      if (!paraat_enum_from_nick (PARAAT_TYPE_PIKET_KIND, field (tsv, i, "piket"), &kind))
        return data_error (error, "functions.tsv", tsv, i, "piket");

      paraat_function_set_team_id (function, team_id);
      paraat_function_set_code (function, field (tsv, i, "code"));
      paraat_function_set_name (function, field (tsv, i, "name"));
      paraat_function_set_description (function, field (tsv, i, "description"));
      paraat_function_set_piket_kind (function, kind);
      paraat_function_set_response_minutes (function, parse_int (field (tsv, i, "response_minutes"), -1));
      paraat_function_set_lines (function, parse_int (field (tsv, i, "lines"), 1));
      paraat_function_set_per_line (function, parse_int (field (tsv, i, "per_line"), 1));
      paraat_function_set_regional_pool (function, parse_int (field (tsv, i, "regional_pool"), 0) != 0);
      paraat_function_set_position (function, (int) i + 1);
      if (!paraat_store_save_function (loader->store, function, error))
        return FALSE;
      g_hash_table_insert (loader->functions, g_strdup (paraat_function_get_code (function)),
                           GSIZE_TO_POINTER ((gsize) paraat_function_get_id (function)));
    }
  return TRUE;
}

static gboolean
load_people (Loader  *loader,
             GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("people.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatPerson) person = paraat_person_new ();

      paraat_person_set_given_name (person, field (tsv, i, "given_name"));
      paraat_person_set_family_name (person, field (tsv, i, "family_name"));
      paraat_person_set_phone (person, field (tsv, i, "phone"));
      paraat_person_set_email (person, field (tsv, i, "email"));
      paraat_person_set_department (person, field (tsv, i, "department"));
      paraat_person_set_municipality (person, field (tsv, i, "municipality"));
      paraat_person_set_fictitious (person, TRUE);
      if (!paraat_store_save_person (loader->store, person, error))
        return FALSE;
      g_hash_table_insert (loader->people, g_strdup (field (tsv, i, "key")),
                           GSIZE_TO_POINTER ((gsize) paraat_person_get_id (person)));
    }
  return TRUE;
}

static void
holders_add (Loader *loader,
             gint64  function_id,
             gint64  person_id)
{
  GArray *holders = g_hash_table_lookup (loader->holders, &function_id);

  if (holders == NULL)
    {
      holders = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (loader->holders, g_memdup2 (&function_id, sizeof function_id), holders);
    }
  for (guint i = 0; i < holders->len; i++)
    if (g_array_index (holders, gint64, i) == person_id)
      return;
  g_array_append_val (holders, person_id);
}

static gboolean
load_assignments (Loader  *loader,
                  GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("assignments.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
      gint64 person_id = lookup (loader->people, field (tsv, i, "person"));
      gint64 function_id = lookup (loader->functions, field (tsv, i, "function"));
      int level;

      if (person_id == 0 || function_id == 0)
        return data_error (error, "assignments.tsv", tsv, i, "unknown person or function");
      if (!paraat_enum_from_nick (PARAAT_TYPE_ASSIGNMENT_LEVEL, field (tsv, i, "level"), &level))
        return data_error (error, "assignments.tsv", tsv, i, "level");

      paraat_assignment_set_person_id (assignment, person_id);
      paraat_assignment_set_function_id (assignment, function_id);
      paraat_assignment_set_level (assignment, level);
      paraat_assignment_set_position (assignment, parse_int (field (tsv, i, "position"), 1));
      if (!paraat_store_save_assignment (loader->store, assignment, error))
        return FALSE;
      holders_add (loader, function_id, person_id);
    }
  return TRUE;
}

typedef struct
{
  int    position;
  gint64 person_id;
} PoolMember;

static int
compare_pool_members (gconstpointer a,
                      gconstpointer b)
{
  return ((const PoolMember *) a)->position - ((const PoolMember *) b)->position;
}

static gboolean
parse_weekday_time (const char *text,
                    int        *weekday,
                    int        *minute)
{
  int hour = 0, min = 0;

  if (text == NULL || sscanf (text, "%d %d:%d", weekday, &hour, &min) != 3)
    return FALSE;
  *minute = hour * 60 + min;
  return TRUE;
}

/* The rotations, whose members are each function's primary holders in pool
 * order, from the Monday of ISO week 1 of the demo year. */
static gboolean
load_rotations (Loader  *loader,
                GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("rotations.tsv", error);
  g_autoptr (ParaatTsv) assignments = NULL;
  g_autoptr (GDate) week1 = g_date_new_dmy (4, G_DATE_JANUARY, (GDateYear) loader->year);

  if (tsv == NULL || (assignments = open_table ("assignments.tsv", error)) == NULL)
    return FALSE;
  g_date_subtract_days (week1, g_date_get_weekday (week1) - G_DATE_MONDAY);

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatRotation) rotation = paraat_rotation_new ();
      g_autoptr (GArray) pool = g_array_new (FALSE, FALSE, sizeof (PoolMember));
      g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
      const char *code = field (tsv, i, "function");
      gint64 function_id = lookup (loader->functions, code);
      ParaatRotationRule rule;
      int pattern;

      paraat_rotation_rule_init_weekly (&rule, g_date_get_year (week1), g_date_get_month (week1),
                                        g_date_get_day (week1));
      if (function_id == 0)
        return data_error (error, "rotations.tsv", tsv, i, "unknown function");
      if (!paraat_enum_from_nick (PARAAT_TYPE_ROTATION_PATTERN, field (tsv, i, "pattern"), &pattern) ||
          !parse_weekday_time (field (tsv, i, "handover"), &rule.handover_weekday, &rule.handover_minute) ||
          (pattern == PARAAT_ROTATION_SPLIT &&
           !parse_weekday_time (field (tsv, i, "split"), &rule.split_weekday, &rule.split_minute)))
        return data_error (error, "rotations.tsv", tsv, i, "pattern, handover or split");
      rule.pattern = pattern;
      rule.parts = (ParaatRotationParts) parse_int (field (tsv, i, "parts"), PARAAT_ROTATION_PART_BOTH);

      for (guint a = 0; a < paraat_tsv_get_n_rows (assignments); a++)
        if (g_str_equal (field (assignments, a, "function"), code) &&
            g_str_equal (field (assignments, a, "level"), "primary"))
          {
            PoolMember member = {
              parse_int (field (assignments, a, "position"), 1),
              lookup (loader->people, field (assignments, a, "person")),
            };
            g_array_append_val (pool, member);
          }
      g_array_sort (pool, compare_pool_members);
      for (guint m = 0; m < pool->len; m++)
        g_array_append_val (members, g_array_index (pool, PoolMember, m).person_id);

      paraat_rotation_set_function_id (rotation, function_id);
      paraat_rotation_set_rule (rotation, &rule);
      paraat_rotation_set_lines (rotation, parse_int (field (tsv, i, "lines"), 1));
      paraat_rotation_set_max_consecutive (rotation, parse_int (field (tsv, i, "max_consecutive"), 1));
      paraat_rotation_set_members (rotation, (const gint64 *) members->data, members->len);
      if (!paraat_store_save_rotation (loader->store, rotation, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_absences (Loader  *loader,
               GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("absences.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatAbsence) absence = paraat_absence_new ();
      g_autoptr (GDate) first = move_date (loader, field (tsv, i, "first_day"), "date");
      g_autoptr (GDate) last = move_date (loader, field (tsv, i, "last_day"), "date");
      gint64 person_id = lookup (loader->people, field (tsv, i, "person"));
      gint64 starts_at, ends_at;

      if (person_id == 0 || first == NULL || last == NULL)
        return data_error (error, "absences.tsv", tsv, i, "person or dates");
      /* The last day is included: the absence ends at the next midnight. */
      g_date_add_days (last, 1);
      starts_at = local_instant (loader, first, NULL, "00:00");
      ends_at = local_instant (loader, last, NULL, "00:00");

      paraat_absence_set_person_id (absence, person_id);
      paraat_absence_set_starts_at (absence, starts_at);
      paraat_absence_set_ends_at (absence, ends_at);
      paraat_absence_set_reason (absence, field (tsv, i, "reason"));
      if (!paraat_store_save_absence (loader->store, absence, error))
        return FALSE;
    }
  return TRUE;
}

/* The status of @person_id at a session (row @row of sessions.tsv, this
 * year's when @this_year): an exception of attendance.tsv, else nine in
 * ten present by a fixed pattern. FALSE: not on the list. */
static gboolean
demo_attendance (Loader                 *loader,
                 const char             *date,
                 gboolean                this_year,
                 gboolean                held,
                 const char             *person_key,
                 gint64                  person_id,
                 guint                   row,
                 ParaatAttendanceStatus *status)
{
  ParaatTsv *exceptions = loader->exceptions;

  for (guint i = 0; i < paraat_tsv_get_n_rows (exceptions); i++)
    {
      const char *session = field (exceptions, i, "session");
      const char *value = field (exceptions, i, "status");
      int parsed;

      if (g_strcmp0 (field (exceptions, i, "person"), person_key) != 0)
        continue;
      if (!(g_str_equal (session, "*") && held) && !(this_year && g_str_equal (session, date)))
        continue;
      if (g_str_equal (value, "none"))
        return FALSE;
      if (held && paraat_enum_from_nick (PARAAT_TYPE_ATTENDANCE_STATUS, value, &parsed))
        {
          *status = parsed;
          return TRUE;
        }
    }

  if (!held)
    *status = PARAAT_ATTENDANCE_INVITED;
  else
    switch ((row * 7 + (guint) person_id * 13 + (this_year ? 0 : 5)) % 20)
      {
      case 0:
        *status = PARAAT_ATTENDANCE_ABSENT;
        break;
      case 1:
        *status = PARAAT_ATTENDANCE_EXCUSED;
        break;
      default:
        *status = PARAAT_ATTENDANCE_PRESENT;
        break;
      }
  return TRUE;
}

static const char *
person_key_of (Loader *loader,
               gint64  person_id)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, loader->people);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if ((gint64) GPOINTER_TO_SIZE (value) == person_id)
      return key;
  return "";
}

/* Invites the holders of the session's targets and, for a session already
 * held, registers who came. */
static gboolean
load_session_attendance (Loader        *loader,
                         ParaatSession *session,
                         GArray        *targets,
                         const char    *date,
                         guint          row,
                         gboolean       this_year,
                         GError       **error)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, TRUE, sizeof (ParaatAttendance));
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 starts_at = paraat_session_get_starts_at (session);
  gint64 ends_at = paraat_session_get_ends_at (session);
  gboolean held = paraat_session_get_status (session) == PARAAT_SESSION_STATUS_HELD;
  gboolean course = g_strcmp0 (paraat_session_get_kind (session), "OPL") == 0;

  for (guint t = 0; t < targets->len; t++)
    {
      GArray *holders = g_hash_table_lookup (loader->holders, &g_array_index (targets, gint64, t));

      for (guint h = 0; holders != NULL && h < holders->len; h++)
        {
          gint64 person_id = g_array_index (holders, gint64, h);
          ParaatAttendance attendance = { person_id, 0, PARAAT_ATTENDANCE_INVITED, NULL, -1, PARAAT_RESULT_NONE };

          if (g_hash_table_contains (listed, &person_id) ||
              !demo_attendance (loader, date, this_year, held, person_key_of (loader, person_id), person_id,
                                row, &attendance.status))
            continue;
          g_hash_table_add (listed, g_memdup2 (&person_id, sizeof person_id));
          if (attendance.status == PARAAT_ATTENDANCE_PRESENT)
            {
              if (ends_at > starts_at)
                attendance.hours = (double) ((ends_at - starts_at + 900) / 1800) / 2.0;
              if (course)
                attendance.result = PARAAT_RESULT_PASSED;
            }
          g_array_append_val (rows, attendance);
        }
    }
  return paraat_store_write_attendance (loader->store, paraat_session_get_id (session),
                                        (const ParaatAttendance *) rows->data, rows->len, error);
}

static gboolean
load_session_year (Loader     *loader,
                   ParaatTsv  *tsv,
                   gboolean    this_year,
                   GError    **error)
{
  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatSession) session = paraat_session_new ();
      g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_auto (GStrv) codes = g_strsplit (field (tsv, i, "targets"), ",", -1);
      g_autoptr (GDate) date = move_date (loader, field (tsv, i, "date"), "week");
      g_autofree char *title = NULL;
      gint64 starts_at, ends_at;

      if (date == NULL)
        return data_error (error, "sessions.tsv", tsv, i, "date");

      /* Self-paced sessions (no times) are due at the end of the day. */
      starts_at = local_instant (loader, date, field (tsv, i, "start"), "17:00");
      ends_at = local_instant (loader, date, field (tsv, i, "end"), "17:00");
      if (starts_at < 0 || ends_at < 0)
        return data_error (error, "sessions.tsv", tsv, i, "time");

      paraat_session_set_kind (session, field (tsv, i, "kind"));
      title = expand_years (loader, field (tsv, i, "title"));
      paraat_session_set_title (session, title);
      paraat_session_set_starts_at (session, starts_at);
      paraat_session_set_ends_at (session, ends_at);
      paraat_session_set_location (session, field (tsv, i, "location"));
      paraat_session_set_organiser (session, field (tsv, i, "organiser"));
      paraat_session_set_partners (session, field (tsv, i, "partners"));
      paraat_session_set_status (session, ends_at < loader->now ? PARAAT_SESSION_STATUS_HELD
                                                                : PARAAT_SESSION_STATUS_PLANNED);
      if (!paraat_store_save_session (loader->store, session, error))
        return FALSE;

      for (guint j = 0; codes[j] != NULL; j++)
        {
          g_autofree char *code = g_strstrip (g_strdup (codes[j]));
          gint64 id;

          if (*code == '\0')
            continue;
          id = lookup (loader->functions, code);
          if (id == 0)
            return data_error (error, "sessions.tsv", tsv, i, "unknown target function");
          g_array_append_val (targets, id);
        }
      if (!paraat_store_set_session_targets (loader->store, paraat_session_get_id (session),
                                             (const gint64 *) targets->data, targets->len, error) ||
          !load_session_attendance (loader, session, targets, field (tsv, i, "date"), i, this_year, error))
        return FALSE;
      if (this_year)
        g_hash_table_insert (loader->sessions, g_strdup (field (tsv, i, "date")),
                             GSIZE_TO_POINTER (paraat_session_get_id (session)));
    }
  return TRUE;
}


static gboolean
load_sessions (Loader  *loader,
               GError **error)
{
  g_autoptr (ParaatTsv) kinds = open_table ("session-kinds.tsv", error);
  g_autoptr (ParaatTsv) tsv = NULL;

  if (kinds == NULL)
    return FALSE;
  for (guint i = 0; i < paraat_tsv_get_n_rows (kinds); i++)
    if (!paraat_store_save_session_kind (loader->store, field (kinds, i, "code"), field (kinds, i, "name"),
                                         field (kinds, i, "category"), error))
      return FALSE;

  tsv = open_table ("sessions.tsv", error);
  if (tsv == NULL)
    return FALSE;
  loader->exceptions = open_table ("attendance.tsv", error);
  if (loader->exceptions == NULL)
    return FALSE;

  /* Last year's plan too, so that proficiency has a history. */
  for (int back = 1; back >= 0; back--)
    {
      int year = loader->year;
      gboolean ok;

      loader->year = year - back;
      ok = load_session_year (loader, tsv, back == 0, error);
      loader->year = year;
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_requirements (Loader  *loader,
                   GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("requirements.tsv", error);

  if (tsv == NULL)
    return FALSE;
  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      const char *kind = field (tsv, i, "kind");
      const char *category = field (tsv, i, "category");
      ParaatRequirement requirement = {
        .function_id = lookup (loader->functions, field (tsv, i, "function")),
        .kind_code = *kind != '\0' ? kind : NULL,
        .category = *category != '\0' ? category : NULL,
        .min_count = (guint) parse_int (field (tsv, i, "count"), 1),
        .period_months = (guint) parse_int (field (tsv, i, "months"), 0),
        .out_of = (guint) parse_int (field (tsv, i, "out_of"), 0),
        .description = "",
      };

      if (requirement.function_id == 0)
        return data_error (error, "requirements.tsv", tsv, i, "unknown function");
      if (!paraat_store_save_requirement (loader->store, &requirement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_lessons (Loader  *loader,
              GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("lessons.tsv", error);

  if (tsv == NULL)
    return FALSE;
  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      const char *session = field (tsv, i, "session");
      const char *due = field (tsv, i, "due");
      g_autoptr (GDate) due_date = *due != '\0' ? move_date (loader, due, "date") : NULL;
      int kind, status;
      ParaatLesson lesson = {
        .session_id = *session != '\0' ? (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (loader->sessions, session)) : 0,
        .source = (char *) field (tsv, i, "source"),
        .text = (char *) field (tsv, i, "text"),
        .owner_person_id = lookup (loader->people, field (tsv, i, "owner")),
        .due_day = due_date != NULL ? g_date_get_julian (due_date) : 0,
      };

      if (*session != '\0' && lesson.session_id == 0)
        return data_error (error, "lessons.tsv", tsv, i, "unknown session");
      if (!paraat_enum_from_nick (PARAAT_TYPE_LESSON_KIND, field (tsv, i, "kind"), &kind) ||
          !paraat_enum_from_nick (PARAAT_TYPE_LESSON_STATUS, field (tsv, i, "status"), &status))
        return data_error (error, "lessons.tsv", tsv, i, "kind or status");
      lesson.kind = kind;
      lesson.status = status;
      if (!paraat_store_save_lesson (loader->store, &lesson, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_events (Loader  *loader,
             GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("events.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      g_autoptr (ParaatEvent) event = paraat_event_new ();
      const char *anchor = field (tsv, i, "anchor");
      g_autoptr (GDate) first = move_date (loader, field (tsv, i, "first_day"), anchor);
      g_autoptr (GDate) original_first = parse_date (field (tsv, i, "first_day"));
      g_autoptr (GDate) original_last = parse_date (field (tsv, i, "last_day"));
      g_autoptr (GDate) last = NULL;
      const char *klass = field (tsv, i, "class");
      int kind, status, scan = PARAAT_RISK_CLASS_UNKNOWN;
      gint64 starts_at, ends_at;

      if (first == NULL || original_first == NULL || original_last == NULL)
        return data_error (error, "events.tsv", tsv, i, "date");
      if (!paraat_enum_from_nick (PARAAT_TYPE_EVENT_KIND, field (tsv, i, "kind"), &kind) ||
          !paraat_enum_from_nick (PARAAT_TYPE_EVENT_STATUS, field (tsv, i, "status"), &status) ||
          (*klass != '\0' && !paraat_enum_from_nick (PARAAT_TYPE_RISK_CLASS, klass, &scan)))
        return data_error (error, "events.tsv", tsv, i, "kind, status or class");

      /* The last day keeps its distance from the first. */
      last = g_date_copy (first);
      g_date_add_days (last, g_date_days_between (original_first, original_last));

      starts_at = local_instant (loader, first, field (tsv, i, "start"), "00:00");
      ends_at = local_instant (loader, last, field (tsv, i, "end"), "23:59");
      if (starts_at < 0 || ends_at < starts_at)
        return data_error (error, "events.tsv", tsv, i, "times");

      /* In another year than the data's, what lies ahead cannot have been held. */
      if (loader->year != DEMO_YEAR)
        {
          if (ends_at < loader->now)
            status = PARAAT_EVENT_STATUS_HELD;
          else if (status == PARAAT_EVENT_STATUS_HELD || status == PARAAT_EVENT_STATUS_EVALUATED)
            status = kind == PARAAT_EVENT_KIND_PROGRAMME ? PARAAT_EVENT_STATUS_ANNOUNCED
                                                         : PARAAT_EVENT_STATUS_PERMIT_GRANTED;
        }

      paraat_event_set_name (event, field (tsv, i, "name"));
      paraat_event_set_kind (event, kind);
      paraat_event_set_starts_at (event, starts_at);
      paraat_event_set_ends_at (event, ends_at);
      paraat_event_set_visitors_expected (event, parse_int (field (tsv, i, "visitors_expected"), 0));
      paraat_event_set_visitors_max (event, parse_int (field (tsv, i, "visitors_max"), 0));
      paraat_event_set_status (event, status);
      paraat_event_set_scan_class (event, scan);
      paraat_event_set_organiser (event, field (tsv, i, "organiser"));
      paraat_event_set_location (event, field (tsv, i, "location"));
      paraat_event_set_description (event, field (tsv, i, "description"));
      {
        int date_anchor = PARAAT_ANCHOR_DATE;

        if (!paraat_enum_from_nick (PARAAT_TYPE_DATE_ANCHOR, anchor, &date_anchor))
          return data_error (error, "events.tsv", tsv, i, "anchor");
        paraat_event_set_anchor (event, date_anchor);
      }
      if (!paraat_store_save_event (loader->store, event, error))
        return FALSE;
      g_hash_table_insert (loader->events, g_strdup (field (tsv, i, "key")),
                           GINT_TO_POINTER ((int) paraat_event_get_id (event)));
      g_hash_table_insert (loader->firsts, g_strdup (field (tsv, i, "key")), g_date_copy (first));
    }
  return TRUE;
}

static gboolean
load_duty_requests (Loader  *loader,
                    GError **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("duty-requests.tsv", error);

  if (tsv == NULL)
    return FALSE;

  for (guint i = 0; i < paraat_tsv_get_n_rows (tsv); i++)
    {
      const char *key = field (tsv, i, "event");
      GDate *first = g_hash_table_lookup (loader->firsts, key);
      g_autoptr (GDate) from = NULL;
      g_autoptr (GDate) until = NULL;
      ParaatDutyRequest request = {
        .event_id = GPOINTER_TO_INT (g_hash_table_lookup (loader->events, key)),
        .function_id = lookup (loader->functions, field (tsv, i, "function")),
        .line = parse_int (field (tsv, i, "line"), 0),
        .note = (char *) field (tsv, i, "note"),
      };

      if (first == NULL || request.function_id <= 0)
        return data_error (error, "duty-requests.tsv", tsv, i, "event or function");
      from = g_date_copy (first);
      until = g_date_copy (first);
      g_date_add_days (from, (guint) parse_int (field (tsv, i, "from_day"), 0));
      g_date_add_days (until, (guint) parse_int (field (tsv, i, "until_day"), 0));
      request.starts_at = local_instant (loader, from, field (tsv, i, "from"), "00:00");
      request.ends_at = local_instant (loader, until, field (tsv, i, "until"), "00:00");
      if (request.starts_at < 0 || request.ends_at < 0)
        return data_error (error, "duty-requests.tsv", tsv, i, "times");
      if (!paraat_store_save_duty_request (loader->store, &request, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
paraat_demo_load (ParaatStore  *store,
                  int           year,
                  GError      **error)
{
  Loader loader = { 0 };
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);
  g_return_val_if_fail (year >= 2000 && year <= 2200, FALSE);

  loader.store = store;
  loader.year = year;
  loader.now = g_get_real_time () / G_USEC_PER_SEC;
  loader.teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.functions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.holders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  loader.sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_date_free);

  ok = paraat_store_begin (store, error);
  if (ok && !paraat_store_is_empty (store, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                             _("This database already holds an organisation; the demo needs an empty one."));
      paraat_store_rollback (store);
      ok = FALSE;
    }
  else if (ok)
    {
      ok = load_organisation (&loader, error) &&
           load_partners (&loader, error) &&
           load_teams (&loader, error) &&
           load_functions (&loader, error) &&
           load_people (&loader, error) &&
           load_assignments (&loader, error) &&
           load_rotations (&loader, error) &&
           load_absences (&loader, error) &&
           load_sessions (&loader, error) &&
           load_requirements (&loader, error) &&
           load_lessons (&loader, error) &&
           load_events (&loader, error) &&
           load_duty_requests (&loader, error);

      if (ok)
        ok = paraat_store_commit (store, error);
      else
        paraat_store_rollback (store);
    }

  g_clear_pointer (&loader.tz, g_time_zone_unref);
  g_hash_table_unref (loader.teams);
  g_hash_table_unref (loader.functions);
  g_hash_table_unref (loader.people);
  g_hash_table_unref (loader.holders);
  g_hash_table_unref (loader.sessions);
  g_hash_table_unref (loader.events);
  g_hash_table_unref (loader.firsts);
  g_clear_pointer (&loader.exceptions, paraat_tsv_free);
  return ok;
}

ParaatStore *
paraat_demo_create (const char  *path,
                    int          year,
                    GError     **error)
{
  g_autoptr (ParaatStore) store = NULL;
  gboolean existed;

  g_return_val_if_fail (path != NULL, NULL);

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return NULL;

  if (!paraat_demo_load (store, year, error))
    {
      g_clear_object (&store);
      if (!existed)
        _paraat_store_remove_files (path);
      return NULL;
    }
  return g_steal_pointer (&store);
}

GHashTable *
paraat_demo_event_checklists (ParaatStore  *store,
                              GError      **error)
{
  g_autoptr (ParaatTsv) tsv = open_table ("events.tsv", error);
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GHashTable) checklists = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  if (tsv == NULL)
    return NULL;
  events = paraat_store_list_events (store, G_MININT64, G_MAXINT64, error);
  if (events == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);

      for (guint row = 0; row < paraat_tsv_get_n_rows (tsv); row++)
        if (g_strcmp0 (field (tsv, row, "name"), paraat_event_get_name (event)) == 0)
          {
            gint64 id = paraat_event_get_id (event);

            g_hash_table_insert (checklists, g_memdup2 (&id, sizeof id), g_strdup (field (tsv, row, "checklists")));
          }
    }
  return g_steal_pointer (&checklists);
}
