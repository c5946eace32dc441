/* paraat-ui.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Registers the templates of src/ui (a static library drops an unreferenced
 * resource) and the page types, so that GtkBuilder finds them by name. Call it
 * once GTK is initialised, before the first window is built. */
void paraat_ui_init (void);

G_END_DECLS
