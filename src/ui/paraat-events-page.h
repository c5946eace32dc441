/* paraat-events-page.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "planning/paraat-event-labels.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_EVENTS_PAGE (paraat_events_page_get_type ())

G_DECLARE_FINAL_TYPE (ParaatEventsPage, paraat_events_page, PARAAT, EVENTS_PAGE, GtkWidget)

/* The Evenementen page: the event calendar of a year by month, filterable
 * by class and status, each event with its class and checklist progress.
 * An event opens a window with its details, the risk scan and class
 * override, its checklist (made from templates, ticked off item by item),
 * the schouw (with its form as a PDF) and the copy to next year. The
 * calendar as shown is saved as a PDF for the services with the action
 * "events.export-calendar". */
GtkWidget   *paraat_events_page_new          (void);
ParaatStore *paraat_events_page_get_store    (ParaatEventsPage *self);
void         paraat_events_page_set_store    (ParaatEventsPage *self,
                                              ParaatStore      *store);
gboolean     paraat_events_page_is_loading   (ParaatEventsPage *self);
/* The editors of the checklist templates and the risk scan's questions
 * (the page's menu). */
GtkWindow   *paraat_events_page_open_templates      (ParaatEventsPage *self);
GtkWindow   *paraat_events_page_open_scan_questions (ParaatEventsPage *self);

/* For tests. */
guint        paraat_events_page_get_n_events (ParaatEventsPage *self);
void         paraat_events_page_show_year    (ParaatEventsPage *self,
                                              int               year);
GtkWidget   *paraat_events_page_new_event    (ParaatEventsPage *self);
/* Sets the class and status filters (the action events.export-calendar
 * saves the calendar as shown). */
void         paraat_events_page_set_filter   (ParaatEventsPage        *self,
                                              const ParaatEventFilter *filter);
GtkWindow   *paraat_events_page_open_event   (ParaatEventsPage *self,
                                              const char       *name);

/* The event window (tests). */
guint        paraat_event_window_get_n_tasks     (GtkWindow        *window);
gboolean     paraat_event_window_add_checklist   (GtkWindow        *window,
                                                  const char       *template_code);
gboolean     paraat_event_window_set_task_status (GtkWindow        *window,
                                                  guint             index,
                                                  ParaatTaskStatus  status);
GtkWindow   *paraat_event_window_open_scan       (GtkWindow        *window);
/* Opens the item dialog for task @index (G_MAXUINT: a new item). */
GtkWindow   *paraat_event_window_edit_item       (GtkWindow        *window,
                                                  guint             index);
void         paraat_item_dialog_fill             (GtkWindow        *dialog,
                                                  const char       *text,
                                                  const char       *date,
                                                  const char       *time);
/* A lesson (leerpunt or verbeterpunt) from this event, for OTO's list. */
GtkWidget   *paraat_event_window_new_lesson      (GtkWindow            *window);
/* The schouw in the event window (tests): plan it, add a point to put
 * right (owner as chosen in the window), record the decision. */
gboolean     paraat_event_window_plan_schouw     (GtkWindow            *window,
                                                  const char           *date,
                                                  const char           *time,
                                                  const char           *participants);
/* Who of the crisis organisation goes to the planned schouw. */
gboolean     paraat_event_window_set_schouw_people (GtkWindow          *window,
                                                  const gint64         *person_ids,
                                                  guint                 n_people);
gboolean     paraat_event_window_add_finding     (GtkWindow            *window,
                                                  const char           *text);
gboolean     paraat_event_window_decide          (GtkWindow            *window,
                                                  ParaatSchouwDecision  decision,
                                                  const char           *decided_by);
/* The risk scan window: picks option @option (0 the first, G_MAXUINT the
 * last) of every question, then saves. */
void         paraat_scan_window_answer_all       (GtkWindow        *window,
                                                  guint             option);
gboolean     paraat_scan_window_save             (GtkWindow        *window);

G_END_DECLS
