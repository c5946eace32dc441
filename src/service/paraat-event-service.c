/* paraat-event-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-service"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-demo.h"

gint64
paraat_event_find_template (ParaatStore  *store,
                            const char   *code,
                            GError      **error)
{
  g_autoptr (GArray) templates = paraat_store_list_templates (store, error);

  if (templates == NULL)
    return 0;
  for (guint i = 0; i < templates->len; i++)
    {
      const ParaatChecklistTemplate *template_ = &g_array_index (templates, ParaatChecklistTemplate, i);

      if (g_ascii_strcasecmp (template_->code, code) == 0)
        return template_->id;
    }
  g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND, _("There is no checklist template “%s”."), code);
  return 0;
}

static ParaatEventKind
template_kind (ParaatStore *store,
               gint64       template_id)
{
  g_autoptr (GArray) templates = paraat_store_list_templates (store, NULL);

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    if (g_array_index (templates, ParaatChecklistTemplate, i).id == template_id)
      return g_array_index (templates, ParaatChecklistTemplate, i).kind;
  return PARAAT_EVENT_KIND_EVENT;
}

gboolean
paraat_event_add_checklist (ParaatStore  *store,
                            GTimeZone    *tz,
                            gint64        event_id,
                            gint64        template_id,
                            guint        *n_added,
                            GError      **error)
{
  g_autoptr (ParaatEvent) event = paraat_store_get_event (store, event_id, error);
  g_autoptr (GArray) items = NULL;
  g_autoptr (GArray) tasks = NULL;
  g_autoptr (GError) local_error = NULL;
  ParaatRiskClass klass;

  if (n_added != NULL)
    *n_added = 0;
  if (event == NULL)
    return FALSE;
  items = paraat_store_read_template_items (store, template_id, error);
  if (items == NULL)
    return FALSE;

  klass = paraat_event_get_effective_class (event);
  if (klass == PARAAT_RISK_CLASS_UNKNOWN && template_kind (store, template_id) == PARAAT_EVENT_KIND_EVENT &&
      paraat_event_get_kind (event) == PARAAT_EVENT_KIND_EVENT)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                   _("“%s” has no risk class yet: run the risk scan first, so the checklist fits the event."),
                   paraat_event_get_name (event));
      return FALSE;
    }

  tasks = paraat_checklist_instantiate ((const ParaatTemplateItem *) items->data, items->len, klass,
                                        paraat_event_get_starts_at (event), paraat_event_get_ends_at (event),
                                        tz, &local_error);
  if (tasks == NULL)
    {
      /* The rules' message names the item and the date: a store error to the caller. */
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  if (!paraat_store_add_event_tasks (store, event_id, (ParaatEventTask *) tasks->data, tasks->len, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = tasks->len;
  return TRUE;
}

gboolean
paraat_event_move (ParaatStore  *store,
                   GTimeZone    *tz,
                   ParaatEvent  *event,
                   gint64        old_start,
                   GError      **error)
{
  g_autoptr (GArray) tasks = paraat_store_read_event_tasks (store, paraat_event_get_id (event), error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) dues = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GArray) moved = NULL;
  gint64 new_start = paraat_event_get_starts_at (event);

  if (tasks == NULL)
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    {
      const ParaatEventTask *task = &g_array_index (tasks, ParaatEventTask, i);
      gint64 due;

      if (task->status != PARAAT_TASK_OPEN)
        continue;
      due = paraat_due_move (task->due_at, old_start, new_start, tz);
      g_array_append_val (ids, task->id);
      g_array_append_val (dues, due);
    }
  requests = paraat_store_list_event_duty_requests (store, paraat_event_get_id (event), error);
  if (requests == NULL)
    return FALSE;
  moved = g_array_new (FALSE, TRUE, sizeof (ParaatDutyRequest));
  for (guint i = 0; i < requests->len; i++)
    {
      const ParaatDutyRequest *request = g_ptr_array_index (requests, i);
      ParaatDutyRequest copy = { .id = request->id };

      /* By the same days and change of clock time as the tasks. */
      copy.starts_at = paraat_due_move (request->starts_at, old_start, new_start, tz);
      copy.ends_at = paraat_due_move (request->ends_at, old_start, new_start, tz);
      g_array_append_val (moved, copy);
    }
  return paraat_store_move_event (store, event, (const gint64 *) ids->data, (const gint64 *) dues->data, ids->len,
                                  (const ParaatDutyRequest *) moved->data, moved->len, error);
}

gboolean
paraat_event_apply_scan (ParaatStore   *store,
                         ParaatEvent   *event,
                         const gint64  *answers,
                         guint          n_answers,
                         GPtrArray     *reasons,
                         GError       **error)
{
  g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, error);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  ParaatRiskClass klass = PARAAT_RISK_CLASS_UNKNOWN;
  ParaatRiskClass before = paraat_event_get_scan_class (event);
  g_autofree char *answers_before = g_strdup (paraat_event_get_scan_answers (event));

  if (form == NULL)
    return FALSE;
  if (!paraat_risk_scan (form, answers, n_answers, &klass, NULL, reasons, &local_error))
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  for (guint i = 0; i < n_answers; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", answers[i]);
  paraat_event_set_scan_class (event, klass);
  paraat_event_set_scan_answers (event, text->str);
  if (!paraat_store_save_event (store, event, error))
    {
      paraat_event_set_scan_class (event, before);
      paraat_event_set_scan_answers (event, answers_before);
      return FALSE;
    }
  return TRUE;
}

/* The same local clock time on @day (Julian) as @instant has. */
static gint64
on_day (gint64     instant,
        guint32    day,
        GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  GDate date;
  gint64 moved = 0;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (!paraat_calendar_local_to_utc (tz, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                     g_date_time_get_hour (local), g_date_time_get_minute (local), &moved))
    return 0;
  return moved;
}

static guint32
julian_of (gint64     instant,
           GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (local), (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

ParaatEvent *
paraat_event_copy_to_next_year (ParaatStore  *store,
                                GTimeZone    *tz,
                                gint64        event_id,
                                GError      **error)
{
  g_autoptr (ParaatEvent) event = paraat_store_get_event (store, event_id, error);
  g_autoptr (ParaatEvent) copy = NULL;
  g_autoptr (GArray) tasks = NULL;
  g_autoptr (GArray) templates = NULL;
  g_autoptr (GArray) used = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GError) local_error = NULL;
  gint64 starts_at, ends_at;
  guint32 first, last, new_first;

  if (event == NULL)
    return NULL;
  tasks = paraat_store_read_event_tasks (store, event_id, error);
  templates = tasks != NULL ? paraat_store_list_templates (store, error) : NULL;
  requests = templates != NULL ? paraat_store_list_event_duty_requests (store, event_id, error) : NULL;
  if (requests == NULL)
    return NULL;

  /* Which templates the checklist came from, in their order. */
  for (guint t = 0; t < templates->len; t++)
    {
      gint64 template_id = g_array_index (templates, ParaatChecklistTemplate, t).id;
      g_autoptr (GArray) items = paraat_store_read_template_items (store, template_id, error);
      gboolean found = FALSE;

      if (items == NULL)
        return NULL;
      for (guint i = 0; i < items->len && !found; i++)
        for (guint k = 0; k < tasks->len && !found; k++)
          found = g_array_index (tasks, ParaatEventTask, k).template_item_id == g_array_index (items, ParaatTemplateItem, i).id;
      if (found)
        g_array_append_val (used, template_id);
    }

  starts_at = paraat_event_get_starts_at (event);
  ends_at = paraat_event_get_ends_at (event);
  first = julian_of (starts_at, tz);
  last = julian_of (ends_at, tz);
  new_first = paraat_anchor_move_years (paraat_event_get_anchor (event), first, 1);

  copy = paraat_event_new ();
  paraat_event_set_name (copy, paraat_event_get_name (event));
  paraat_event_set_kind (copy, paraat_event_get_kind (event));
  paraat_event_set_organiser (copy, paraat_event_get_organiser (event));
  paraat_event_set_contact (copy, paraat_event_get_contact (event));
  paraat_event_set_location (copy, paraat_event_get_location (event));
  paraat_event_set_visitors_expected (copy, paraat_event_get_visitors_expected (event));
  paraat_event_set_visitors_max (copy, paraat_event_get_visitors_max (event));
  paraat_event_set_description (copy, paraat_event_get_description (event));
  paraat_event_set_anchor (copy, paraat_event_get_anchor (event));
  /* Last year's class is where this year's scan starts. */
  paraat_event_set_scan_class (copy, paraat_event_get_scan_class (event));
  paraat_event_set_scan_answers (copy, paraat_event_get_scan_answers (event));
  paraat_event_set_class_override (copy, paraat_event_get_class_override (event));
  paraat_event_set_override_reason (copy, paraat_event_get_override_reason (event));
  paraat_event_set_status (copy, PARAAT_EVENT_STATUS_ANNOUNCED);
  paraat_event_set_starts_at (copy, on_day (starts_at, new_first, tz));
  paraat_event_set_ends_at (copy, on_day (ends_at, new_first + (last - first), tz));
  /* Build-up and break-down the same days before and after. */
  if (paraat_event_get_build_up_at (event) > 0)
    paraat_event_set_build_up_at (copy, on_day (paraat_event_get_build_up_at (event),
                                                new_first + (julian_of (paraat_event_get_build_up_at (event), tz) - first),
                                                tz));
  if (paraat_event_get_break_down_at (event) > 0)
    paraat_event_set_break_down_at (copy, on_day (paraat_event_get_break_down_at (event),
                                                  new_first + (julian_of (paraat_event_get_break_down_at (event), tz)
                                                               - first), tz));

  if (!paraat_store_begin (store, error))
    return NULL;
  if (!paraat_store_save_event (store, copy, &local_error))
    {
      paraat_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  for (guint i = 0; i < used->len; i++)
    if (!paraat_event_add_checklist (store, tz, paraat_event_get_id (copy), g_array_index (used, gint64, i), NULL,
                                     &local_error))
      {
        paraat_store_rollback (store);
        g_propagate_error (error, g_steal_pointer (&local_error));
        return NULL;
      }
  /* Its extra piket, on the same days of the event at the same times. */
  for (guint i = 0; i < requests->len; i++)
    {
      const ParaatDutyRequest *request = g_ptr_array_index (requests, i);
      ParaatDutyRequest next = {
        .event_id = paraat_event_get_id (copy),
        .function_id = request->function_id,
        .line = request->line,
        .starts_at = on_day (request->starts_at, new_first + (julian_of (request->starts_at, tz) - first), tz),
        .ends_at = on_day (request->ends_at, new_first + (julian_of (request->ends_at, tz) - first), tz),
        .note = request->note,
      };

      if (!paraat_store_save_duty_request (store, &next, &local_error))
        {
          paraat_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  if (!paraat_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&copy);
}

static gboolean
finish_demo_tasks (ParaatStore  *store,
                   gint64        event_id,
                   gint64        now,
                   GError      **error)
{
  g_autoptr (GArray) tasks = paraat_store_read_event_tasks (store, event_id, error);

  if (tasks == NULL)
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    {
      ParaatEventTask *task = &g_array_index (tasks, ParaatEventTask, i);

      if (task->due_at >= now - 5 * 24 * 3600)
        continue;
      task->status = PARAAT_TASK_DONE;
      task->done_at = task->due_at;
      g_free (task->done_by);
      task->done_by = g_strdup ("OOV Voorbeeld");
      if (!paraat_store_save_event_task (store, task, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

gboolean
paraat_event_demo_checklists (ParaatStore  *store,
                              gint64        now,
                              GError      **error)
{
  g_autoptr (GTimeZone) tz = paraat_roster_service_time_zone (store, error);
  g_autoptr (GHashTable) checklists = tz != NULL ? paraat_demo_event_checklists (store, error) : NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GList) ids = NULL;
  gboolean ok = TRUE;

  if (checklists == NULL || !paraat_store_begin (store, error))
    return FALSE;
  /* In the order of the events, so ids come out the same each time. */
  ids = g_list_sort (g_hash_table_get_keys (checklists), compare_ids);
  for (GList *l = ids; ok && l != NULL; l = l->next)
    {
      gint64 event_id = *(gint64 *) l->data;
      g_auto (GStrv) codes = g_strsplit (g_hash_table_lookup (checklists, &event_id), ",", -1);

      for (guint c = 0; ok && codes[c] != NULL; c++)
        {
          gint64 template_id = paraat_event_find_template (store, codes[c], &local_error);

          ok = template_id != 0 && paraat_event_add_checklist (store, tz, event_id, template_id, NULL, &local_error);
        }
      ok = ok && finish_demo_tasks (store, event_id, now, &local_error);
    }
  if (ok)
    return paraat_store_commit (store, error);
  paraat_store_rollback (store);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
