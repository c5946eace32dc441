/* paraat-organisation-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "planning/paraat-org-search.h"
#include "planning/paraat-phone.h"
#include "service/paraat-oto-service.h"
#include "ui/paraat-absence-editor.h"
#include "ui/paraat-ics-import-dialog.h"
#include "ui/paraat-assignment-editor.h"
#include "ui/paraat-filter-model.h"
#include "ui/paraat-function-editor.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-org-actions.h"
#include "ui/paraat-page-load.h"
#include "ui/paraat-person-editor.h"
#include "ui/paraat-requirement-editor.h"
#include "ui/paraat-rotation-editor.h"
#include "ui/paraat-team-editor.h"
#include "ui/paraat-ui-util.h"

/* The register of the crisis organisation: people, functions and teams in a
 * list on the left (filtered as you type), the selected one in detail on the
 * right; the two fold into one column on a narrow window. */

#define UPCOMING_DAYS 56

typedef enum
{
  KIND_NONE,
  KIND_PERSON,
  KIND_FUNCTION,
  KIND_TEAM,
} Kind;

struct _ParaatOrganisationPage
{
  GtkWidget           parent_instance;

  ParaatStore        *store;
  ParaatPageLoad     *load;

  GtkStack           *stack;
  AdwStatusPage      *error_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkWidget          *filter_button;
  GtkStack           *list_stack;
  GtkToggleButton    *people_toggle;
  GtkToggleButton    *functions_toggle;
  GtkToggleButton    *teams_toggle;
  GtkListView        *people_view;
  GtkListView        *functions_view;
  GtkListView        *teams_view;
  GtkLabel           *count_label;
  GtkDropDown        *team_dropdown;
  GtkStringList      *team_choices;
  GtkDropDown        *function_dropdown;
  GtkStringList      *function_choices;
  GtkDropDown        *piket_dropdown;
  GtkCheckButton     *no_backup_check;
  GtkWidget          *back_button;
  GtkLabel           *detail_title;
  GtkWidget          *edit_button;
  GtkWidget          *delete_button;
  GtkStack           *detail_stack;
  GtkBox             *detail_box;

  /* What the store holds, reloaded after every change. */
  ParaatFilterModel  *people;              /* all people, showing those that pass */
  ParaatFilterModel  *functions;
  ParaatFilterModel  *teams;
  GListModel         *assignments;
  GHashTable         *person_by_id;        /* id → ParaatPerson */
  GHashTable         *function_by_id;      /* id → ParaatFunction */
  GHashTable         *team_by_id;          /* id → ParaatTeam */
  GHashTable         *functions_of_person; /* id → GPtrArray of ParaatFunction (current) */
  GHashTable         *backed_up;           /* function ids with a current backup */
  GHashTable         *rotation_of;         /* function id → ParaatRotation */
  GArray             *team_ids;            /* team filter choice → id */
  GArray             *function_ids;        /* function filter choice → id */
  char               *today;

  /* The filters. */
  GtkSingleSelection *people_selection;
  GtkSingleSelection *functions_selection;
  GtkSingleSelection *teams_selection;
  char               *query;
  GStrv               terms;
  gint64              filter_team;
  gint64              filter_function;
  int                 filter_piket;        /* a ParaatPiketKind, or -1 */
  gboolean            filter_no_backup;
  gboolean            updating_choices;
  gboolean            stale[3];            /* people, functions, teams: filter when shown */

  /* What the detail shows. */
  Kind                selected_kind;
  gint64              selected_id;

  guint               back_button_idle;
};

G_DEFINE_FINAL_TYPE (ParaatOrganisationPage, paraat_organisation_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark search_quark;

static const char * const document_actions[] = {
  "org.print-callout", "org.export-callout", "org.import-people", "org.export-people",
};

static void show_detail (ParaatOrganisationPage *self);
static void sync_list_selection (ParaatOrganisationPage *self);
static void show_list   (ParaatOrganisationPage *self,
                         Kind                    kind);

/*
 * Labels
 */

const char *
paraat_organisation_level_label (ParaatAssignmentLevel level)
{
  switch (level)
    {
    case PARAAT_ASSIGNMENT_LEVEL_PRIMARY:
      return C_("level", "Primary");
    case PARAAT_ASSIGNMENT_LEVEL_BACKUP:
      return C_("level", "Backup");
    case PARAAT_ASSIGNMENT_LEVEL_TRAINEE:
      return C_("level", "Trainee");
    default:
      g_return_val_if_reached ("");
    }
}

char *
paraat_organisation_rotation_summary (ParaatRotation *rotation)
{
  const ParaatRotationRule *rule = paraat_rotation_get_rule (rotation);
  static const char * const days[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
  };
  const char *day = _(days[CLAMP (rule->handover_weekday, 1, 7) - 1]);
  const char *split_day = _(days[CLAMP (rule->split_weekday, 1, 7) - 1]);
  int lines = paraat_rotation_get_lines (rotation);
  g_autofree char *when = NULL;

  switch (rule->pattern)
    {
    case PARAAT_ROTATION_DAILY:
      if (rule->period_days == 1)
        /* TRANSLATORS: a daily rotation, e.g. "Every day at 08:00" */
        when = g_strdup_printf (_("Every day at %02d:%02d"), rule->handover_minute / 60, rule->handover_minute % 60);
      else
        /* TRANSLATORS: e.g. "Every 2 days at 08:00" */
        when = g_strdup_printf (_("Every %d days at %02d:%02d"), rule->period_days,
                                rule->handover_minute / 60, rule->handover_minute % 60);
      break;
    case PARAAT_ROTATION_SPLIT:
      {
        /* TRANSLATORS: one part of a week in two parts, e.g. "Monday 09:00 – Friday 17:00" */
        g_autofree char *first = g_strdup_printf (_("%s %02d:%02d – %s %02d:%02d"), day, rule->handover_minute / 60,
                                                  rule->handover_minute % 60, split_day, rule->split_minute / 60,
                                                  rule->split_minute % 60);
        g_autofree char *second = g_strdup_printf (_("%s %02d:%02d – %s %02d:%02d"), split_day, rule->split_minute / 60,
                                                   rule->split_minute % 60, day, rule->handover_minute / 60,
                                                   rule->handover_minute % 60);

        if (rule->parts == PARAAT_ROTATION_PART_FIRST)
          when = g_steal_pointer (&first);
        else if (rule->parts == PARAAT_ROTATION_PART_SECOND)
          when = g_steal_pointer (&second);
        else
          /* TRANSLATORS: both parts of a split week, e.g. "Monday 09:00 – Friday 17:00 and Friday 17:00 – Monday 09:00" */
          when = g_strdup_printf (_("%s and %s"), first, second);
      }
      break;
    case PARAAT_ROTATION_WEEKLY:
    default:
      if (rule->period_days == 7)
        /* TRANSLATORS: a weekly rotation, e.g. "Weekly from Monday 09:00" */
        when = g_strdup_printf (_("Weekly from %s %02d:%02d"), day, rule->handover_minute / 60, rule->handover_minute % 60);
      else
        /* TRANSLATORS: e.g. "Every 14 days from Friday 12:00" */
        when = g_strdup_printf (_("Every %d days from %s %02d:%02d"), rule->period_days, day,
                                rule->handover_minute / 60, rule->handover_minute % 60);
      break;
    }

  return g_strdup_printf ("%s · %s", when, lines == 2 ? _("1st and 2nd line") : _("1st line only"));
}

const char *
paraat_organisation_piket_label (ParaatPiketKind kind)
{
  switch (kind)
    {
    case PARAAT_PIKET_KIND_HARD:
      return _("Hard piket");
    case PARAAT_PIKET_KIND_SOFT:
      return _("Soft piket");
    case PARAAT_PIKET_KIND_NONE:
      return _("No piket");
    default:
      g_return_val_if_reached ("");
    }
}

static char *
function_title (ParaatFunction *function)
{
  /* Translators: a crisis function as "code — name", e.g. "CMA — Crisismanagementadviseur" */
  return g_strdup_printf (_("%s — %s"), paraat_function_get_code (function),
                          paraat_function_get_name (function));
}

static gboolean
assignment_is_current (ParaatAssignment *assignment,
                       const char       *today)
{
  const char *from = paraat_assignment_get_valid_from (assignment);
  const char *until = paraat_assignment_get_valid_until (assignment);

  return (from == NULL || g_strcmp0 (from, today) <= 0) &&
         (until == NULL || g_strcmp0 (until, today) >= 0);
}

static char *
today_string (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/*
 * Filtering
 */

static gboolean
function_passes (ParaatOrganisationPage *self,
                 ParaatFunction         *function)
{
  gint64 id = paraat_function_get_id (function);

  if (self->filter_team > 0 && paraat_function_get_team_id (function) != self->filter_team)
    return FALSE;
  if (self->filter_function > 0 && id != self->filter_function)
    return FALSE;
  if (self->filter_piket >= 0 && (int) paraat_function_get_piket_kind (function) != self->filter_piket)
    return FALSE;
  if (self->filter_no_backup && g_hash_table_contains (self->backed_up, &id))
    return FALSE;

  return TRUE;
}

static gboolean
function_filters_active (ParaatOrganisationPage *self)
{
  return self->filter_team > 0 || self->filter_function > 0 ||
         self->filter_piket >= 0 || self->filter_no_backup;
}

static gboolean
person_filter_func (gpointer item,
                    gpointer user_data)
{
  ParaatOrganisationPage *self = user_data;
  ParaatPerson *person = item;

  if (!paraat_org_search_match (g_object_get_qdata (item, search_quark),
                                (const char * const *) self->terms))
    return FALSE;

  if (function_filters_active (self))
    {
      gint64 id = paraat_person_get_id (person);
      GPtrArray *functions = g_hash_table_lookup (self->functions_of_person, &id);

      if (functions == NULL)
        return FALSE;
      for (guint i = 0; i < functions->len; i++)
        if (function_passes (self, g_ptr_array_index (functions, i)))
          return TRUE;
      return FALSE;
    }

  return TRUE;
}

static gboolean
function_filter_func (gpointer item,
                      gpointer user_data)
{
  ParaatOrganisationPage *self = user_data;

  return paraat_org_search_match (g_object_get_qdata (item, search_quark),
                                  (const char * const *) self->terms) &&
         function_passes (self, item);
}

static gboolean
team_filter_func (gpointer item,
                  gpointer user_data)
{
  ParaatOrganisationPage *self = user_data;

  if (self->filter_team > 0 && paraat_team_get_id (item) != self->filter_team)
    return FALSE;

  return paraat_org_search_match (g_object_get_qdata (item, search_quark),
                                  (const char * const *) self->terms);
}

static void
update_count (ParaatOrganisationPage *self)
{
  const char *list = gtk_stack_get_visible_child_name (self->list_stack);
  g_autofree char *text = NULL;
  guint shown;
  guint total;

  if (g_strcmp0 (list, "functions") == 0)
    {
      shown = g_list_model_get_n_items (G_LIST_MODEL (self->functions));
      total = paraat_filter_model_get_n_total (self->functions);
      /* Translators: "12 of 21 functions" */
      text = g_strdup_printf (ngettext ("%u of %u function", "%u of %u functions", total), shown, total);
    }
  else if (g_strcmp0 (list, "teams") == 0)
    {
      shown = g_list_model_get_n_items (G_LIST_MODEL (self->teams));
      total = paraat_filter_model_get_n_total (self->teams);
      text = g_strdup_printf (ngettext ("%u of %u team", "%u of %u teams", total), shown, total);
    }
  else
    {
      shown = g_list_model_get_n_items (G_LIST_MODEL (self->people));
      total = paraat_filter_model_get_n_total (self->people);
      text = g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", total), shown, total);
    }

  gtk_label_set_label (self->count_label, text);
}

/* Refilters the list on screen now, and the others when they are shown. */
static void
refilter (ParaatOrganisationPage *self,
          gboolean                narrower)
{
  const char *visible = gtk_stack_get_visible_child_name (self->list_stack);
  ParaatFilterModel *models[] = { self->people, self->functions, self->teams };
  const char *names[] = { "people", "functions", "teams" };

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      if (g_strcmp0 (visible, names[i]) == 0)
        paraat_filter_model_refilter (models[i], narrower && !self->stale[i]);
      else
        self->stale[i] = TRUE;
      if (g_strcmp0 (visible, names[i]) == 0)
        self->stale[i] = FALSE;
    }

  sync_list_selection (self);
  update_count (self);
}

static void
search_changed_cb (ParaatOrganisationPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *old_query = g_steal_pointer (&self->query);
  gboolean narrower = FALSE;

  self->query = g_strdup (text);
  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = paraat_org_search_terms (text);

  /* Typing on only narrows what is shown: only the rows shown need a test. */
  if (old_query != NULL && g_str_has_prefix (self->query, old_query) &&
      strchr (self->query + strlen (old_query), ' ') == NULL)
    narrower = TRUE;

  refilter (self, narrower);
}

static void
filter_changed_cb (ParaatOrganisationPage *self)
{
  guint team = gtk_drop_down_get_selected (self->team_dropdown);
  guint function = gtk_drop_down_get_selected (self->function_dropdown);
  guint piket = gtk_drop_down_get_selected (self->piket_dropdown);

  if (self->updating_choices)
    return;

  self->filter_team = team != GTK_INVALID_LIST_POSITION && team < self->team_ids->len
                      ? g_array_index (self->team_ids, gint64, team) : 0;
  self->filter_function = function != GTK_INVALID_LIST_POSITION && function < self->function_ids->len
                          ? g_array_index (self->function_ids, gint64, function) : 0;
  self->filter_piket = piket == 1 ? PARAAT_PIKET_KIND_HARD
                     : piket == 2 ? PARAAT_PIKET_KIND_SOFT
                     : piket == 3 ? PARAAT_PIKET_KIND_NONE
                     : -1;
  self->filter_no_backup = gtk_check_button_get_active (self->no_backup_check);

  if (function_filters_active (self))
    gtk_widget_add_css_class (self->filter_button, "filtered");
  else
    gtk_widget_remove_css_class (self->filter_button, "filtered");

  refilter (self, FALSE);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  self->updating_choices = TRUE;
  gtk_drop_down_set_selected (self->team_dropdown, 0);
  gtk_drop_down_set_selected (self->function_dropdown, 0);
  gtk_drop_down_set_selected (self->piket_dropdown, 0);
  gtk_check_button_set_active (self->no_backup_check, FALSE);
  self->updating_choices = FALSE;
  filter_changed_cb (self);
}

/*
 * List rows
 */

/* One GtkInscription per row: the list may hold thousands of rows and
 * instantiates a couple of hundred around the visible ones, so a row must be
 * cheap to create and to measure. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_min_lines (GTK_INSCRIPTION (inscription), 2);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (inscription), 2);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0);
  gtk_widget_set_margin_top (inscription, 6);
  gtk_widget_set_margin_bottom (inscription, 6);
  gtk_list_item_set_child (item, inscription);
}

static void
set_row (GtkListItem *item,
         const char  *title,
         const char  *subtitle,
         gboolean     dim)
{
  g_autofree char *markup = NULL;

  if (dim)
    markup = g_markup_printf_escaped ("<span alpha=\"55%%\">%s</span>\n<span size=\"small\" alpha=\"55%%\">%s</span>",
                                      title, subtitle != NULL ? subtitle : "");
  else
    markup = g_markup_printf_escaped ("%s\n<span size=\"small\" alpha=\"55%%\">%s</span>",
                                      title, subtitle != NULL ? subtitle : "");
  gtk_inscription_set_markup (GTK_INSCRIPTION (gtk_list_item_get_child (item)), markup);
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ParaatOrganisationPage   *self)
{
  ParaatPerson *person = gtk_list_item_get_item (item);
  gint64 id = paraat_person_get_id (person);
  GPtrArray *functions = g_hash_table_lookup (self->functions_of_person, &id);
  g_autoptr (GString) subtitle = g_string_new (NULL);
  g_autofree char *phone = paraat_phone_format (paraat_person_get_phone (person));

  if (!paraat_person_get_active (person))
    g_string_append (subtitle, _("Inactive"));

  for (guint i = 0; functions != NULL && i < functions->len; i++)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, i == 0 ? " · " : ", ");
      g_string_append (subtitle, paraat_function_get_code (g_ptr_array_index (functions, i)));
    }

  if (*phone != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, phone);
    }

  set_row (item, paraat_person_get_display_name (person), subtitle->str,
           !paraat_person_get_active (person));
}

static void
bind_function_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  ParaatOrganisationPage   *self)
{
  ParaatFunction *function = gtk_list_item_get_item (item);
  gint64 id = paraat_function_get_id (function);
  gint64 team_id = paraat_function_get_team_id (function);
  ParaatTeam *team = g_hash_table_lookup (self->team_by_id, &team_id);
  g_autofree char *title = function_title (function);
  g_autoptr (GString) subtitle = g_string_new (NULL);

  if (team != NULL)
    g_string_append_printf (subtitle, "%s · ", paraat_team_get_code (team));
  g_string_append (subtitle, paraat_organisation_piket_label (paraat_function_get_piket_kind (function)));
  if (!g_hash_table_contains (self->backed_up, &id))
    g_string_append_printf (subtitle, " · %s", _("No backup"));

  set_row (item, title, subtitle->str, FALSE);
}

static void
bind_team_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ParaatOrganisationPage   *self)
{
  ParaatTeam *team = gtk_list_item_get_item (item);
  guint n_functions = 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < paraat_filter_model_get_n_total (self->functions); i++)
    {
      ParaatFunction *function = paraat_filter_model_peek_total (self->functions, i);

      if (paraat_function_get_team_id (function) == paraat_team_get_id (team))
        n_functions++;
    }

  subtitle = g_strdup_printf (ngettext ("%s · %u function", "%s · %u functions", n_functions),
                              paraat_team_get_code (team), n_functions);
  set_row (item, paraat_team_get_name (team), subtitle, FALSE);
}

static GtkListItemFactory *
row_factory (ParaatOrganisationPage *self,
             GCallback               bind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", bind, self);

  return factory;
}

/*
 * Selection
 */

static GtkSingleSelection *
selection_for (ParaatOrganisationPage *self,
               Kind                    kind)
{
  switch (kind)
    {
    case KIND_PERSON:
      return self->people_selection;
    case KIND_FUNCTION:
      return self->functions_selection;
    case KIND_TEAM:
      return self->teams_selection;
    case KIND_NONE:
    default:
      return NULL;
    }
}

static gint64
item_id (Kind     kind,
         gpointer item)
{
  switch (kind)
    {
    case KIND_PERSON:
      return paraat_person_get_id (item);
    case KIND_FUNCTION:
      return paraat_function_get_id (item);
    case KIND_TEAM:
      return paraat_team_get_id (item);
    case KIND_NONE:
    default:
      return 0;
    }
}

/* Marks the selected record in its list when the filters show it. */
static void
sync_list_selection (ParaatOrganisationPage *self)
{
  Kind kinds[] = { KIND_PERSON, KIND_FUNCTION, KIND_TEAM };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GtkSingleSelection *selection = selection_for (self, kinds[k]);
      GListModel *model = G_LIST_MODEL (selection);
      guint position = GTK_INVALID_LIST_POSITION;

      if (kinds[k] == self->selected_kind)
        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          {
            g_autoptr (GObject) item = g_list_model_get_item (model, i);

            if (item_id (kinds[k], item) == self->selected_id)
              {
                position = i;
                break;
              }
          }

      gtk_single_selection_set_selected (selection, position);
    }
}

static void
select_record (ParaatOrganisationPage *self,
               Kind                    kind,
               gint64                  id,
               gboolean                navigate)
{
  self->selected_kind = kind;
  self->selected_id = id;
  if (kind != KIND_NONE)
    show_list (self, kind);
  show_detail (self);
  sync_list_selection (self);

  if (navigate && kind != KIND_NONE)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
activate_in (ParaatOrganisationPage *self,
             GtkSingleSelection     *selection,
             Kind                    kind,
             guint                   position)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (selection), position);

  if (item != NULL)
    select_record (self, kind, item_id (kind, item), TRUE);
}

static void
people_activate_cb (ParaatOrganisationPage *self,
                    guint                   position)
{
  activate_in (self, self->people_selection, KIND_PERSON, position);
}

static void
functions_activate_cb (ParaatOrganisationPage *self,
                       guint                   position)
{
  activate_in (self, self->functions_selection, KIND_FUNCTION, position);
}

static void
teams_activate_cb (ParaatOrganisationPage *self,
                   guint                   position)
{
  activate_in (self, self->teams_selection, KIND_TEAM, position);
}

static void
list_toggled_cb (ParaatOrganisationPage *self,
                 GtkToggleButton        *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->functions_toggle)
    gtk_stack_set_visible_child_name (self->list_stack, "functions");
  else if (button == self->teams_toggle)
    gtk_stack_set_visible_child_name (self->list_stack, "teams");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "people");
}

/* Shows the list of @kind, so that the selected record can be marked in it. */
static void
show_list (ParaatOrganisationPage *self,
           Kind                    kind)
{
  GtkToggleButton *button = kind == KIND_FUNCTION ? self->functions_toggle
                          : kind == KIND_TEAM ? self->teams_toggle
                          : self->people_toggle;

  gtk_toggle_button_set_active (button, TRUE);
}

static void
list_changed_cb (ParaatOrganisationPage *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->list_stack);
  ParaatFilterModel *models[] = { self->people, self->functions, self->teams };
  const char *names[] = { "people", "functions", "teams" };

  if (self->people == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    if (self->stale[i] && g_strcmp0 (visible, names[i]) == 0)
      {
        paraat_filter_model_refilter (models[i], FALSE);
        self->stale[i] = FALSE;
        sync_list_selection (self);
      }

  update_count (self);
}

static gboolean
update_back_button_cb (gpointer data)
{
  ParaatOrganisationPage *self = data;

  self->back_button_idle = 0;
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated: showing the back button
 * then would leave it without an allocation in this frame, so it is shown
 * (or hidden) right after. */
static void
folded_changed_cb (ParaatOrganisationPage *self)
{
  if (self->back_button_idle == 0)
    self->back_button_idle = g_idle_add (update_back_button_cb, self);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  Kind kind = g_str_equal (action_name, "org.select-person") ? KIND_PERSON
            : g_str_equal (action_name, "org.select-function") ? KIND_FUNCTION
            : KIND_TEAM;

  select_record (self, kind, g_variant_get_int64 (parameter), TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/*
 * Detail
 */

static void
clear_detail (ParaatOrganisationPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box))) != NULL)
    gtk_box_remove (self->detail_box, child);
}

static void
add_heading (ParaatOrganisationPage *self,
             const char             *title,
             const char             *subtitle,
             const char             *tag)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_set_name (label, "detail-heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (GTK_BOX (title_box), label);

  if (tag != NULL)
    {
      GtkWidget *tag_label = gtk_label_new (tag);

      gtk_widget_set_valign (tag_label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag_label, "paraat-tag");
      gtk_box_append (GTK_BOX (title_box), tag_label);
    }
  gtk_box_append (GTK_BOX (box), title_box);

  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (GTK_BOX (box), sub);
    }

  gtk_box_append (self->detail_box, box);
}

static AdwPreferencesGroup *
add_group (ParaatOrganisationPage *self,
           const char             *title,
           const char             *description,
           const char             *button_label,
           const char             *button_action,
           const char             *button_name)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  if (button_label != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

      gtk_widget_set_name (button, button_name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), button_action);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }

  gtk_box_append (self->detail_box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);

  return row;
}

static GtkWidget *
add_value_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "—");
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);

  return row;
}

static void
add_row_button (GtkWidget  *row,
                const char *icon_name,
                const char *tooltip,
                const char *action,
                gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
link_row (GtkWidget  *row,
          const char *action,
          gint64      id)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
}

static char *
assignment_period (ParaatAssignment *assignment)
{
  const char *from = paraat_assignment_get_valid_from (assignment);
  const char *until = paraat_assignment_get_valid_until (assignment);

  if (from != NULL && until != NULL)
    return g_strdup_printf (_("from %s until %s"), from, until);
  if (from != NULL)
    return g_strdup_printf (_("from %s"), from);
  if (until != NULL)
    return g_strdup_printf (_("until %s"), until);
  return NULL;
}

static char *
assignment_subtitle (ParaatOrganisationPage *self,
                     ParaatAssignment       *assignment,
                     const char             *extra)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *period = assignment_period (assignment);

  /* Translators: a level and the place in the call order, e.g. "Backup, 2nd to call" */
  g_string_append_printf (text, _("%s, number %d to call"),
                          paraat_organisation_level_label (paraat_assignment_get_level (assignment)),
                          paraat_assignment_get_position (assignment));
  if (period != NULL)
    g_string_append_printf (text, " · %s", period);
  if (!assignment_is_current (assignment, self->today))
    g_string_append_printf (text, " · %s", _("not current"));
  if (extra != NULL && *extra != '\0')
    g_string_append_printf (text, " · %s", extra);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
compare_assignments (gconstpointer a,
                     gconstpointer b)
{
  ParaatAssignment *x = *(ParaatAssignment **) a;
  ParaatAssignment *y = *(ParaatAssignment **) b;

  if (paraat_assignment_get_level (x) != paraat_assignment_get_level (y))
    return (int) paraat_assignment_get_level (x) - (int) paraat_assignment_get_level (y);
  return paraat_assignment_get_position (x) - paraat_assignment_get_position (y);
}

static GPtrArray *
assignments_where (ParaatOrganisationPage *self,
                   gint64                  person_id,
                   gint64                  function_id)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (self->assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (self->assignments, i);

      if ((person_id == 0 || paraat_assignment_get_person_id (assignment) == person_id) &&
          (function_id == 0 || paraat_assignment_get_function_id (assignment) == function_id))
        g_ptr_array_add (found, g_steal_pointer (&assignment));
    }

  g_ptr_array_sort (found, compare_assignments);
  return found;
}

static char *
format_day_range (gint64     starts_at,
                  gint64     ends_at,
                  GTimeZone *tz)
{
  g_autoptr (GDateTime) start = g_date_time_new_from_unix_utc (starts_at);
  g_autoptr (GDateTime) end = g_date_time_new_from_unix_utc (ends_at - 1);
  g_autoptr (GDateTime) local_start = g_date_time_to_timezone (start, tz);
  g_autoptr (GDateTime) local_end = g_date_time_to_timezone (end, tz);
  /* Translators: a date in lists of absences, strftime format: "Mon 3 Aug 2026" */
  const char *format = _("%a %-d %b %Y");
  g_autofree char *from = g_date_time_format (local_start, format);
  g_autofree char *until = g_date_time_format (local_end, format);

  if (g_strcmp0 (from, until) == 0)
    return g_steal_pointer (&from);

  /* Translators: a period of days, "Mon 3 Aug 2026 – Fri 7 Aug 2026" */
  return g_strdup_printf (_("%s – %s"), from, until);
}

/* Per function the person holds: proficient until when, or what is missing. */
static void
add_proficiency (ParaatOrganisationPage *self,
                 gint64                  person_id,
                 GTimeZone              *tz)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatProficiencyIndex) index = paraat_proficiency_index_new (self->store, tz, &error);
  g_autoptr (GPtrArray) assignments = assignments_where (self, person_id, 0);
  AdwPreferencesGroup *group = add_group (self, _("Proficiency"), _("From the OTO sessions attended, today."),
                                          NULL, NULL, NULL);
  guint32 today = paraat_day_of_instant (paraat_ui_now (), tz);

  if (index == NULL)
    {
      add_row (group, _("Proficiency cannot be worked out"), error->message);
      return;
    }
  for (guint i = 0; i < assignments->len; i++)
    {
      ParaatAssignment *assignment = g_ptr_array_index (assignments, i);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      ParaatFunction *function = g_hash_table_lookup (self->function_by_id, &function_id);
      g_autoptr (ParaatProficiency) proficiency = NULL;
      g_autofree char *missing = NULL;
      g_autofree char *title = NULL;
      const char *icon_name = "emblem-ok-symbolic";
      const char *css = "success";
      GtkWidget *row, *icon;

      if (function == NULL)
        continue;
      proficiency = paraat_proficiency_index_evaluate (index, person_id, function_id, today);
      missing = paraat_proficiency_describe_missing (proficiency, PARAAT_PROFICIENCY_WARN_DAYS);
      if (proficiency->status == PARAAT_PROFICIENCY_VALID || proficiency->status == PARAAT_PROFICIENCY_EXPIRING)
        {
          g_autofree char *until = paraat_day_format (proficiency->valid_until);

          /* Translators: "ACB: proficient until 2027-07-06" */
          title = g_strdup_printf (_("%s: proficient until %s"), paraat_function_get_code (function), until);
        }
      else
        title = g_strdup_printf ("%s: %s", paraat_function_get_code (function),
                                 paraat_proficiency_status_label (proficiency->status));
      switch (proficiency->status)
        {
        case PARAAT_PROFICIENCY_EXPIRING:
          icon_name = "dialog-warning-symbolic";
          css = "warning";
          break;
        case PARAAT_PROFICIENCY_LAPSED:
          icon_name = "dialog-error-symbolic";
          css = "error";
          break;
        case PARAAT_PROFICIENCY_NEVER:
          icon_name = "dialog-question-symbolic";
          css = "dim-label";
          break;
        case PARAAT_PROFICIENCY_NO_REQUIREMENTS:
        case PARAAT_PROFICIENCY_VALID:
        default:
          break;
        }
      row = add_row (group, title, missing);
      icon = gtk_image_new_from_icon_name (icon_name);
      gtk_widget_add_css_class (icon, css);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      paraat_proficiency_status_label (proficiency->status), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (assignments->len == 0)
    add_row (group, _("No functions"), _("Proficiency is kept per function someone holds."));
}

static void
show_person (ParaatOrganisationPage *self,
             ParaatPerson           *person)
{
  gint64 id = paraat_person_get_id (person);
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GPtrArray) assignments = assignments_where (self, id, 0);
  g_autoptr (GListModel) absences = NULL;
  g_autoptr (GListModel) shifts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *phone = paraat_phone_format (paraat_person_get_phone (person));
  g_autofree char *phone_alt = paraat_phone_format (paraat_person_get_phone_alt (person));
  g_autoptr (GString) subtitle = g_string_new (paraat_person_get_department (person));
  AdwPreferencesGroup *group;
  gint64 now = paraat_ui_now ();
  guint n_shifts = 0;

  organisation = paraat_store_get_organisation (self->store, NULL);
  tz = paraat_ui_organisation_time_zone (organisation);

  if (*paraat_person_get_municipality (person) != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            paraat_person_get_municipality (person));
  add_heading (self, paraat_person_get_display_name (person), subtitle->str,
               paraat_person_get_active (person) ? NULL : _("Inactive"));

  group = add_group (self, _("Contact"), NULL, NULL, NULL, NULL);
  add_value_row (group, _("Mobile"), phone);
  add_value_row (group, _("Alternative Phone"), phone_alt);
  add_value_row (group, _("E-mail"), paraat_person_get_email (person));
  if (*paraat_person_get_notes (person) != '\0')
    add_value_row (group, _("Notes"), paraat_person_get_notes (person));

  group = add_group (self, _("Functions"), NULL, _("_Add Function…"),
                     "org.add-assignment", "add-assignment-button");
  for (guint i = 0; i < assignments->len; i++)
    {
      ParaatAssignment *assignment = g_ptr_array_index (assignments, i);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      ParaatFunction *function = g_hash_table_lookup (self->function_by_id, &function_id);
      g_autofree char *title = function != NULL ? function_title (function) : g_strdup ("?");
      g_autofree char *sub = assignment_subtitle (self, assignment, NULL);
      GtkWidget *row = add_row (group, title, sub);

      link_row (row, "org.select-function", function_id);
      add_row_button (row, "document-edit-symbolic", _("Edit Assignment"),
                      "org.edit-assignment", paraat_assignment_get_id (assignment));
      add_row_button (row, "user-trash-symbolic", _("Remove from Function"),
                      "org.delete-assignment", paraat_assignment_get_id (assignment));
    }
  if (assignments->len == 0)
    add_row (group, _("No functions"), _("This person does not fill any crisis function yet."));

  group = add_group (self, _("Absences"), _("Nobody is put on piket while absent."),
                     _("Add _Absence…"), "org.add-absence", "add-absence-button");
  absences = paraat_store_list_absences (self->store, id, now - 366 * 86400, G_MAXINT64 / 2, &error);
  for (guint i = 0; absences != NULL && i < g_list_model_get_n_items (absences); i++)
    {
      g_autoptr (ParaatAbsence) absence = g_list_model_get_item (absences, i);
      g_autofree char *days = format_day_range (paraat_absence_get_starts_at (absence),
                                                paraat_absence_get_ends_at (absence), tz);
      GtkWidget *row = add_row (group, days, paraat_absence_get_reason (absence));

      add_row_button (row, "document-edit-symbolic", _("Edit Absence"),
                      "org.edit-absence", paraat_absence_get_id (absence));
      add_row_button (row, "user-trash-symbolic", _("Delete Absence"),
                      "org.delete-absence", paraat_absence_get_id (absence));
    }
  if (absences == NULL)
    add_row (group, _("Absences cannot be read"), error->message);
  else if (g_list_model_get_n_items (absences) == 0)
    add_row (group, _("No absences"), NULL);
  {
    /* Below the list: absences from a calendar file (an Outlook export). */
    GtkWidget *row = add_row (group, _("_Import Absences…"),
                              _("Add absences from a calendar file (.ics), such as an Outlook export"));

    adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
    gtk_widget_set_name (row, "import-absences-button");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "org.import-absences");
  }

  group = add_group (self, _("Upcoming Piket"), NULL, NULL, NULL, NULL);
  g_clear_error (&error);
  shifts = paraat_store_list_shifts (self->store, 0, now, now + UPCOMING_DAYS * 86400, &error);
  for (guint i = 0; shifts != NULL && i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr (ParaatShift) shift = g_list_model_get_item (shifts, i);
      gint64 function_id = paraat_shift_get_function_id (shift);
      ParaatFunction *function = g_hash_table_lookup (self->function_by_id, &function_id);
      g_autofree char *from = NULL;
      g_autofree char *until = NULL;
      g_autofree char *title = NULL;
      g_autofree char *period = NULL;

      if (paraat_shift_get_person_id (shift) != id || function == NULL)
        continue;

      from = paraat_ui_format_instant (paraat_shift_get_starts_at (shift), tz);
      until = paraat_ui_format_instant (paraat_shift_get_ends_at (shift), tz);
      /* Translators: "OvD-Bz, 1st line" */
      title = g_strdup_printf (_("%s, line %d"), paraat_function_get_code (function),
                               paraat_shift_get_line (shift));
      period = g_strdup_printf (_("%s – %s"), from, until);
      add_row (group, title, period);
      n_shifts++;
    }
  if (shifts == NULL)
    add_row (group, _("The piket roster cannot be read"), error->message);
  else if (n_shifts == 0)
    add_row (group, _("No piket in the coming eight weeks"), NULL);

  gtk_box_append (self->detail_box, paraat_feed_ui_group (self->store, PARAAT_FEED_PERSON, id,
                                                         paraat_person_get_display_name (person)));
  add_proficiency (self, id, tz);
}

static void
show_function (ParaatOrganisationPage *self,
               ParaatFunction         *function)
{
  gint64 id = paraat_function_get_id (function);
  gint64 team_id = paraat_function_get_team_id (function);
  ParaatTeam *team = g_hash_table_lookup (self->team_by_id, &team_id);
  g_autoptr (GPtrArray) assignments = assignments_where (self, 0, id);
  g_autofree char *title = function_title (function);
  g_autofree char *response = NULL;
  g_autofree char *duty = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *row;

  add_heading (self, title, team != NULL ? paraat_team_get_name (team) : _("No team"), NULL);

  group = add_group (self, _("Function"), NULL, NULL, NULL, NULL);
  add_value_row (group, _("Piket"), paraat_organisation_piket_label (paraat_function_get_piket_kind (function)));
  if (paraat_function_get_response_minutes (function) > 0)
    response = g_strdup_printf (ngettext ("%d minute", "%d minutes", paraat_function_get_response_minutes (function)),
                                paraat_function_get_response_minutes (function));
  add_value_row (group, _("Response Time"), response);
  duty = g_strdup_printf (ngettext ("%d line", "%d lines", paraat_function_get_lines (function)),
                          paraat_function_get_lines (function));
  if (paraat_function_get_per_line (function) > 1)
    {
      g_autofree char *per_line = g_strdup_printf (ngettext ("%d person per line", "%d people per line",
                                                             paraat_function_get_per_line (function)),
                                                   paraat_function_get_per_line (function));
      char *both = g_strdup_printf ("%s, %s", duty, per_line);

      g_free (duty);
      duty = both;
    }
  add_value_row (group, _("On Duty"), duty);
  add_value_row (group, _("Regional Pool"), paraat_function_get_regional_pool (function) ? _("Yes") : _("No"));
  if (*paraat_function_get_description (function) != '\0')
    add_value_row (group, _("Description"), paraat_function_get_description (function));

  if (paraat_function_get_piket_kind (function) != PARAAT_PIKET_KIND_NONE)
    {
      ParaatRotation *rotation = g_hash_table_lookup (self->rotation_of, &id);

      group = add_group (self, _("Piket Rotation"), NULL,
                         rotation != NULL ? _("_Edit Rotation…") : _("_Set Up Rotation…"),
                         "org.edit-rotation", "edit-rotation-button");
      if (rotation == NULL)
        add_row (group, _("No rotation yet"),
                 _("Without a rotation the Piket page has no roster for this function."));
      else
        {
          g_autofree char *summary = paraat_organisation_rotation_summary (rotation);
          g_autofree char *members = NULL;
          guint n_members;

          paraat_rotation_get_members (rotation, &n_members);
          members = g_strdup_printf (ngettext ("%u member takes turns", "%u members take turns", n_members), n_members);
          add_row (group, summary, members);
        }
    }

  group = add_group (self, _("OTO Requirements"), _("What keeps someone proficient for this function."),
                     _("Add _Requirement…"), "org.add-requirement", "add-requirement-button");
  {
    g_autoptr (GArray) requirements = paraat_store_read_requirements (self->store, NULL);
    guint n_requirements = 0;

    for (guint i = 0; requirements != NULL && i < requirements->len; i++)
      {
        const ParaatRequirement *requirement = &g_array_index (requirements, ParaatRequirement, i);
        g_autofree char *text = NULL;

        if (requirement->function_id != id)
          continue;
        text = paraat_requirement_describe (requirement);
        row = add_row (group, text, NULL);
        add_row_button (row, "user-trash-symbolic", _("Remove Requirement"), "org.delete-requirement",
                        requirement->id);
        n_requirements++;
      }
    if (n_requirements == 0)
      add_row (group, _("No requirements"), _("Everyone who holds the function counts as proficient."));
  }

  group = add_group (self, _("People"), _("In the order to call them."), _("_Add Person…"),
                     "org.add-assignment", "add-assignment-button");
  if (!g_hash_table_contains (self->backed_up, &id))
    {
      row = add_row (group, _("No backup"), _("Nobody takes over when the primary people cannot."));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (row, "warning");
    }
  for (guint i = 0; i < assignments->len; i++)
    {
      ParaatAssignment *assignment = g_ptr_array_index (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      ParaatPerson *person = g_hash_table_lookup (self->person_by_id, &person_id);
      g_autofree char *phone = NULL;
      g_autofree char *sub = NULL;

      if (person == NULL)
        continue;

      phone = paraat_phone_format (paraat_person_get_phone (person));
      sub = assignment_subtitle (self, assignment, phone);
      row = add_row (group, paraat_person_get_display_name (person), sub);
      link_row (row, "org.select-person", person_id);
      if (!paraat_person_get_active (person))
        gtk_widget_add_css_class (row, "dim-label");
      add_row_button (row, "document-edit-symbolic", _("Edit Assignment"),
                      "org.edit-assignment", paraat_assignment_get_id (assignment));
      add_row_button (row, "user-trash-symbolic", _("Remove from Function"),
                      "org.delete-assignment", paraat_assignment_get_id (assignment));
    }
  if (assignments->len == 0)
    add_row (group, _("Nobody yet"), _("Add the people who fill this function."));

  /* Only piket functions have a roster to subscribe to. */
  if (paraat_function_get_piket_kind (function) != PARAAT_PIKET_KIND_NONE)
    {
      g_autofree char *name = function_title (function);

      gtk_box_append (self->detail_box, paraat_feed_ui_group (self->store, PARAAT_FEED_FUNCTION,
                                                             paraat_function_get_id (function), name));
    }
}

static void
show_team (ParaatOrganisationPage *self,
           ParaatTeam             *team)
{
  AdwPreferencesGroup *group;
  guint n = 0;

  add_heading (self, paraat_team_get_name (team), paraat_team_get_code (team), NULL);
  if (*paraat_team_get_description (team) != '\0')
    {
      group = add_group (self, _("Team"), NULL, NULL, NULL, NULL);
      add_value_row (group, _("Description"), paraat_team_get_description (team));
    }

  group = add_group (self, _("Functions"), NULL, _("_New Function…"),
                     "org.new-function", "new-function-button");
  for (guint i = 0; i < paraat_filter_model_get_n_total (self->functions); i++)
    {
      ParaatFunction *function = paraat_filter_model_peek_total (self->functions, i);
      gint64 id = paraat_function_get_id (function);
      g_autoptr (GPtrArray) assignments = NULL;
      g_autofree char *title = NULL;
      g_autofree char *sub = NULL;

      if (paraat_function_get_team_id (function) != paraat_team_get_id (team))
        continue;

      assignments = assignments_where (self, 0, id);
      title = function_title (function);
      sub = g_strdup_printf (ngettext ("%s · %u person", "%s · %u people", assignments->len),
                             paraat_organisation_piket_label (paraat_function_get_piket_kind (function)),
                             assignments->len);
      link_row (add_row (group, title, sub), "org.select-function", id);
      n++;
    }
  if (n == 0)
    add_row (group, _("No functions"), _("Add the crisis functions of this team."));
  else
    gtk_box_append (self->detail_box, paraat_feed_ui_group (self->store, PARAAT_FEED_TEAM, paraat_team_get_id (team),
                                                           paraat_team_get_name (team)));
}

static void
show_detail (ParaatOrganisationPage *self)
{
  gpointer record = NULL;
  gint64 id = self->selected_id;

  clear_detail (self);

  switch (self->selected_kind)
    {
    case KIND_PERSON:
      record = g_hash_table_lookup (self->person_by_id, &id);
      if (record != NULL)
        {
          gtk_label_set_label (self->detail_title, paraat_person_get_display_name (record));
          show_person (self, record);
        }
      break;

    case KIND_FUNCTION:
      record = g_hash_table_lookup (self->function_by_id, &id);
      if (record != NULL)
        {
          gtk_label_set_label (self->detail_title, paraat_function_get_code (record));
          show_function (self, record);
        }
      break;

    case KIND_TEAM:
      record = g_hash_table_lookup (self->team_by_id, &id);
      if (record != NULL)
        {
          gtk_label_set_label (self->detail_title, paraat_team_get_name (record));
          show_team (self, record);
        }
      break;

    case KIND_NONE:
    default:
      break;
    }

  /* A record asked for before the page loaded is shown once it has. */
  if (record == NULL && !paraat_page_load_pending (self->load))
    {
      self->selected_kind = KIND_NONE;
      self->selected_id = 0;
      gtk_label_set_label (self->detail_title, "");
    }

  gtk_stack_set_visible_child_name (self->detail_stack, record != NULL ? "detail" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.edit", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.delete", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-assignment",
                                 self->selected_kind == KIND_PERSON || self->selected_kind == KIND_FUNCTION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-absence", self->selected_kind == KIND_PERSON);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.import-absences", self->selected_kind == KIND_PERSON);
}

/*
 * Loading
 */

static GHashTable *
index_by_id (GListModel *model,
             gint64    (*get_id) (gpointer))
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      g_hash_table_insert (index, g_memdup2 (&(gint64) { get_id (item) }, sizeof (gint64)), item);
    }

  return index;
}

static void
fill_choices (ParaatOrganisationPage *self)
{
  gint64 team = self->filter_team;
  gint64 function = self->filter_function;
  guint team_position = 0;
  guint function_position = 0;
  g_autoptr (GPtrArray) team_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) function_names = g_ptr_array_new_with_free_func (g_free);

  self->updating_choices = TRUE;

  g_array_set_size (self->team_ids, 0);
  g_array_append_val (self->team_ids, (gint64) { 0 });
  g_ptr_array_add (team_names, g_strdup (_("All teams")));
  for (guint i = 0; i < paraat_filter_model_get_n_total (self->teams); i++)
    {
      ParaatTeam *item = paraat_filter_model_peek_total (self->teams, i);
      gint64 id = paraat_team_get_id (item);

      if (id == team)
        team_position = self->team_ids->len;
      g_array_append_val (self->team_ids, id);
      g_ptr_array_add (team_names, g_strdup (paraat_team_get_name (item)));
    }
  g_ptr_array_add (team_names, NULL);

  g_array_set_size (self->function_ids, 0);
  g_array_append_val (self->function_ids, (gint64) { 0 });
  g_ptr_array_add (function_names, g_strdup (_("All functions")));
  for (guint i = 0; i < paraat_filter_model_get_n_total (self->functions); i++)
    {
      ParaatFunction *item = paraat_filter_model_peek_total (self->functions, i);
      gint64 id = paraat_function_get_id (item);

      if (id == function)
        function_position = self->function_ids->len;
      g_array_append_val (self->function_ids, id);
      g_ptr_array_add (function_names, function_title (item));
    }
  g_ptr_array_add (function_names, NULL);

  gtk_string_list_splice (self->team_choices, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->team_choices)),
                          (const char * const *) team_names->pdata);
  gtk_string_list_splice (self->function_choices, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->function_choices)),
                          (const char * const *) function_names->pdata);
  gtk_drop_down_set_selected (self->team_dropdown, team_position);
  gtk_drop_down_set_selected (self->function_dropdown, function_position);

  self->updating_choices = FALSE;
}

static void
show_error (ParaatOrganisationPage *self,
            const GError           *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
load (GtkWidget *widget)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GListModel) rotations = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  if ((people = paraat_store_list_people (self->store, &error)) == NULL ||
      (functions = paraat_store_list_functions (self->store, &error)) == NULL ||
      (teams = paraat_store_list_teams (self->store, &error)) == NULL ||
      (assignments = paraat_store_list_assignments (self->store, 0, 0, &error)) == NULL ||
      (rotations = paraat_store_list_rotations (self->store, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }

  g_hash_table_remove_all (self->rotation_of);
  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      ParaatRotation *rotation = g_list_model_get_item (rotations, i);

      g_hash_table_insert (self->rotation_of,
                           g_memdup2 (&(gint64) { paraat_rotation_get_function_id (rotation) }, sizeof (gint64)),
                           rotation);
    }

  g_free (self->today);
  self->today = today_string ();

  g_clear_pointer (&self->person_by_id, g_hash_table_unref);
  g_clear_pointer (&self->function_by_id, g_hash_table_unref);
  g_clear_pointer (&self->team_by_id, g_hash_table_unref);
  self->person_by_id = index_by_id (people, (gint64 (*) (gpointer)) paraat_person_get_id);
  self->function_by_id = index_by_id (functions, (gint64 (*) (gpointer)) paraat_function_get_id);
  self->team_by_id = index_by_id (teams, (gint64 (*) (gpointer)) paraat_team_get_id);
  g_set_object (&self->assignments, assignments);

  /* Who holds what now, and which functions someone backs up. */
  g_hash_table_remove_all (self->functions_of_person);
  g_hash_table_remove_all (self->backed_up);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 person_id = paraat_assignment_get_person_id (assignment);
      gint64 function_id = paraat_assignment_get_function_id (assignment);
      ParaatFunction *function = g_hash_table_lookup (self->function_by_id, &function_id);
      GPtrArray *held;

      if (function == NULL || !assignment_is_current (assignment, self->today))
        continue;

      held = g_hash_table_lookup (self->functions_of_person, &person_id);
      if (held == NULL)
        {
          held = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->functions_of_person,
                               g_memdup2 (&person_id, sizeof person_id), held);
        }
      g_ptr_array_add (held, g_object_ref (function));

      if (paraat_assignment_get_level (assignment) == PARAAT_ASSIGNMENT_LEVEL_BACKUP)
        g_hash_table_add (self->backed_up, g_memdup2 (&function_id, sizeof function_id));
    }

  /* The search text of every record, computed once per load. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 id = paraat_person_get_id (person);
      GPtrArray *held = g_hash_table_lookup (self->functions_of_person, &id);
      g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
      g_auto (GStrv) strv = NULL;

      for (guint j = 0; held != NULL && j < held->len; j++)
        {
          g_strv_builder_add (names, paraat_function_get_code (g_ptr_array_index (held, j)));
          g_strv_builder_add (names, paraat_function_get_name (g_ptr_array_index (held, j)));
        }
      strv = g_strv_builder_end (names);
      g_object_set_qdata_full (G_OBJECT (person), search_quark,
                               paraat_org_search_person_text (person, (const char * const *) strv),
                               g_free);
    }
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 team_id = paraat_function_get_team_id (function);
      ParaatTeam *team = g_hash_table_lookup (self->team_by_id, &team_id);

      g_object_set_qdata_full (G_OBJECT (function), search_quark,
                               paraat_org_search_function_text (function,
                                                                team != NULL ? paraat_team_get_name (team) : NULL),
                               g_free);
    }
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr (ParaatTeam) team = g_list_model_get_item (teams, i);

      g_object_set_qdata_full (G_OBJECT (team), search_quark, paraat_org_search_team_text (team), g_free);
    }

  paraat_filter_model_set_items (self->people, people);
  paraat_filter_model_set_items (self->functions, functions);
  paraat_filter_model_set_items (self->teams, teams);
  fill_choices (self);
  filter_changed_cb (self);

  if (g_list_model_get_n_items (people) == 0 &&
      g_list_model_get_n_items (functions) == 0 &&
      g_list_model_get_n_items (teams) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "main");

  show_detail (self);
  sync_list_selection (self);
}

/*
 * Editing
 */

static void
replace_response_cb (AdwMessageDialog       *dialog,
                     const char             *response,
                     ParaatOrganisationPage *self)
{
  const gint64 *shift = g_object_get_data (G_OBJECT (dialog), "shift");

  if (g_str_equal (response, "replace") && shift != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "window.show-shift", "(xx)", shift[0], shift[1]);
}

/* An absence that falls on someone's piket: say so, and offer to find a
 * replacement on the Piket page (the roster marks the shift meanwhile). */
static void
check_absence_on_piket (ParaatOrganisationPage *self,
                        ParaatAbsence          *absence)
{
  g_autoptr (GArray) shifts = NULL;
  g_autoptr (GString) body = g_string_new (NULL);
  g_autoptr (GTimeZone) tz = NULL;
  gint64 person_id = paraat_absence_get_person_id (absence);
  ParaatPerson *person = g_hash_table_lookup (self->person_by_id, &person_id);
  const ParaatPiketShift *first = NULL;
  AdwMessageDialog *dialog;
  guint n = 0;

  shifts = paraat_store_read_piket_shifts (self->store, paraat_absence_get_starts_at (absence),
                                           paraat_absence_get_ends_at (absence), NULL);
  if (shifts == NULL)
    return;
  {
    g_autoptr (ParaatOrganisation) organisation = paraat_store_get_organisation (self->store, NULL);

    tz = paraat_ui_organisation_time_zone (organisation);
  }

  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
      gint64 function_id = shift->function_id;
      ParaatFunction *function = g_hash_table_lookup (self->function_by_id, &function_id);
      g_autofree char *when = NULL;

      if (shift->person_id != person_id || function == NULL)
        continue;
      if (first == NULL)
        first = shift;
      when = paraat_ui_format_instant (shift->starts_at, tz);
      /* TRANSLATORS: a shift during an absence, e.g. "• ACB, 1st line, from Monday 2 March 2026, 09:00" */
      g_string_append_printf (body, _("\n• %s, %s, from %s"), paraat_function_get_code (function),
                              shift->line == 2 ? _("2nd line") : _("1st line"), when);
      n++;
    }
  if (n == 0)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("On Piket During This Absence"), NULL));
  {
    /* TRANSLATORS: a name, then a list of shifts, one per line */
    g_autofree char *text = g_strdup_printf (_("%s has piket during this absence:%s"),
                                             person != NULL ? paraat_person_get_display_name (person) : "",
                                             body->str);

    adw_message_dialog_set_body (dialog, text);
  }
  adw_message_dialog_add_responses (dialog, "close", _("_Later"), "replace", _("Find a _Replacement"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "replace");
  g_object_set_data_full (G_OBJECT (dialog), "shift",
                          g_memdup2 ((gint64[]) { first->function_id, first->starts_at }, 2 * sizeof (gint64)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (ParaatOrganisationPage *self,
          GObject                *object)
{
  if (PARAAT_IS_ABSENCE (object))
    {
      check_absence_on_piket (self, PARAAT_ABSENCE (object));
      return;
    }

  /* Show what was just added or changed. */
  if (PARAAT_IS_PERSON (object))
    self->selected_kind = KIND_PERSON, self->selected_id = paraat_person_get_id (PARAAT_PERSON (object));
  else if (PARAAT_IS_FUNCTION (object))
    self->selected_kind = KIND_FUNCTION, self->selected_id = paraat_function_get_id (PARAAT_FUNCTION (object));
  else if (PARAAT_IS_TEAM (object))
    self->selected_kind = KIND_TEAM, self->selected_id = paraat_team_get_id (PARAAT_TEAM (object));
  else if (!PARAAT_IS_ROTATION (object))
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  paraat_page_load_invalidate (self->load);
}

static void
present_editor (ParaatOrganisationPage *self,
                GtkWidget              *editor)
{
  g_signal_connect_object (editor, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  if (self->store == NULL)
    return;

  if (g_str_equal (action_name, "org.new-person"))
    present_editor (self, paraat_person_editor_new (self->store, NULL));
  else if (g_str_equal (action_name, "org.new-team"))
    present_editor (self, paraat_team_editor_new (self->store, NULL));
  else
    present_editor (self, paraat_function_editor_new (self->store, NULL,
                                                      self->selected_kind == KIND_TEAM ? self->selected_id : 0));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  gint64 id = self->selected_id;

  switch (self->selected_kind)
    {
    case KIND_PERSON:
      present_editor (self, paraat_person_editor_new (self->store, g_hash_table_lookup (self->person_by_id, &id)));
      break;
    case KIND_FUNCTION:
      present_editor (self, paraat_function_editor_new (self->store, g_hash_table_lookup (self->function_by_id, &id), 0));
      break;
    case KIND_TEAM:
      present_editor (self, paraat_team_editor_new (self->store, g_hash_table_lookup (self->team_by_id, &id)));
      break;
    case KIND_NONE:
    default:
      break;
    }
}

static ParaatAssignment *
find_assignment (ParaatOrganisationPage *self,
                 gint64                  id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (self->assignments, i);

      if (paraat_assignment_get_id (assignment) == id)
        return g_steal_pointer (&assignment);
    }

  return NULL;
}

static void
assignment_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  g_autoptr (ParaatAssignment) assignment = NULL;
  gint64 person_id = self->selected_kind == KIND_PERSON ? self->selected_id : 0;
  gint64 function_id = self->selected_kind == KIND_FUNCTION ? self->selected_id : 0;

  if (parameter != NULL)
    assignment = find_assignment (self, g_variant_get_int64 (parameter));

  if (g_str_equal (action_name, "org.delete-assignment"))
    {
      if (assignment != NULL)
        paraat_org_delete_assignment (widget, self->store, assignment,
                                      g_hash_table_lookup (self->person_by_id, &(gint64) { paraat_assignment_get_person_id (assignment) }),
                                      g_hash_table_lookup (self->function_by_id, &(gint64) { paraat_assignment_get_function_id (assignment) }));
      return;
    }

  present_editor (self, paraat_assignment_editor_new (self->store, assignment, person_id, function_id));
}

static void
absence_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  g_autoptr (GListModel) absences = NULL;
  g_autoptr (ParaatAbsence) absence = NULL;

  if (self->selected_kind != KIND_PERSON)
    return;

  if (parameter != NULL)
    {
      absences = paraat_store_list_absences (self->store, self->selected_id, G_MININT64 / 2, G_MAXINT64 / 2, NULL);
      for (guint i = 0; absences != NULL && i < g_list_model_get_n_items (absences); i++)
        {
          g_autoptr (ParaatAbsence) item = g_list_model_get_item (absences, i);

          if (paraat_absence_get_id (item) == g_variant_get_int64 (parameter))
            absence = g_steal_pointer (&item);
        }
      if (absence == NULL)
        return;
    }

  if (g_str_equal (action_name, "org.import-absences"))
    paraat_ics_import_choose (widget, self->store, PARAAT_ICS_TARGET_ABSENCES, self->selected_id);
  else if (g_str_equal (action_name, "org.delete-absence"))
    paraat_org_delete_absence (widget, self->store, absence);
  else
    present_editor (self, paraat_absence_editor_new (self->store, absence, self->selected_id));
}

static void
rotation_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  gint64 id = self->selected_id;
  ParaatFunction *function;

  if (self->selected_kind != KIND_FUNCTION ||
      (function = g_hash_table_lookup (self->function_by_id, &id)) == NULL)
    return;

  present_editor (self, paraat_rotation_editor_new (self->store, function,
                                                    g_hash_table_lookup (self->rotation_of, &id)));
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  GtkWidget *editor;

  if (self->selected_kind != KIND_FUNCTION || self->store == NULL)
    return;
  editor = paraat_requirement_editor_new (self->store, GTK_WINDOW (gtk_widget_get_root (widget)), self->selected_id);
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  ParaatStore       *store;
  ParaatRequirement  requirement;
  char              *description;
} RequirementUndo;

static void
requirement_undo_free (gpointer data)
{
  RequirementUndo *undo = data;

  g_object_unref (undo->store);
  g_free (undo->description);
  g_free (undo);
}

static void
requirement_undo_cb (AdwToast        *toast,
                     RequirementUndo *undo)
{
  g_autoptr (GError) error = NULL;

  undo->requirement.id = 0;
  undo->requirement.description = undo->description;
  if (!paraat_store_save_requirement (undo->store, &undo->requirement, &error))
    g_warning ("Could not restore the requirement: %s", error->message);
}

static void
delete_requirement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  g_autoptr (GArray) requirements = paraat_store_read_requirements (self->store, NULL);
  g_autoptr (GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; requirements != NULL && i < requirements->len; i++)
    {
      const ParaatRequirement *requirement = &g_array_index (requirements, ParaatRequirement, i);
      RequirementUndo *undo;
      AdwToast *toast;

      if (requirement->id != id)
        continue;
      if (!paraat_store_delete_requirement (self->store, id, &error))
        {
          paraat_ui_show_toast (widget, adw_toast_new (error->message));
          return;
        }
      undo = g_new0 (RequirementUndo, 1);
      undo->store = g_object_ref (self->store);
      undo->requirement = *requirement;
      undo->description = g_strdup (requirement->description);
      toast = adw_toast_new (_("Requirement removed"));
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (requirement_undo_cb), undo,
                             (GClosureNotify) (void (*) (void)) requirement_undo_free, 0);
      paraat_ui_show_toast (widget, toast);
      return;
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);
  gint64 id = self->selected_id;

  switch (self->selected_kind)
    {
    case KIND_PERSON:
      paraat_org_delete_person (widget, self->store, g_hash_table_lookup (self->person_by_id, &id));
      break;
    case KIND_FUNCTION:
      paraat_org_delete_function (widget, self->store, g_hash_table_lookup (self->function_by_id, &id));
      break;
    case KIND_TEAM:
      paraat_org_delete_team (widget, self->store, g_hash_table_lookup (self->team_by_id, &id));
      break;
    case KIND_NONE:
    default:
      break;
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  if (self->store != NULL)
    paraat_org_undo (widget, self->store);
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  if (self->store != NULL)
    paraat_org_run_document_action (widget, self->store, action_name + strlen ("org."));
}

/*
 * GObject
 */

static void
paraat_organisation_page_dispose (GObject *object)
{
  ParaatOrganisationPage *self = (ParaatOrganisationPage *) object;

  g_clear_handle_id (&self->back_button_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ORGANISATION_PAGE);

  g_clear_pointer (&self->load, paraat_page_load_free);
  g_clear_object (&self->store);
  g_clear_object (&self->people_selection);
  g_clear_object (&self->functions_selection);
  g_clear_object (&self->teams_selection);
  g_clear_object (&self->people);
  g_clear_object (&self->functions);
  g_clear_object (&self->teams);
  g_clear_object (&self->assignments);
  g_clear_pointer (&self->person_by_id, g_hash_table_unref);
  g_clear_pointer (&self->function_by_id, g_hash_table_unref);
  g_clear_pointer (&self->team_by_id, g_hash_table_unref);
  g_clear_pointer (&self->functions_of_person, g_hash_table_unref);
  g_clear_pointer (&self->backed_up, g_hash_table_unref);
  g_clear_pointer (&self->rotation_of, g_hash_table_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->function_ids, g_array_unref);
  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (paraat_organisation_page_parent_class)->dispose (object);
}

static void
paraat_organisation_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (object);

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
paraat_organisation_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_organisation_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ParaatOrganisationPage *self = PARAAT_ORGANISATION_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
paraat_organisation_page_class_init (ParaatOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_organisation_page_dispose;
  object_class->get_property = paraat_organisation_page_get_property;
  object_class->set_property = paraat_organisation_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  search_quark = g_quark_from_static_string ("paraat-search-text");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paraat/Paraat/ui/paraat-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, content);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, people_toggle);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, functions_toggle);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, teams_toggle);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, people_view);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, functions_view);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, teams_view);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, team_choices);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, function_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, function_choices);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, piket_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, no_backup_check);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatOrganisationPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, functions_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, teams_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "org.new-person", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "org.new-function", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "org.new-team", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "org.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "org.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "org.add-assignment", NULL, assignment_action);
  gtk_widget_class_install_action (widget_class, "org.edit-assignment", "x", assignment_action);
  gtk_widget_class_install_action (widget_class, "org.delete-assignment", "x", assignment_action);
  gtk_widget_class_install_action (widget_class, "org.add-absence", NULL, absence_action);
  gtk_widget_class_install_action (widget_class, "org.import-absences", NULL, absence_action);
  gtk_widget_class_install_action (widget_class, "org.edit-rotation", NULL, rotation_action);
  gtk_widget_class_install_action (widget_class, "org.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "org.delete-requirement", "x", delete_requirement_action);
  gtk_widget_class_install_action (widget_class, "org.edit-absence", "x", absence_action);
  gtk_widget_class_install_action (widget_class, "org.delete-absence", "x", absence_action);
  gtk_widget_class_install_action (widget_class, "org.select-person", "x", select_action);
  gtk_widget_class_install_action (widget_class, "org.select-function", "x", select_action);
  gtk_widget_class_install_action (widget_class, "org.select-team", "x", select_action);
  gtk_widget_class_install_action (widget_class, "org.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "org.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "org.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "org.undo", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_class_install_action (widget_class, document_actions[i], NULL, more_action);

  gtk_widget_class_install_action (widget_class, "org.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "org.focus-search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkSingleSelection *
make_list (ParaatOrganisationPage *self,
           ParaatFilterModel      *model,
           GtkListView            *view,
           GCallback               bind)
{
  GtkSingleSelection *selection;
  g_autoptr (GtkListItemFactory) factory = row_factory (self, bind);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (view, factory);

  return selection;
}

static void
paraat_organisation_page_init (ParaatOrganisationPage *self)
{
  static gsize icons_added = 0;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_once_init_enter (&icons_added))
    {
      gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                        "/io/github/paraat/Paraat/ui/icons");
      g_once_init_leave (&icons_added, 1);
    }

  self->people = paraat_filter_model_new (PARAAT_TYPE_PERSON, person_filter_func, self);
  self->functions = paraat_filter_model_new (PARAAT_TYPE_FUNCTION, function_filter_func, self);
  self->teams = paraat_filter_model_new (PARAAT_TYPE_TEAM, team_filter_func, self);
  self->functions_of_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                     (GDestroyNotify) g_ptr_array_unref);
  self->backed_up = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->rotation_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->person_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->function_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->team_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->function_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->terms = g_new0 (char *, 1);
  self->filter_piket = -1;
  self->today = today_string ();

  self->people_selection = make_list (self, self->people, self->people_view, G_CALLBACK (bind_person_cb));
  self->functions_selection = make_list (self, self->functions, self->functions_view, G_CALLBACK (bind_function_cb));
  self->teams_selection = make_list (self, self->teams, self->teams_view, G_CALLBACK (bind_team_cb));


  self->load = paraat_page_load_new (GTK_WIDGET (self), load);
  show_detail (self);
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

GtkWidget *
paraat_organisation_page_new (void)
{
  return g_object_new (PARAAT_TYPE_ORGANISATION_PAGE, NULL);
}

ParaatStore *
paraat_organisation_page_get_store (ParaatOrganisationPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION_PAGE (self), NULL);

  return self->store;
}

void
paraat_organisation_page_set_store (ParaatOrganisationPage *self,
                                    ParaatStore            *store)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  self->selected_kind = KIND_NONE;
  self->selected_id = 0;
  paraat_page_load_set_store (self->load, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_organisation_page_is_loading (ParaatOrganisationPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}

void
paraat_organisation_page_set_search (ParaatOrganisationPage *self,
                                     const char             *text)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION_PAGE (self));

  /* Do not wait for the entry's typing delay, and filter once. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self);
}

guint
paraat_organisation_page_get_n_shown (ParaatOrganisationPage *self,
                                      const char             *list)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION_PAGE (self), 0);

  /* A list that is not on screen is filtered when asked for. */
  {
    ParaatFilterModel *models[] = { self->people, self->functions, self->teams };

    for (guint i = 0; i < G_N_ELEMENTS (models); i++)
      if (self->stale[i])
        {
          paraat_filter_model_refilter (models[i], FALSE);
          self->stale[i] = FALSE;
        }
  }

  if (g_strcmp0 (list, "functions") == 0)
    return g_list_model_get_n_items (G_LIST_MODEL (self->functions));
  if (g_strcmp0 (list, "teams") == 0)
    return g_list_model_get_n_items (G_LIST_MODEL (self->teams));
  return g_list_model_get_n_items (G_LIST_MODEL (self->people));
}

void
paraat_organisation_page_select (ParaatOrganisationPage *self,
                                 const char             *kind,
                                 gint64                  id)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION_PAGE (self));

  select_record (self,
                 g_strcmp0 (kind, "person") == 0 ? KIND_PERSON
                 : g_strcmp0 (kind, "function") == 0 ? KIND_FUNCTION
                 : g_strcmp0 (kind, "team") == 0 ? KIND_TEAM
                 : KIND_NONE,
                 id, TRUE);
}
