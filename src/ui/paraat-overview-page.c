/* paraat-overview-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "planning/paraat-event-labels.h"
#include "planning/paraat-org-health.h"
#include "service/paraat-oto-service.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-overview-page.h"
#include "ui/paraat-page-load.h"
#include "ui/paraat-ui-util.h"

/* The first page: the organisation at a glance, and what comes next. */

#define MAX_ROWS          5
/* As many as the other lists: the overview is a glance, the Organisation page has them all. */
#define MAX_HEALTH_ROWS   MAX_ROWS
#define SESSION_HORIZON   (120 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)
#define EVENT_HORIZON     (365 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)
#define ROSTER_HORIZON    (8 * 7 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)

struct _ParaatOverviewPage
{
  GtkWidget            parent_instance;

  ParaatStore         *store;
  ParaatPageLoad      *load;

  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *name_label;
  GtkLabel            *region_label;
  GtkLabel            *teams_label;
  GtkLabel            *functions_label;
  GtkLabel            *people_label;
  GtkLabel            *assignments_label;
  AdwPreferencesGroup *duty_group;
  GtkListBox          *duty_list;
  AdwPreferencesGroup *roster_group;
  GtkListBox          *roster_list;
  AdwPreferencesGroup *health_group;
  GtkListBox          *health_list;
  AdwPreferencesGroup *oto_group;
  GtkListBox          *oto_list;
  AdwPreferencesGroup *sessions_group;
  GtkListBox          *sessions_list;
  AdwPreferencesGroup *events_group;
  GtkListBox          *events_list;
  AdwPreferencesGroup *deadlines_group;
  GtkListBox          *deadlines_list;
};

G_DEFINE_FINAL_TYPE (ParaatOverviewPage, paraat_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (suffix != NULL && *suffix != '\0')
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static GtkWidget *
new_placeholder_row (const char *text)
{
  GtkWidget *row = new_row (text, NULL, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static char *
join_subtitle (const char *when,
               const char *where)
{
  if (where == NULL || *where == '\0')
    return g_strdup (when);

  /* Translators: a date, then a place, e.g. "Tuesday 24 November 2026, 14:00 · Town hall" */
  return g_strdup_printf (_("%s · %s"), when, where);
}

static const char *
session_suffix (ParaatSession *session)
{
  switch (paraat_session_get_status (session))
    {
    case PARAAT_SESSION_STATUS_CANCELLED:
      /* Translators: the status of an OTO session that will not take place */
      return C_("session", "Cancelled");

    case PARAAT_SESSION_STATUS_PLANNED:
    case PARAAT_SESSION_STATUS_HELD:
    default:
      return paraat_session_get_kind (session);
    }
}

static void
fill_sessions (ParaatOverviewPage *self,
               GListModel         *sessions,
               GTimeZone          *tz)
{
  guint n = g_list_model_get_n_items (sessions);

  paraat_ui_list_box_remove_all (self->sessions_list);

  for (guint i = 0; i < MIN (n, MAX_ROWS); i++)
    {
      g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *when = paraat_ui_format_instant (paraat_session_get_starts_at (session), tz);
      g_autofree char *subtitle = join_subtitle (when, paraat_session_get_location (session));

      gtk_list_box_append (self->sessions_list,
                           new_row (paraat_session_get_title (session), subtitle,
                                    session_suffix (session)));
    }

  if (n == 0)
    gtk_list_box_append (self->sessions_list,
                         new_placeholder_row (_("No sessions planned in the next four months")));

  if (n > MAX_ROWS)
    {
      g_autofree char *description =
        g_strdup_printf (_("The first %u of %u sessions in the next four months"), MAX_ROWS, n);

      adw_preferences_group_set_description (self->sessions_group, description);
    }
  else
    adw_preferences_group_set_description (self->sessions_group, _("In the next four months"));
}

static void
fill_events (ParaatOverviewPage *self,
             GListModel         *events,
             GTimeZone          *tz)
{
  guint n = g_list_model_get_n_items (events);

  paraat_ui_list_box_remove_all (self->events_list);

  for (guint i = 0; i < MIN (n, MAX_ROWS); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);
      g_autofree char *when = paraat_ui_format_instant (paraat_event_get_starts_at (event), tz);
      g_autofree char *subtitle = join_subtitle (when, paraat_event_get_location (event));

      gtk_list_box_append (self->events_list,
                           new_row (paraat_event_get_name (event), subtitle,
                                    paraat_event_get_effective_class (event) != PARAAT_RISK_CLASS_UNKNOWN
                                    ? paraat_event_class_text (event) : NULL));
    }

  if (n == 0)
    gtk_list_box_append (self->events_list,
                         new_placeholder_row (_("No events in the next twelve months")));

  if (n > MAX_ROWS)
    {
      g_autofree char *description =
        g_strdup_printf (_("The first %u of %u events in the next twelve months"), MAX_ROWS, n);

      adw_preferences_group_set_description (self->events_group, description);
    }
  else
    adw_preferences_group_set_description (self->events_group, _("In the next twelve months"));
}

/* Overdue items first (they come first by date), marked; then what falls
 * due in the next two weeks. */
static void
fill_deadlines (ParaatOverviewPage *self,
                GArray             *deadlines,
                gint64              now,
                GTimeZone          *tz)
{
  guint shown = MIN (deadlines->len, MAX_ROWS);

  paraat_ui_list_box_remove_all (self->deadlines_list);
  for (guint i = 0; i < shown; i++)
    {
      const ParaatDeadline *deadline = &g_array_index (deadlines, ParaatDeadline, i);
      g_autofree char *when = paraat_ui_format_instant (deadline->due_at, tz);
      g_autofree char *first = g_strdup_printf ("%s · %s", deadline->event_name, when);
      g_autofree char *subtitle = join_subtitle (first, deadline->owner);
      gboolean late = deadline->due_at < now;
      GtkWidget *row = new_row (deadline->text, subtitle, late ? C_("deadline", "Overdue") : NULL);

      if (late)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          C_("deadline", "Overdue"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      gtk_list_box_append (self->deadlines_list, row);
    }
  if (deadlines->len == 0)
    gtk_list_box_append (self->deadlines_list,
                         new_placeholder_row (_("Nothing overdue, and nothing due in the next 14 days")));
  if (deadlines->len > shown)
    {
      g_autofree char *description = g_strdup_printf (_("The first %u of %u open checklist items that are overdue "
                                                         "or due in the next 14 days"), shown, deadlines->len);

      adw_preferences_group_set_description (self->deadlines_group, description);
    }
  else
    adw_preferences_group_set_description (self->deadlines_group,
                                           _("Open checklist items that are overdue or due in the next 14 days"));
}

static const char *
problem_icon (ParaatOrgProblemKind kind)
{
  switch (kind)
    {
    case PARAAT_ORG_PROBLEM_SHORT_POOL:
      return "system-users-symbolic";

    case PARAAT_ORG_PROBLEM_NO_BACKUP:
      return "dialog-warning-symbolic";

    case PARAAT_ORG_PROBLEM_INACTIVE_ASSIGNED:
    case PARAAT_ORG_PROBLEM_UNASSIGNED:
    default:
      return "avatar-default-symbolic";
    }
}

/* A row that opens the Organisation page when activated. */
static GtkWidget *
new_health_row (const char *icon_name,
                const char *title,
                const char *subtitle,
                gboolean    warning)
{
  GtkWidget *row = new_row (title, subtitle, NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  warning ? _("Problem") : _("Note"),
                                  -1);
  if (warning)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-page");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string ("organisation"));
  return row;
}

/* Points @row at the function or person of @problem on the Organisation page. */
static void
link_to_record (GtkWidget        *row,
                ParaatOrgProblem *problem)
{
  const char *kind = problem->function_id > 0 ? "function" : "person";
  gint64 id = problem->function_id > 0 ? problem->function_id : problem->person_id;

  if (id <= 0)
    return;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new ("(sx)", kind, id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-record");
}

/* Who to call now, per function and line, with the number to call. */
static void
fill_on_duty (ParaatOverviewPage *self,
              GPtrArray          *on_duty,
              GTimeZone          *tz)
{
  paraat_ui_list_box_remove_all (self->duty_list);
  gtk_widget_set_visible (GTK_WIDGET (self->duty_group), on_duty->len > 0);

  for (guint i = 0; i < on_duty->len; i++)
    {
      ParaatOnDuty *item = g_ptr_array_index (on_duty, i);
      /* TRANSLATORS: e.g. "ACB – Adviseur Crisisbeheersing, 2nd line" */
      g_autofree char *title = g_strdup_printf (_("%s – %s, %s"), item->code, item->function_name,
                                                item->line == 2 ? _("2nd line") : _("1st line"));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (item->person_id != 0)
        {
          g_autofree char *until = paraat_ui_format_instant (item->ends_at, tz);

          /* TRANSLATORS: who has piket now, e.g. "Iris Schouwenaar, until Monday 23 November 2026, 09:00" */
          subtitle = g_strdup_printf (_("%s, until %s"), item->person_name, until);
          row = new_row (title, subtitle, item->phone);
        }
      else if (item->in_period)
        {
          row = new_row (title, _("Nobody: this line is a gap"), NULL);
          gtk_widget_add_css_class (row, "error");
        }
      else
        row = new_row (title, _("Outside its piket periods"), NULL);

      gtk_list_box_append (self->duty_list, row);
    }
}

/* What goes wrong on the roster soon; each row opens the Piket page. */
static void
fill_oto_notices (ParaatOverviewPage *self,
                  GPtrArray          *notices)
{
  const guint shown = MIN (notices->len, 8);

  paraat_ui_list_box_remove_all (self->oto_list);

  for (guint i = 0; i < shown; i++)
    {
      ParaatOtoNotice *notice = g_ptr_array_index (notices, i);
      GtkWidget *row = new_row (notice->title, notice->subtitle, NULL);
      const char *icon_name = "dialog-warning-symbolic";
      const char *css = "warning";
      const char *label = _("Needs attention");
      GtkWidget *icon;

      switch (notice->kind)
        {
        case PARAAT_OTO_NOTICE_LAPSED:
          icon_name = "dialog-error-symbolic";
          css = "error";
          label = C_("proficiency", "Not proficient");
          break;
        case PARAAT_OTO_NOTICE_EXPIRING:
          label = C_("proficiency", "Expires soon");
          break;
        case PARAAT_OTO_NOTICE_UNREGISTERED:
          icon_name = "document-edit-symbolic";
          css = "dim-label";
          label = _("Not registered");
          break;
        case PARAAT_OTO_NOTICE_LESSON_OVERDUE:
          label = _("Overdue");
          break;
        default:
          break;
        }
      icon = gtk_image_new_from_icon_name (icon_name);
      gtk_widget_add_css_class (icon, css);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-page");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string ("oto"));
      gtk_list_box_append (self->oto_list, row);
    }

  if (notices->len > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more on the OTO page", "%u more on the OTO page",
                                                         notices->len - shown),
                                               notices->len - shown);
      GtkWidget *row = new_row (more, NULL, NULL);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-page");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string ("oto"));
      gtk_list_box_append (self->oto_list, row);
    }
  else if (notices->len == 0)
    {
      GtkWidget *row = new_row (_("Everyone is proficient, every session is registered, nothing is overdue"), NULL, NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->oto_list, row);
    }
}

static void
fill_roster_problems (ParaatOverviewPage *self,
                      GPtrArray          *problems,
                      gboolean            has_rotations)
{
  const guint shown = MIN (problems->len, 8);

  paraat_ui_list_box_remove_all (self->roster_list);
  gtk_widget_set_visible (GTK_WIDGET (self->roster_group), has_rotations);

  for (guint i = 0; i < shown; i++)
    {
      ParaatPiketProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = new_row (problem->text, NULL, NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-page");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string ("roster"));
      gtk_list_box_append (self->roster_list, row);
    }

  if (problems->len > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more on the Piket page", "%u more on the Piket page",
                                                         problems->len - shown),
                                               problems->len - shown);
      GtkWidget *row = new_row (more, NULL, NULL);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-page");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string ("roster"));
      gtk_list_box_append (self->roster_list, row);
    }
  else if (problems->len == 0)
    {
      GtkWidget *row = new_row (_("Every line is filled, by someone present and proficient"), NULL, NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->roster_list, row);
    }
}

static void
fill_health (ParaatOverviewPage *self,
             GPtrArray          *problems,
             guint               n_functions)
{
  guint n = problems->len;
  /* "And 1 more" would take the room of the one it hides. */
  guint shown = n > MAX_HEALTH_ROWS + 1 ? MAX_HEALTH_ROWS : n;

  paraat_ui_list_box_remove_all (self->health_list);

  for (guint i = 0; i < shown; i++)
    {
      ParaatOrgProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = new_health_row (problem_icon (problem->kind),
                                       problem->title, problem->detail,
                                       problem->kind != PARAAT_ORG_PROBLEM_UNASSIGNED);

      link_to_record (row, problem);
      gtk_list_box_append (self->health_list, row);
    }

  if (shown < n)
    {
      guint more = n - shown;
      g_autofree char *title =
        /* Translators: the last row of the list of problems of the organisation */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more", "And %u more", more), more);
      GtkWidget *row = new_health_row ("view-more-symbolic", title,
                                       _("See them all on the Organisation page"), FALSE);

      gtk_widget_set_name (row, "organisation-health-more");
      gtk_list_box_append (self->health_list, row);
    }

  if (n == 0 && n_functions == 0)
    {
      /* Nothing to check is not the same as all is well. */
      GtkWidget *row = new_health_row ("system-users-symbolic", _("No crisis functions yet"),
                                       _("Add the functions of the crisis organisation on the "
                                         "Organisation page"), FALSE);

      gtk_widget_set_name (row, "organisation-health-no-functions");
      gtk_list_box_append (self->health_list, row);
      adw_preferences_group_set_description (self->health_group, NULL);
    }
  else if (n == 0)
    {
      GtkWidget *row = new_row (_("All functions are staffed"),
                                _("Every function has enough people and a backup, and every "
                                  "active functionary holds a function"),
                                NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("All is well"),
                                      -1);
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_name (row, "organisation-health-ok");
      gtk_list_box_append (self->health_list, row);
      adw_preferences_group_set_description (self->health_group, NULL);
    }
  else
    {
      g_autofree char *description =
        /* Translators: the description of the list of problems of the organisation */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u point needs attention",
                                      "%u points need attention",
                                      n),
                         n);

      adw_preferences_group_set_description (self->health_group, description);
    }
}

/* The calendar date of @instant in @tz, "YYYY-MM-DD". */
static char *
format_date (gint64     instant,
             GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

static void
show_error (ParaatOverviewPage *self,
            const GError       *error)
{
  {
    /* The description is markup; a message may hold a path with "&". */
    g_autofree char *markup = g_markup_escape_text (error->message, -1);
    adw_status_page_set_description (self->error_page, markup);
  }
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
load (GtkWidget *widget)
{
  ParaatOverviewPage *self = PARAAT_OVERVIEW_PAGE (widget);
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GListModel) sessions = NULL;
  g_autoptr (GListModel) events = NULL;
  g_autoptr (GArray) deadlines = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) on_duty = NULL;
  g_autoptr (GPtrArray) roster_problems = NULL;
  g_autoptr (GPtrArray) oto_notices = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autofree char *today = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStoreCounts counts = { 0 };
  const char *region;
  gint64 now;

  if (self->store == NULL || paraat_store_is_empty (self->store, &error))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (error != NULL)
    {
      show_error (self, error);
      return;
    }

  organisation = paraat_store_get_organisation (self->store, &error);
  if (organisation == NULL || !paraat_store_get_counts (self->store, &counts, &error))
    {
      show_error (self, error);
      return;
    }

  tz = paraat_ui_organisation_time_zone (organisation);
  now = paraat_ui_now ();

  sessions = paraat_store_list_sessions (self->store, now, now + SESSION_HORIZON, &error);
  if (sessions == NULL)
    {
      show_error (self, error);
      return;
    }

  events = paraat_store_list_events (self->store, now, now + EVENT_HORIZON, &error);
  if (events != NULL)
    deadlines = paraat_store_read_deadlines (self->store, now + 14 * 24 * 3600, &error);
  if (deadlines == NULL)
    {
      show_error (self, error);
      return;
    }

  functions = paraat_store_list_functions (self->store, &error);
  if (functions != NULL)
    people = paraat_store_list_people (self->store, &error);
  if (people != NULL)
    assignments = paraat_store_list_assignments (self->store, 0, 0, &error);
  if (assignments == NULL)
    {
      show_error (self, error);
      return;
    }

  on_duty = paraat_roster_service_on_duty (self->store, now, &error);
  if (on_duty != NULL)
    roster_problems = paraat_roster_service_problems (self->store, tz, now, now + ROSTER_HORIZON, &error);
  if (roster_problems == NULL)
    {
      show_error (self, error);
      return;
    }

  oto_notices = paraat_oto_notices (self->store, tz, now, &error);
  if (oto_notices == NULL)
    {
      show_error (self, error);
      return;
    }

  today = format_date (now, tz);
  problems = paraat_org_health_check (functions, people, assignments, today,
                                      PARAAT_ORG_HEALTH_DEFAULT_WEEKS);

  gtk_label_set_label (self->name_label, paraat_organisation_get_name (organisation));
  region = paraat_organisation_get_region (organisation);
  gtk_label_set_label (self->region_label, region != NULL ? region : "");
  gtk_widget_set_visible (GTK_WIDGET (self->region_label), region != NULL && *region != '\0');

  set_count (self->teams_label, counts.teams);
  set_count (self->functions_label, counts.functions);
  set_count (self->people_label, counts.people);
  set_count (self->assignments_label, counts.assignments);

  fill_on_duty (self, on_duty, tz);
  fill_roster_problems (self, roster_problems, on_duty->len > 0);
  fill_oto_notices (self, oto_notices);
  fill_health (self, problems, g_list_model_get_n_items (functions));
  fill_sessions (self, sessions, tz);
  fill_events (self, events, tz);
  fill_deadlines (self, deadlines, now, tz);

  gtk_stack_set_visible_child_name (self->stack, "content");
}

/*
 * GObject overrides
 */

static void
paraat_overview_page_dispose (GObject *object)
{
  ParaatOverviewPage *self = PARAAT_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->load, paraat_page_load_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (paraat_overview_page_parent_class)->dispose (object);
}

static void
paraat_overview_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ParaatOverviewPage *self = PARAAT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_overview_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ParaatOverviewPage *self = PARAAT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_overview_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_overview_page_class_init (ParaatOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_overview_page_dispose;
  object_class->get_property = paraat_overview_page_get_property;
  object_class->set_property = paraat_overview_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, region_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, teams_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, functions_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, people_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, assignments_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, duty_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, duty_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, roster_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, roster_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, health_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, health_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, oto_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, oto_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, events_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, ParaatOverviewPage, deadlines_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_overview_page_init (ParaatOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
}

/*
 * Public API
 */

GtkWidget *
paraat_overview_page_new (void)
{
  return g_object_new (PARAAT_TYPE_OVERVIEW_PAGE, NULL);
}

ParaatStore *
paraat_overview_page_get_store (ParaatOverviewPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OVERVIEW_PAGE (self), NULL);

  return self->store;
}

void
paraat_overview_page_set_store (ParaatOverviewPage *self,
                                ParaatStore        *store)
{
  g_return_if_fail (PARAAT_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  paraat_page_load_set_store (self->load, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_overview_page_is_loading (ParaatOverviewPage *self)
{
  g_return_val_if_fail (PARAAT_IS_OVERVIEW_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}
