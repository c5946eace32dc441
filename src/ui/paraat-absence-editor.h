/* paraat-absence-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ABSENCE_EDITOR (paraat_absence_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatAbsenceEditor, paraat_absence_editor, PARAAT, ABSENCE_EDITOR, AdwWindow)

/* Adds an absence of @person_id (@absence NULL) or edits @absence: a modal
 * window with Cancel and Save. Days are shown and typed as dates and stored as
 * instants in the organisation's time zone: from midnight of the first day to
 * midnight after the last. */
GtkWidget *paraat_absence_editor_new (ParaatStore   *store,
                                      ParaatAbsence *absence,
                                      gint64         person_id);

/* What Save does: saves the form when it is valid, emits ::saved (with the
 * saved object, which has its id) and closes the window. When the store
 * refuses, the reason is shown in the window, which stays open. */
void paraat_absence_editor_save (ParaatAbsenceEditor *self);

/* Signal ::saved (GObject *object): emitted after the store saved it. */

G_END_DECLS
