/* paraat-lesson-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Adds a lesson (leerpunt) or improvement (verbeterpunt), or edits @lesson:
 * what it says, where it came from (a session, an event, or an incident
 * named in words), its owner, due date and status. A modal window with
 * Cancel and Save; the store's refusal is shown in it. Returns the window. */
GtkWidget *paraat_lesson_editor_new  (ParaatStore        *store,
                                      GtkWindow          *parent,
                                      const ParaatLesson *lesson);

/* Fills the form (tests): the text, the title of a session it came from (or
 * NULL for an incident named @source), the owner's name and a due date. */
void       paraat_lesson_editor_fill (GtkWidget          *editor,
                                      const char         *text,
                                      const char         *session_title,
                                      const char         *source,
                                      const char         *owner_name,
                                      const char         *due);
/* What Save does; TRUE when the store saved it (and the window closed). */
gboolean   paraat_lesson_editor_save (GtkWidget          *editor);

G_END_DECLS
