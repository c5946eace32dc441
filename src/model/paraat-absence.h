/* paraat-absence.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ABSENCE (paraat_absence_get_type ())

G_DECLARE_FINAL_TYPE (ParaatAbsence, paraat_absence, PARAAT, ABSENCE, GObject)

ParaatAbsence *paraat_absence_new (void);

/* A period in which a person cannot be scheduled. Properties: "id", "person-id",
 * "starts-at" and "ends-at" (UTC seconds, end exclusive), "reason". */
gint64      paraat_absence_get_id        (ParaatAbsence *self);
void        paraat_absence_set_id        (ParaatAbsence *self,
                                          gint64         id);
gint64      paraat_absence_get_person_id (ParaatAbsence *self);
void        paraat_absence_set_person_id (ParaatAbsence *self,
                                          gint64         person_id);
gint64      paraat_absence_get_starts_at (ParaatAbsence *self);
void        paraat_absence_set_starts_at (ParaatAbsence *self,
                                          gint64         starts_at);
gint64      paraat_absence_get_ends_at   (ParaatAbsence *self);
void        paraat_absence_set_ends_at   (ParaatAbsence *self,
                                          gint64         ends_at);
const char *paraat_absence_get_reason    (ParaatAbsence *self);
void        paraat_absence_set_reason    (ParaatAbsence *self,
                                          const char    *reason);

G_END_DECLS
