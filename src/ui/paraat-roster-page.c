/* paraat-roster-page.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-roster-service.h"
#include "ui/paraat-grid.h"
#include "ui/paraat-import-dialog.h"
#include "ui/paraat-page-load.h"
#include "ui/paraat-roster-page.h"
#include "ui/paraat-ui-util.h"

#define WEEK (7 * 24 * 3600)
/* Two years back and two ahead of the current one: five years of weeks. */
#define YEARS_BACK 2
#define YEARS_AHEAD 2

/*
 * One row: an ISO week, with per function column the shifts that start in it.
 */

#define PARAAT_TYPE_ROSTER_WEEK (paraat_roster_week_get_type ())
G_DECLARE_FINAL_TYPE (ParaatRosterWeek, paraat_roster_week, PARAAT, ROSTER_WEEK, GObject)

struct _ParaatRosterWeek
{
  GObject    parent_instance;

  int        iso_year;
  int        week;
  gint64     starts_at;
  gint64     ends_at;
  gboolean   current;
  GPtrArray *cells;   /* per column: GArray of ParaatPiketShift */
};

G_DEFINE_FINAL_TYPE (ParaatRosterWeek, paraat_roster_week, G_TYPE_OBJECT)

static void
paraat_roster_week_finalize (GObject *object)
{
  ParaatRosterWeek *self = PARAAT_ROSTER_WEEK (object);

  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (paraat_roster_week_parent_class)->finalize (object);
}

static void
paraat_roster_week_class_init (ParaatRosterWeekClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = paraat_roster_week_finalize;
}

static void
paraat_roster_week_init (ParaatRosterWeek *self)
{
}

/*
 * The page
 */

typedef struct
{
  gint64 function_id;
  char  *code;
  char  *name;
  int    lines;
} Column;

struct _ParaatRosterPage
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkLabel          *summary_label;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkBox            *grid_box;
  ParaatGrid        *grid;

  ParaatStore       *store;
  ParaatPageLoad    *load;
  GTimeZone         *tz;
  GListStore        *weeks;
  GArray            *columns;      /* Column */
  GHashTable        *names;        /* person id → name */
  GHashTable        *conflicts;    /* "function/line/start" of a shift → what is wrong with it */
  GHashTable        *swaps;        /* "function/line/start" of a shift with an open swap request */
  GHashTable        *unplanned;    /* "function/ISO year/week" with a period nobody fills */
  GHashTable        *requests;     /* request id → ParaatDutyRequest: extra piket asked by events */
  GtkButton         *swaps_button;
  guint              current_week;
  guint              scroll_target;
  guint              scroll_tick;
  gint64             pending_function;  /* a shift to show once loaded */
  gint64             pending_start;
  gboolean           scroll_ahead_done;
  gboolean           scrolled_once;
};

G_DEFINE_FINAL_TYPE (ParaatRosterPage, paraat_roster_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->code);
  g_free (column->name);
}

static char *
shift_key (const ParaatPiketShift *shift)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                          shift->function_id, shift->line, shift->starts_at, shift->request_id);
}

/* The event that asked an extra piket, or "". */
static const char *
request_event (ParaatRosterPage *self,
               gint64            request_id)
{
  const ParaatDutyRequest *request = g_hash_table_lookup (self->requests, &request_id);

  return request != NULL ? request->event_name : "";
}

static char *
format_short (GTimeZone *tz,
              gint64     instant,
              const char *format)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, format);
}

/* The text of one cell: a line per shift, "1st: Gerda Roosterveld". */
static char *
cell_text (ParaatRosterPage *self,
           ParaatRosterWeek *week,
           guint             column_index,
           gboolean         *has_gap,
           gboolean         *has_conflict)
{
  const Column *column = &g_array_index (self->columns, Column, column_index);
  GArray *shifts = g_ptr_array_index (week->cells, column_index);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean several_periods = FALSE;

  *has_gap = FALSE;
  *has_conflict = FALSE;
  /* Periods of the rotation (extra piket says whose it is instead). */
  for (guint i = 1; i < shifts->len; i++)
    several_periods |= g_array_index (shifts, ParaatPiketShift, i).request_id == 0 &&
                       g_array_index (shifts, ParaatPiketShift, i).starts_at !=
                       g_array_index (shifts, ParaatPiketShift, 0).starts_at;

  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
      const char *name = shift->person_id != 0 ? g_hash_table_lookup (self->names, &shift->person_id) : NULL;
      g_autofree char *key = shift_key (shift);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (shift->request_id != 0)
        /* TRANSLATORS: before who has an extra piket an event asked, e.g. "Extra: Iris Schouwenaar · Koningsdag" */
        g_string_append (text, _("Extra: "));
      else if (several_periods)
        {
          /* TRANSLATORS: the start of a piket period within a week, e.g. "Fri 17:00" */
          g_autofree char *when = format_short (self->tz, shift->starts_at, _("%a %H:%M"));

          g_string_append_printf (text, "%s ", when);
        }
      if (column->lines > 1 && shift->request_id == 0)
        /* TRANSLATORS: "1st" or "2nd" line before a name in the roster */
        g_string_append_printf (text, "%s ", shift->line == 2 ? _("2nd") : _("1st"));

      if (name == NULL && shift->request_id != 0)
        {
          /* TRANSLATORS: an extra piket nobody fills yet */
          g_string_append (text, _("not yet filled"));
          *has_gap = TRUE;
        }
      else if (name == NULL)
        {
          /* TRANSLATORS: a roster cell nobody fills */
          g_string_append (text, _("Gap"));
          *has_gap = TRUE;
        }
      else
        {
          const char *conflict = g_hash_table_lookup (self->conflicts, key);

          g_string_append (text, name);
          if (conflict != NULL)
            {
              g_string_append_printf (text, " (%s)", conflict);
              *has_conflict = TRUE;
            }
          if (g_hash_table_contains (self->swaps, key))
            /* TRANSLATORS: after a name in the roster: someone asked to swap this shift */
            g_string_append_printf (text, " (%s)", _("swap asked"));
        }
      /* Who comes first (a narrow cell cuts the end off); then whose it is. */
      if (shift->request_id != 0)
        g_string_append_printf (text, " · %s", request_event (self, shift->request_id));
    }

  if (shifts->len == 0)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d", column->function_id,
                                              week->iso_year, week->week);

      /* The rotation has a period here that the roster does not fill yet. */
      if (g_hash_table_contains (self->unplanned, key))
        {
          /* TRANSLATORS: a roster cell of a period that is not generated or filled yet */
          g_string_append (text, _("Not planned"));
          *has_gap = TRUE;
        }
      else
        g_string_append (text, "–");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void open_cell (ParaatRosterPage *self,
                       ParaatRosterWeek *week,
                       guint             column_index);

/* "Week 13 · 23 Mar 2026" */
static char *
week_label (ParaatRosterPage *self,
            ParaatRosterWeek *week)
{
  /* TRANSLATORS: the first day of a week in the roster, e.g. "23 Mar 2026" */
  g_autofree char *day = format_short (self->tz, week->starts_at, _("%-d %b %Y"));

  /* TRANSLATORS: a row of the roster: ISO week number and its Monday, e.g. "Week 13 · 23 Mar 2026" */
  return g_strdup_printf (_("Week %d · %s"), week->week, day);
}

/*
 * The grid (ui/paraat-grid): a row per week, a column per function, drawn.
 */

#define WEEK_WIDTH 190
#define CELL_WIDTH 176
#define MAX_LINES 3

static char *
grid_label_cb (gpointer  item,
               gboolean *strong,
               gboolean *highlight,
               gpointer  data)
{
  ParaatRosterWeek *week = item;

  *strong = week == NULL || week->current;
  *highlight = week != NULL && week->current;
  return week != NULL ? week_label (data, week) : g_strdup (_("Week"));
}

/* A cell's shifts, one per line: gaps red, conflicts amber, empty dim. */
static char *
grid_cell_cb (gpointer        item,
              guint           column,
              ParaatGridTone *tone,
              gpointer        data)
{
  ParaatRosterPage *self = data;
  ParaatRosterWeek *week = item;
  gboolean gap, conflict;
  char *text;

  if (column >= self->columns->len)
    return NULL;
  if (week == NULL)
    return g_strdup (g_array_index (self->columns, Column, column).code);
  text = cell_text (self, week, column, &gap, &conflict);
  if (gap)
    *tone = PARAAT_GRID_TONE_ERROR;
  else if (conflict)
    *tone = PARAAT_GRID_TONE_WARNING;
  else if (((GArray *) g_ptr_array_index (week->cells, column))->len == 0)
    *tone = PARAAT_GRID_TONE_DIM;
  return text;
}

static char *
grid_tooltip_cb (gpointer item,
                 guint    column,
                 gpointer data)
{
  ParaatRosterPage *self = data;
  ParaatRosterWeek *week = item;
  const Column *info;

  if (column >= self->columns->len)
    return NULL;
  info = &g_array_index (self->columns, Column, column);
  if (week == NULL)
    return g_strdup_printf ("%s – %s", info->code, info->name);
  {
    GArray *shifts = g_ptr_array_index (week->cells, column);
    /* TRANSLATORS: tooltip of a roster cell, e.g. "ACB – Adviseur Crisisbeheersing, week 13: click to change who has piket" */
    GString *text = g_string_new (NULL);

    g_string_append_printf (text, _("%s – %s, week %d: click to change who has piket"), info->code, info->name,
                            week->week);
    for (guint i = 0; i < shifts->len; i++)
      {
        const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
        g_autofree char *start = NULL;
        g_autofree char *end = NULL;

        if (shift->request_id == 0)
          continue;
        start = format_short (self->tz, shift->starts_at, _("%a %-d %b %H:%M"));
        end = format_short (self->tz, shift->ends_at, _("%a %-d %b %H:%M"));
        g_string_append_c (text, '\n');
        /* TRANSLATORS: in a roster cell's tooltip, e.g. "Extra piket for Koningsdag, 2nd line: Mon 27 Apr 06:00 – Tue 28 Apr 00:00" */
        g_string_append_printf (text, _("Extra piket for %s, %s: %s – %s"), request_event (self, shift->request_id),
                                shift->line == 2 ? _("2nd line") : _("1st line"), start, end);
      }
    return g_string_free (text, FALSE);
  }
}

static guint
grid_lines_cb (gpointer item,
               gpointer data)
{
  ParaatRosterWeek *week = item;
  guint lines = 1;

  for (guint c = 0; week != NULL && c < week->cells->len; c++)
    lines = MAX (lines, ((GArray *) g_ptr_array_index (week->cells, c))->len);
  return lines;
}

static void
grid_activate_cb (gpointer item,
                  guint    column,
                  gpointer data)
{
  open_cell (data, item, column);
}

static const ParaatGridFuncs grid_funcs = {
  .label = grid_label_cb,
  .cell = grid_cell_cb,
  .tooltip = grid_tooltip_cb,
  .lines = grid_lines_cb,
  .activate = grid_activate_cb,
};

static void
rebuild_grid (ParaatRosterPage *self)
{
  paraat_grid_set_model (self->grid, G_LIST_MODEL (self->weeks), self->columns->len);
}

static gint64
week_start (GTimeZone *tz,
            int        iso_year,
            int        week)
{
  gint64 instant = 0;

  paraat_calendar_week_handover (tz, iso_year, week, 1, 0, 0, &instant);
  return instant;
}

static gboolean
columns_equal (GArray *a,
               GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, Column, i).function_id != g_array_index (b, Column, i).function_id ||
        g_strcmp0 (g_array_index (a, Column, i).code, g_array_index (b, Column, i).code) != 0)
      return FALSE;
  return TRUE;
}

static void
show_error (ParaatRosterPage *self,
            const GError     *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
scroll_to_row (ParaatRosterPage *self,
               guint             position)
{
  paraat_grid_scroll_to (self->grid, position);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  guint n_weeks = g_list_model_get_n_items (G_LIST_MODEL (self->weeks));

  /* Once the list has its rows and its size. */
  if (gtk_widget_get_height (GTK_WIDGET (paraat_grid_get_list_view (self->grid))) <= 0 || n_weeks <= self->scroll_target)
    return G_SOURCE_CONTINUE;

  /* Scrolling only brings a row into view: at the bottom when it lies
   * below. So first the weeks ahead, then (a frame later, when that is laid
   * out) the week itself, which leaves it near the top with what comes
   * below it. */
  if (!self->scroll_ahead_done)
    {
      self->scroll_ahead_done = TRUE;
      scroll_to_row (self, MIN (self->scroll_target + 8, n_weeks - 1));
      return G_SOURCE_CONTINUE;
    }
  scroll_to_row (self, self->scroll_target);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_week (ParaatRosterPage *self,
                guint             position)
{
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_target = position;
  self->scroll_ahead_done = FALSE;
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
update_summary (ParaatRosterPage *self,
                guint             gaps,
                guint             conflicts)
{
  g_autofree char *text = NULL;

  if (gaps == 0 && conflicts == 0)
    text = g_strdup (_("Every line is filled for the next 8 weeks."));
  else if (conflicts == 0)
    text = g_strdup_printf (ngettext ("%u line is not filled in the next 8 weeks.",
                                      "%u lines are not filled in the next 8 weeks.", gaps), gaps);
  else
    /* TRANSLATORS: the roster's summary: lines nobody fills, and shifts of someone absent,
     * not proficient or on two shifts at once */
    text = g_strdup_printf (_("In the next 8 weeks: %u unfilled, %u with a conflict."), gaps, conflicts);
  gtk_label_set_text (self->summary_label, text);
}

static void
load_cb (GtkWidget *widget)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) rotations = NULL;
  g_autoptr (GArray) shifts = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GHashTable) requested = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_autoptr (GHashTable) lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GPtrArray) weeks = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = paraat_ui_now (), from, until;
  guint gaps = 0, conflicts = 0;
  int now_year, now_week;

  g_array_set_clear_func (columns, column_clear);
  if (self->store == NULL)
    return;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  if ((self->tz = paraat_roster_service_time_zone (self->store, &error)) == NULL ||
      (functions = paraat_store_list_functions (self->store, &error)) == NULL ||
      (people = paraat_store_list_people (self->store, &error)) == NULL ||
      (rotations = paraat_store_list_rotations (self->store, &error)) == NULL)
    {
      if (self->tz == NULL)
        self->tz = g_time_zone_new_utc ();
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);
      gint64 *id = g_new (gint64, 1);

      *id = paraat_rotation_get_function_id (rotation);
      g_hash_table_insert (lines, id, GINT_TO_POINTER (paraat_rotation_get_lines (rotation)));
    }

  /* Extra piket asked by events: a function without a rotation gets a
   * column while it has some. */
  paraat_calendar_iso_week (self->tz, now, &now_year, &now_week);
  from = week_start (self->tz, now_year - YEARS_BACK, 1);
  until = week_start (self->tz, now_year + YEARS_AHEAD + 1, 1);
  if ((requests = paraat_store_list_duty_requests (self->store, from, until, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }
  g_hash_table_remove_all (self->requests);
  for (guint i = 0; i < requests->len; i++)
    {
      ParaatDutyRequest *request = g_ptr_array_index (requests, i);

      g_hash_table_add (requested, &request->function_id);
      g_hash_table_insert (self->requests, g_memdup2 (&request->id, sizeof request->id),
                           paraat_duty_request_copy (request));
    }

  /* The columns follow the functions' order in the register. */
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 id = paraat_function_get_id (function);
      gpointer n_lines;

      if (paraat_function_get_piket_kind (function) == PARAAT_PIKET_KIND_NONE)
        continue;
      if (!g_hash_table_lookup_extended (lines, &id, NULL, &n_lines))
        {
          if (!g_hash_table_contains (requested, &id))
            continue;
          n_lines = GINT_TO_POINTER (1);
        }
      g_array_append_val (columns, ((Column) {
        id, g_strdup (paraat_function_get_code (function)), g_strdup (paraat_function_get_name (function)),
        GPOINTER_TO_INT (n_lines),
      }));
    }

  g_hash_table_remove_all (self->names);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);
      gint64 *id = g_new (gint64, 1);

      *id = paraat_person_get_id (person);
      g_hash_table_insert (self->names, id, g_strdup (paraat_person_get_display_name (person)));
    }

  if (columns->len == 0)
    {
      g_list_store_remove_all (self->weeks);
      g_array_set_size (self->columns, 0);
      rebuild_grid (self);
      gtk_label_set_text (self->summary_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if ((shifts = paraat_store_read_piket_shifts (self->store, from, until, &error)) == NULL ||
      (problems = paraat_roster_service_problems (self->store, self->tz, from, until, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }

  /* The weeks, each with an empty cell per column. */
  for (int year = now_year - YEARS_BACK; year <= now_year + YEARS_AHEAD; year++)
    for (int week = 1; week <= paraat_calendar_weeks_in_year (year); week++)
      {
        ParaatRosterWeek *row = g_object_new (PARAAT_TYPE_ROSTER_WEEK, NULL);

        row->iso_year = year;
        row->week = week;
        row->starts_at = week_start (self->tz, year, week);
        row->current = year == now_year && week == now_week;
        row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
        for (guint c = 0; c < columns->len; c++)
          g_ptr_array_add (row->cells, g_array_new (FALSE, FALSE, sizeof (ParaatPiketShift)));
        if (weeks->len > 0)
          PARAAT_ROSTER_WEEK (g_ptr_array_index (weeks, weeks->len - 1))->ends_at = row->starts_at;
        if (row->current)
          self->current_week = weeks->len;
        g_ptr_array_add (weeks, row);
      }
  PARAAT_ROSTER_WEEK (g_ptr_array_index (weeks, weeks->len - 1))->ends_at = until;

  /* Shifts are sorted by start; so are the weeks. */
  {
    g_autoptr (GHashTable) column_of = g_hash_table_new (g_int64_hash, g_int64_equal);
    guint w = 0;

    for (guint c = 0; c < columns->len; c++)
      g_hash_table_insert (column_of, &g_array_index (columns, Column, c).function_id, GUINT_TO_POINTER (c + 1));

    for (guint i = 0; i < shifts->len; i++)
      {
        const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
        guint c = GPOINTER_TO_UINT (g_hash_table_lookup (column_of, &shift->function_id));
        ParaatRosterWeek *row;

        if (c == 0 || shift->starts_at < from)
          continue;
        while (w + 1 < weeks->len && PARAAT_ROSTER_WEEK (g_ptr_array_index (weeks, w))->ends_at <= shift->starts_at)
          w++;
        row = g_ptr_array_index (weeks, w);
        g_array_append_val (g_ptr_array_index (row->cells, c - 1), *shift);
      }

    /* Extra piket not on the roster yet: an empty place in its week. */
    w = 0;
    for (guint i = 0; i < requests->len; i++)
      {
        const ParaatDutyRequest *request = g_ptr_array_index (requests, i);
        guint c = GPOINTER_TO_UINT (g_hash_table_lookup (column_of, &request->function_id));
        ParaatPiketShift place = {
          .function_id = request->function_id, .line = request->line, .slot = 1,
          .starts_at = request->starts_at, .ends_at = request->ends_at, .request_id = request->id,
        };
        ParaatRosterWeek *row;

        if (c == 0 || request->planned || request->starts_at < from)
          continue;
        while (w + 1 < weeks->len && PARAAT_ROSTER_WEEK (g_ptr_array_index (weeks, w))->ends_at <= request->starts_at)
          w++;
        row = g_ptr_array_index (weeks, w);
        g_array_append_val (g_ptr_array_index (row->cells, c - 1), place);
      }
  }

  /* Open swap requests: marked in the cells and counted on the button. */
  {
    g_autoptr (GPtrArray) open = paraat_store_list_swaps (self->store, TRUE, NULL);
    g_autofree char *label = NULL;

    g_hash_table_remove_all (self->swaps);
    for (guint i = 0; open != NULL && i < open->len; i++)
      {
        const ParaatSwap *swap = g_ptr_array_index (open, i);
        ParaatPiketShift key = { swap->function_id, swap->line, 1, 0, swap->starts_at, swap->ends_at, FALSE, 0 };

        g_hash_table_add (self->swaps, shift_key (&key));
      }
    /* TRANSLATORS: the button that lists swap requests, with how many are open */
    label = open != NULL && open->len > 0 ? g_strdup_printf (_("_Swaps (%u)"), open->len) : g_strdup (_("_Swaps"));
    gtk_button_set_label (self->swaps_button, label);
  }

  /* What is wrong: marked in the cells, and counted for the coming weeks. */
  g_hash_table_remove_all (self->conflicts);
  g_hash_table_remove_all (self->unplanned);
  for (guint i = 0; i < problems->len; i++)
    {
      const ParaatPiketProblem *problem = g_ptr_array_index (problems, i);
      gboolean soon = problem->starts_at < now + 8 * WEEK && problem->ends_at > now;
      ParaatPiketShift shift = { problem->function_id, problem->line, 1, problem->person_id,
                                 problem->starts_at, problem->ends_at, FALSE, problem->request_id };
      const char *mark;

      switch (problem->kind)
        {
        case PARAAT_COVERAGE_GAP:
          /* An extra piket has its own place in the cell. */
          if (problem->request_id == 0)
          {
            int iso_year, iso_week;

            paraat_calendar_iso_week (self->tz, problem->starts_at, &iso_year, &iso_week);
            g_hash_table_add (self->unplanned, g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d", problem->function_id,
                                                                iso_year, iso_week));
          }
          gaps += soon;
          continue;
        case PARAAT_COVERAGE_ABSENT:
          /* TRANSLATORS: after a name in the roster: the person is away during the shift */
          mark = _("absent");
          break;
        case PARAAT_COVERAGE_DOUBLE_BOOKED:
          /* TRANSLATORS: after a name in the roster: also on another shift at the same time */
          mark = _("also on another shift");
          break;
        case PARAAT_COVERAGE_NOT_PROFICIENT:
        default:
          /* TRANSLATORS: after a name in the roster */
          mark = _("not proficient");
          break;
        }
      conflicts += soon;
      g_hash_table_insert (self->conflicts, shift_key (&shift), (gpointer) mark);
    }

  if (!columns_equal (columns, self->columns))
    {
      g_array_set_size (self->columns, 0);
      for (guint c = 0; c < columns->len; c++)
        {
          Column copy = g_array_index (columns, Column, c);

          copy.code = g_strdup (copy.code);
          copy.name = g_strdup (copy.name);
          g_array_append_val (self->columns, copy);
        }
      rebuild_grid (self);
    }
  else
    for (guint c = 0; c < columns->len; c++)
      g_array_index (self->columns, Column, c).lines = g_array_index (columns, Column, c).lines;

  g_list_store_splice (self->weeks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->weeks)),
                       weeks->pdata, weeks->len);
  update_summary (self, gaps, conflicts);
  gtk_stack_set_visible_child_name (self->stack, "roster");

  if (self->pending_function != 0)
    {
      gint64 function_id = self->pending_function;

      self->pending_function = 0;
      self->scrolled_once = TRUE;
      paraat_roster_page_show_shift (self, function_id, self->pending_start);
    }
  else if (!self->scrolled_once)
    {
      self->scrolled_once = TRUE;
      scroll_to_week (self, self->current_week);
    }
}

/*
 * Reassigning a cell
 */

typedef struct
{
  ParaatRosterPage *self;
  gint64            function_id;
  int               line;
  gint64            starts_at;
  gint64            ends_at;
  gint64            request_id;
  gint64            person_id;
} Choice;

static void
choice_activated_cb (AdwActionRow *row,
                     Choice       *choice)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_MESSAGE_DIALOG);
  g_autoptr (GError) error = NULL;

  if (!paraat_roster_service_assign (choice->self->store, choice->function_id, choice->line,
                                     choice->starts_at, choice->ends_at, choice->request_id, choice->person_id,
                                     &error))
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (dialog));
}

typedef struct
{
  ParaatRosterPage *self;
  gint64            function_id;
  int               line;
  gint64            starts_at;
  gint64            person_id;
  GtkEditable      *asked_by;
  GtkEditable      *note;
} SwapAsk;

static void
tell (ParaatRosterPage *self,
      const char       *heading,
      const char       *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (ParaatRosterPage *self,
       const char       *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    paraat_ui_show_toast (overlay, adw_toast_new (title));
}

static void
swap_ask_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SwapAsk          *ask)
{
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "ask"))
    return;
  if (paraat_roster_service_request_swap (ask->self->store, ask->self->tz, ask->function_id, ask->line,
                                          ask->starts_at, ask->person_id, gtk_editable_get_text (ask->asked_by),
                                          gtk_editable_get_text (ask->note), &error) == 0)
    tell (ask->self, _("The Swap Cannot Be Asked"), error->message);
  else
    toast (ask->self, _("Swap asked; it waits for approval"));
}

static void
asked_by_changed_cb (GtkEditable      *editable,
                     AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "ask", *text != '\0');
}

static void
ask_swap_clicked_cb (GtkButton *button,
                     Choice    *choice)
{
  ParaatRosterPage *self = choice->self;
  GtkWidget *cell_dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_MESSAGE_DIALOG);
  const char *holder = g_object_get_data (G_OBJECT (button), "holder");
  const char *name = g_object_get_data (G_OBJECT (button), "name");
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *asked_by = adw_entry_row_new ();
  GtkWidget *note = adw_entry_row_new ();
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  SwapAsk *ask;

  /* TRANSLATORS: the question before asking a swap, e.g. "Iris Schouwenaar hands this shift over to Joost Kalenderink. …" */
  body = g_strdup_printf (_("%s hands this shift over to %s. Someone other than the one who asks must approve it."),
                          holder, name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Ask for a Swap?"), body));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (asked_by), _("Asked by"));
  gtk_widget_set_name (asked_by, "asked-by");
  gtk_editable_set_text (GTK_EDITABLE (asked_by), holder);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), asked_by);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), note);
  adw_message_dialog_set_extra_child (dialog, group);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ask", _("_Ask"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "ask", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");

  ask = g_new0 (SwapAsk, 1);
  *ask = (SwapAsk) { self, choice->function_id, choice->line, choice->starts_at, choice->person_id,
                     GTK_EDITABLE (asked_by), GTK_EDITABLE (note) };
  g_object_set_data_full (G_OBJECT (dialog), "ask", ask, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (swap_ask_response_cb), ask);
  g_signal_connect (asked_by, "changed", G_CALLBACK (asked_by_changed_cb), dialog);

  if (cell_dialog != NULL)
    gtk_window_close (GTK_WINDOW (cell_dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
choice_row (ParaatRosterPage       *self,
            const ParaatPiketShift *shift,
            gint64                  person_id,
            const char             *title,
            const char             *subtitle,
            gboolean                sensitive)
{
  GtkWidget *row = adw_action_row_new ();
  Choice *choice = g_new0 (Choice, 1);

  *choice = (Choice) { self, shift->function_id, shift->line, shift->starts_at, shift->ends_at,
                       shift->request_id, person_id };
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), sensitive);
  gtk_widget_set_sensitive (row, sensitive);
  if (person_id == shift->person_id)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  else if (sensitive && person_id != 0 && shift->person_id != 0 && shift->request_id == 0)
    {
      /* Besides putting someone on the shift by hand: asking a swap, which
       * someone else approves. */
      GtkWidget *button = gtk_button_new_from_icon_name ("media-playlist-shuffle-symbolic");
      const char *holder = g_hash_table_lookup (self->names, &shift->person_id);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Ask for a swap"));
      gtk_widget_set_name (button, "ask-swap");
      g_object_set_data_full (G_OBJECT (button), "holder", g_strdup (holder != NULL ? holder : ""), g_free);
      g_object_set_data_full (G_OBJECT (button), "name", g_strdup (title), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (ask_swap_clicked_cb), choice);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  g_signal_connect_data (row, "activated", G_CALLBACK (choice_activated_cb), choice,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return row;
}

static void
open_cell (ParaatRosterPage *self,
           ParaatRosterWeek *week,
           guint             column_index)
{
  const Column *column = &g_array_index (self->columns, Column, column_index);
  GArray *shifts = g_ptr_array_index (week->cells, column_index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (shifts->len == 0)
    return;

  /* TRANSLATORS: heading of the dialog that changes a roster cell, e.g. "ACB, week 13" */
  heading = g_strdup_printf (_("%s, week %d"), column->code, week->week);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading,
                                                       _("Who takes piket? A choice made here stays when the roster is generated again.")));

  for (guint i = 0; i < shifts->len; i++)
    {
      const ParaatPiketShift *shift = &g_array_index (shifts, ParaatPiketShift, i);
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *start = format_short (self->tz, shift->starts_at, _("%a %-d %b %H:%M"));
      g_autofree char *end = format_short (self->tz, shift->ends_at, _("%a %-d %b %H:%M"));
      g_autofree char *period = g_strdup_printf ("%s – %s", start, end);
      g_autoptr (GPtrArray) candidates = NULL;
      g_autoptr (GError) error = NULL;

      if (shift->request_id != 0)
        {
          /* TRANSLATORS: a group in the dialog of a roster cell, e.g. "Extra piket for Koningsdag, 1st line" */
          g_autofree char *title = g_strdup_printf (_("Extra piket for %s, %s"), request_event (self, shift->request_id),
                                                    shift->line == 2 ? _("2nd line") : _("1st line"));

          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
        }
      else
        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), shift->line == 2 ? _("2nd line") : _("1st line"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), period);

      candidates = paraat_roster_service_candidates (self->store, self->tz, shift->function_id, shift->line,
                                                     shift->slot, shift->starts_at, shift->ends_at,
                                                     shift->request_id, &error);
      if (candidates == NULL)
        {
          g_autofree char *text = g_strdup_printf ("%s\n%s", period, error->message);

          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), text);
        }
      else
        for (guint c = 0; c < candidates->len; c++)
          {
            ParaatCandidate *candidate = g_ptr_array_index (candidates, c);
            gboolean sensitive = candidate->status == PARAAT_CANDIDATE_ELIGIBLE ||
                                 candidate->person_id == shift->person_id;

            adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                       choice_row (self, shift, candidate->person_id, candidate->name,
                                                   candidate->explanation, sensitive));
          }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 choice_row (self, shift, 0, _("Nobody"), _("Leave a gap on the roster"), TRUE));
      gtk_box_append (GTK_BOX (box), group);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  adw_message_dialog_set_extra_child (dialog, scroller);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Deciding on swaps
 */

typedef struct
{
  ParaatRosterPage *self;
  GtkEditable      *decided_by;
} Decide;

static void
decide_clicked_cb (GtkButton *button,
                   Decide    *decide)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_MESSAGE_DIALOG);
  gint64 swap_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "swap");
  gboolean approve = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "approve"));
  g_autoptr (GError) error = NULL;

  if (!paraat_roster_service_decide_swap (decide->self->store, decide->self->tz, swap_id, approve,
                                          gtk_editable_get_text (decide->decided_by), &error))
    {
      /* The dialog stays: fill in a name, or decide otherwise. */
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
      return;
    }
  toast (decide->self, approve ? _("Swap approved") : _("Swap rejected"));
  gtk_window_close (GTK_WINDOW (dialog));
}

static GtkWidget *
decide_button (const char *label,
               gint64      swap_id,
               gboolean    approve,
               Decide     *decide)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, approve ? "approve-swap" : "reject-swap");
  if (approve)
    gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data_full (G_OBJECT (button), "swap", g_memdup2 (&swap_id, sizeof swap_id), g_free);
  g_object_set_data (G_OBJECT (button), "approve", GINT_TO_POINTER (approve));
  g_signal_connect (button, "clicked", G_CALLBACK (decide_clicked_cb), decide);
  return button;
}

static void
swaps_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  g_autoptr (GPtrArray) swaps = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *who_group = adw_preferences_group_new ();
  GtkWidget *list_group = adw_preferences_group_new ();
  GtkWidget *decided_by = adw_entry_row_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  AdwMessageDialog *dialog;
  Decide *decide;

  if (self->store == NULL)
    return;
  swaps = paraat_store_list_swaps (self->store, TRUE, &error);
  if (swaps == NULL)
    {
      tell (self, _("The Swaps Cannot Be Read"), error->message);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Swap Requests"),
                                                       swaps->len == 0 ? _("No swap waits for a decision.")
                                                                       : _("A swap takes effect once someone other than the one who asked approves it.")));
  decide = g_new0 (Decide, 1);
  decide->self = self;
  decide->decided_by = GTK_EDITABLE (decided_by);
  g_object_set_data_full (G_OBJECT (dialog), "decide", decide, g_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (decided_by), _("Decided by"));
  gtk_widget_set_name (decided_by, "decided-by");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (who_group), decided_by);
  gtk_widget_set_visible (who_group, swaps->len > 0);
  gtk_box_append (GTK_BOX (box), who_group);

  for (guint i = 0; i < swaps->len; i++)
    {
      const ParaatSwap *swap = g_ptr_array_index (swaps, i);
      const Column *column = NULL;
      GtkWidget *row = adw_action_row_new ();
      const char *from = g_hash_table_lookup (self->names, &swap->from_person_id);
      const char *to = g_hash_table_lookup (self->names, &swap->to_person_id);
      g_autofree char *when = format_short (self->tz, swap->starts_at, _("%a %-d %b %H:%M"));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      for (guint c = 0; c < self->columns->len; c++)
        if (g_array_index (self->columns, Column, c).function_id == swap->function_id)
          column = &g_array_index (self->columns, Column, c);

      /* TRANSLATORS: a swap request, e.g. "ACB, 1st line, Mon 2 Mar 09:00: Iris Schouwenaar → Joost Kalenderink" */
      title = g_strdup_printf (_("%s, %s, %s: %s → %s"), column != NULL ? column->code : "",
                               swap->line == 2 ? _("2nd line") : _("1st line"), when,
                               from != NULL ? from : "", to != NULL ? to : "");
      /* TRANSLATORS: who asked a swap, and their note */
      subtitle = *swap->note != '\0' ? g_strdup_printf (_("Asked by %s: %s"), swap->requested_by, swap->note)
                                     : g_strdup_printf (_("Asked by %s"), swap->requested_by);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), decide_button (_("_Reject"), swap->id, FALSE, decide));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), decide_button (_("_Approve"), swap->id, TRUE, decide));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (list_group), row);
    }
  gtk_box_append (GTK_BOX (box), list_group);

  /* A few requests fit as they are; more scroll. */
  if (swaps->len <= 4)
    {
      g_object_ref_sink (scroller);
      g_object_unref (scroller);
      adw_message_dialog_set_extra_child (dialog, box);
    }
  else
    {
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Generating a period
 */

typedef enum
{
  RANGE_REST_OF_YEAR,
  RANGE_NEXT_YEAR,
  RANGE_NEXT_QUARTER,
} Range;

typedef struct
{
  ParaatRosterPage *self;
  AdwMessageDialog *dialog;
  GtkLabel         *preview;
  ParaatRosterPlan *plan;
} Generate;

static void
generate_free (gpointer data)
{
  Generate *generate = data;

  g_clear_pointer (&generate->plan, paraat_roster_plan_free);
  g_free (generate);
}

static void
range_bounds (ParaatRosterPage *self,
              Range             range,
              gint64           *from,
              gint64           *until)
{
  gint64 now = paraat_ui_now ();
  int year, week;

  paraat_calendar_iso_week (self->tz, now, &year, &week);
  switch (range)
    {
    case RANGE_NEXT_YEAR:
      *from = week_start (self->tz, year + 1, 1);
      *until = week_start (self->tz, year + 2, 1);
      break;
    case RANGE_NEXT_QUARTER:
      *from = week_start (self->tz, year, week);
      *until = *from + 13 * WEEK;
      break;
    case RANGE_REST_OF_YEAR:
    default:
      *from = week_start (self->tz, year, week);
      *until = week_start (self->tz, year + 1, 1);
      break;
    }
}

static void
update_preview (Generate *generate,
                Range     range)
{
  ParaatRosterPage *self = generate->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_auto (GStrv) gaps = NULL;
  ParaatRosterChanges changes;
  gint64 from, until;

  g_clear_pointer (&generate->plan, paraat_roster_plan_free);
  range_bounds (self, range, &from, &until);
  generate->plan = paraat_roster_plan_new (self->store, self->tz, from, until, &error);
  adw_message_dialog_set_response_enabled (generate->dialog, "generate", generate->plan != NULL);
  if (generate->plan == NULL)
    {
      gtk_label_set_text (generate->preview, error->message);
      return;
    }

  changes = paraat_roster_plan_get_changes (generate->plan);
  gaps = paraat_roster_plan_describe_gaps (generate->plan);
  if (changes.added + changes.changed + changes.removed == 0)
    g_string_append (text, _("The roster for this period is already as it would be generated."));
  else
    /* TRANSLATORS: the preview of generating the roster */
    g_string_append_printf (text, _("Adds %u shifts, changes %u and removes %u. Shifts set by hand stay."),
                            changes.added, changes.changed, changes.removed);
  if (gaps[0] != NULL)
    {
      g_string_append (text, "\n\n");
      g_string_append_printf (text, ngettext ("%u line cannot be filled:", "%u lines cannot be filled:",
                                              g_strv_length (gaps)),
                              g_strv_length (gaps));
      for (guint i = 0; gaps[i] != NULL; i++)
        g_string_append_printf (text, "\n• %s", gaps[i]);
    }
  gtk_label_set_text (generate->preview, text->str);
}

static void
range_changed_cb (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  Generate    *generate)
{
  update_preview (generate, (Range) gtk_drop_down_get_selected (dropdown));
}

static void
generate_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Generate         *generate)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *overlay;
  ParaatRosterChanges changes;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "generate") != 0 || generate->plan == NULL)
    return;

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (generate->self), ADW_TYPE_TOAST_OVERLAY);
  if (!paraat_roster_plan_apply (generate->plan, &changes, &error))
    title = g_strdup (error->message);
  else
    title = g_strdup_printf (_("Roster generated: %u shifts added, %u changed, %u removed"),
                             changes.added, changes.changed, changes.removed);
  if (overlay != NULL)
    paraat_ui_show_toast (overlay, adw_toast_new (title));
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  const char *ranges[] = { N_("The rest of this year"), N_("Next year"), N_("The coming 13 weeks"), NULL };
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *dropdown, *preview;
  Generate *generate;

  if (self->store == NULL || self->tz == NULL)
    return;

  for (guint i = 0; ranges[i] != NULL; i++)
    gtk_string_list_append (choices, _(ranges[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"), -1);
  preview = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (preview), TRUE);
  gtk_label_set_xalign (GTK_LABEL (preview), 0);
  gtk_label_set_selectable (GTK_LABEL (preview), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), preview);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 260);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), scroller);

  generate = g_new0 (Generate, 1);
  generate->self = self;
  generate->preview = GTK_LABEL (preview);
  generate->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                                 _("Generate the Roster?"),
                                                                 _("Fills every line of every rotation with "
                                                                   "someone present and proficient, spread fairly "
                                                                   "over the year.")));
  adw_message_dialog_set_extra_child (generate->dialog, box);
  adw_message_dialog_add_responses (generate->dialog, "cancel", _("_Cancel"), "generate", _("_Generate"), NULL);
  adw_message_dialog_set_response_appearance (generate->dialog, "generate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (generate->dialog, "generate");
  adw_message_dialog_set_close_response (generate->dialog, "cancel");
  g_object_set_data_full (G_OBJECT (generate->dialog), "generate", generate, generate_free);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (range_changed_cb), generate);
  g_signal_connect (generate->dialog, "response", G_CALLBACK (generate_response_cb), generate);

  update_preview (generate, RANGE_REST_OF_YEAR);
  gtk_window_present (GTK_WINDOW (generate->dialog));
}

/* The allowance report (hours of piket per person per month) of this year
 * (0) or the year before (-1), as CSV for the salary administration. */
static void
export_allowance_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (paraat_ui_now ());
  g_autoptr (GDateTime) local = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  char *csv;
  int year;

  if (self->store == NULL)
    return;
  local = g_date_time_to_timezone (utc, self->tz);
  year = g_date_time_get_year (local) + g_variant_get_int32 (parameter);

  csv = paraat_roster_service_allowance_csv (self->store, year, ';', &error);
  if (csv == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  _("The Piket Hours Cannot Be Exported"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* Translators: the suggested file name of the allowance report; keep %d (the year) and ".csv" */
  name = g_strdup_printf (_("piket-hours-%d.csv"), year);
  paraat_save_csv (widget, _("Export Piket Hours"), name, _("The Piket Hours Cannot Be Exported"),
                   /* Translators: %s is the file name */
                   _("Piket hours exported to “%s”"), csv);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (widget);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->weeks)) > self->current_week)
    scroll_to_week (self, self->current_week);
}

/*
 * GObject
 */

static void
paraat_roster_page_dispose (GObject *object)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_ROSTER_PAGE);
  g_clear_pointer (&self->load, paraat_page_load_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (paraat_roster_page_parent_class)->dispose (object);
}

static void
paraat_roster_page_finalize (GObject *object)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

  g_clear_object (&self->weeks);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_hash_table_unref);
  g_clear_pointer (&self->swaps, g_hash_table_unref);
  g_clear_pointer (&self->unplanned, g_hash_table_unref);
  g_clear_pointer (&self->requests, g_hash_table_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (paraat_roster_page_parent_class)->finalize (object);
}

static void
paraat_roster_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

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
paraat_roster_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ParaatRosterPage *self = PARAAT_ROSTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      paraat_roster_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_roster_page_class_init (ParaatRosterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_roster_page_dispose;
  object_class->finalize = paraat_roster_page_finalize;
  object_class->get_property = paraat_roster_page_get_property;
  object_class->set_property = paraat_roster_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PARAAT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/paraat/Paraat/ui/paraat-roster-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, box);
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, grid_box);
  gtk_widget_class_bind_template_child (widget_class, ParaatRosterPage, swaps_button);

  gtk_widget_class_install_action (widget_class, "roster.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "roster.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "roster.swaps", NULL, swaps_action);
  gtk_widget_class_install_action (widget_class, "roster.export-allowance", "i", export_allowance_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roster.generate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
paraat_roster_page_init (ParaatRosterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->weeks = g_list_store_new (PARAAT_TYPE_ROSTER_WEEK);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->swaps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unplanned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->requests = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) paraat_duty_request_free);
  self->tz = g_time_zone_new_utc ();
  self->grid = PARAAT_GRID (paraat_grid_new (&grid_funcs, self, WEEK_WIDTH, CELL_WIDTH, MAX_LINES));
  gtk_widget_set_vexpand (GTK_WIDGET (self->grid), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (paraat_grid_get_list_view (self->grid)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Piket roster by week"), -1);
  gtk_box_append (self->grid_box, GTK_WIDGET (self->grid));
  paraat_grid_set_model (self->grid, G_LIST_MODEL (self->weeks), 0);

  self->load = paraat_page_load_new (GTK_WIDGET (self), load_cb);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
paraat_roster_page_new (void)
{
  return g_object_new (PARAAT_TYPE_ROSTER_PAGE, NULL);
}

ParaatStore *
paraat_roster_page_get_store (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), NULL);

  return self->store;
}

void
paraat_roster_page_set_store (ParaatRosterPage *self,
                              ParaatStore      *store)
{
  g_return_if_fail (PARAAT_IS_ROSTER_PAGE (self));
  g_return_if_fail (store == NULL || PARAAT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  self->scrolled_once = FALSE;
  paraat_page_load_set_store (self->load, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
paraat_roster_page_is_loading (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), FALSE);

  return paraat_page_load_pending (self->load);
}

guint
paraat_roster_page_get_n_weeks (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->weeks));
}

guint
paraat_roster_page_get_n_columns (ParaatRosterPage *self)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), 0);

  return self->columns->len;
}

guint
paraat_roster_page_find_week (ParaatRosterPage *self,
                              gint64            instant)
{
  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), G_MAXUINT);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->weeks)); i++)
    {
      g_autoptr (ParaatRosterWeek) week = g_list_model_get_item (G_LIST_MODEL (self->weeks), i);

      if (week->starts_at <= instant && instant < week->ends_at)
        return i;
    }
  return G_MAXUINT;
}

static guint
find_column (ParaatRosterPage *self,
             const char       *code)
{
  for (guint c = 0; c < self->columns->len; c++)
    if (g_strcmp0 (g_array_index (self->columns, Column, c).code, code) == 0)
      return c;
  return G_MAXUINT;
}

char *
paraat_roster_page_get_cell_text (ParaatRosterPage *self,
                                  guint             week,
                                  const char       *function_code)
{
  g_autoptr (ParaatRosterWeek) row = NULL;
  guint column = find_column (self, function_code);
  gboolean gap, conflict;

  g_return_val_if_fail (PARAAT_IS_ROSTER_PAGE (self), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->weeks), week);
  if (row == NULL || column == G_MAXUINT)
    return NULL;
  return cell_text (self, row, column, &gap, &conflict);
}

void
paraat_roster_page_open_cell (ParaatRosterPage *self,
                              guint             week,
                              const char       *function_code)
{
  g_autoptr (ParaatRosterWeek) row = NULL;
  guint column = find_column (self, function_code);

  g_return_if_fail (PARAAT_IS_ROSTER_PAGE (self));

  row = g_list_model_get_item (G_LIST_MODEL (self->weeks), week);
  if (row != NULL && column != G_MAXUINT)
    open_cell (self, row, column);
}

void
paraat_roster_page_show_shift (ParaatRosterPage *self,
                               gint64            function_id,
                               gint64            starts_at)
{
  guint week;

  g_return_if_fail (PARAAT_IS_ROSTER_PAGE (self));

  if (paraat_page_load_pending (self->load))
    {
      self->pending_function = function_id;
      self->pending_start = starts_at;
      return;
    }

  week = paraat_roster_page_find_week (self, starts_at);
  if (week == G_MAXUINT)
    return;
  scroll_to_week (self, week);
  for (guint c = 0; c < self->columns->len; c++)
    if (g_array_index (self->columns, Column, c).function_id == function_id)
      {
        g_autoptr (ParaatRosterWeek) row = g_list_model_get_item (G_LIST_MODEL (self->weeks), week);

        open_cell (self, row, c);
      }
}
