/* paraatctl.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraatctl"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <signal.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/paraat-validate.h"
#include "planning/paraat-callout-list.h"
#include "planning/paraat-csv.h"
#include "planning/paraat-people-table.h"
#include "planning/paraat-calendar.h"
#include "feed/paraat-feed.h"
#include "feed/paraat-feed-token.h"
#include "feed/paraat-feed-server.h"
#include "report/paraat-report-callout.h"
#include "service/paraat-event-print.h"
#include "service/paraat-event-service.h"
#include "service/paraat-import-service.h"
#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"
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

/* --database FILE before the command; commands take FILE as their argument too. */
static char *global_database;

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

/* "Label:   value", padded by characters rather than bytes, so that
 * translated labels with accents still line up. */
static void
print_row (const char *label,
           const char *value)
{
  glong width = g_utf8_strlen (label, -1);

  g_print ("%s%*s %s\n", label, (int) MAX (0, 20 - width), "", value);
}

static void
print_count (const char *label,
             guint       count)
{
  g_autofree char *value = g_strdup_printf ("%u", count);

  print_row (label, value);
}

/* Writes @text to the file @output, or to the standard output when NULL. */
static int
write_text (const char *output,
            const char *text)
{
  g_autoptr (GError) error = NULL;

  if (output == NULL)
    {
      fputs (text, stdout);
      return fflush (stdout) == 0 ? EXIT_OK : fail (g_strerror (errno));
    }
  if (!g_file_set_contents (output, text, -1, &error))
    return fail_error (error);
  return EXIT_OK;
}

/* Whether @delimiter (from --delimiter) is one a spreadsheet reads. */
static gboolean
delimiter_ok (const char *delimiter)
{
  return delimiter == NULL || g_str_equal (delimiter, ";") || g_str_equal (delimiter, ",");
}

/* The database a command works on: its FILE argument, else --database, else
 * the default file of the desktop application. FALSE after a usage error. */
static gboolean
resolve_database (const char  *command,
                  int          argc,
                  char       **argv,
                  const char **path,
                  int         *status)
{
  static char *default_path;

  if (argc == 2)
    {
      *path = argv[1];
      return TRUE;
    }
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_("%s takes at most one FILE."), command);
      *status = usage_error (message);
      return FALSE;
    }
  if (global_database != NULL)
    {
      *path = global_database;
      return TRUE;
    }
  if (default_path == NULL)
    default_path = paraat_store_default_path ();
  *path = default_path;
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

  const char *path = NULL;

  if (!parse_options ("demo", _("[FILE] — create a database with the demo organisation"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("demo", argc, argv, &path, &status))
    return status;
  if (year < 2000 || year > 2200)
    return usage_error (_("The year must lie between 2000 and 2200."));

  store = paraat_demo_create (path, year, &error);
  if (store == NULL || !paraat_roster_fill_year (store, year, &error) ||
      !paraat_event_demo_checklists (store, g_get_real_time () / G_USEC_PER_SEC, &error))
    return fail_error (error);

  g_print (_("Created the demo organisation in %s.\n"), path);
  return EXIT_OK;
}

/* Who is on piket now, and what goes wrong in the coming @weeks weeks: the
 * morning mail of a cron job, failing when something needs doing. */
static int
check_roster (ParaatStore *store,
              int          weeks)
{
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GPtrArray) on_duty = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if ((tz = paraat_roster_service_time_zone (store, &error)) == NULL ||
      (on_duty = paraat_roster_service_on_duty (store, now, &error)) == NULL ||
      (problems = paraat_roster_service_problems (store, tz, now, now + (gint64) weeks * 7 * 24 * 3600, &error)) == NULL)
    return fail_error (error);

  g_print ("\n%s\n", _("On piket now:"));
  if (on_duty->len == 0)
    g_print ("  %s\n", _("No function has a piket rotation."));
  for (guint i = 0; i < on_duty->len; i++)
    {
      ParaatOnDuty *item = g_ptr_array_index (on_duty, i);
      const char *line = item->line == 2 ? _("2nd line") : _("1st line");

      g_autofree char *label = g_strdup_printf ("%s %s", item->code, line);
      glong width = g_utf8_strlen (label, -1);

      if (item->person_id != 0)
        {
          glong name_width = g_utf8_strlen (item->person_name, -1);

          g_print ("  %s%*s %s%*s %s\n", label, (int) MAX (0, 18 - width), "",
                   item->person_name, (int) MAX (0, 28 - name_width), "", item->phone);
        }
      else
        g_print ("  %s%*s %s\n", label, (int) MAX (0, 18 - width), "",
                 item->in_period ? _("nobody") : _("– (outside its piket periods)"));
    }

  g_print ("\n");
  if (problems->len == 0)
    {
      g_print (ngettext ("No gaps or conflicts in the next %d week.\n",
                         "No gaps or conflicts in the next %d weeks.\n", weeks), weeks);
      return EXIT_OK;
    }
  g_print (ngettext ("%u gap or conflict in the next %d weeks:\n",
                     "%u gaps or conflicts in the next %d weeks:\n", problems->len),
           problems->len, weeks);
  for (guint i = 0; i < problems->len; i++)
    g_print ("  %s\n", ((ParaatPiketProblem *) g_ptr_array_index (problems, i))->text);

  /* One line on stderr, as every failure, for the cron mail's subject. */
  return fail (_("The piket roster has gaps or conflicts."));
}

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts counts = { 0 };
  gboolean upgrade = FALSE;
  int weeks = 0;
  GOptionEntry entries[] = {
    { "upgrade", 0, 0, G_OPTION_ARG_NONE, &upgrade,
      N_("Upgrade a database of an older Paraat first (a copy of it is kept)"), NULL },
    { "weeks", 'w', 0, G_OPTION_ARG_INT, &weeks,
      N_("Also print who is on piket now and the roster's gaps and conflicts in the next N weeks; "
         "exit with 1 when there is one"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("check", _("[FILE] — check a database and print what it holds"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("check", argc, argv, &path, &status))
    return status;
  if (weeks < 0 || weeks > 520)
    return usage_error (_("--weeks takes a number of weeks from 1 to 520."));

  /* Checking changes nothing, unless asked to upgrade. */
  store = paraat_store_open (path, upgrade ? PARAAT_STORE_OPEN_DEFAULT : PARAAT_STORE_OPEN_READ_ONLY, &error);
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

  print_row (_("Database:"), paraat_store_get_path (store));
  print_count (_("Schema version:"), (guint) paraat_store_schema_version ());
  g_print ("%-20s %s\n", _("Organisation:"),
           organisation != NULL ? paraat_organisation_get_name (organisation) : _("(none yet)"));
  if (organisation != NULL)
    print_row (_("Time zone:"), paraat_organisation_get_time_zone (organisation));
  print_count (_("Teams:"), counts.teams);
  print_count (_("Functions:"), counts.functions);
  print_count (_("Functionaries:"), counts.people);
  print_count (_("Assignments:"), counts.assignments);
  print_count (_("Partners:"), counts.partners);
  print_count (_("Absences:"), counts.absences);
  print_count (_("Piket shifts:"), counts.shifts);
  print_count (_("OTO sessions:"), counts.sessions);
  print_count (_("Events:"), counts.events);
  print_count (_("Checklist items:"), counts.event_tasks);
  print_count (_("Lessons learned:"), counts.lessons);
  print_count (_("Feeds:"), counts.feeds);
  print_count (_("Audit rows:"), counts.audit);
  print_row (_("Integrity:"), _("ok"));

  if (weeks > 0)
    return check_roster (store, weeks);
  return EXIT_OK;
}

static int
run_callout (int    argc,
             char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (ParaatCalloutReport) report = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the list as a PDF to OUT"), N_("OUT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Who is assigned on DATE (YYYY-MM-DD; default: today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;
  guint gaps;

  if (!parse_options ("callout", _("[FILE] --pdf OUT — write the call-out list"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("callout", argc, argv, &path, &status))
    return status;
  if (pdf == NULL)
    return usage_error (_("Say where the PDF goes with --pdf OUT."));
  if (date == NULL)
    date = g_date_time_format (now, "%Y-%m-%d");
  else if (!paraat_validate_date (date))
    return usage_error (_("The date must be a real day written as YYYY-MM-DD."));

  /* Reading only: a scheduled print never changes the database. */
  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail_error (error);

  organisation = paraat_store_get_organisation (store, NULL);
  if ((teams = paraat_store_list_teams (store, &error)) == NULL ||
      (functions = paraat_store_list_functions (store, &error)) == NULL ||
      (people = paraat_store_list_people (store, &error)) == NULL ||
      (assignments = paraat_store_list_assignments (store, 0, 0, &error)) == NULL)
    return fail_error (error);

  list = paraat_callout_list_build (teams, functions, people, assignments, date, _("Other functions"));
  report = paraat_callout_report_new (list, organisation != NULL ? paraat_organisation_get_name (organisation) : "",
                                      now);
  if (!paraat_callout_report_write_pdf (report, pdf, &error))
    return fail_error (error);

  gaps = paraat_callout_list_count_gaps (list);
  g_print (_("Wrote the call-out list of %s to %s.\n"), date, pdf);
  if (gaps > 0)
    g_print (ngettext ("%u function has nobody to call.\n", "%u functions have nobody to call.\n", gaps), gaps);

  return EXIT_OK;
}

static int
run_import_people (int    argc,
                   char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (ParaatCsvTable) table = NULL;
  g_autoptr (ParaatPeopleImport) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file; import nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  const char *csv = NULL;
  gsize length = 0;
  int status = EXIT_OK;

  if (!parse_options ("import-people", _("[FILE] CSV — add people and their functions from a spreadsheet"),
                      entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (_("Name the CSV file to import."));
  csv = argv[argc - 1];
  argc--;
  if (!resolve_database ("import-people", argc, argv, &path, &status))
    return status;

  if (!g_file_get_contents (csv, &contents, &length, &error) ||
      (table = paraat_csv_parse (contents, (gssize) length, &error)) == NULL)
    return fail_error (error);

  store = paraat_store_open (path, dry_run ? PARAAT_STORE_OPEN_READ_ONLY : PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL ||
      (functions = paraat_store_list_functions (store, &error)) == NULL ||
      (people = paraat_store_list_people (store, &error)) == NULL)
    return fail_error (error);

  plan = paraat_people_import_plan (table, functions, people);
  if (paraat_people_import_get_n_problems (plan) > 0)
    {
      const char * const *file_problems = paraat_people_import_get_file_problems (plan);
      guint n = paraat_people_import_get_n_problems (plan);

      /* The problems are the report (standard output); the failure is one
       * line on standard error, as for every command. */
      for (guint i = 0; file_problems[i] != NULL; i++)
        g_print ("%s:1: %s\n", csv, file_problems[i]);
      for (guint i = 0; i < paraat_people_import_get_n_lines (plan); i++)
        {
          const char * const *problems = paraat_people_import_get_problems (plan, i);

          for (guint p = 0; problems[p] != NULL; p++)
            g_print ("%s:%u: %s\n", csv, paraat_people_import_get_line (plan, i), problems[p]);
        }
      g_printerr (ngettext ("paraatctl: %u problem; nothing was imported.\n",
                            "paraatctl: %u problems; nothing was imported.\n", n), n);
      return EXIT_FAILED;
    }

  if (!dry_run &&
      !paraat_store_import_people (store,
                                   paraat_people_import_get_people (plan),
                                   paraat_people_import_get_assignments (plan),
                                   paraat_people_import_get_person_of_assignment (plan),
                                   &error))
    return fail_error (error);

  {
    guint n_people = paraat_people_import_get_people (plan)->len;
    guint n_assignments = paraat_people_import_get_assignments (plan)->len;
    g_autofree char *people_text = g_strdup_printf (ngettext ("%u person", "%u people", n_people), n_people);
    g_autofree char *functions_text = g_strdup_printf (ngettext ("%u function", "%u functions", n_assignments),
                                                       n_assignments);

    if (dry_run)
      /* Translators: "The file is fine: it would add 58 people with 76 functions." */
      g_print (_("The file is fine: it would add %s with %s.\n"), people_text, functions_text);
    else
      /* Translators: "Added 58 people with 76 functions." */
      g_print (_("Added %s with %s.\n"), people_text, functions_text);
  }

  return EXIT_OK;
}

/* import-absences and import-holidays: the plan, one line per event, then
 * what was (or would be) written. */
static int
import_calendar (const char      *command,
                 const char      *summary,
                 ParaatIcsTarget  target,
                 int              argc,
                 char           **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatCalendarImport) import = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *horizon = NULL;
  const ParaatIcsPlan *plan;
  gboolean dry_run = FALSE;
  gint64 person_id = 0;
  GOptionEntry absence_entries[] = {
    { "person", 'p', 0, G_OPTION_ARG_INT64, &person_id, N_("Whose absences (the person’s id)"), N_("ID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show what would be imported; import nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionEntry *entries = target == PARAAT_ICS_TARGET_ABSENCES ? absence_entries : absence_entries + 1;
  const char *path = NULL;
  const char *ics = NULL;
  gsize length = 0;
  int status = EXIT_OK;

  if (!parse_options (command, summary, entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (_("Name the iCalendar (.ics) file to import."));
  if (target == PARAAT_ICS_TARGET_ABSENCES && person_id <= 0)
    return usage_error (_("Say whose absences these are with --person ID."));
  ics = argv[argc - 1];
  argc--;
  if (!resolve_database (command, argc, argv, &path, &status))
    return status;

  file = g_file_new_for_commandline_arg (ics);
  if (!paraat_calendar_import_load_file (file, &contents, &length, &error))
    return fail_error (error);

  store = paraat_store_open (path, dry_run ? PARAAT_STORE_OPEN_READ_ONLY : PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return fail_error (error);
  import = paraat_calendar_import_new (store, target, person_id, contents, length,
                                       g_get_real_time () / G_USEC_PER_SEC, &error);
  if (import == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: nothing was imported: %s"), ics, error->message);

      return fail (message);
    }

  plan = paraat_calendar_import_get_plan (import);
  for (guint i = 0; i < plan->items->len; i++)
    {
      const ParaatIcsItem *item = g_ptr_array_index (plan->items, i);
      g_autofree char *when = paraat_ics_item_format_when (item, paraat_calendar_import_get_time_zone (import));
      const char *title = *item->summary != '\0' ? item->summary : _("(no title)");

      if (item->reason == NULL)
        /* Translators: a line of the import plan: "import  Mon 3 Aug 2026 – Fri 7 Aug 2026  Vakantie" */
        g_print (_("import  %s  %s\n"), when, title);
      else
        /* Translators: a line of the import plan: "skip    Mon 3 Aug 2026  Vakantie: Cancelled" */
        g_print (_("skip    %s  %s: %s\n"), when, title, item->reason);
    }

  horizon = paraat_calendar_import_describe_horizon (import);
  if (!dry_run && plan->n_import > 0 && !paraat_calendar_import_apply (import, NULL, &error))
    return fail_error (error);

  {
    g_autofree char *added = target == PARAAT_ICS_TARGET_ABSENCES
      ? g_strdup_printf (ngettext ("%u absence", "%u absences", plan->n_import), plan->n_import)
      : g_strdup_printf (ngettext ("%u holiday", "%u holidays", plan->n_import), plan->n_import);
    g_autofree char *skipped = g_strdup_printf (ngettext ("%u event skipped", "%u events skipped", plan->n_skipped),
                                                plan->n_skipped);

    if (dry_run)
      /* Translators: "The file is fine: it would add 3 absences (2 events skipped; period read: …)." */
      g_print (_("The file is fine: it would add %s (%s; period read: %s).\n"), added, skipped, horizon);
    else
      /* Translators: "Added 3 absences (2 events skipped; period read: …)." */
      g_print (_("Added %s (%s; period read: %s).\n"), added, skipped, horizon);
  }
  return EXIT_OK;
}

static int
run_import_absences (int    argc,
                     char **argv)
{
  return import_calendar ("import-absences",
                          _("[FILE] --person ID ICS — add a person’s absences from a calendar file"),
                          PARAAT_ICS_TARGET_ABSENCES, argc, argv);
}

static int
run_import_holidays (int    argc,
                     char **argv)
{
  return import_calendar ("import-holidays",
                          _("[FILE] ICS — add public holidays from a calendar file"),
                          PARAAT_ICS_TARGET_HOLIDAYS, argc, argv);
}

static int
run_export_people (int    argc,
                   char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *delimiter = NULL;
  g_autofree char *csv = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT instead of the standard output"), N_("OUT") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter, N_("Separate columns with ; (the default) or ,"), N_("CHAR") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("export-people", _("[FILE] — write people and their functions as CSV"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("export-people", argc, argv, &path, &status))
    return status;
  if (!delimiter_ok (delimiter))
    return usage_error (_("The delimiter is ; or ,."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      (people = paraat_store_list_people (store, &error)) == NULL ||
      (functions = paraat_store_list_functions (store, &error)) == NULL ||
      (assignments = paraat_store_list_assignments (store, 0, 0, &error)) == NULL)
    return fail_error (error);

  csv = paraat_people_export_csv (people, functions, assignments, delimiter != NULL ? delimiter[0] : ';');
  return write_text (output, csv);
}

/* A day written YYYY-MM-DD as the instant its local midnight starts, plus
 * @days days; FALSE when it is no real day. */
static gboolean
parse_day (const char *text,
           GTimeZone  *tz,
           int         days,
           gint64     *instant)
{
  GDate date;
  int year, month, day;

  if (text == NULL || !paraat_validate_date (text) ||
      sscanf (text, "%d-%d-%d", &year, &month, &day) != 3)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_date_add_days (&date, (guint) days);
  return paraat_calendar_local_to_utc (tz, g_date_get_year (&date), g_date_get_month (&date),
                                       g_date_get_day (&date), 0, 0, instant);
}

/* "2026-01-05T09:00+01:00": local time with its UTC offset. */
static char *
format_local (GTimeZone *tz,
              gint64     instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M%:z");
}

static int
roster_generate (ParaatStore *store,
                 GTimeZone   *tz,
                 gint64       from,
                 gint64       until,
                 gboolean     dry_run)
{
  g_autoptr (ParaatRosterPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) gaps = NULL;
  const ParaatRosterResult *result;
  ParaatRosterChanges changes;

  plan = paraat_roster_plan_new (store, tz, from, until, &error);
  if (plan == NULL)
    return fail_error (error);
  result = paraat_roster_plan_get_result (plan);
  changes = paraat_roster_plan_get_changes (plan);

  g_print (ngettext ("Planned %u function: %u lines filled, %u kept as set by hand, %u gaps.\n",
                     "Planned %u functions: %u lines filled, %u kept as set by hand, %u gaps.\n",
                     paraat_roster_plan_get_n_functions (plan)),
           paraat_roster_plan_get_n_functions (plan), result->n_filled, result->n_kept, result->gaps->len);
  gaps = paraat_roster_plan_describe_gaps (plan);
  for (guint i = 0; gaps[i] != NULL; i++)
    g_print ("  %s\n", gaps[i]);

  if (dry_run)
    {
      g_print (_("Would add %u shifts, change %u and remove %u; nothing was written (--dry-run).\n"),
               changes.added, changes.changed, changes.removed);
      return EXIT_OK;
    }
  if (!paraat_roster_plan_apply (plan, &changes, &error))
    return fail_error (error);
  g_print (_("Added %u shifts, changed %u, removed %u; %u stayed as they were.\n"),
           changes.added, changes.changed, changes.removed, changes.unchanged);
  return EXIT_OK;
}

/* Function id → code and person id → name. */
static void
fill_names (GListModel *functions,
            GListModel *people,
            GHashTable *codes,
            GHashTable *names)
{
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);

      g_hash_table_insert (codes, g_memdup2 (&(gint64) { paraat_function_get_id (function) }, sizeof (gint64)),
                           g_strdup (paraat_function_get_code (function)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      g_hash_table_insert (names, g_memdup2 (&(gint64) { paraat_person_get_id (person) }, sizeof (gint64)),
                           g_strdup (paraat_person_get_display_name (person)));
    }
}

static int
roster_list (ParaatStore *store,
             GTimeZone   *tz,
             gint64       from,
             gint64       until,
             gboolean     csv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) shifts = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GString) out = g_string_new (NULL);

  if ((shifts = paraat_store_read_piket_shifts (store, from, until, &error)) == NULL ||
      (functions = paraat_store_list_functions (store, &error)) == NULL ||
      (people = paraat_store_list_people (store, &error)) == NULL)
    return fail_error (error);

  fill_names (functions, people, codes, names);

  if (csv)
    {
      const char *header[] = { _("Week"), _("Function"), _("Line"), _("Person"), _("Start"), _("End") };

      paraat_csv_append_row (out, ';', header, G_N_ELEMENTS (header));
    }

  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
      const char *code = g_hash_table_lookup (codes, &shift->function_id);
      const char *name = shift->person_id != 0 ? g_hash_table_lookup (names, &shift->person_id) : NULL;
      g_autofree char *start = format_local (tz, shift->starts_at);
      g_autofree char *end = format_local (tz, shift->ends_at);
      g_autofree char *week = NULL;
      g_autofree char *line = g_strdup_printf ("%d", shift->line);
      int iso_year, iso_week;

      paraat_calendar_iso_week (tz, shift->starts_at, &iso_year, &iso_week);
      week = g_strdup_printf ("%d-W%02d", iso_year, iso_week);
      /* TRANSLATORS: in the roster list, a shift nobody fills */
      if (name == NULL)
        name = _("(gap)");

      if (csv)
        {
          const char *fields[] = { week, code != NULL ? code : "", line, name, start, end };

          paraat_csv_append_row (out, ';', fields, G_N_ELEMENTS (fields));
        }
      else
        {
          glong width = g_utf8_strlen (name, -1);

          g_string_append_printf (out, "%s  %-8s %s  %s%*s  %s  %s\n", week, code != NULL ? code : "", line,
                                  name, (int) MAX (0, 28 - width), "", start, end);
        }
    }

  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? EXIT_OK : fail (g_strerror (errno));
}

static int
run_roster (int    argc,
            char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  gboolean generate = FALSE, list = FALSE, csv = FALSE, dry_run = FALSE;
  GOptionEntry entries[] = {
    { "generate", 0, 0, G_OPTION_ARG_NONE, &generate, N_("Fill the roster from FROM to TO (both days included)"), NULL },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("Print one line per shift from FROM to TO"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("With --list: write CSV (semicolons) instead"), NULL },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("With --generate: show what would change, write nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;
  gint64 from, until;

  if (!parse_options ("roster", _("[FILE] --generate|--list FROM TO — fill or print the piket roster"),
                      entries, &argc, &argv, &status))
    return status;
  if (generate == list)
    return usage_error (_("Say --generate or --list."));
  if (argc < 3)
    return usage_error (_("Give the first and the last day: FROM TO, as YYYY-MM-DD."));
  if (!resolve_database ("roster", argc - 2, argv, &path, &status))
    return status;

  store = paraat_store_open (path, list || dry_run ? PARAAT_STORE_OPEN_READ_ONLY : PARAAT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL)
    return fail_error (error);
  if (!parse_day (argv[argc - 2], tz, 0, &from) || !parse_day (argv[argc - 1], tz, 1, &until))
    return usage_error (_("The date must be a real day written as YYYY-MM-DD."));
  if (until <= from)
    return usage_error (_("TO must not lie before FROM."));

  if (generate)
    return roster_generate (store, tz, from, until, dry_run);
  return roster_list (store, tz, from, until, csv);
}

static int
run_allowance (int    argc,
               char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *output = NULL;
  g_autofree char *delimiter = NULL;
  g_autofree char *csv = NULL;
  int year = g_date_time_get_year (now);
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The calendar year (default: this year)"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT instead of the standard output"), N_("OUT") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter, N_("Separate columns with ; (the default) or ,"), N_("CHAR") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("allowance", _("[FILE] — piket hours per person per month, as CSV"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("allowance", argc, argv, &path, &status))
    return status;
  if (!delimiter_ok (delimiter))
    return usage_error (_("The delimiter is ; or ,."));
  if (year < 1900 || year > 2200)
    return usage_error (_("The year must lie between 1900 and 2200."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      (csv = paraat_roster_service_allowance_csv (store, year, delimiter != NULL ? delimiter[0] : ';', &error)) == NULL)
    return fail_error (error);

  return write_text (output, csv);
}

static int
run_proficiency (int    argc,
                 char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatProficiencyIndex) index = NULL;
  g_autoptr (GArray) cells = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *code = NULL;
  g_autofree char *date = NULL;
  gboolean csv = FALSE, found = FALSE;
  GOptionEntry entries[] = {
    { "function", 'f', 0, G_OPTION_ARG_STRING, &code, N_("Only the function with this code"), N_("CODE") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date, N_("On this day, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV (semicolons) instead"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;
  guint32 day;

  if (!parse_options ("proficiency", _("[FILE] — who is proficient for which function, until when, and what is missing"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("proficiency", argc, argv, &path, &status))
    return status;

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL)
    return fail_error (error);
  if (date != NULL)
    day = paraat_day_parse (date);
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now (tz);

      day = paraat_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now));
    }
  if (day == 0)
    return usage_error (_("The date must be a real day written as YYYY-MM-DD."));

  if ((functions = paraat_store_list_functions (store, &error)) == NULL ||
      (people = paraat_store_list_people (store, &error)) == NULL ||
      (index = paraat_proficiency_index_new (store, tz, &error)) == NULL ||
      (cells = paraat_oto_matrix (store, index, day, &error)) == NULL)
    return fail_error (error);
  fill_names (functions, people, codes, names);

  if (csv)
    {
      const char *header[] = { _("Person"), _("Function"), _("Status"), _("Valid until"), _("Missing") };

      paraat_csv_append_row (out, ';', header, G_N_ELEMENTS (header));
    }

  for (guint i = 0; i < cells->len; i++)
    {
      const ParaatProficiencyCell *cell = &g_array_index (cells, ParaatProficiencyCell, i);
      const ParaatProficiency *proficiency = cell->proficiency;
      const char *function = g_hash_table_lookup (codes, &cell->function_id);
      const char *name = g_hash_table_lookup (names, &cell->person_id);
      g_autofree char *until = NULL;
      g_autofree char *missing = paraat_proficiency_describe_missing (proficiency, PARAAT_PROFICIENCY_WARN_DAYS);
      g_autofree char *label = NULL;

      if (code != NULL && g_ascii_strcasecmp (code, function != NULL ? function : "") != 0)
        continue;
      found = TRUE;
      if (proficiency->valid_until == PARAAT_DAY_FOREVER)
        /* Translators: proficiency that does not expire */
        until = g_strdup (_("no end"));
      else
        until = paraat_day_format (proficiency->valid_until);
      label = cell->trainee ? g_strdup_printf (_("%s (trainee)"), paraat_proficiency_status_label (proficiency->status))
                            : g_strdup (paraat_proficiency_status_label (proficiency->status));

      if (csv)
        {
          const char *fields[] = { name != NULL ? name : "", function != NULL ? function : "", label, until,
                                   missing != NULL ? missing : "" };

          paraat_csv_append_row (out, ';', fields, G_N_ELEMENTS (fields));
        }
      else
        {
          glong width = g_utf8_strlen (name != NULL ? name : "", -1);
          glong label_width = g_utf8_strlen (label, -1);

          g_string_append_printf (out, "%s%*s  %-6s  %s%*s  %-10s  %s\n", name != NULL ? name : "",
                                  (int) MAX (0, 28 - width), "", function != NULL ? function : "",
                                  label, (int) MAX (0, 26 - label_width), "", until, missing != NULL ? missing : "");
        }
    }
  if (code != NULL && !found)
    return fail (_("No one holds a function with that code."));

  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? EXIT_OK : fail (g_strerror (errno));
}

static int
run_year_plan (int    argc,
               char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatOtoYearPlan) plan = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  int year = g_date_time_get_year (now);
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The calendar year (default: this year)"), N_("YEAR") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the plan for the college as a PDF to OUT"), N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("year-plan", _("[FILE] — the OTO year plan: functions by quarter, and what it does not cover"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("year-plan", argc, argv, &path, &status))
    return status;
  if (year < 1900 || year > 2200)
    return usage_error (_("The year must lie between 1900 and 2200."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL ||
      (organisation = paraat_store_get_organisation (store, &error)) == NULL ||
      (plan = paraat_oto_year_plan_new (store, tz, year, &error)) == NULL)
    return fail_error (error);

  if (pdf != NULL)
    {
      guint pages = paraat_oto_year_plan_write_pdf (plan, paraat_organisation_get_name (organisation), now, pdf, &error);

      if (pages == 0)
        return fail_error (error);
      g_print (ngettext ("Wrote the year plan %d to %s (%u page).\n", "Wrote the year plan %d to %s (%u pages).\n",
                         pages), year, pdf, pages);
      return EXIT_OK;
    }

  for (guint f = 0; f < plan->plan->function_ids->len; f++)
    {
      g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (plan->function_labels, f));
      for (guint q = 0; q < 4; q++)
        {
          g_autofree char *text = paraat_oto_year_plan_quarter_text (plan, f, q);
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
          g_autofree char *joined = g_strjoinv (" · ", lines);

          g_string_append_printf (out, "  Q%u  %s\n", q + 1, joined);
        }
    }
  g_string_append_printf (out, ngettext ("\n%u requirement the plan does not cover:\n",
                                         "\n%u requirements the plan does not cover:\n", plan->plan->gaps->len),
                          plan->plan->gaps->len);
  for (guint g = 0; g < plan->plan->gaps->len; g++)
    {
      g_autofree char *line = paraat_oto_year_plan_describe_gap (plan, g_ptr_array_index (plan->plan->gaps, g));

      g_string_append_printf (out, "  %s\n", line);
    }

  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? EXIT_OK : fail (g_strerror (errno));
}

/* The event calendar of a year, one line per event, or as a PDF for the services. */
static int
run_events (int    argc,
            char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (ParaatEventCalendar) calendar = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *klass = NULL;
  g_autofree char *event_status = NULL;
  int year = g_date_time_get_year (now);
  ParaatEventFilter filter = { PARAAT_EVENT_FILTER_ANY, PARAAT_EVENT_FILTER_ANY };
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The calendar year (default: this year)"), N_("YEAR") },
    { "class", 'c', 0, G_OPTION_ARG_STRING, &klass, N_("Only events of this class: 0, A, B, C or none"), N_("CLASS") },
    { "status", 's', 0, G_OPTION_ARG_STRING, &event_status,
      N_("Only events with this status: announced, application-received, in-advice, permit-granted, refused, held, "
         "evaluated"), N_("STATUS") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the calendar for the services as a PDF to OUT"), N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("events", _("[FILE] — the event calendar of a year (evenementenkalender)"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("events", argc, argv, &path, &status))
    return status;
  if (year < 1900 || year > 2200)
    return usage_error (_("The year must lie between 1900 and 2200."));
  if (klass != NULL && !paraat_event_filter_parse_class (klass, &filter.klass))
    return usage_error (_("The class must be 0, A, B, C or none."));
  if (event_status != NULL && !paraat_event_filter_parse_status (event_status, &filter.status))
    return usage_error (_("The status must be one of announced, application-received, in-advice, permit-granted, "
                          "refused, held or evaluated."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL ||
      (organisation = paraat_store_get_organisation (store, &error)) == NULL ||
      (calendar = paraat_event_calendar_new (store, tz, year, &filter, g_date_time_to_unix (now), &error)) == NULL)
    return fail_error (error);

  if (pdf != NULL)
    {
      guint pages = paraat_event_calendar_write_pdf (calendar, paraat_organisation_get_name (organisation), now, pdf,
                                                     &error);

      if (pages == 0)
        return fail_error (error);
      g_print (ngettext ("Wrote the event calendar %d to %s (%u page).\n",
                         "Wrote the event calendar %d to %s (%u pages).\n", pages), year, pdf, pages);
      return EXIT_OK;
    }

  for (guint i = 0; i < calendar->entries->len; i++)
    {
      const ParaatCalendarEntry *entry = &g_array_index (calendar->entries, ParaatCalendarEntry, i);
      g_autofree char *when = g_strdup (entry->when);
      g_autofree char *class_text = paraat_calendar_entry_class_text (entry);
      /* A letter reads as "class B"; a yearly programme as itself. */
      g_autofree char *klass_text = g_utf8_strlen (entry->klass, -1) == 1 ? g_strdup_printf (_("class %s"), class_text)
                                                                         : g_strdup (class_text);
      g_autofree char *visitors = paraat_calendar_entry_visitors_text (entry);
      g_autofree char *checklist = paraat_calendar_entry_checklist_text (entry);

      g_strdelimit (when, "\n", ' ');
      g_string_append_printf (out, "%4" G_GINT64_FORMAT "  ", entry->event_id);
      /* Translators: one line of paraatctl events after the event's number: when, name, location, class,
       * status, visitors, checklist */
      g_string_append_printf (out, _("%s  %s%s%s · %s · %s · visitors %s · %s\n"),
                              when, entry->name, *entry->location != '\0' ? ", " : "",
                              entry->location, klass_text, entry->status, visitors, checklist);
    }
  if (calendar->entries->len == 0)
    g_string_append_printf (out, _("No event of %d matches.\n"), year);

  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? EXIT_OK : fail (g_strerror (errno));
}

/* One event's integrale schouw form as a PDF. */
static int
run_schouw (int    argc,
            char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *pdf = NULL;
  GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the schouw form as a PDF to OUT"), N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  const char *id_text;
  guint64 event_id = 0;
  int status = EXIT_OK;
  guint pages;

  if (!parse_options ("schouw", _("[FILE] EVENT-ID --pdf OUT — the integrale schouw form of an event"),
                      entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (_("Name the event by its number (as “paraatctl events” shows it)."));
  id_text = argv[argc - 1];
  argc--;
  if (!resolve_database ("schouw", argc, argv, &path, &status))
    return status;
  if (!g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &event_id, NULL))
    return usage_error (_("The event is named by its number (as “paraatctl events” shows it)."));
  if (pdf == NULL)
    return usage_error (_("Say where the PDF goes with --pdf OUT."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL ||
      (organisation = paraat_store_get_organisation (store, &error)) == NULL)
    return fail_error (error);
  pages = paraat_schouw_form_write_pdf (store, tz, (gint64) event_id, paraat_organisation_get_name (organisation),
                                        now, pdf, &error);
  if (pages == 0 && g_error_matches (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *message = g_strdup_printf (_("There is no event with number %s."), id_text);

      return fail (message);
    }
  if (pages == 0)
    return fail_error (error);
  g_print (ngettext ("Wrote the schouw form to %s (%u page).\n", "Wrote the schouw form to %s (%u pages).\n", pages),
           pdf, pages);
  return EXIT_OK;
}

/* Open checklist items due within @days days and the overdue ones: the
 * morning mail of a cron job, failing when one is overdue. */
static int
run_deadlines (int    argc,
               char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) deadlines = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean csv = FALSE;
  int days = 14;
  guint overdue = 0;
  GOptionEntry entries[] = {
    { "days", 'n', 0, G_OPTION_ARG_INT, &days, N_("Items due within this many days (default: 14)"), N_("N") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV (semicolons) instead"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("deadlines", _("[FILE] — open checklist items of events that are overdue or due soon"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("deadlines", argc, argv, &path, &status))
    return status;
  if (days < 0 || days > 3660)
    return usage_error (_("The number of days must lie between 0 and 3660."));

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (tz = paraat_roster_service_time_zone (store, &error)) == NULL ||
      (deadlines = paraat_store_read_deadlines (store, now + (gint64) days * 24 * 3600, &error)) == NULL)
    return fail_error (error);

  if (csv)
    {
      const char *header[] = { _("Event"), _("Item"), _("Due"), _("Owner"), _("Overdue") };

      paraat_csv_append_row (out, ';', header, G_N_ELEMENTS (header));
    }
  for (guint i = 0; i < deadlines->len; i++)
    {
      const ParaatDeadline *deadline = &g_array_index (deadlines, ParaatDeadline, i);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (deadline->due_at);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
      g_autofree char *due = g_date_time_format (local, "%Y-%m-%d %H:%M");
      gboolean late = deadline->due_at < now;

      overdue += late;
      if (csv)
        {
          const char *fields[] = { deadline->event_name, deadline->text, due, deadline->owner,
                                   late ? _("yes") : _("no") };

          paraat_csv_append_row (out, ';', fields, G_N_ELEMENTS (fields));
        }
      else
        /* Translators: one line of paraatctl deadlines: due date, "OVERDUE" or nothing, event, item, owner */
        g_string_append_printf (out, "%s  %-8s  %s: %s%s%s\n", due, late ? _("OVERDUE") : "", deadline->event_name,
                                deadline->text, *deadline->owner != '\0' ? " — " : "", deadline->owner);
    }
  if (!csv)
    {
      if (deadlines->len == 0)
        g_string_append_printf (out, ngettext ("Nothing is overdue or due in the next %d day.\n",
                                               "Nothing is overdue or due in the next %d days.\n", days), days);
      else
        {
          /* Translators: the first half of "2 overdue, 5 due in the next 14 days." */
          g_string_append_printf (out, ngettext ("%u overdue, ", "%u overdue, ", overdue), overdue);
          g_string_append_printf (out, ngettext ("%u due in the next %d days.\n", "%u due in the next %d days.\n",
                                                 deadlines->len - overdue), deadlines->len - overdue, days);
        }
    }

  fputs (out->str, stdout);
  if (fflush (stdout) != 0)
    return fail (g_strerror (errno));
  return overdue > 0 ? EXIT_FAILED : EXIT_OK;
}

/* Which feed the options name: exactly one of --person, --function, --team,
 * --events and --oto. FALSE after printing the problem. */
static gboolean
resolve_feed_scope (ParaatFeedSet   *set,
                    gint64           person,
                    const char      *function,
                    const char      *team,
                    gboolean         events,
                    gboolean         oto,
                    ParaatFeedScope *scope,
                    gint64          *scope_id,
                    int             *status)
{
  ParaatFeedFacts *facts = paraat_feed_set_get_facts (set);
  int given = (person != 0) + (function != NULL) + (team != NULL) + (events != FALSE) + (oto != FALSE);

  if (given != 1)
    {
      *status = usage_error (_("Name one calendar: --person ID, --function CODE, --team CODE, --events or --oto."));
      return FALSE;
    }

  *scope_id = 0;
  if (person != 0)
    {
      *scope = PARAAT_FEED_PERSON;
      *scope_id = person;
    }
  else if (function != NULL)
    {
      *scope = PARAAT_FEED_FUNCTION;
      for (guint i = 0; i < facts->functions->len; i++)
        {
          const ParaatFeedFunction *f = &g_array_index (facts->functions, ParaatFeedFunction, i);

          if (g_ascii_strcasecmp (f->code, function) == 0)
            *scope_id = f->id;
        }
      if (*scope_id == 0)
        {
          g_autofree char *message = g_strdup_printf (_("There is no function with code “%s”."), function);
          *status = fail (message);
          return FALSE;
        }
    }
  else if (team != NULL)
    {
      *scope = PARAAT_FEED_TEAM;
      for (guint i = 0; i < facts->teams->len; i++)
        {
          const ParaatFeedTeam *t = &g_array_index (facts->teams, ParaatFeedTeam, i);
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, t->id);

          if (g_ascii_strcasecmp (t->code, team) == 0 || g_str_equal (number, team))
            *scope_id = t->id;
        }
      if (*scope_id == 0)
        {
          g_autofree char *message = g_strdup_printf (_("There is no team with code or number “%s”."), team);
          *status = fail (message);
          return FALSE;
        }
    }
  else
    *scope = events ? PARAAT_FEED_EVENTS : PARAAT_FEED_OTO;
  return TRUE;
}

#define FEED_OPTIONS(person, function, team, events, oto) \
  { "person", 0, 0, G_OPTION_ARG_INT64, &person, N_("The calendar of the person with number ID"), N_("ID") }, \
  { "function", 0, 0, G_OPTION_ARG_STRING, &function, N_("The piket calendar of function CODE, with names"), N_("CODE") }, \
  { "team", 0, 0, G_OPTION_ARG_STRING, &team, N_("The piket calendar of a team, with names"), N_("CODE") }, \
  { "events", 0, 0, G_OPTION_ARG_NONE, &events, N_("The event calendar with the schouw appointments"), NULL }, \
  { "oto", 0, 0, G_OPTION_ARG_NONE, &oto, N_("The OTO year plan"), NULL }

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *function = NULL;
  g_autofree char *team = NULL;
  g_autofree char *output = NULL;
  gint64 person = 0;
  gboolean events = FALSE;
  gboolean oto = FALSE;
  GOptionEntry entries[] = {
    FEED_OPTIONS (person, function, team, events, oto),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT instead of the standard output"), N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  ParaatFeedScope scope;
  gint64 scope_id;
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("export", _("[FILE] — write one calendar as iCalendar (.ics)"), entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("export", argc, argv, &path, &status))
    return status;

  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (set = paraat_feed_set_new (store, g_get_real_time () / G_USEC_PER_SEC, &error)) == NULL)
    return fail_error (error);
  if (!resolve_feed_scope (set, person, function, team, events, oto, &scope, &scope_id, &status))
    return status;
  text = paraat_feed_set_generate (set, scope, scope_id, NULL, NULL, &error);
  if (text == NULL)
    return fail_error (error);
  return write_text (output, text);
}

static int
run_publish (int    argc,
             char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  ParaatFeedPublishStats stats = { 0 };
  gint64 started = g_get_monotonic_time ();
  const char *path = NULL;
  const char *dir;
  int status = EXIT_OK;

  if (!parse_options ("publish", _("[FILE] DIR — write every calendar in use as DIR/TOKEN.ics"),
                      NULL, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (_("publish needs the folder to write the calendars to."));
  dir = argv[argc - 1];
  if (!resolve_database ("publish", argc - 1, argv, &path, &status))
    return status;

  store = paraat_store_open (path, 0, &error);
  if (store == NULL || !paraat_feed_publish (store, dir, g_get_real_time () / G_USEC_PER_SEC, &stats, &error))
    return fail_error (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Published %u calendar", "Published %u calendars", stats.feeds), stats.feeds);
  g_print (g_dngettext (GETTEXT_PACKAGE, " with %u item", " with %u items", stats.events), stats.events);
  {
    g_autofree char *bytes = g_format_size (stats.bytes);

    /* Translators: after "Published 3 calendars with 34 items": their size and the time it took */
    g_print (_(" (%s) in %.0f ms"), bytes, (double) (g_get_monotonic_time () - started) / 1000.0);
  }
  if (stats.removed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "; removed %u revoked one", "; removed %u revoked ones", stats.removed),
             stats.removed);
  g_print ("\n");
  return EXIT_OK;
}

static int
run_feed_add (int    argc,
              char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *function = NULL;
  g_autofree char *team = NULL;
  g_autofree char *publish = NULL;
  g_autofree char *base_url = NULL;
  gint64 person = 0;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean events = FALSE;
  gboolean oto = FALSE;
  GOptionEntry entries[] = {
    FEED_OPTIONS (person, function, team, events, oto),
    { "publish", 0, 0, G_OPTION_ARG_FILENAME, &publish, N_("Write the calendar into the published folder DIR at once"), N_("DIR") },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &base_url, N_("Print the link as URL/TOKEN.ics (and its webcal form)"), N_("URL") },
    G_OPTION_ENTRY_NULL
  };
  ParaatFeedScope scope;
  gint64 scope_id;
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("feed-add", _("[FILE] — make a secret link for a calendar; the token is shown only now"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("feed-add", argc, argv, &path, &status))
    return status;

  store = paraat_store_open (path, 0, &error);
  if (store == NULL || (set = paraat_feed_set_new (store, now, &error)) == NULL)
    return fail_error (error);
  if (!resolve_feed_scope (set, person, function, team, events, oto, &scope, &scope_id, &status))
    return status;
  /* An unknown person shows here, before a token is made. */
  {
    g_autofree char *check = paraat_feed_set_generate (set, scope, scope_id, NULL, NULL, &error);

    if (check == NULL)
      return fail_error (error);
  }

  token = paraat_feed_token_new (&error);
  if (token == NULL)
    return fail_error (error);
  hash = paraat_feed_token_hash (token);
  if (paraat_store_add_feed (store, scope, scope_id, hash, &error) == 0)
    return fail_error (error);
  if (publish != NULL && !paraat_feed_publish_one (store, publish, token, now, &error))
    return fail_error (error);

  g_print ("%s\n", token);
  if (base_url != NULL)
    {
      g_autofree char *url = g_strdup_printf ("%s%s%s.ics", base_url, g_str_has_suffix (base_url, "/") ? "" : "/", token);

      g_print ("%s\n", url);
      if (g_str_has_prefix (url, "https://"))
        g_print ("webcal://%s\n", url + strlen ("https://"));
      else if (g_str_has_prefix (url, "http://"))
        g_print ("webcal://%s\n", url + strlen ("http://"));
    }
  return EXIT_OK;
}

static int
run_feeds (int    argc,
           char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autoptr (GError) error = NULL;
  gboolean revoke = FALSE;
  gint64 revoke_id = 0;
  GOptionEntry entries[] = {
    { "revoke", 0, 0, G_OPTION_ARG_INT64, &revoke_id, N_("Revoke the link of the calendar with number ID"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  ParaatFeedFacts *facts;
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("feeds", _("[FILE] — list the calendar links, or revoke one"), entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("feeds", argc, argv, &path, &status))
    return status;
  revoke = revoke_id != 0;

  store = paraat_store_open (path, revoke ? 0 : PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail_error (error);
  if (revoke)
    return paraat_store_revoke_feed (store, revoke_id, &error) ? EXIT_OK : fail_error (error);

  set = paraat_feed_set_new (store, g_get_real_time () / G_USEC_PER_SEC, &error);
  if (set == NULL)
    return fail_error (error);
  facts = paraat_feed_set_get_facts (set);
  for (guint i = 0; i < facts->feeds->len; i++)
    {
      const ParaatFeedRow *feed = &g_array_index (facts->feeds, ParaatFeedRow, i);
      g_autofree char *key = paraat_feed_key (feed->scope, feed->scope_id);
      g_autoptr (GDateTime) created = g_date_time_new_from_unix_local (feed->created_at);
      g_autofree char *day = g_date_time_format (created, "%Y-%m-%d");

      g_print ("%4" G_GINT64_FORMAT "  %-16s %s  %s\n", feed->id, key, day,
               feed->revoked_at != 0 ? _("revoked") : _("in use"));
    }
  return EXIT_OK;
}

static GMainLoop *serve_loop;

static gboolean
stop_serving (gpointer user_data)
{
  g_main_loop_quit (serve_loop);
  return G_SOURCE_REMOVE;
}

static int
run_serve (int    argc,
           char **argv)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatFeedServer) server = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *address = NULL;
  int port = 8080;
  GOptionEntry entries[] = {
    { "address", 'a', 0, G_OPTION_ARG_STRING, &address, N_("Listen on ADDRESS (default: 127.0.0.1, this computer only)"), N_("ADDRESS") },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, N_("Listen on PORT (default: 8080; 0 picks a free one)"), N_("PORT") },
    G_OPTION_ENTRY_NULL
  };
  const char *path = NULL;
  int status = EXIT_OK;

  if (!parse_options ("serve", _("[FILE] — answer GET /feed/TOKEN.ics with the calendar, over HTTP"),
                      entries, &argc, &argv, &status))
    return status;
  if (!resolve_database ("serve", argc, argv, &path, &status))
    return status;
  if (port < 0 || port > 65535)
    return usage_error (_("The port must lie between 0 and 65535."));

  /* Read-only: the desktop application keeps editing the database. */
  store = paraat_store_open (path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail_error (error);
  server = paraat_feed_server_new (store);
  if (!paraat_feed_server_listen (server, address != NULL ? address : "127.0.0.1", (guint) port, &error))
    return fail_error (error);

  g_print (_("Serving calendars on http://%s:%u/feed/TOKEN.ics (Ctrl+C stops)\n"),
           address != NULL ? address : "127.0.0.1", paraat_feed_server_get_port (server));
  fflush (stdout);

  serve_loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, stop_serving, NULL);
  g_unix_signal_add (SIGTERM, stop_serving, NULL);
  g_main_loop_run (serve_loop);
  g_clear_pointer (&serve_loop, g_main_loop_unref);
  return EXIT_OK;
}

static const Command commands[] = {
  { "demo", N_("[FILE]"), N_("Create a database with the demo organisation Gemeente Voorbeeld"), run_demo },
  { "check", N_("[FILE]"), N_("Check a database’s integrity and print what it holds"), run_check },
  { "callout", N_("[FILE] --pdf OUT"), N_("Write the call-out list (alarmeringslijst) as a PDF"), run_callout },
  { "import-people", N_("[FILE] CSV"), N_("Add people and their functions from a spreadsheet (all or nothing)"), run_import_people },
  { "import-absences", N_("[FILE] --person ID ICS"), N_("Add a person’s absences from an iCalendar file (all or nothing)"), run_import_absences },
  { "import-holidays", N_("[FILE] ICS"), N_("Add public holidays, which the roster weighs, from an iCalendar file"), run_import_holidays },
  { "export-people", N_("[FILE]"), N_("Write people and their functions as CSV"), run_export_people },
  { "roster", N_("[FILE] --generate|--list FROM TO"), N_("Fill the piket roster, or print it one shift per line"), run_roster },
  { "allowance", N_("[FILE] [--year YEAR]"), N_("Hours of hard and soft piket per person per month, as CSV"), run_allowance },
  { "year-plan", N_("[FILE] [--year YEAR] [--pdf OUT]"), N_("The OTO year plan by function and quarter, and what it does not cover"), run_year_plan },
  { "proficiency", N_("[FILE] [--function CODE] [--date DATE]"), N_("Who is proficient for which function, until when, and what is missing"), run_proficiency },
  { "events", N_("[FILE] [--year YEAR] [--class C] [--status S] [--pdf OUT]"), N_("The event calendar of a year, one line per event or as a PDF"), run_events },
  { "schouw", N_("[FILE] EVENT-ID --pdf OUT"), N_("The integrale schouw form of an event as a PDF"), run_schouw },
  { "deadlines", N_("[FILE] [--days N] [--csv]"), N_("Open checklist items of events, overdue or due soon; fails when one is overdue"), run_deadlines },
  { "export", N_("[FILE] --person ID|--function CODE|--team CODE|--events|--oto"), N_("Write one calendar as iCalendar (.ics)"), run_export },
  { "feed-add", N_("[FILE] --person ID|… [--publish DIR] [--base-url URL]"), N_("Make a secret calendar link; its token is shown only once"), run_feed_add },
  { "feeds", N_("[FILE] [--revoke ID]"), N_("List the calendar links, or revoke one"), run_feeds },
  { "serve", N_("[FILE] [--address ADDRESS] [--port PORT]"), N_("Serve the calendars over HTTP from the current database"), run_serve },
  { "publish", N_("[FILE] DIR"), N_("Write every calendar in use as DIR/TOKEN.ics, removing revoked ones"), run_publish },
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
  g_print ("  %-24s %s\n", _("-d, --database FILE"), _("The database when a command is given no FILE"));
  g_print ("  %-24s %s\n", "-h, --help", _("Show this help"));
  g_print ("  %-24s %s\n", "--version", _("Show the version"));
  g_print (_("\nWithout FILE or --database, commands use the database of the desktop application.\n"
             "“paraatctl COMMAND --help” shows the options of a command.\n"
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

  /* --database FILE (or --database=FILE) may come before the command. */
  while (argc >= 2 && (g_str_equal (argv[1], "--database") || g_str_equal (argv[1], "-d") ||
                       g_str_has_prefix (argv[1], "--database=")))
    {
      if (g_str_has_prefix (argv[1], "--database="))
        {
          global_database = argv[1] + strlen ("--database=");
          argc -= 1;
          argv += 1;
        }
      else if (argc >= 3)
        {
          global_database = argv[2];
          argc -= 2;
          argv += 2;
        }
      else
        return usage_error (_("--database needs a FILE."));
    }

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
