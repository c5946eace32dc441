/* paraat-report-events.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Event safety on paper, drawn with the report writer: the event calendar
 * (evenementenkalender) of a year for the services, and one event's
 * integrale schouw form to take along on the walk. Plain texts in, already
 * in the organisation's time zone and the user's language. */

/* One event on the calendar. */
typedef struct
{
  gint64      event_id;
  const char *month;        /* "June 2027": entries of one month follow each other */
  const char *when;         /* its first and last moment */
  const char *name;
  const char *location;
  const char *organiser;
  const char *klass;        /* "B", "Yearly Programme", "–" */
  const char *scan_class;   /* what the scan said when the class was set by hand, else NULL */
  const char *status;
  int         visitors_expected;  /* 0: unknown */
  int         visitors_max;
  const char *partners;     /* the partners involved, "" for none */
  guint       n_tasks;
  guint       n_done;       /* done or not applicable */
  guint       n_overdue;
} ParaatCalendarEntry;

/* "B", or "B (override; scan: A)". */
char  *paraat_calendar_entry_class_text     (const ParaatCalendarEntry *entry);
/* "9000 / at most 12000", "9000", "–". */
char  *paraat_calendar_entry_visitors_text  (const ParaatCalendarEntry *entry);
/* "12/36 done, 2 overdue", "No checklist". */
char  *paraat_calendar_entry_checklist_text (const ParaatCalendarEntry *entry);

typedef struct
{
  const char                *title;      /* "Evenementenkalender 2027" */
  const char                *subtitle;   /* the organisation, the print date, the filter */
  const ParaatCalendarEntry *entries;
  guint                      n_entries;
} ParaatEventCalendarReport;

/* A4 landscape; returns the number of pages, or 0 with @error set. */
guint  paraat_event_calendar_report_write_pdf (const ParaatEventCalendarReport  *report,
                                               const char                       *path,
                                               GError                          **error);

/* A label and its value ("Location", "Festivalterrein Noord"). */
typedef struct
{
  const char *label;
  const char *value;
} ParaatReportField;

/* One checklist item on the schouw form. */
typedef struct
{
  const char *phase;    /* items of one phase follow each other */
  const char *text;
  const char *due;
  const char *owner;    /* "" for nobody */
  const char *status;
  const char *done;     /* "by Anna, 12 Jun 2027 10:00", or "" */
  const char *note;     /* "" for none */
  gboolean    settled;  /* done or not applicable: printed grey */
  gboolean    overdue;
} ParaatSchouwFormItem;

/* A finding of the schouw (herstelpunt). */
typedef struct
{
  const char *text;
  const char *owner;
  const char *status;
  gboolean    settled;
} ParaatSchouwFormFinding;

typedef struct
{
  const char                    *title;        /* "Schouwformulier — Voorbeeld Open Air" */
  const char                    *subtitle;     /* the organisation and the print date */
  const ParaatReportField       *details;      /* the event */
  guint                          n_details;
  const char                    *schouw_when;  /* NULL: not planned yet (a line to fill in) */
  const char                    *participants;
  const ParaatSchouwFormItem    *items;
  guint                          n_items;
  const ParaatSchouwFormFinding *findings;
  guint                          n_findings;
  guint                          n_blank;      /* empty rows for findings written by hand */
  const char                    *decision;     /* "Go", "No-Go"; NULL while pending (fields to fill in) */
  const char                    *decided_by;
  const char                    *decided_at;
  const char                    *notes;        /* the schouw's notes, "" for none */
} ParaatSchouwFormReport;

/* A4 portrait; returns the number of pages, or 0 with @error set. */
guint  paraat_schouw_form_report_write_pdf    (const ParaatSchouwFormReport     *report,
                                               const char                       *path,
                                               GError                          **error);

G_END_DECLS
