/* paraat-shift.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_SHIFT (paraat_shift_get_type ())

G_DECLARE_FINAL_TYPE (ParaatShift, paraat_shift, PARAAT, SHIFT, GObject)

ParaatShift *paraat_shift_new (void);

/* One piket shift. Properties: "id", "function-id", "line" (1 = 1st piket, 2 = 2nd),
 * "person-id" (0 = unfilled), "starts-at" and "ends-at" (UTC seconds, end exclusive),
 * "origin" (ParaatShiftOrigin), "request-id" (the extra piket an event asked that this
 * shift fills; 0 for a shift of the regular rotation). */
gint64            paraat_shift_get_id          (ParaatShift      *self);
void              paraat_shift_set_id          (ParaatShift      *self,
                                                gint64            id);
gint64            paraat_shift_get_function_id (ParaatShift      *self);
void              paraat_shift_set_function_id (ParaatShift      *self,
                                                gint64            function_id);
int               paraat_shift_get_line        (ParaatShift      *self);
void              paraat_shift_set_line        (ParaatShift      *self,
                                                int               line);
gint64            paraat_shift_get_person_id   (ParaatShift      *self);
void              paraat_shift_set_person_id   (ParaatShift      *self,
                                                gint64            person_id);
gint64            paraat_shift_get_starts_at   (ParaatShift      *self);
void              paraat_shift_set_starts_at   (ParaatShift      *self,
                                                gint64            starts_at);
gint64            paraat_shift_get_ends_at     (ParaatShift      *self);
void              paraat_shift_set_ends_at     (ParaatShift      *self,
                                                gint64            ends_at);
ParaatShiftOrigin paraat_shift_get_origin      (ParaatShift      *self);
void              paraat_shift_set_origin      (ParaatShift      *self,
                                                ParaatShiftOrigin origin);
gint64            paraat_shift_get_request_id  (ParaatShift      *self);
void              paraat_shift_set_request_id  (ParaatShift      *self,
                                                gint64            request_id);

G_END_DECLS
