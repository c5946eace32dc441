/* paraat-report-events.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-report"

#include "config.h"

#include <glib/gi18n.h>

#include "report/paraat-report-events.h"
#include "report/paraat-report-writer.h"

#define FIELD_HEIGHT     24.0   /* a line to write on */
#define SIGNATURE_HEIGHT 48.0
#define FINDING_HEIGHT   30.0

/* "override; scan: A" */
static char *
override_text (const ParaatCalendarEntry *entry)
{
  /* Translators: a class set by hand on the event calendar, and what the risk scan gave */
  return g_strdup_printf (_("override; scan: %s"), entry->scan_class);
}

char *
paraat_calendar_entry_class_text (const ParaatCalendarEntry *entry)
{
  g_autofree char *override = NULL;

  if (entry->scan_class == NULL)
    return g_strdup (entry->klass);
  override = override_text (entry);
  return g_strdup_printf ("%s (%s)", entry->klass, override);
}

char *
paraat_calendar_entry_visitors_text (const ParaatCalendarEntry *entry)
{
  if (entry->visitors_expected <= 0 && entry->visitors_max <= 0)
    return g_strdup ("–");
  if (entry->visitors_max > 0)
    /* Translators: visitors on the event calendar: expected, and the most at the same time */
    return g_strdup_printf (_("%'d / at most %'d"), entry->visitors_expected, entry->visitors_max);
  return g_strdup_printf ("%'d", entry->visitors_expected);
}

char *
paraat_calendar_entry_checklist_text (const ParaatCalendarEntry *entry)
{
  if (entry->n_tasks == 0)
    return g_strdup (_("No checklist"));
  if (entry->n_overdue > 0)
    /* Translators: checklist progress on the event calendar: "12/36 done, 2 overdue" */
    return g_strdup_printf (ngettext ("%u/%u done, %u overdue", "%u/%u done, %u overdue", entry->n_overdue),
                            entry->n_done, entry->n_tasks, entry->n_overdue);
  /* Translators: checklist progress on the event calendar: "12/36 done" */
  return g_strdup_printf (_("%u/%u done"), entry->n_done, entry->n_tasks);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "–";
}

guint
paraat_event_calendar_report_write_pdf (const ParaatEventCalendarReport  *report,
                                        const char                       *path,
                                        GError                          **error)
{
  g_autoptr (ParaatReportWriter) writer = NULL;
  const double widths[] = { 1.5, 2.3, 1.45, 0.95, 1.0, 0.95, 1.65, 0.95 };
  const char *head[] = { _("When"), _("Event / Location"), _("Organiser"), _("Class"), _("Status"), _("Visitors"),
                         _("Partners Involved"), _("Checklist") };
  const char *month = NULL;
  gboolean overridden = FALSE;

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  writer = paraat_report_writer_new (PARAAT_REPORT_LANDSCAPE, report->title, report->subtitle);
  if (report->n_entries == 0)
    paraat_report_writer_text (writer, _("No event of this year matches the filter."), TRUE);
  else
    paraat_report_writer_table (writer, G_N_ELEMENTS (head), widths, head);

  for (guint i = 0; i < report->n_entries; i++)
    {
      const ParaatCalendarEntry *entry = &report->entries[i];
      g_autofree char *event = NULL;
      g_autofree char *override = entry->scan_class != NULL ? override_text (entry) : NULL;
      g_autofree char *visitors = paraat_calendar_entry_visitors_text (entry);
      g_autofree char *checklist = paraat_calendar_entry_checklist_text (entry);
      g_autofree char *when = g_markup_escape_text (entry->when, -1);
      g_autofree char *organiser = g_markup_escape_text (or_dash (entry->organiser), -1);
      g_autofree char *status = g_markup_escape_text (entry->status, -1);
      g_autofree char *partners = g_markup_escape_text (or_dash (entry->partners), -1);
      g_autofree char *klass_markup = NULL;
      g_autofree char *visitors_markup = g_markup_escape_text (visitors, -1);
      g_autofree char *checklist_markup = NULL;

      if (g_strcmp0 (month, entry->month) != 0)
        {
          month = entry->month;
          paraat_report_writer_group (writer, month);
        }
      if (entry->location != NULL && *entry->location != '\0')
        event = g_markup_printf_escaped ("<b>%s</b>\n%s", entry->name, entry->location);
      else
        event = g_markup_printf_escaped ("<b>%s</b>", entry->name);
      klass_markup = entry->scan_class != NULL
                     ? g_markup_printf_escaped ("<b>%s</b>\n<i>%s</i>", entry->klass, override)
                     : g_markup_printf_escaped ("<b>%s</b>", entry->klass);
      checklist_markup = entry->n_overdue > 0 ? g_markup_printf_escaped ("<b>%s</b>", checklist)
                                              : g_markup_escape_text (checklist, -1);
      overridden |= entry->scan_class != NULL;
      {
        const char *cells[] = { when, event, organiser, klass_markup, status, visitors_markup, partners,
                                checklist_markup };

        paraat_report_writer_row (writer, cells, PARAAT_REPORT_ROW_MARKUP);
      }
    }

  if (overridden)
    {
      paraat_report_writer_space (writer, 8);
      paraat_report_writer_text (writer, _("Override: the class was set by hand, with a reason, and differs from "
                                           "what the risk scan gave."), TRUE);
    }
  return paraat_report_writer_write_pdf (writer, path, error);
}

/* A table of labels and values; an empty value is a line to write on. */
static void
fields (ParaatReportWriter      *writer,
        const ParaatReportField *fields,
        guint                    n_fields)
{
  const double widths[] = { 1.0, 3.0 };

  paraat_report_writer_table (writer, G_N_ELEMENTS (widths), widths, NULL);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *cells[] = { fields[i].label, fields[i].value };

      paraat_report_writer_row_sized (writer, cells, PARAAT_REPORT_ROW_PLAIN,
                                      fields[i].value == NULL || *fields[i].value == '\0' ? FIELD_HEIGHT : 0);
    }
}

guint
paraat_schouw_form_report_write_pdf (const ParaatSchouwFormReport  *report,
                                     const char                    *path,
                                     GError                       **error)
{
  g_autoptr (ParaatReportWriter) writer = NULL;
  const double item_widths[] = { 2.9, 1.45, 1.85, 0.9, 1.75 };
  const char *item_head[] = { _("Item"), _("Due"), _("Owner"), _("Status"), _("Done by / Note") };
  const double finding_widths[] = { 0.35, 3.6, 1.4, 1.0, 1.4 };
  const char *finding_head[] = { C_("finding", "No."), _("Point to Put Right"), _("Owner"), _("Status"),
                                 _("Put Right (Date, Initials)") };
  const char *phase = NULL;

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  writer = paraat_report_writer_new (PARAAT_REPORT_PORTRAIT, report->title, report->subtitle);

  paraat_report_writer_heading (writer, C_("schouw form", "Event"));
  fields (writer, report->details, report->n_details);

  paraat_report_writer_heading (writer, _("Integrale Schouw"));
  {
    ParaatReportField schouw[] = {
      { _("Date and Time"), report->schouw_when },
      { _("Participants"), report->participants },
    };

    fields (writer, schouw, G_N_ELEMENTS (schouw));
  }

  paraat_report_writer_heading (writer, _("Checklist"));
  if (report->n_items == 0)
    paraat_report_writer_text (writer, _("This event has no checklist."), TRUE);
  else
    paraat_report_writer_table (writer, G_N_ELEMENTS (item_head), item_widths, item_head);
  for (guint i = 0; i < report->n_items; i++)
    {
      const ParaatSchouwFormItem *item = &report->items[i];
      g_autofree char *status = item->overdue ? g_strdup_printf ("%s\n%s", item->status, C_("deadline", "Overdue"))
                                              : g_strdup (item->status);
      g_autofree char *done = *item->note != '\0' && *item->done != '\0'
                              ? g_strdup_printf ("%s\n%s", item->done, item->note)
                              : g_strdup (*item->note != '\0' ? item->note : item->done);
      const char *cells[] = { item->text, item->due, item->owner, status, done };

      if (g_strcmp0 (phase, item->phase) != 0)
        {
          phase = item->phase;
          paraat_report_writer_group (writer, phase);
        }
      paraat_report_writer_row (writer, cells, item->settled ? PARAAT_REPORT_ROW_DIM
                                                             : item->overdue ? PARAAT_REPORT_ROW_BOLD
                                                                             : PARAAT_REPORT_ROW_PLAIN);
    }

  paraat_report_writer_heading (writer, _("Points to Put Right"));
  paraat_report_writer_table (writer, G_N_ELEMENTS (finding_head), finding_widths, finding_head);
  for (guint i = 0; i < report->n_findings + report->n_blank; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      if (i < report->n_findings)
        {
          const ParaatSchouwFormFinding *finding = &report->findings[i];
          const char *cells[] = { number, finding->text, finding->owner, finding->status, NULL };

          paraat_report_writer_row_sized (writer, cells, finding->settled ? PARAAT_REPORT_ROW_DIM
                                                                          : PARAAT_REPORT_ROW_PLAIN, FINDING_HEIGHT);
        }
      else
        {
          const char *cells[] = { number, NULL, NULL, NULL, NULL };

          paraat_report_writer_row_sized (writer, cells, PARAAT_REPORT_ROW_PLAIN, FINDING_HEIGHT);
        }
    }

  paraat_report_writer_heading (writer, _("Go / No-Go"));
  if (report->decision != NULL)
    {
      ParaatReportField decision[] = {
        { _("Decision"), report->decision },
        { _("Decided By"), report->decided_by },
        { _("When"), report->decided_at },
        { _("Notes"), report->notes != NULL && *report->notes != '\0' ? report->notes : "–" },
      };

      fields (writer, decision, G_N_ELEMENTS (decision));
    }
  else
    {
      /* Translators: the boxes to tick on a printed schouw form */
      g_autofree char *boxes = g_strdup_printf ("☐ %s        ☐ %s", C_("schouw", "Go"), C_("schouw", "No-Go"));
      ParaatReportField decision[] = {
        { _("Decision"), boxes },
        { _("Decided By"), NULL },
        { _("Date and Time"), NULL },
        { _("Notes"), report->notes },
      };

      paraat_report_writer_text (writer, _("Not decided yet: tick one, fill in and sign when the points to put "
                                           "right are settled."), TRUE);
      paraat_report_writer_space (writer, 4);
      fields (writer, decision, G_N_ELEMENTS (decision));
      paraat_report_writer_row_sized (writer, (const char *[]) { _("Signature"), NULL }, PARAAT_REPORT_ROW_PLAIN,
                                      SIGNATURE_HEIGHT);
    }

  return paraat_report_writer_write_pdf (writer, path, error);
}
