/* paraat-session.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_SESSION (paraat_session_get_type ())

G_DECLARE_FINAL_TYPE (ParaatSession, paraat_session, PARAAT, SESSION, GObject)

ParaatSession *paraat_session_new (void);

/* An OTO session. Properties: "id", "kind" (session-kind code, e.g. "TTX"), "title",
 * "starts-at" and "ends-at" (UTC seconds; for self-paced e-learning both are the
 * deadline), "location", "organiser", "partners" (free text: external partners),
 * "capacity" (0 = unlimited), "status" (ParaatSessionStatus), "description". */
gint64              paraat_session_get_id          (ParaatSession      *self);
void                paraat_session_set_id          (ParaatSession      *self,
                                                    gint64              id);
const char         *paraat_session_get_kind        (ParaatSession      *self);
void                paraat_session_set_kind        (ParaatSession      *self,
                                                    const char         *kind);
const char         *paraat_session_get_title       (ParaatSession      *self);
void                paraat_session_set_title       (ParaatSession      *self,
                                                    const char         *title);
gint64              paraat_session_get_starts_at   (ParaatSession      *self);
void                paraat_session_set_starts_at   (ParaatSession      *self,
                                                    gint64              starts_at);
gint64              paraat_session_get_ends_at     (ParaatSession      *self);
void                paraat_session_set_ends_at     (ParaatSession      *self,
                                                    gint64              ends_at);
const char         *paraat_session_get_location    (ParaatSession      *self);
void                paraat_session_set_location    (ParaatSession      *self,
                                                    const char         *location);
const char         *paraat_session_get_organiser   (ParaatSession      *self);
void                paraat_session_set_organiser   (ParaatSession      *self,
                                                    const char         *organiser);
const char         *paraat_session_get_partners    (ParaatSession      *self);
void                paraat_session_set_partners    (ParaatSession      *self,
                                                    const char         *partners);
int                 paraat_session_get_capacity    (ParaatSession      *self);
void                paraat_session_set_capacity    (ParaatSession      *self,
                                                    int                 capacity);
ParaatSessionStatus paraat_session_get_status      (ParaatSession      *self);
void                paraat_session_set_status      (ParaatSession      *self,
                                                    ParaatSessionStatus status);
const char         *paraat_session_get_description (ParaatSession      *self);
void                paraat_session_set_description (ParaatSession      *self,
                                                    const char         *description);

G_END_DECLS
