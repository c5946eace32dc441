/* paraat-assignment.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ASSIGNMENT (paraat_assignment_get_type ())

G_DECLARE_FINAL_TYPE (ParaatAssignment, paraat_assignment, PARAAT, ASSIGNMENT, GObject)

ParaatAssignment *paraat_assignment_new (void);

/* Properties: "id", "person-id", "function-id", "level" (ParaatAssignmentLevel),
 * "position" (call order within the function and level, 1 = first), "valid-from" and
 * "valid-until" (calendar dates "YYYY-MM-DD", or NULL for open-ended). */
gint64                paraat_assignment_get_id          (ParaatAssignment     *self);
void                  paraat_assignment_set_id          (ParaatAssignment     *self,
                                                         gint64                id);
gint64                paraat_assignment_get_person_id   (ParaatAssignment     *self);
void                  paraat_assignment_set_person_id   (ParaatAssignment     *self,
                                                         gint64                person_id);
gint64                paraat_assignment_get_function_id (ParaatAssignment     *self);
void                  paraat_assignment_set_function_id (ParaatAssignment     *self,
                                                         gint64                function_id);
ParaatAssignmentLevel paraat_assignment_get_level       (ParaatAssignment     *self);
void                  paraat_assignment_set_level       (ParaatAssignment     *self,
                                                         ParaatAssignmentLevel level);
int                   paraat_assignment_get_position    (ParaatAssignment     *self);
void                  paraat_assignment_set_position    (ParaatAssignment     *self,
                                                         int                   position);
const char           *paraat_assignment_get_valid_from  (ParaatAssignment     *self);
void                  paraat_assignment_set_valid_from  (ParaatAssignment     *self,
                                                         const char           *valid_from);
const char           *paraat_assignment_get_valid_until (ParaatAssignment     *self);
void                  paraat_assignment_set_valid_until (ParaatAssignment     *self,
                                                         const char           *valid_until);

G_END_DECLS
