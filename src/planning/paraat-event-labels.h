/* paraat-event-labels.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-checklist.h"
#include "model/paraat-event.h"

G_BEGIN_DECLS

/* The words for event safety's states, translated, as the Events page, the
 * printed calendar and schouw form, and paraatctl all show them; and the
 * filter of the event calendar. */

const char *paraat_event_status_label     (ParaatEventStatus     status);
/* "Class B", "Yearly Programme" or "No class yet": the class that counts. */
const char *paraat_event_class_text       (ParaatEvent          *event);
const char *paraat_task_status_label      (ParaatTaskStatus      status);
/* "Preparation", "On the Day", "Afterwards". */
const char *paraat_task_phase_label       (ParaatTaskPhase       phase);
const char *paraat_finding_status_label   (ParaatFindingStatus   status);
const char *paraat_schouw_decision_label  (ParaatSchouwDecision  decision);

#define PARAAT_EVENT_FILTER_ANY (-1)

/* Which events of the calendar are shown: a class (a ParaatRiskClass;
 * PARAAT_RISK_CLASS_UNKNOWN for "no class yet", programmes included) or
 * PARAAT_EVENT_FILTER_ANY, and a status (a ParaatEventStatus) or ANY. */
typedef struct
{
  int klass;
  int status;
} ParaatEventFilter;

gboolean    paraat_event_filter_matches   (const ParaatEventFilter *filter,
                                           ParaatEvent             *event);
/* "Class B, Permit Granted"; NULL when the filter lets every event through. */
char       *paraat_event_filter_describe  (const ParaatEventFilter *filter);
/* Reads a class as given on a command line ("0", "A", "B", "C", "none");
 * FALSE for anything else. */
gboolean    paraat_event_filter_parse_class  (const char           *text,
                                              int                  *klass);
/* Reads a status by its name in the database ("permit-granted", …). */
gboolean    paraat_event_filter_parse_status (const char           *text,
                                              int                  *status);

G_END_DECLS
