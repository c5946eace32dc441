/* paraat-team-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_TEAM_EDITOR (paraat_team_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatTeamEditor, paraat_team_editor, PARAAT, TEAM_EDITOR, AdwWindow)

/* Adds a team (@team NULL) or edits @team: a modal window with Cancel and
 * Save. */
GtkWidget *paraat_team_editor_new (ParaatStore *store,
                                   ParaatTeam  *team);

/* What Save does: saves the form when it is valid, emits ::saved (with the
 * saved object, which has its id) and closes the window. When the store
 * refuses, the reason is shown in the window, which stays open. */
void paraat_team_editor_save (ParaatTeamEditor *self);

/* Signal ::saved (GObject *object): emitted after the store saved it. */

G_END_DECLS
