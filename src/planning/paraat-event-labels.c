/* paraat-event-labels.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include <glib/gi18n.h>

#include "planning/paraat-event-labels.h"

const char *
paraat_event_status_label (ParaatEventStatus status)
{
  switch (status)
    {
    case PARAAT_EVENT_STATUS_ANNOUNCED:
      return C_("event status", "Announced");
    case PARAAT_EVENT_STATUS_APPLICATION_RECEIVED:
      return C_("event status", "Application Received");
    case PARAAT_EVENT_STATUS_IN_ADVICE:
      return C_("event status", "In Advice");
    case PARAAT_EVENT_STATUS_PERMIT_GRANTED:
      return C_("event status", "Permit Granted");
    case PARAAT_EVENT_STATUS_REFUSED:
      return C_("event status", "Refused");
    case PARAAT_EVENT_STATUS_HELD:
      return C_("event status", "Held");
    case PARAAT_EVENT_STATUS_EVALUATED:
    default:
      return C_("event status", "Evaluated");
    }
}

static const char *
risk_class_text (ParaatRiskClass klass)
{
  switch (klass)
    {
    case PARAAT_RISK_CLASS_0:
      /* Translators: the risk class of an event (0, A, B or C, the Dutch classification) */
      return C_("risk class", "Class 0");
    case PARAAT_RISK_CLASS_A:
      return C_("risk class", "Class A");
    case PARAAT_RISK_CLASS_B:
      return C_("risk class", "Class B");
    case PARAAT_RISK_CLASS_C:
      return C_("risk class", "Class C");
    case PARAAT_RISK_CLASS_UNKNOWN:
    default:
      return _("No class yet");
    }
}

const char *
paraat_event_class_text (ParaatEvent *event)
{
  ParaatRiskClass klass = paraat_event_get_effective_class (event);

  if (klass == PARAAT_RISK_CLASS_UNKNOWN && paraat_event_get_kind (event) == PARAAT_EVENT_KIND_PROGRAMME)
    return C_("event kind", "Yearly Programme");
  return risk_class_text (klass);
}

const char *
paraat_task_status_label (ParaatTaskStatus status)
{
  switch (status)
    {
    case PARAAT_TASK_DONE:
      return C_("task", "Done");
    case PARAAT_TASK_NOT_APPLICABLE:
      return C_("task", "Not Applicable");
    case PARAAT_TASK_OPEN:
    default:
      return C_("task", "Open");
    }
}

const char *
paraat_task_phase_label (ParaatTaskPhase phase)
{
  switch (phase)
    {
    case PARAAT_TASK_PHASE_DURING:
      return C_("phase", "On the Day");
    case PARAAT_TASK_PHASE_AFTER:
      return C_("phase", "Afterwards");
    case PARAAT_TASK_PHASE_BEFORE:
    default:
      return C_("phase", "Preparation");
    }
}

const char *
paraat_finding_status_label (ParaatFindingStatus status)
{
  switch (status)
    {
    case PARAAT_FINDING_RESOLVED:
      return C_("finding", "Put Right");
    case PARAAT_FINDING_ACCEPTED:
      return C_("finding", "Accepted");
    case PARAAT_FINDING_OPEN:
    default:
      return C_("finding", "Open");
    }
}

const char *
paraat_schouw_decision_label (ParaatSchouwDecision decision)
{
  switch (decision)
    {
    case PARAAT_SCHOUW_GO:
      return C_("schouw", "Go");
    case PARAAT_SCHOUW_NO_GO:
      return C_("schouw", "No-Go");
    case PARAAT_SCHOUW_PENDING:
    default:
      return C_("schouw", "Not Decided");
    }
}

gboolean
paraat_event_filter_matches (const ParaatEventFilter *filter,
                             ParaatEvent             *event)
{
  if (filter->klass != PARAAT_EVENT_FILTER_ANY &&
      paraat_event_get_effective_class (event) != (ParaatRiskClass) filter->klass)
    return FALSE;
  if (filter->status != PARAAT_EVENT_FILTER_ANY && paraat_event_get_status (event) != (ParaatEventStatus) filter->status)
    return FALSE;
  return TRUE;
}

char *
paraat_event_filter_describe (const ParaatEventFilter *filter)
{
  const char *klass = filter->klass != PARAAT_EVENT_FILTER_ANY ? risk_class_text (filter->klass) : NULL;
  const char *status = filter->status != PARAAT_EVENT_FILTER_ANY ? paraat_event_status_label (filter->status) : NULL;

  if (klass != NULL && status != NULL)
    /* Translators: the filter of the event calendar: "Class B, Permit Granted" */
    return g_strdup_printf (_("%s, %s"), klass, status);
  if (klass != NULL)
    return g_strdup (klass);
  if (status != NULL)
    return g_strdup (status);
  return NULL;
}

gboolean
paraat_event_filter_parse_class (const char *text,
                                 int        *klass)
{
  const char *names[] = { "none", "0", "A", "B", "C" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (text != NULL && g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *klass = PARAAT_RISK_CLASS_UNKNOWN + (int) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
paraat_event_filter_parse_status (const char *text,
                                  int        *status)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (PARAAT_TYPE_EVENT_STATUS);
  GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (enum_class, text) : NULL;

  if (value == NULL)
    return FALSE;
  *status = value->value;
  return TRUE;
}
