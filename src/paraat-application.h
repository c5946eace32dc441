/* paraat-application.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_APPLICATION (paraat_application_get_type ())
#define PARAAT_APPLICATION_DEFAULT (PARAAT_APPLICATION (g_application_get_default ()))

G_DECLARE_FINAL_TYPE (ParaatApplication, paraat_application, PARAAT, APPLICATION, AdwApplication)

ParaatApplication *paraat_application_new           (void);
/* The open database, or NULL while none is (the window then welcomes the user). */
ParaatStore       *paraat_application_get_store     (ParaatApplication  *self);
/* The settings of io.github.paraat.Paraat, or NULL when the schema is not installed. */
GSettings         *paraat_application_get_settings  (ParaatApplication  *self);
/* Opens @path (creating it when @create is set) and makes it the open database,
 * remembered for the next start. On failure nothing changes. */
gboolean           paraat_application_open_database (ParaatApplication  *self,
                                                     const char         *path,
                                                     gboolean            create,
                                                     GError            **error);
/* Opens $XDG_DATA_HOME/paraat/demo.db, creating it with the demo organisation
 * of the current year when it is missing or empty. */
gboolean           paraat_application_open_demo     (ParaatApplication  *self,
                                                     GError            **error);

G_END_DECLS
