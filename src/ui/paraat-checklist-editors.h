/* paraat-checklist-editors.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Event safety's own data, edited: the checklist templates (a list window,
 * and an editor per template with its items in order) and the risk scan's
 * questionnaire. Editors check at every change and show a problem at its
 * field; Save writes everything at once, Cancel changes nothing. */

/* "Activity", "Spatial", … for a profile of the risk scan. */
const char *paraat_scan_profile_title        (const char  *profile);

GtkWindow  *paraat_templates_window_new      (ParaatStore *store,
                                              GtkWindow   *parent);
GtkWindow  *paraat_scan_editor_new           (ParaatStore *store,
                                              GtkWindow   *parent);

/* For tests. */
guint       paraat_templates_window_get_n_templates (GtkWindow *window);
/* Opens the editor of template @index (G_MAXUINT: a new template). */
GtkWindow  *paraat_templates_window_edit     (GtkWindow   *window,
                                              guint        index);
gboolean    paraat_templates_window_copy     (GtkWindow   *window,
                                              guint        index);
/* Deletes template @index as the confirmation's Delete would, with the
 * Undo toast. */
gboolean    paraat_templates_window_delete   (GtkWindow   *window,
                                              guint        index);
gboolean    paraat_templates_window_undo     (GtkWindow   *window);

guint       paraat_template_editor_get_n_items (GtkWindow *editor);
guint       paraat_template_editor_add_item  (GtkWindow   *editor);
/* Types into item @index's fields (NULL leaves one as it is). */
void        paraat_template_editor_set_item  (GtkWindow   *editor,
                                              guint        index,
                                              const char  *text,
                                              const char  *due);
/* The problem shown at item @index's due rule, or NULL. */
const char *paraat_template_editor_get_due_problem (GtkWindow *editor,
                                              guint        index);
/* How item @index's due moment reads in words. */
const char *paraat_template_editor_get_due_words (GtkWindow *editor,
                                              guint        index);
gboolean    paraat_template_editor_can_save  (GtkWindow   *editor);
gboolean    paraat_template_editor_save      (GtkWindow   *editor);

guint       paraat_scan_editor_get_n_questions (GtkWindow *editor);
/* Adds a question with @answers (NULL-terminated) worth @points each. */
void        paraat_scan_editor_add_question  (GtkWindow          *editor,
                                              const char         *profile,
                                              const char         *text,
                                              const char * const *answers,
                                              const int          *points);
gboolean    paraat_scan_editor_remove_question (GtkWindow *editor,
                                              guint        index);
gboolean    paraat_scan_editor_can_save      (GtkWindow   *editor);
gboolean    paraat_scan_editor_save          (GtkWindow   *editor);

G_END_DECLS
