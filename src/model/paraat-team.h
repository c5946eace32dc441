/* paraat-team.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_TEAM (paraat_team_get_type ())

G_DECLARE_FINAL_TYPE (ParaatTeam, paraat_team, PARAAT, TEAM, GObject)

ParaatTeam *paraat_team_new (void);

/* Properties: "id" (int64, 0 = not stored yet), "code", "name", "description", "position" (int, sort order). */
gint64      paraat_team_get_id          (ParaatTeam *self);
void        paraat_team_set_id          (ParaatTeam *self,
                                         gint64      id);
const char *paraat_team_get_code        (ParaatTeam *self);
void        paraat_team_set_code        (ParaatTeam *self,
                                         const char *code);
const char *paraat_team_get_name        (ParaatTeam *self);
void        paraat_team_set_name        (ParaatTeam *self,
                                         const char *name);
const char *paraat_team_get_description (ParaatTeam *self);
void        paraat_team_set_description (ParaatTeam *self,
                                         const char *description);
int         paraat_team_get_position    (ParaatTeam *self);
void        paraat_team_set_position    (ParaatTeam *self,
                                         int         position);

G_END_DECLS
