/* paraat-event-print.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-service"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "planning/paraat-checklist-rules.h"
#include "service/paraat-event-print.h"

/* Blank rows for findings written down on the walk. */
#define N_BLANK_FINDINGS 6

/* Keeps @text with the pool and returns it. */
static const char *
keep (GPtrArray *pool,
      char      *text)
{
  g_ptr_array_add (pool, text);
  return text;
}

static GDateTime *
local_time (gint64     instant,
            GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);

  return utc != NULL ? g_date_time_to_timezone (utc, tz) : g_date_time_new_now (tz);
}

/* "Sat 27 Jun 12:00–23:00" on one day; "Sat 27 Jun 12:00 –\nSun 28 Jun 23:00". */
static char *
span_text (gint64     starts_at,
           gint64     ends_at,
           GTimeZone *tz)
{
  g_autoptr (GDateTime) start = local_time (starts_at, tz);
  g_autoptr (GDateTime) end = local_time (ends_at, tz);
  /* Translators: a day on the printed event calendar, g_date_time_format() notation: "Sat 27 Jun" */
  const char *day_format = C_("calendar", "%a %-d %b");
  g_autofree char *first_day = g_date_time_format (start, day_format);
  g_autofree char *last_day = g_date_time_format (end, day_format);
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *until = g_date_time_format (end, "%H:%M");

  if (g_strcmp0 (first_day, last_day) == 0)
    /* Translators: an event of one day on the printed calendar: "Sat 27 Jun", then "12:00–23:00" */
    return g_strdup_printf (_("%s\n%s–%s"), first_day, from, until);
  /* Translators: an event over several days on the printed calendar: "Sat 27 Jun 12:00", "– Sun 28 Jun 23:00" */
  return g_strdup_printf (_("%s %s\n– %s %s"), first_day, from, last_day, until);
}

static char *
format_due (gint64     instant,
            GTimeZone *tz)
{
  g_autoptr (GDateTime) local = local_time (instant, tz);

  /* Translators: a due moment on the printed schouw form, g_date_time_format() notation: "7 Feb 2026, 12:00" */
  return g_date_time_format (local, C_("form", "%-d %b %Y, %H:%M"));
}

static char *
format_instant (gint64     instant,
                GTimeZone *tz)
{
  g_autoptr (GDateTime) local = local_time (instant, tz);

  /* xgettext:no-c-format
   * Translators: a date and time in g_date_time_format() notation, e.g.
   * "Tuesday 24 November 2026, 14:00" (Dutch keeps this order). The names of
   * days and months come from the system locale. */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

/* Partner names by id. */
static GHashTable *
partner_names (ParaatStore  *store,
               GError      **error)
{
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, error);
  GHashTable *names;

  if (partners == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = paraat_partner_get_id (partner);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (paraat_partner_get_name (partner)));
    }
  return names;
}

/* "Politie, Verkeer": the partners involved in @event_id. */
static char *
involved_text (ParaatStore  *store,
               GHashTable   *names,
               gint64        event_id,
               GError      **error)
{
  g_autoptr (GArray) involved = paraat_store_read_event_partners (store, event_id, error);
  GString *text;

  if (involved == NULL)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < involved->len; i++)
    {
      const char *name = g_hash_table_lookup (names, &g_array_index (involved, gint64, i));

      if (name != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", name);
    }
  return g_string_free (text, FALSE);
}

/* "B", "Yearly Programme" or "–", and what the scan said when a class was set by hand. */
static const char *
class_letter (ParaatEvent *event)
{
  if (paraat_event_get_effective_class (event) == PARAAT_RISK_CLASS_UNKNOWN)
    return paraat_event_get_kind (event) == PARAAT_EVENT_KIND_PROGRAMME ? C_("event kind", "Yearly Programme") : "–";
  return paraat_risk_class_label (paraat_event_get_effective_class (event));
}

ParaatEventCalendar *
paraat_event_calendar_new (ParaatStore              *store,
                           GTimeZone                *tz,
                           int                       year,
                           const ParaatEventFilter  *filter,
                           gint64                    now,
                           GError                  **error)
{
  g_autoptr (ParaatEventCalendar) calendar = g_new0 (ParaatEventCalendar, 1);
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GHashTable) names = NULL;
  gint64 from = 0, until = 0;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  calendar->year = year;
  calendar->filter = *filter;
  calendar->entries = g_array_new (FALSE, TRUE, sizeof (ParaatCalendarEntry));
  calendar->pool = g_ptr_array_new_with_free_func (g_free);

  if (!paraat_calendar_local_to_utc (tz, year, 1, 1, 0, 0, &from) ||
      !paraat_calendar_local_to_utc (tz, year + 1, 1, 1, 0, 0, &until))
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID, _("There is no year %d."), year);
      return NULL;
    }
  if ((events = paraat_store_list_events (store, from, until, error)) == NULL ||
      (names = partner_names (store, error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      g_autoptr (GDateTime) start = local_time (paraat_event_get_starts_at (event), tz);
      g_autoptr (GDateTime) first = NULL;
      g_autoptr (GArray) tasks = NULL;
      ParaatCalendarEntry entry = { 0 };
      char *partners;

      if (!paraat_event_filter_matches (filter, event))
        continue;
      /* An event that began the year before goes under January. */
      first = g_date_time_new (tz, year, g_date_time_get_year (start) == year ? g_date_time_get_month (start) : 1,
                               1, 0, 0, 0);
      if ((tasks = paraat_store_read_event_tasks (store, paraat_event_get_id (event), error)) == NULL ||
          (partners = involved_text (store, names, paraat_event_get_id (event), error)) == NULL)
        return NULL;

      entry.event_id = paraat_event_get_id (event);
      /* Translators: a month heading of the event calendar, strftime format */
      entry.month = keep (calendar->pool, g_date_time_format (first, C_("month", "%B %Y")));
      entry.when = keep (calendar->pool, span_text (paraat_event_get_starts_at (event),
                                                    paraat_event_get_ends_at (event), tz));
      entry.name = keep (calendar->pool, g_strdup (paraat_event_get_name (event)));
      entry.location = keep (calendar->pool, g_strdup (paraat_event_get_location (event)));
      entry.organiser = keep (calendar->pool, g_strdup (paraat_event_get_organiser (event)));
      entry.klass = class_letter (event);
      if (paraat_event_get_class_override (event) != PARAAT_RISK_CLASS_UNKNOWN &&
          paraat_event_get_class_override (event) != paraat_event_get_scan_class (event))
        entry.scan_class = paraat_risk_class_label (paraat_event_get_scan_class (event));
      entry.status = paraat_event_status_label (paraat_event_get_status (event));
      entry.visitors_expected = paraat_event_get_visitors_expected (event);
      entry.visitors_max = paraat_event_get_visitors_max (event);
      entry.partners = keep (calendar->pool, partners);
      entry.n_tasks = tasks->len;
      for (guint t = 0; t < tasks->len; t++)
        {
          const ParaatEventTask *task = &g_array_index (tasks, ParaatEventTask, t);

          entry.n_done += task->status != PARAAT_TASK_OPEN;
          entry.n_overdue += task->status == PARAAT_TASK_OPEN && task->due_at < now;
        }
      g_array_append_val (calendar->entries, entry);
    }
  return g_steal_pointer (&calendar);
}

void
paraat_event_calendar_free (ParaatEventCalendar *calendar)
{
  if (calendar == NULL)
    return;
  g_clear_pointer (&calendar->entries, g_array_unref);
  g_clear_pointer (&calendar->pool, g_ptr_array_unref);
  g_free (calendar);
}

/* "Gemeente Voorbeeld · printed 2026-11-22", with the filter when there is one. */
static char *
subtitle_text (const char *organisation,
               GDateTime  *printed,
               const char *filter)
{
  g_autofree char *day = g_date_time_format (printed, "%Y-%m-%d");
  g_autofree char *base = NULL;

  /* Translators: under the title of a printed list: "Gemeente Voorbeeld · printed 2026-11-22" */
  base = g_strdup_printf (_("%s · printed %s"), organisation != NULL ? organisation : "", day);
  if (filter == NULL)
    return g_steal_pointer (&base);
  /* Translators: the subtitle of the printed event calendar, then which events it shows: "Class B, Permit Granted" */
  return g_strdup_printf (_("%s · only: %s"), base, filter);
}

guint
paraat_event_calendar_write_pdf (ParaatEventCalendar  *calendar,
                                 const char           *organisation,
                                 GDateTime            *printed,
                                 const char           *path,
                                 GError              **error)
{
  g_autofree char *filter = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  ParaatEventCalendarReport report;

  g_return_val_if_fail (calendar != NULL, 0);
  g_return_val_if_fail (printed != NULL, 0);

  filter = paraat_event_filter_describe (&calendar->filter);
  /* Translators: the title of the printed event calendar (evenementenkalender) */
  title = g_strdup_printf (_("Event Calendar %d"), calendar->year);
  subtitle = subtitle_text (organisation, printed, filter);
  report = (ParaatEventCalendarReport) {
    .title = title,
    .subtitle = subtitle,
    .entries = (const ParaatCalendarEntry *) calendar->entries->data,
    .n_entries = calendar->entries->len,
  };
  return paraat_event_calendar_report_write_pdf (&report, path, error);
}

guint
paraat_schouw_form_write_pdf (ParaatStore  *store,
                              GTimeZone    *tz,
                              gint64        event_id,
                              const char   *organisation,
                              GDateTime    *printed,
                              const char   *path,
                              GError      **error)
{
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GHashTable) names = NULL;
  g_autoptr (GArray) tasks = NULL;
  g_autoptr (ParaatSchouw) schouw = NULL;
  g_autoptr (GArray) findings = NULL;
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (ParaatSchouwFormItem));
  g_autoptr (GArray) lines = g_array_new (FALSE, TRUE, sizeof (ParaatSchouwFormFinding));
  g_autoptr (GError) local_error = NULL;
  const char *partners, *visitors, *klass;
  gint64 now;
  ParaatSchouwFormReport report = { 0 };

  g_return_val_if_fail (PARAAT_IS_STORE (store), 0);
  g_return_val_if_fail (tz != NULL, 0);
  g_return_val_if_fail (printed != NULL, 0);

  now = g_date_time_to_unix (printed);
  if ((event = paraat_store_get_event (store, event_id, error)) == NULL ||
      (names = partner_names (store, error)) == NULL ||
      (tasks = paraat_store_read_event_tasks (store, event_id, error)) == NULL)
    return 0;
  schouw = paraat_store_read_schouw (store, event_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  if (schouw != NULL && (findings = paraat_store_read_findings (store, schouw->id, error)) == NULL)
    return 0;
  if ((partners = involved_text (store, names, event_id, error)) == NULL)
    return 0;
  keep (pool, (char *) partners);

  /* The event. */
  visitors = paraat_event_get_visitors_max (event) > 0
    ? keep (pool, g_strdup_printf (_("%d expected, at most %d at the same time"),
                                   paraat_event_get_visitors_expected (event), paraat_event_get_visitors_max (event)))
    : keep (pool, g_strdup_printf (_("%d expected"), paraat_event_get_visitors_expected (event)));
  if (paraat_event_get_class_override (event) != PARAAT_RISK_CLASS_UNKNOWN)
    /* Translators: the class on the schouw form when it was set by hand: "Class B — set by hand: <reason>" */
    klass = keep (pool, g_strdup_printf (_("%s — set by hand: %s"), paraat_event_class_text (event),
                                         paraat_event_get_override_reason (event)));
  else
    klass = paraat_event_class_text (event);
  {
    g_autofree char *from = format_instant (paraat_event_get_starts_at (event), tz);
    g_autofree char *until = format_instant (paraat_event_get_ends_at (event), tz);
    /* Translators: an event's first and last moment */
    const char *when = keep (pool, g_strdup_printf (_("%s – %s"), from, until));
    ParaatReportField details[] = {
      { _("Event"), paraat_event_get_name (event) },
      { _("When"), when },
      { _("Where"), paraat_event_get_location (event) },
      { _("Organiser"), paraat_event_get_organiser (event) },
      { _("Contact"), paraat_event_get_contact (event) },
      { _("Class"), klass },
      { _("Status"), paraat_event_status_label (paraat_event_get_status (event)) },
      { _("Visitors"), visitors },
      { _("Partners Involved"), *partners != '\0' ? partners : "–" },
    };

    report.details = g_memdup2 (details, sizeof details);
    report.n_details = G_N_ELEMENTS (details);
    /* An empty value would be a line to write on: a dash says there is none. */
    for (guint i = 0; i < report.n_details; i++)
      if (report.details[i].value == NULL || *report.details[i].value == '\0')
        ((ParaatReportField *) report.details)[i].value = "–";
  }

  /* The schouw. */
  if (schouw != NULL)
    {
      report.schouw_when = keep (pool, format_instant (schouw->starts_at, tz));
      report.participants = schouw->participants;
      report.notes = schouw->notes;
      if (schouw->decision != PARAAT_SCHOUW_PENDING)
        {
          report.decision = paraat_schouw_decision_label (schouw->decision);
          report.decided_by = schouw->decided_by;
          report.decided_at = keep (pool, format_instant (schouw->decided_at, tz));
        }
    }

  /* The checklist, by phase and then by due moment. */
  for (int phase = PARAAT_TASK_PHASE_BEFORE; phase <= PARAAT_TASK_PHASE_AFTER; phase++)
    for (guint i = 0; i < tasks->len; i++)
      {
        const ParaatEventTask *task = &g_array_index (tasks, ParaatEventTask, i);
        const char *owner = g_hash_table_lookup (names, &task->partner_id);
        ParaatSchouwFormItem item = { 0 };

        if ((int) task->phase != phase)
          continue;
        item.phase = paraat_task_phase_label (task->phase);
        item.text = task->text;
        item.due = keep (pool, format_due (task->due_at, tz));
        item.owner = owner != NULL ? owner : "";
        item.status = paraat_task_status_label (task->status);
        item.settled = task->status != PARAAT_TASK_OPEN;
        item.overdue = !item.settled && task->due_at < now;
        if (item.settled && task->done_by != NULL && *task->done_by != '\0')
          {
            g_autofree char *when = format_due (task->done_at, tz);

            /* Translators: who ticked off a checklist item, and when */
            item.done = keep (pool, g_strdup_printf (_("by %s, %s"), task->done_by, when));
          }
        else
          item.done = "";
        item.note = task->note != NULL ? task->note : "";
        g_array_append_val (items, item);
      }
  report.items = (const ParaatSchouwFormItem *) items->data;
  report.n_items = items->len;

  /* The points to put right. */
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const ParaatFinding *finding = &g_array_index (findings, ParaatFinding, i);
      const char *owner = g_hash_table_lookup (names, &finding->partner_id);
      ParaatSchouwFormFinding line = {
        finding->text, owner != NULL ? owner : "", paraat_finding_status_label (finding->status),
        finding->status != PARAAT_FINDING_OPEN,
      };

      g_array_append_val (lines, line);
    }
  report.findings = (const ParaatSchouwFormFinding *) lines->data;
  report.n_findings = lines->len;
  report.n_blank = N_BLANK_FINDINGS;

  {
    /* Translators: the title of the printed schouw form (schouwformulier), then the event */
    g_autofree char *title = g_strdup_printf (_("Schouw Form — %s"), paraat_event_get_name (event));
    g_autofree char *subtitle = subtitle_text (organisation, printed, NULL);
    g_autofree ParaatReportField *details = (ParaatReportField *) report.details;

    report.title = title;
    report.subtitle = subtitle;
    return paraat_schouw_form_report_write_pdf (&report, path, error);
  }
}
