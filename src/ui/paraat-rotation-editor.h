/* paraat-rotation-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ROTATION_EDITOR (paraat_rotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatRotationEditor, paraat_rotation_editor, PARAAT, ROTATION_EDITOR, AdwWindow)

/* Sets up or changes the piket rotation of @function: when piket changes
 * hands, the lines, and who takes turns in which order (from the people who
 * hold the function). Validates at every change; Save stays insensitive
 * while something is wrong. Emits "saved" (the rotation) and closes. */
GtkWidget *paraat_rotation_editor_new        (ParaatStore          *store,
                                              ParaatFunction       *function,
                                              ParaatRotation       *rotation);
/* Ticks or unticks the member at @index of the list (tests). */
void       paraat_rotation_editor_set_member (ParaatRotationEditor *self,
                                              guint                 index,
                                              gboolean              member);
/* What Save does; FALSE (and the reason shown) when it cannot. */
gboolean   paraat_rotation_editor_save       (ParaatRotationEditor *self);

/* Removes the rotation being edited (its shifts stay); FALSE and the
 * reason shown when the store refuses. */
gboolean   paraat_rotation_editor_remove     (ParaatRotationEditor *self);

G_END_DECLS
