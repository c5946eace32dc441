/* paraatctl.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraatctl"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "store/paraat-demo.h"
#include "store/paraat-store.h"

/* The command-line companion: no GTK, so it runs on a server or from cron.
 * Every failure prints one line on stderr and exits non-zero. */

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,   /* the command ran into a problem (file, data) */
  EXIT_USAGE = 2,    /* the command line itself was wrong */
};

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *arguments;
  const char  *summary;
  CommandFunc  run;
} Command;

static int
fail (const char *message)
{
  g_autofree char *one_line = g_strdup (message);

  g_strdelimit (one_line, "\n", ' ');
  g_printerr ("paraatctl: %s\n", one_line);
  return EXIT_FAILED;
}

static int
fail_error (GError *error)
{
  return fail (error->message);
}

static int
usage_error (const char *message)
{
  g_printerr ("paraatctl: %s\n", message);
  g_printerr (_("Run “paraatctl --help” for usage.\n"));
  return EXIT_USAGE;
}

/* Parses the options of a subcommand; FALSE after printing the problem. */
static gboolean
parse_options (const char   *command,
               const char   *parameter,
               GOptionEntry *entries,
               int          *argc,
               char       ***argv,
               int          *status)
{
  g_autoptr (GOptionContext) context = g_option_context_new (parameter);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("paraatctl %s", command);

  g_set_prgname (name);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (error->message);
      return FALSE;
    }
  return TRUE;
}

static int
run_demo (int    argc,
          char **argv)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("Move the demo’s dates to YEAR (default: this year)"), N_("YEAR") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int status = EXIT_OK;

  if (!parse_options ("demo", _("FILE — create a database with the demo organisation"),
                      entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (_("demo needs exactly one FILE."));
  if (year < 2000 || year > 2200)
    return usage_error (_("The year must lie between 2000 and 2200."));

  store = paraat_demo_create (argv[1], year, &error);
  if (store == NULL)
    return fail_error (error);

  g_print (_("Created the demo organisation in %s.\n"), argv[1]);
  return EXIT_OK;
}

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts counts = { 0 };
  int status = EXIT_OK;

  if (!parse_options ("check", _("FILE — check a database and print what it holds"),
                      NULL, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (_("check needs exactly one FILE."));

  store = paraat_store_open (argv[1], PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return fail_error (error);

  if (paraat_store_get_backup_path (store) != NULL)
    g_print (_("Upgraded the database to version %d; the previous file was copied to %s.\n"),
             paraat_store_schema_version (), paraat_store_get_backup_path (store));

  if (!paraat_store_check (store, &error))
    return fail_error (error);
  if (!paraat_store_get_counts (store, &counts, &error))
    return fail_error (error);

  organisation = paraat_store_get_organisation (store, NULL);

  g_print ("%-20s %s\n", _("Database:"), paraat_store_get_path (store));
  g_print ("%-20s %d\n", _("Schema version:"), paraat_store_schema_version ());
  g_print ("%-20s %s\n", _("Organisation:"),
           organisation != NULL ? paraat_organisation_get_name (organisation) : _("(none yet)"));
  if (organisation != NULL)
    g_print ("%-20s %s\n", _("Time zone:"), paraat_organisation_get_time_zone (organisation));
  g_print ("%-20s %u\n", _("Teams:"), counts.teams);
  g_print ("%-20s %u\n", _("Functions:"), counts.functions);
  g_print ("%-20s %u\n", _("Functionaries:"), counts.people);
  g_print ("%-20s %u\n", _("Assignments:"), counts.assignments);
  g_print ("%-20s %u\n", _("Partners:"), counts.partners);
  g_print ("%-20s %u\n", _("Absences:"), counts.absences);
  g_print ("%-20s %u\n", _("Piket shifts:"), counts.shifts);
  g_print ("%-20s %u\n", _("OTO sessions:"), counts.sessions);
  g_print ("%-20s %u\n", _("Events:"), counts.events);
  g_print ("%-20s %u\n", _("Checklist items:"), counts.event_tasks);
  g_print ("%-20s %u\n", _("Lessons learned:"), counts.lessons);
  g_print ("%-20s %u\n", _("Feeds:"), counts.feeds);
  g_print ("%-20s %u\n", _("Audit rows:"), counts.audit);
  g_print ("%-20s %s\n", _("Integrity:"), _("ok"));

  return EXIT_OK;
}

static const Command commands[] = {
  { "demo", N_("FILE"), N_("Create a database with the demo organisation Gemeente Voorbeeld"), run_demo },
  { "check", N_("FILE"), N_("Check a database’s integrity and print what it holds"), run_check },
};

static void
print_help (void)
{
  g_print (_("Usage:\n  paraatctl COMMAND [OPTION…] ARGUMENTS\n\n"));
  g_print (_("The command-line companion of Paraat: works on a Paraat database without a display.\n\n"));
  g_print (_("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *synopsis = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].arguments));
      g_print ("  %-24s %s\n", synopsis, _(commands[i].summary));
    }
  g_print (_("\nOptions:\n"));
  g_print ("  %-24s %s\n", "-h, --help", _("Show this help"));
  g_print ("  %-24s %s\n", "--version", _("Show the version"));
  g_print (_("\n“paraatctl COMMAND --help” shows the options of a command.\n"
             "Exit status: 0 on success, 1 when the command failed, 2 on a wrong command line.\n"));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("PARAAT_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_help ();
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("paraatctl %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not a paraatctl command."), argv[1]);
    return usage_error (message);
  }
}
