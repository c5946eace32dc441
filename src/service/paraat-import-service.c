/* paraat-import-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-service"

#include "config.h"

#include <glib/gi18n.h>

#include "service/paraat-import-service.h"
#include "service/paraat-roster-service.h"

/* A summary longer than this is cut where it becomes an absence's reason. */
#define MAX_REASON 200

struct _ParaatCalendarImport
{
  ParaatStore            *store;
  ParaatIcsTarget         target;
  gint64                  person_id;
  char                   *person_name;
  GTimeZone              *tz;
  ParaatIcsImportOptions  options;
  char                   *tzid;
  ParaatIcsPlan          *plan;
  gboolean                applied;
};

void
paraat_calendar_import_free (ParaatCalendarImport *import)
{
  if (import == NULL)
    return;

  g_clear_object (&import->store);
  g_clear_pointer (&import->tz, g_time_zone_unref);
  g_clear_pointer (&import->plan, paraat_ics_plan_free);
  g_free (import->person_name);
  g_free (import->tzid);
  g_free (import);
}

gboolean
paraat_calendar_import_load_file (GFile   *file,
                                  char   **data,
                                  gsize   *length,
                                  GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  ParaatIcsImportOptions options;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL && length != NULL, FALSE);

  paraat_ics_import_options_init (&options, "UTC", 0);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > (goffset) options.max_bytes)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (options.max_bytes);

      g_set_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_REFUSED,
                   _("The file is %s; calendar files larger than %s are not read."), size, limit);
      return FALSE;
    }
  return g_file_load_contents (file, NULL, data, length, NULL, error);
}

/* What is stored in the horizon, as periods. */
static GArray *
read_stored (ParaatCalendarImport  *import,
             GError               **error)
{
  GArray *periods;

  if (import->target == PARAAT_ICS_TARGET_HOLIDAYS)
    return paraat_roster_service_imported_holidays (import->store, import->tz, error);

  {
    g_autoptr (GListModel) absences = paraat_store_list_absences (import->store, import->person_id,
                                                                  import->options.from - 366 * 86400,
                                                                  import->options.until + 366 * 86400, error);

    if (absences == NULL)
      return NULL;
    periods = g_array_new (FALSE, FALSE, sizeof (ParaatPeriod));
    for (guint i = 0; i < g_list_model_get_n_items (absences); i++)
      {
        g_autoptr (ParaatAbsence) absence = g_list_model_get_item (absences, i);
        ParaatPeriod period = {
          paraat_absence_get_starts_at (absence),
          paraat_absence_get_ends_at (absence),
        };

        g_array_append_val (periods, period);
      }
  }
  return periods;
}

ParaatCalendarImport *
paraat_calendar_import_new (ParaatStore      *store,
                            ParaatIcsTarget   target,
                            gint64            person_id,
                            const char       *data,
                            gsize             length,
                            gint64            now,
                            GError          **error)
{
  g_autoptr (ParaatCalendarImport) import = NULL;
  g_autoptr (GArray) stored = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (target != PARAAT_ICS_TARGET_ABSENCES || person_id > 0, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  import = g_new0 (ParaatCalendarImport, 1);
  import->store = g_object_ref (store);
  import->target = target;
  import->person_id = person_id;

  if (target == PARAAT_ICS_TARGET_ABSENCES)
    {
      g_autoptr (ParaatPerson) person = paraat_store_get_person (store, person_id, error);

      if (person == NULL)
        return NULL;
      import->person_name = g_strdup (paraat_person_get_display_name (person));
    }

  import->tz = paraat_roster_service_time_zone (store, error);
  if (import->tz == NULL)
    return NULL;
  import->tzid = g_strdup (g_time_zone_get_identifier (import->tz));

  paraat_ics_import_options_init (&import->options, import->tzid, now);
  import->options.whole_days = target == PARAAT_ICS_TARGET_HOLIDAYS;
  import->options.skip_free_time = target == PARAAT_ICS_TARGET_ABSENCES;

  import->plan = paraat_ics_import_plan (data, length, &import->options, error);
  if (import->plan == NULL)
    return NULL;

  stored = read_stored (import, error);
  if (stored == NULL)
    return NULL;
  paraat_ics_plan_skip_stored (import->plan, (const ParaatPeriod *) stored->data, stored->len, target, import->tz);

  return g_steal_pointer (&import);
}

const ParaatIcsPlan *
paraat_calendar_import_get_plan (ParaatCalendarImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);

  return import->plan;
}

GTimeZone *
paraat_calendar_import_get_time_zone (ParaatCalendarImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);

  return import->tz;
}

const char *
paraat_calendar_import_get_person_name (ParaatCalendarImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);

  return import->person_name;
}

char *
paraat_calendar_import_describe_horizon (ParaatCalendarImport *import)
{
  ParaatIcsItem period = { .starts_at = import->options.from, .ends_at = import->options.until, .all_day = TRUE };

  g_return_val_if_fail (import != NULL, NULL);

  return paraat_ics_item_format_when (&period, import->tz);
}

/* The local day of @instant, "YYYY-MM-DD". */
static char *
local_day (GTimeZone *tz,
           gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

static char *
cut (const char *text,
     const char *fallback)
{
  g_autofree char *line = g_strdup (text != NULL && *text != '\0' ? text : fallback);

  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) > MAX_REASON)
    {
      g_autofree char *head = g_utf8_substring (line, 0, MAX_REASON - 1);

      return g_strconcat (head, "…", NULL);
    }
  return g_steal_pointer (&line);
}

gboolean
paraat_calendar_import_apply (ParaatCalendarImport  *import,
                              GArray               **ids,
                              GError               **error)
{
  g_autoptr (GArray) written = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (import != NULL, FALSE);

  if (import->applied)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                           _("This file was imported already."));
      return FALSE;
    }

  if (import->target == PARAAT_ICS_TARGET_ABSENCES)
    {
      g_autoptr (GPtrArray) absences = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < import->plan->items->len; i++)
        {
          const ParaatIcsItem *item = g_ptr_array_index (import->plan->items, i);
          g_autofree char *reason = NULL;
          ParaatAbsence *absence;

          if (item->reason != NULL)
            continue;
          reason = cut (item->summary, _("Imported from a calendar"));
          absence = paraat_absence_new ();
          paraat_absence_set_person_id (absence, import->person_id);
          paraat_absence_set_starts_at (absence, item->starts_at);
          paraat_absence_set_ends_at (absence, item->ends_at);
          paraat_absence_set_reason (absence, reason);
          g_ptr_array_add (absences, absence);
        }
      if (!paraat_store_import_absences (import->store, absences, error))
        return FALSE;
      for (guint i = 0; i < absences->len; i++)
        {
          gint64 id = paraat_absence_get_id (g_ptr_array_index (absences, i));

          g_array_append_val (written, id);
        }
    }
  else
    {
      g_autoptr (GArray) holidays = g_array_new (FALSE, TRUE, sizeof (ParaatHoliday));

      g_array_set_clear_func (holidays, (GDestroyNotify) paraat_holiday_clear);
      for (guint i = 0; i < import->plan->items->len; i++)
        {
          const ParaatIcsItem *item = g_ptr_array_index (import->plan->items, i);
          ParaatHoliday holiday = { 0 };

          if (item->reason != NULL)
            continue;
          holiday.first_day = local_day (import->tz, item->starts_at);
          holiday.last_day = local_day (import->tz, item->ends_at - 1);
          holiday.name = cut (item->summary, _("Public holiday"));
          holiday.uid = g_strdup (item->uid);
          g_array_append_val (holidays, holiday);
        }
      if (!paraat_store_import_holidays (import->store, holidays, error))
        return FALSE;
      for (guint i = 0; i < holidays->len; i++)
        g_array_append_val (written, g_array_index (holidays, ParaatHoliday, i).id);
    }

  import->applied = TRUE;
  if (ids != NULL)
    *ids = g_steal_pointer (&written);
  return TRUE;
}

gboolean
paraat_calendar_import_undo (ParaatStore      *store,
                             ParaatIcsTarget   target,
                             GArray           *ids,
                             GError          **error)
{
  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  if (target == PARAAT_ICS_TARGET_ABSENCES)
    return paraat_store_delete_absences (store, (const gint64 *) ids->data, ids->len, error);
  return paraat_store_delete_holidays (store, (const gint64 *) ids->data, ids->len, error);
}
