/* paraat-assignment-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ASSIGNMENT_EDITOR (paraat_assignment_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatAssignmentEditor, paraat_assignment_editor, PARAAT, ASSIGNMENT_EDITOR, AdwWindow)

/* Adds an assignment (@assignment NULL) or edits @assignment: a modal window
 * with Cancel and Save. A @person_id or @function_id > 0 fixes that choice. */
GtkWidget *paraat_assignment_editor_new (ParaatStore      *store,
                                         ParaatAssignment *assignment,
                                         gint64            person_id,
                                         gint64            function_id);

/* What Save does: saves the form when it is valid, emits ::saved (with the
 * saved object, which has its id) and closes the window. When the store
 * refuses, the reason is shown in the window, which stays open. */
void paraat_assignment_editor_save (ParaatAssignmentEditor *self);

/* Signal ::saved (GObject *object): emitted after the store saved it. */

G_END_DECLS
