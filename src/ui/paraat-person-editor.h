/* paraat-person-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_PERSON_EDITOR (paraat_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatPersonEditor, paraat_person_editor, PARAAT, PERSON_EDITOR, AdwWindow)

/* Adds a person (@person NULL) or edits @person: a modal window with Cancel
 * and Save. Phones are shown in display form and stored in E.164. */
GtkWidget *paraat_person_editor_new (ParaatStore  *store,
                                     ParaatPerson *person);

/* What Save does: saves the form when it is valid, emits ::saved (with the
 * saved object, which has its id) and closes the window. When the store
 * refuses, the reason is shown in the window, which stays open. */
void paraat_person_editor_save (ParaatPersonEditor *self);

/* Signal ::saved (GObject *object): emitted after the store saved it. */

G_END_DECLS
