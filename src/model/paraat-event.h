/* paraat-event.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_EVENT (paraat_event_get_type ())

G_DECLARE_FINAL_TYPE (ParaatEvent, paraat_event, PARAAT, EVENT, GObject)

ParaatEvent *paraat_event_new (void);

/* A public event or a yearly programme. Properties: "id", "name", "kind"
 * (ParaatEventKind), "organiser", "contact", "location", "starts-at" and "ends-at" (UTC
 * seconds), "visitors-expected" and "visitors-max" (0 = unknown), "status"
 * (ParaatEventStatus), "scan-class" (ParaatRiskClass from the risk scan), "class-override"
 * (ParaatRiskClass, UNKNOWN = no override), "override-reason", "description",
 * "application-on" (date "YYYY-MM-DD" or NULL). */
gint64            paraat_event_get_id                (ParaatEvent      *self);
void              paraat_event_set_id                (ParaatEvent      *self,
                                                      gint64            id);
const char       *paraat_event_get_name              (ParaatEvent      *self);
void              paraat_event_set_name              (ParaatEvent      *self,
                                                      const char       *name);
ParaatEventKind   paraat_event_get_kind              (ParaatEvent      *self);
void              paraat_event_set_kind              (ParaatEvent      *self,
                                                      ParaatEventKind   kind);
const char       *paraat_event_get_organiser         (ParaatEvent      *self);
void              paraat_event_set_organiser         (ParaatEvent      *self,
                                                      const char       *organiser);
const char       *paraat_event_get_contact           (ParaatEvent      *self);
void              paraat_event_set_contact           (ParaatEvent      *self,
                                                      const char       *contact);
const char       *paraat_event_get_location          (ParaatEvent      *self);
void              paraat_event_set_location          (ParaatEvent      *self,
                                                      const char       *location);
gint64            paraat_event_get_starts_at         (ParaatEvent      *self);
void              paraat_event_set_starts_at         (ParaatEvent      *self,
                                                      gint64            starts_at);
gint64            paraat_event_get_ends_at           (ParaatEvent      *self);
void              paraat_event_set_ends_at           (ParaatEvent      *self,
                                                      gint64            ends_at);
/* Building up before the start and breaking down after the end: 0 for none. */
gint64            paraat_event_get_build_up_at       (ParaatEvent      *self);
void              paraat_event_set_build_up_at       (ParaatEvent      *self,
                                                      gint64            build_up_at);
gint64            paraat_event_get_break_down_at     (ParaatEvent      *self);
void              paraat_event_set_break_down_at     (ParaatEvent      *self,
                                                      gint64            break_down_at);
int               paraat_event_get_visitors_expected (ParaatEvent      *self);
void              paraat_event_set_visitors_expected (ParaatEvent      *self,
                                                      int               visitors);
int               paraat_event_get_visitors_max      (ParaatEvent      *self);
void              paraat_event_set_visitors_max      (ParaatEvent      *self,
                                                      int               visitors);
ParaatEventStatus paraat_event_get_status            (ParaatEvent      *self);
void              paraat_event_set_status            (ParaatEvent      *self,
                                                      ParaatEventStatus status);
ParaatRiskClass  paraat_event_get_scan_class        (ParaatEvent      *self);
void              paraat_event_set_scan_class        (ParaatEvent      *self,
                                                      ParaatRiskClass  klass);
ParaatRiskClass  paraat_event_get_class_override    (ParaatEvent      *self);
void              paraat_event_set_class_override    (ParaatEvent      *self,
                                                      ParaatRiskClass  klass);
const char       *paraat_event_get_override_reason   (ParaatEvent      *self);
void              paraat_event_set_override_reason   (ParaatEvent      *self,
                                                      const char       *reason);
/* The class that counts: the override when set, else the scan class. */
ParaatRiskClass  paraat_event_get_effective_class   (ParaatEvent      *self);
const char       *paraat_event_get_description       (ParaatEvent      *self);
void              paraat_event_set_description       (ParaatEvent      *self,
                                                      const char       *description);
const char       *paraat_event_get_application_on    (ParaatEvent      *self);
void              paraat_event_set_application_on    (ParaatEvent      *self,
                                                      const char       *date);

ParaatDateAnchor  paraat_event_get_anchor            (ParaatEvent      *self);
void              paraat_event_set_anchor            (ParaatEvent      *self,
                                                      ParaatDateAnchor  anchor);
/* The risk scan's answers: option ids separated by commas ("" before a scan). */
const char       *paraat_event_get_scan_answers      (ParaatEvent      *self);
void              paraat_event_set_scan_answers      (ParaatEvent      *self,
                                                      const char       *answers);

G_END_DECLS
