/* paraat-ui.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <gio/gio.h>

#include "paraat-ui-resources.h"
#include "ui/paraat-absence-editor.h"
#include "ui/paraat-assignment-editor.h"
#include "ui/paraat-function-editor.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-overview-page.h"
#include "ui/paraat-events-page.h"
#include "ui/paraat-oto-page.h"
#include "ui/paraat-session-editor.h"
#include "ui/paraat-person-editor.h"
#include "ui/paraat-preferences-window.h"
#include "ui/paraat-roster-page.h"
#include "ui/paraat-rotation-editor.h"
#include "ui/paraat-team-editor.h"
#include "ui/paraat-ui.h"

#define PROBE_PATH "/io/github/paraat/Paraat/ui/paraat-overview-page.ui"

void
paraat_ui_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      /* Referencing the resource links it in; its constructor may then already
       * have registered it. */
      GResource *resource = paraat_ui_get_resource ();

      if (!g_resources_get_info (PROBE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        g_resources_register (resource);

      g_type_ensure (PARAAT_TYPE_ABSENCE_EDITOR);
      g_type_ensure (PARAAT_TYPE_ASSIGNMENT_EDITOR);
      g_type_ensure (PARAAT_TYPE_FUNCTION_EDITOR);
      g_type_ensure (PARAAT_TYPE_ORGANISATION_PAGE);
      g_type_ensure (PARAAT_TYPE_OVERVIEW_PAGE);
      g_type_ensure (PARAAT_TYPE_OTO_PAGE);
      g_type_ensure (PARAAT_TYPE_EVENTS_PAGE);
      g_type_ensure (PARAAT_TYPE_PERSON_EDITOR);
      g_type_ensure (PARAAT_TYPE_PREFERENCES_WINDOW);
      g_type_ensure (PARAAT_TYPE_ROSTER_PAGE);
      g_type_ensure (PARAAT_TYPE_ROTATION_EDITOR);
      g_type_ensure (PARAAT_TYPE_SESSION_EDITOR);
      g_type_ensure (PARAAT_TYPE_TEAM_EDITOR);

      g_once_init_leave (&initialised, 1);
    }
}
