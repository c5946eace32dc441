/* paraat-preferences-window.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_PREFERENCES_WINDOW (paraat_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ParaatPreferencesWindow, paraat_preferences_window, PARAAT, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget   *paraat_preferences_window_new       (GtkWindow               *parent,
                                                  ParaatStore             *store);
ParaatStore *paraat_preferences_window_get_store (ParaatPreferencesWindow *self);
void         paraat_preferences_window_set_store (ParaatPreferencesWindow *self,
                                                  ParaatStore             *store);

G_END_DECLS
