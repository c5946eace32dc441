/* paraat-requirement-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Adds an OTO requirement to the function @function_id: which sessions count
 * (a kind, or any session of a category), how many, in what rolling period
 * (or once), "of how many" offered, and the coordinator's own wording. A
 * modal window; the store's refusal is shown in it. */
GtkWidget *paraat_requirement_editor_new  (ParaatStore *store,
                                           GtkWindow   *parent,
                                           gint64       function_id);

/* Fills the form (tests): a kind code or a category ("exercise"), the count,
 * the months (0: once) and "out of" (0: not said). */
void       paraat_requirement_editor_fill (GtkWidget   *editor,
                                           const char  *kind_or_category,
                                           guint        count,
                                           guint        months,
                                           guint        out_of);
/* What Add does; TRUE when the store saved it (and the window closed). */
gboolean   paraat_requirement_editor_save (GtkWidget   *editor);

G_END_DECLS
