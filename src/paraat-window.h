/* paraat-window.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "paraat-application.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_WINDOW (paraat_window_get_type ())

G_DECLARE_FINAL_TYPE (ParaatWindow, paraat_window, PARAAT, WINDOW, AdwApplicationWindow)

ParaatWindow *paraat_window_new              (ParaatApplication *application);
void          paraat_window_add_toast        (ParaatWindow      *self,
                                              AdwToast          *toast);
/* A message dialog over the window: a short @heading and the reason. */
void          paraat_window_show_error       (ParaatWindow      *self,
                                              const char        *heading,
                                              const char        *message);
AdwViewStack *paraat_window_get_view_stack   (ParaatWindow      *self);
/* "overview", "organisation", "roster", "oto" or "events". */
const char   *paraat_window_get_visible_page (ParaatWindow      *self);
void          paraat_window_set_visible_page (ParaatWindow      *self,
                                              const char        *name);

G_END_DECLS
