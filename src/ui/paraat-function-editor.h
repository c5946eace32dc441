/* paraat-function-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_FUNCTION_EDITOR (paraat_function_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatFunctionEditor, paraat_function_editor, PARAAT, FUNCTION_EDITOR, AdwWindow)

/* Adds a function (@function NULL; in team @team_id when > 0) or edits
 * @function: a modal window with Cancel and Save. */
GtkWidget *paraat_function_editor_new (ParaatStore    *store,
                                       ParaatFunction *function,
                                       gint64          team_id);

/* What Save does: saves the form when it is valid, emits ::saved (with the
 * saved object, which has its id) and closes the window. When the store
 * refuses, the reason is shown in the window, which stays open. */
void paraat_function_editor_save (ParaatFunctionEditor *self);

/* Signal ::saved (GObject *object): emitted after the store saved it. */

G_END_DECLS
