/* main.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "paraat-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (ParaatApplication) application = NULL;
  const char *localedir = g_getenv ("PARAAT_LOCALEDIR");

  /* The tests run with the translations compiled into the build folder. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = paraat_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
