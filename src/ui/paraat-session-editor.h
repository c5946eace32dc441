/* paraat-session-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_SESSION_EDITOR (paraat_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (ParaatSessionEditor, paraat_session_editor, PARAAT, SESSION_EDITOR, AdwWindow)

/* Plans a new OTO session (@session NULL) or edits one: title, kind, place,
 * organiser, partners, capacity, date and times in the organisation's time
 * zone, and the functions it is for. Saving invites everyone who holds one
 * of those functions on the day and is not on the list yet. */
GtkWidget *paraat_session_editor_new  (ParaatStore         *store,
                                       ParaatSession       *session);

/* Fills the form (tests): title, kind code, date, start and end ("" for none),
 * and the codes of the target functions. */
void       paraat_session_editor_fill (ParaatSessionEditor *self,
                                       const char          *title,
                                       const char          *kind_code,
                                       const char          *date,
                                       const char          *start,
                                       const char          *end,
                                       const char * const  *function_codes);

/* What Save does: saves when the form is valid, emits ::saved and closes;
 * when the store refuses, the reason is shown and the window stays open.
 * Returns whether it saved. */
gboolean   paraat_session_editor_save (ParaatSessionEditor *self);

/* Signal ::saved (GObject *session). */

G_END_DECLS
