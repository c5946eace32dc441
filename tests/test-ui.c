/* test-ui.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-test-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "paraat-application.h"
#include "paraat-window.h"
#include "store/paraat-demo.h"
#include "ui/paraat-absence-editor.h"
#include "ui/paraat-ics-import-dialog.h"
#include "ui/paraat-assignment-editor.h"
#include "ui/paraat-function-editor.h"
#include "ui/paraat-import-dialog.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-person-editor.h"
#include "ui/paraat-team-editor.h"
#include "ui/paraat-overview-page.h"
#include "ui/paraat-preferences-window.h"
#include "ui/paraat-roster-page.h"
#include "ui/paraat-oto-page.h"
#include "ui/paraat-session-editor.h"
#include "ui/paraat-ui-util.h"
#include "ui/paraat-lesson-editor.h"
#include "ui/paraat-requirement-editor.h"
#include "ui/paraat-rotation-editor.h"
#include "ui/paraat-checklist-editors.h"
#include "ui/paraat-duty-section.h"
#include "ui/paraat-event-editor.h"
#include "ui/paraat-events-page.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"

/* The window as a user sees it, under Xvfb: every template instantiates with
 * the GTK 4.8 / libadwaita 1.2 of Debian 12 (the compiler never checks .ui
 * files), every page shows real figures, and each state is written to
 * <builddir>/tests/screenshots/<name>-<lang>.png to be looked at. */

#define TIMEOUT_MS 10000

static const char * const page_names[] = { "overview", "organisation", "roster", "oto", "events" };

static ParaatApplication *app;
static char *tmp_dir;
static char *demo_path;
static char *shots_dir;
static char *lang;

/*
 * Helpers
 */

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done returns TRUE; fails the test after TIMEOUT_MS. */
static void
wait_until (gboolean     (*done) (gpointer data),
            gpointer       data,
            const char    *what)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (TIMEOUT_MS, timeout_cb, &expired);

  while (!done (data) && !expired)
    g_main_context_iteration (NULL, TRUE);

  if (expired)
    g_error ("timed out waiting for %s", what);
  g_source_remove (id);
}

static void
run_for (guint ms)
{
  gboolean expired = FALSE;

  g_timeout_add (ms, timeout_cb, &expired);
  while (!expired)
    g_main_context_iteration (NULL, TRUE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  (*(guint *) user_data)++;
}

static gboolean
painted_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

/* Waits for two painted frames of @widget's window (the first may still show
 * the state from before the last change). */
/* Two painted frames: whatever changed before is laid out and drawn. */
static void
paint_twice (GtkWidget *widget)
{
  GdkFrameClock *clock;
  guint painted = 0;
  gulong id;

  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, widget, "the window to be mapped");
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted_twice (&painted))
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
}

static void
wait_for_frames (GtkWidget *widget)
{
  paint_twice (widget);
  /* Let idle loads and layout settle. */
  run_for (100);
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 gboolean  (*match) (GtkWidget *widget, gconstpointer data),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_by_name (GtkWidget  *root,
              const char *name)
{
  GtkWidget *found = find_descendant (root, has_name, name);

  if (found == NULL)
    g_error ("no widget named %s", name);
  return found;
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  GtkWidget *found = find_descendant (root, has_type, GSIZE_TO_POINTER (type));

  if (found == NULL)
    g_error ("no %s", g_type_name (type));
  return found;
}

/* The share of pixels that differ clearly from the first one. */
static double
share_of_other_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  guint64 different = 0;
  double sum = 0, sum_sq = 0;
  guint64 n = (guint64) width * height;

  gdk_texture_download (texture, pixels, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;
        double luma = 0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0];

        sum += luma;
        sum_sq += luma * luma;
        if (ABS ((int) p[0] - pixels[0]) + ABS ((int) p[1] - pixels[1]) + ABS ((int) p[2] - pixels[2]) > 24)
          different++;
      }

  g_test_message ("luma variance %.1f", sum_sq / n - (sum / n) * (sum / n));
  g_assert_cmpfloat (sum_sq / n - (sum / n) * (sum / n), >, 10.0);
  return (double) different / n;
}

/* Renders @widget as it is on screen, writes it as a PNG and checks the file. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GdkTexture) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = g_strdup_printf ("%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (shots_dir, file_name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds;
  GStatBuf st;

  wait_for_frames (widget);
  /* Let transitions (stack crossfades, the switcher title) finish. */
  run_for (500);
  /* Whatever those changed (a page that loaded, a button shown) is laid out
   * before it is drawn, with no main-loop turn in between. */
  paint_twice (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);

  reloaded = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (reloaded), ==, width);
  g_assert_cmpfloat (share_of_other_colours (reloaded), >, 0.005);
  g_test_message ("wrote %s (%d×%d)", path, width, height);
}

static ParaatWindow *
main_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PARAAT_IS_WINDOW (l->data))
      return l->data;
  g_error ("no main window");
  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static gboolean
page_loaded (gpointer data)
{
  GtkWidget *page = data;

  if (PARAAT_IS_OVERVIEW_PAGE (page))
    return !paraat_overview_page_is_loading (PARAAT_OVERVIEW_PAGE (page));
  if (PARAAT_IS_EVENTS_PAGE (page))
    return !paraat_events_page_is_loading (PARAAT_EVENTS_PAGE (page));
  if (PARAAT_IS_ORGANISATION_PAGE (page))
    return !paraat_organisation_page_is_loading (PARAAT_ORGANISATION_PAGE (page));
  if (PARAAT_IS_ROSTER_PAGE (page))
    return !paraat_roster_page_is_loading (PARAAT_ROSTER_PAGE (page));
  if (PARAAT_IS_OTO_PAGE (page))
    return TRUE;
  g_assert_not_reached ();
}

static GtkWidget *
show_page (ParaatWindow *window,
           const char   *name)
{
  AdwViewStack *stack = paraat_window_get_view_stack (window);
  GtkWidget *page;

  paraat_window_set_visible_page (window, name);
  page = adw_view_stack_get_child_by_name (stack, name);
  g_assert_nonnull (page);
  wait_for_frames (GTK_WIDGET (window));
  wait_until (page_loaded, page, "the page to load");
  return page;
}

/* Without a window manager the X server keeps a window on the screen, so a
 * window as wide as the screen ends up a few pixels narrower. */
static void
resize (ParaatWindow *window,
        int           width,
        int           height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  for (int i = 0; i < 200 && ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width) > 16; i++)
    run_for (20);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width), <=, 16);
}

static char *
make_demo_database (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;

  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  /* This year's demo, so that the coming sessions and events are there. */
  g_assert_true (paraat_demo_load (store, g_date_time_get_year (now), &error));
  g_assert_no_error (error);
  /* With its roster, as "Open the demo" makes it. */
  g_assert_true (paraat_roster_fill_year (store, g_date_time_get_year (now), &error));
  g_assert_no_error (error);
  g_assert_true (paraat_event_demo_checklists (store, g_date_time_to_unix (now), &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

/*
 * Tests
 */

static void
test_templates (void)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GObject *help_overlay;
  GtkWidget *window;

  /* The overview, the organisation, the roster, OTO and events pages. */
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      gboolean overview = g_str_equal (page_names[i], "overview");
      gboolean organisation = g_str_equal (page_names[i], "organisation");
      gboolean roster = g_str_equal (page_names[i], "roster");
      gboolean oto = g_str_equal (page_names[i], "oto");
      GtkWidget *page = overview ? paraat_overview_page_new ()
                      : organisation ? paraat_organisation_page_new ()
                      : roster ? paraat_roster_page_new ()
                      : oto ? paraat_oto_page_new ()
                      : paraat_events_page_new ();

      g_object_ref_sink (page);
      g_assert_null (gtk_widget_get_parent (page));
      g_object_run_dispose (G_OBJECT (page));
      g_object_unref (page);
    }

  window = paraat_preferences_window_new (NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Every editor of the organisation register, new and existing. */
  {
    g_autoptr (ParaatStore) store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, NULL);
    g_autoptr (GListModel) people = NULL;
    g_autoptr (GListModel) functions = NULL;
    g_autoptr (GListModel) teams = NULL;
    g_autoptr (GListModel) assignments = NULL;
    g_autoptr (ParaatPerson) person = NULL;
    g_autoptr (ParaatFunction) function = NULL;
    g_autoptr (ParaatTeam) team = NULL;
    g_autoptr (ParaatAssignment) assignment = NULL;
    g_autoptr (GListModel) rotations = NULL;
    g_autoptr (ParaatRotation) rotation = NULL;
    g_autoptr (GListModel) sessions = NULL;
    g_autoptr (ParaatSession) session = NULL;
    GtkWidget *editors[14];

    g_assert_true (paraat_demo_load (store, 2026, NULL));
    people = paraat_store_list_people (store, NULL);
    functions = paraat_store_list_functions (store, NULL);
    teams = paraat_store_list_teams (store, NULL);
    assignments = paraat_store_list_assignments (store, 0, 0, NULL);
    person = g_list_model_get_item (people, 0);
    function = g_list_model_get_item (functions, 0);
    team = g_list_model_get_item (teams, 0);
    assignment = g_list_model_get_item (assignments, 0);

    editors[0] = paraat_person_editor_new (store, NULL);
    editors[1] = paraat_person_editor_new (store, person);
    editors[2] = paraat_function_editor_new (store, NULL, paraat_team_get_id (team));
    editors[3] = paraat_function_editor_new (store, function, 0);
    editors[4] = paraat_team_editor_new (store, NULL);
    editors[5] = paraat_team_editor_new (store, team);
    editors[6] = paraat_assignment_editor_new (store, NULL, paraat_person_get_id (person), 0);
    editors[7] = paraat_assignment_editor_new (store, assignment, 0, 0);
    editors[8] = paraat_absence_editor_new (store, NULL, paraat_person_get_id (person));
    editors[9] = paraat_assignment_editor_new (store, NULL, 0, paraat_function_get_id (function));
    rotations = paraat_store_list_rotations (store, NULL);
    rotation = g_list_model_get_item (rotations, 0);
    editors[10] = paraat_rotation_editor_new (store, function, NULL);
    editors[11] = paraat_rotation_editor_new (store, function, rotation);
    sessions = paraat_store_list_sessions (store, 0, G_MAXINT64, NULL);
    session = g_list_model_get_item (sessions, 0);
    editors[12] = paraat_session_editor_new (store, NULL);
    editors[13] = paraat_session_editor_new (store, session);
    for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
      {
        g_assert_true (GTK_IS_WINDOW (editors[i]));
        gtk_window_destroy (GTK_WINDOW (editors[i]));
      }
  }

  window = g_object_new (PARAAT_TYPE_WINDOW, NULL);
  gtk_window_destroy (GTK_WINDOW (window));

  builder = gtk_builder_new_from_resource ("/io/github/paraat/Paraat/gtk/help-overlay.ui");
  help_overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (help_overlay));
  gtk_window_destroy (GTK_WINDOW (help_overlay));
}

static void
test_welcome (void)
{
  ParaatWindow *window;

  g_assert_null (paraat_application_get_store (app));
  g_application_activate (G_APPLICATION (app));
  window = main_window ();
  resize (window, 1280, 800);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Paraat");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  screenshot (GTK_WIDGET (window), "welcome");
}

static void
test_empty_database (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "empty.db", NULL);
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  ParaatWindow *window = main_window ();
  GtkWidget *page;

  /* A Paraat file without an organisation: the pages explain what to do. */
  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (paraat_application_open_database (app, path, FALSE, &error));
  g_assert_no_error (error);

  page = show_page (window, "overview");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_by_type (page, GTK_TYPE_STACK))),
                   ==, "empty");
  screenshot (GTK_WIDGET (window), "overview-empty");

  show_page (window, "organisation");
  screenshot (GTK_WIDGET (window), "organisation-empty");
}

static void
test_open_failures (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.db", NULL);
  g_autofree char *garbage = g_build_filename (tmp_dir, "garbage.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStore *before = paraat_application_get_store (app);
  GtkWidget *dialog;

  g_assert_false (paraat_application_open_database (app, missing, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_true (paraat_application_get_store (app) == before);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (garbage, "This is not a database, but a note.\n", -1, NULL));
  g_assert_false (paraat_application_open_database (app, garbage, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_true (paraat_application_get_store (app) == before);
  g_assert_true (g_file_get_contents (garbage, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "This is not a database, but a note.\n");

  paraat_window_show_error (main_window (), _("Cannot open the database"), error->message);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  screenshot (dialog, "error-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_pages (void)
{
  g_autoptr (GError) error = NULL;
  ParaatWindow *window = main_window ();
  GtkWidget *page;
  AdwViewSwitcherTitle *title;

  g_assert_true (paraat_application_open_database (app, demo_path, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeld");
  title = ADW_VIEW_SWITCHER_TITLE (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "Gemeente Voorbeeld");

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      page = show_page (window, page_names[i]);
      g_assert_cmpstr (paraat_window_get_visible_page (window), ==, page_names[i]);
      screenshot (GTK_WIDGET (window), page_names[i]);
    }

  page = show_page (window, "overview");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_by_name (page, "people-count"))), ==, "60");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_by_name (page, "organisation-name"))), ==,
                   "Gemeente Voorbeeld");

  /* The event deadlines further down: at least a row (an item or "nothing
   * due"), brought into view by focusing it. */
  {
    GtkWidget *deadlines = find_by_name (page, "deadlines-list");
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (deadlines), 0);

    g_assert_nonnull (first);
    gtk_widget_set_focusable (GTK_WIDGET (first), TRUE);
    gtk_widget_grab_focus (GTK_WIDGET (first));
    screenshot (GTK_WIDGET (window), "overview-deadlines");
  }

  /* Alt+4 and friends go through this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.show-page", "s", "oto"));
  g_assert_cmpstr (paraat_window_get_visible_page (window), ==, "oto");
  show_page (window, "overview");
}

static void
test_store_changes (void)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (ParaatPerson) person = paraat_person_new ();
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_application_get_store (app);
  ParaatWindow *window = main_window ();
  GtkWidget *page = show_page (window, "overview");
  GtkLabel *people = GTK_LABEL (find_by_name (page, "people-count"));

  /* A change in the store reaches the visible page (after an idle) and the title. */
  paraat_person_set_given_name (person, "Test");
  paraat_person_set_family_name (person, "Persoon");
  g_assert_true (paraat_store_save_person (store, person, &error));
  g_assert_no_error (error);
  wait_until (page_loaded, page, "the page to reload");
  g_assert_cmpstr (gtk_label_get_label (people), ==, "61");
  g_assert_true (paraat_store_delete_person (store, paraat_person_get_id (person), &error));
  g_assert_no_error (error);
  wait_until (page_loaded, page, "the page to reload");
  g_assert_cmpstr (gtk_label_get_label (people), ==, "60");

  organisation = paraat_store_get_organisation (store, &error);
  g_assert_no_error (error);
  paraat_organisation_set_name (organisation, "Gemeente Voorbeeld & Omstreken");
  g_assert_true (paraat_store_save_organisation (store, organisation, &error));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeld & Omstreken");
  screenshot (GTK_WIDGET (window), "overview-renamed");
  paraat_organisation_set_name (organisation, "Gemeente Voorbeeld");
  g_assert_true (paraat_store_save_organisation (store, organisation, &error));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeld");
}

/* The register through its widgets, as a coordinator uses it. */

static GtkWidget *
wait_for_toplevel (GType type)
{
  GtkWidget *found = NULL;

  for (int i = 0; i < 500 && (found = find_toplevel (type)) == NULL; i++)
    run_for (10);
  if (found == NULL)
    g_error ("no %s appeared", g_type_name (type));
  wait_for_frames (found);
  return found;
}

static void
type_into (GtkWidget  *root,
           const char *name,
           const char *text)
{
  GtkWidget *row = find_by_name (root, name);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
press_save (GtkWidget *editor)
{
  GtkWidget *save = find_by_name (editor, "save-button");

  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
}

static gboolean
window_closed (gpointer data)
{
  GtkWidget **window = data;

  return *window == NULL;
}

static ParaatPerson *
find_person (ParaatStore *store,
             const char  *family_name)
{
  g_autoptr (GListModel) people = paraat_store_list_people (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (paraat_person_get_family_name (person), family_name) == 0)
        return g_steal_pointer (&person);
    }
  return NULL;
}

static guint
count (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

static void
test_organisation (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatPerson) person = NULL;
  g_autoptr (ParaatFunction) function = NULL;
  ParaatWindow *window = main_window ();
  ParaatStore *store = paraat_application_get_store (app);
  ParaatOrganisationPage *page;
  GtkWidget *editor;
  GtkWidget *dialog;
  guint n_teams = count (paraat_store_list_teams (store, NULL));
  guint n_people = count (paraat_store_list_people (store, NULL));

  resize (window, 1280, 800);
  page = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, n_people);
  screenshot (GTK_WIDGET (window), "organisation");

  /* A function of the demo, its people in call order (README, metainfo). */
  {
    g_autoptr (ParaatFunction) ovdbz = paraat_store_find_function (store, "OVDBZ", &error);

    g_assert_no_error (error);
    g_assert_nonnull (ovdbz);
    paraat_organisation_page_select (page, "function", paraat_function_get_id (ovdbz));
    screenshot (GTK_WIDGET (window), "organisation-function");
  }

  /* A team… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.new-team", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_TEAM_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  type_into (editor, "code-row", "TEST");
  type_into (editor, "name-row", "Testteam Ĳsselmonde");
  screenshot (editor, "team-editor");
  press_save (editor);
  wait_until (window_closed, &editor, "the team editor to close");
  wait_until (page_loaded, page, "the page to reload");
  g_assert_cmpuint (count (paraat_store_list_teams (store, NULL)), ==, n_teams + 1);

  /* …its function (the new team is selected, so the function belongs to it)… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.new-function", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_FUNCTION_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type_into (editor, "code-row", "OVD-BZ");
  /* A code that exists already is refused at the field. */
  run_for (50);
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  type_into (editor, "code-row", "TST-1");
  type_into (editor, "name-row", "Testfunctie");
  screenshot (editor, "function-editor");
  press_save (editor);
  wait_until (window_closed, &editor, "the function editor to close");
  wait_until (page_loaded, page, "the page to reload");
  function = paraat_store_find_function (store, "TST-1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (function);
  g_assert_cmpint (paraat_function_get_team_id (function), >, 0);

  /* …a person, with a bad e-mail address first… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.new-person", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_PERSON_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type_into (editor, "given-name-row", "Ĳsbrand");
  type_into (editor, "family-name-row", "Testpersoon");
  type_into (editor, "mobile-row", "06 1234 5678");
  type_into (editor, "email-row", "ijsbrand@");
  run_for (50);
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  g_assert_true (gtk_widget_has_css_class (find_by_name (editor, "email-row"), "error"));
  screenshot (editor, "person-editor-invalid");
  type_into (editor, "email-row", "ijsbrand@voorbeeld.example");
  run_for (50);
  press_save (editor);
  wait_until (window_closed, &editor, "the person editor to close");
  wait_until (page_loaded, page, "the page to reload");
  person = find_person (store, "Testpersoon");
  g_assert_nonnull (person);
  g_assert_cmpstr (paraat_person_get_phone (person), ==, "+31612345678");

  /* …assigned to the function from the person's page… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.add-assignment", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_ASSIGNMENT_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  /* No function is chosen for the coordinator. */
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  {
    AdwComboRow *functions = ADW_COMBO_ROW (find_by_name (editor, "function-row"));
    GListModel *model = adw_combo_row_get_model (functions);
    guint position = GTK_INVALID_LIST_POSITION;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr (GObject) item = g_list_model_get_item (model, i);
        g_autofree char *text = NULL;

        if (GTK_IS_STRING_OBJECT (item))
          text = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
        else if (PARAAT_IS_FUNCTION (item))
          text = g_strdup (paraat_function_get_code (PARAAT_FUNCTION (item)));
        if (text != NULL && strstr (text, "TST-1") != NULL)
          position = i;
      }
    g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
    adw_combo_row_set_selected (functions, position);
  }
  type_into (editor, "from-row", "2026-02-01");
  type_into (editor, "until-row", "2026-01-01");
  run_for (50);
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  type_into (editor, "until-row", "");
  run_for (50);
  press_save (editor);
  wait_until (window_closed, &editor, "the assignment editor to close");
  wait_until (page_loaded, page, "the page to reload");
  g_assert_cmpuint (count (paraat_store_list_assignments (store, paraat_person_get_id (person), 0, NULL)), ==, 1);
  screenshot (GTK_WIDGET (window), "organisation-person");

  /* An absence on the person's page; deleting it can be undone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.add-absence", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_ABSENCE_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type_into (editor, "first-day-row", "2026-08-03");
  type_into (editor, "last-day-row", "2026-08-01");
  run_for (50);
  g_assert_false (gtk_widget_get_sensitive (find_by_name (editor, "save-button")));
  type_into (editor, "last-day-row", "2026-08-14");
  type_into (editor, "reason-row", "Zomervakantie");
  run_for (50);
  press_save (editor);
  wait_until (window_closed, &editor, "the absence editor to close");
  wait_until (page_loaded, page, "the page to reload");
  {
    g_autoptr (GListModel) absences = paraat_store_list_absences (store, paraat_person_get_id (person),
                                                                  G_MININT64 / 2, G_MAXINT64 / 2, NULL);
    g_autoptr (ParaatAbsence) absence = g_list_model_get_item (absences, 0);

    g_assert_cmpuint (g_list_model_get_n_items (absences), ==, 1);
    g_assert_cmpstr (paraat_absence_get_reason (absence), ==, "Zomervakantie");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.delete-absence", "x",
                                               paraat_absence_get_id (absence)));
    run_for (50);
    g_assert_cmpuint (count (paraat_store_list_absences (store, paraat_person_get_id (person),
                                                         G_MININT64 / 2, G_MAXINT64 / 2, NULL)), ==, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.undo", NULL));
    run_for (50);
    g_assert_cmpuint (count (paraat_store_list_absences (store, paraat_person_get_id (person),
                                                         G_MININT64 / 2, G_MAXINT64 / 2, NULL)), ==, 1);
  }
  wait_until (page_loaded, page, "the page to reload");
  screenshot (GTK_WIDGET (window), "organisation-person-absence");

  /* …found by searching as you type. */
  paraat_organisation_page_set_search (page, "ijsbrand");
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, 1);
  paraat_organisation_page_set_search (page, "06-1234 5678");
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), >=, 1);
  paraat_organisation_page_set_search (page, "tst-1");
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "functions"), ==, 1);
  paraat_organisation_page_set_search (page, "niemand-heet-zo");
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, 0);
  paraat_organisation_page_set_search (page, "");
  g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, n_people + 1);

  /* Filters: functions without a backup (TST-1 is one), hard piket only, one
   * team; people follow the functions they hold. */
  {
    GtkCheckButton *no_backup = GTK_CHECK_BUTTON (find_by_name (GTK_WIDGET (page), "no-backup-filter"));
    GtkDropDown *piket = GTK_DROP_DOWN (find_by_name (GTK_WIDGET (page), "piket-filter"));
    GtkDropDown *team = GTK_DROP_DOWN (find_by_name (GTK_WIDGET (page), "team-filter"));
    guint all_functions = paraat_organisation_page_get_n_shown (page, "functions");
    guint without_backup;

    gtk_check_button_set_active (no_backup, TRUE);
    without_backup = paraat_organisation_page_get_n_shown (page, "functions");
    g_assert_cmpuint (without_backup, >, 0);
    g_assert_cmpuint (without_backup, <, all_functions);
    paraat_organisation_page_set_search (page, "tst-1");
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "functions"), ==, 1);
    paraat_organisation_page_set_search (page, "ijsbrand");
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, 1);
    paraat_organisation_page_set_search (page, "");
    gtk_check_button_set_active (no_backup, FALSE);

    gtk_drop_down_set_selected (piket, 1);
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "functions"), <, all_functions);
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), <, n_people + 1);
    gtk_drop_down_set_selected (piket, 0);

    /* The new team: only its function, only its person. */
    for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (team)); i++)
      {
        g_autoptr (GtkStringObject) choice = g_list_model_get_item (gtk_drop_down_get_model (team), i);

        if (g_str_equal (gtk_string_object_get_string (choice), "Testteam Ĳsselmonde"))
          gtk_drop_down_set_selected (team, i);
      }
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "functions"), ==, 1);
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "people"), ==, 1);
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "teams"), ==, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.clear-filters", NULL));
    g_assert_cmpuint (paraat_organisation_page_get_n_shown (page, "functions"), ==, all_functions);
  }

  /* Deleting the person asks first, because they hold a function. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.delete", NULL));
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  screenshot (dialog, "delete-person");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  g_assert_null (find_person (store, "Testpersoon"));
  g_assert_cmpuint (count (paraat_store_list_assignments (store, 0, paraat_function_get_id (function), NULL)), ==, 0);

  /* Undo brings back the person and the assignment. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.undo", NULL));
  run_for (100);
  g_clear_object (&person);
  person = find_person (store, "Testpersoon");
  g_assert_nonnull (person);
  g_assert_cmpuint (count (paraat_store_list_assignments (store, paraat_person_get_id (person), 0, NULL)), ==, 1);

  /* Someone on the piket roster cannot be deleted: the page says so and
   * offers to make them inactive, which keeps their history. The person page
   * lists the coming piket. */
  {
    g_autoptr (ParaatPerson) holder = find_person (store, "Alarmink");
    g_autoptr (GListModel) held = paraat_store_list_assignments (store, paraat_person_get_id (holder), 0, NULL);
    g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (held, 0);
    g_autoptr (ParaatShift) shift = paraat_shift_new ();
    g_autoptr (ParaatPerson) after = NULL;
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;
    guint n_assignments = g_list_model_get_n_items (held);

    paraat_shift_set_function_id (shift, paraat_assignment_get_function_id (assignment));
    paraat_shift_set_person_id (shift, paraat_person_get_id (holder));
    paraat_shift_set_line (shift, 1);
    paraat_shift_set_starts_at (shift, now + 86400);
    paraat_shift_set_ends_at (shift, now + 8 * 86400);
    g_assert_true (paraat_store_save_shift (store, shift, &error));
    g_assert_no_error (error);

    paraat_organisation_page_select (page, "person", paraat_person_get_id (holder));
    wait_until (page_loaded, page, "the page to reload");
    screenshot (GTK_WIDGET (window), "organisation-person-piket");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.delete", NULL));
    dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
    gtk_window_close (GTK_WINDOW (dialog));
    run_for (100);
    dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    screenshot (dialog, "delete-person-in-use");
    g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "inactive"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "inactive");
    gtk_window_close (GTK_WINDOW (dialog));
    run_for (100);

    /* Nothing was deleted; the person is inactive now. */
    after = paraat_store_get_person (store, paraat_person_get_id (holder), &error);
    g_assert_no_error (error);
    g_assert_false (paraat_person_get_active (after));
    g_assert_cmpuint (count (paraat_store_list_assignments (store, paraat_person_get_id (holder), 0, NULL)), ==, n_assignments);
    paraat_person_set_active (after, TRUE);
    g_assert_true (paraat_store_save_person (store, after, &error));
    g_assert_no_error (error);
  }

  /* Narrow: the list and the detail fold into one column. */
  resize (window, 360, 800);
  paraat_organisation_page_select (page, "person", paraat_person_get_id (person));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (find_by_type (GTK_WIDGET (page), ADW_TYPE_LEAFLET))));
  screenshot (GTK_WIDGET (window), "organisation-narrow");
  resize (window, 1280, 800);

  /* Deleting the team keeps its function, without a team; undo puts the
   * team back and the function in it. */
  g_assert_cmpint (paraat_function_get_team_id (function), >, 0);
  paraat_organisation_page_select (page, "team", paraat_function_get_team_id (function));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.delete", NULL));
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  g_assert_cmpuint (count (paraat_store_list_teams (store, NULL)), ==, n_teams);
  g_clear_object (&function);
  function = paraat_store_find_function (store, "TST-1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (paraat_function_get_team_id (function), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.undo", NULL));
  run_for (100);
  g_assert_cmpuint (count (paraat_store_list_teams (store, NULL)), ==, n_teams + 1);
  g_clear_object (&function);
  function = paraat_store_find_function (store, "TST-1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (paraat_function_get_team_id (function), >, 0);

  /* Leave the demo as it was. */
  g_assert_true (paraat_store_begin (store, &error));
  {
    g_autoptr (GListModel) assignments = paraat_store_list_assignments (store, paraat_person_get_id (person), 0, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
      {
        g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);

        g_assert_true (paraat_store_delete_assignment (store, paraat_assignment_get_id (assignment), &error));
      }
  }
  {
    g_autoptr (GListModel) absences = paraat_store_list_absences (store, paraat_person_get_id (person),
                                                                  G_MININT64 / 2, G_MAXINT64 / 2, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (absences); i++)
      {
        g_autoptr (ParaatAbsence) absence = g_list_model_get_item (absences, i);

        g_assert_true (paraat_store_delete_absence (store, paraat_absence_get_id (absence), &error));
      }
  }
  g_assert_true (paraat_store_delete_person (store, paraat_person_get_id (person), &error));
  g_assert_true (paraat_store_delete_function (store, paraat_function_get_id (function), &error));
  g_assert_true (paraat_store_delete_team (store, paraat_function_get_team_id (function), &error));
  g_assert_true (paraat_store_commit (store, &error));
  g_assert_no_error (error);
  show_page (window, "overview");
}

/* The OTO page on the demo: this year's sessions by quarter, and the
 * matrix; a session registered for Joost Kalenderink (who missed this
 * year's exercises) changes his ACB cell. */
static void
test_oto (void)
{
  ParaatWindow *window = main_window ();
  ParaatOtoPage *page;
  ParaatStore *store;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;

  /* The roster test's last toast would cover the screenshots. */
  paraat_ui_dismiss_toast (GTK_WIDGET (window));
  page = PARAAT_OTO_PAGE (show_page (window, "oto"));
  store = paraat_oto_page_get_store (page);
  g_assert_nonnull (store);
  g_assert_cmpuint (paraat_oto_page_get_n_sessions (page), ==, 25);
  screenshot (GTK_WIDGET (window), "oto-sessions");

  paraat_oto_page_show_view (page, "proficiency");
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (paraat_oto_page_get_n_people (page), >=, 55);
  before = paraat_oto_page_get_cell_text (page, "Joost Kalenderink", "ACB");
  g_assert_nonnull (before);
  screenshot (GTK_WIDGET (window), "oto-proficiency");

  /* A table-top for ACB, planned in the editor: first with its end before
   * its start (refused at the field), then right. Every ACB holder is
   * invited. */
  {
    const char *targets[] = { "ACB", NULL };
    g_autoptr (GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
    g_autoptr (GDateTime) today = g_date_time_new_now (amsterdam);
    g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
    GtkWidget *editor = paraat_oto_page_new_session (page, NULL);
    GtkWidget *save;

    g_assert_nonnull (editor);
    wait_for_frames (editor);
    paraat_session_editor_fill (PARAAT_SESSION_EDITOR (editor), "TTX extra ACB", "TTX", date, "00:30", "00:10", targets);
    save = find_by_name (editor, "save-button");
    g_assert_false (gtk_widget_get_sensitive (save));
    screenshot (editor, "oto-session-editor");
    paraat_session_editor_fill (PARAAT_SESSION_EDITOR (editor), "TTX extra ACB", "TTX", date, "00:00", "00:30", targets);
    g_assert_true (gtk_widget_get_sensitive (save));
    g_assert_true (paraat_session_editor_save (PARAAT_SESSION_EDITOR (editor)));
    run_for (200);
  }

  /* Registered through the attendance dialog. */
  paraat_oto_page_show_view (page, "sessions");
  dialog = paraat_oto_page_open_attendance (page, "TTX extra ACB");
  g_assert_nonnull (dialog);
  wait_for_frames (GTK_WIDGET (dialog));
  g_assert_true (paraat_attendance_dialog_set_status (dialog, "Joost Kalenderink", PARAAT_ATTENDANCE_PRESENT));
  /* Role, hours and result are for who was there. */
  g_assert_false (paraat_attendance_dialog_set_details (dialog, "Hugo Alarmink", "Observer", 1, PARAAT_RESULT_PASSED));
  g_assert_true (paraat_attendance_dialog_set_details (dialog, "Joost Kalenderink", "Voorzitter", 0.5, PARAAT_RESULT_PASSED));
  /* Someone who holds no ACB function joins the list and is excused. */
  g_assert_true (paraat_attendance_dialog_add_person (dialog, "Eva Draaiboom"));
  g_assert_true (paraat_attendance_dialog_set_status (dialog, "Eva Draaiboom", PARAAT_ATTENDANCE_EXCUSED));
  screenshot (GTK_WIDGET (dialog), "oto-attendance");
  g_assert_true (paraat_attendance_dialog_save (dialog));
  run_for (200);
  {
    g_autoptr (GListModel) sessions = paraat_store_list_sessions (store, G_MININT64, G_MAXINT64, NULL);
    g_autoptr (GArray) rows = NULL;
    gint64 session_id = 0;
    gboolean joost = FALSE, eva = FALSE;

    for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
      {
        g_autoptr (ParaatSession) session = g_list_model_get_item (sessions, i);

        if (g_strcmp0 (paraat_session_get_title (session), "TTX extra ACB") == 0)
          session_id = paraat_session_get_id (session);
      }
    g_assert_cmpint (session_id, !=, 0);
    rows = paraat_store_read_attendance (store, session_id, NULL);
    g_assert_nonnull (rows);
    for (guint i = 0; i < rows->len; i++)
      {
        const ParaatAttendance *row = &g_array_index (rows, ParaatAttendance, i);
        g_autoptr (GListModel) people = paraat_store_list_people (store, NULL);
        const char *name = NULL;

        for (guint p = 0; p < g_list_model_get_n_items (people); p++)
          {
            g_autoptr (ParaatPerson) person = g_list_model_get_item (people, p);

            if (paraat_person_get_id (person) == row->person_id)
              name = paraat_person_get_display_name (person);
          }
        if (g_strcmp0 (name, "Joost Kalenderink") == 0)
          {
            joost = TRUE;
            g_assert_cmpint (row->status, ==, PARAAT_ATTENDANCE_PRESENT);
            g_assert_cmpstr (row->role, ==, "Voorzitter");
            g_assert_cmpfloat (row->hours, ==, 0.5);
            g_assert_cmpint (row->result, ==, PARAAT_RESULT_PASSED);
          }
        else if (g_strcmp0 (name, "Eva Draaiboom") == 0)
          {
            eva = TRUE;
            g_assert_cmpint (row->status, ==, PARAAT_ATTENDANCE_EXCUSED);
            g_assert_cmpfloat (row->hours, <, 0);
          }
      }
    g_assert_true (joost);
    g_assert_true (eva);
  }

  paraat_oto_page_show_view (page, "proficiency");
  wait_for_frames (GTK_WIDGET (window));
  /* The page reloads when the store says it changed. */
  for (guint i = 0; i < 50; i++)
    {
      g_free (after);
      after = paraat_oto_page_get_cell_text (page, "Joost Kalenderink", "ACB");
      if (g_strcmp0 (before, after) != 0)
        break;
      run_for (100);
    }
  g_test_message ("Joost Kalenderink, ACB: “%s” → “%s”", before, after);
  g_assert_nonnull (after);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (g_str_has_prefix (after, "✓") || g_str_has_prefix (after, "⚠"));

  /* One function: its five holders (one a trainee) and four requirements. */
  paraat_oto_page_show_function (page, "ACB");
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (paraat_oto_page_get_n_people (page), ==, 5);
  screenshot (GTK_WIDGET (window), "oto-requirements");
  paraat_oto_page_show_function (page, NULL);

  /* The year plan: every function by quarter. */
  paraat_oto_page_show_view (page, "plan");
  wait_for_frames (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (window), "oto-plan");

  /* Lessons: an improvement from the new table-top, with an owner. */
  paraat_oto_page_show_view (page, "lessons");
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (paraat_oto_page_get_n_lessons (page), ==, 9);
  {
    GtkWidget *editor = paraat_lesson_editor_new (store, GTK_WINDOW (window), NULL);
    GtkWidget *save;

    gtk_window_present (GTK_WINDOW (editor));
    wait_for_frames (editor);
    save = find_by_name (editor, "save-button");
    g_assert_false (gtk_widget_get_sensitive (save));
    paraat_lesson_editor_fill (editor, "Logboek in LCMS eerder openen", "TTX extra ACB", NULL,
                               "Joost Kalenderink", "2026-02-30");
    g_assert_false (gtk_widget_get_sensitive (save));
    paraat_lesson_editor_fill (editor, "Logboek in LCMS eerder openen", "TTX extra ACB", NULL,
                               "Joost Kalenderink", "2027-01-15");
    screenshot (editor, "oto-lesson-editor");
    g_assert_true (paraat_lesson_editor_save (editor));
  }
  for (guint i = 0; i < 50 && paraat_oto_page_get_n_lessons (page) != 10; i++)
    run_for (100);
  g_assert_cmpuint (paraat_oto_page_get_n_lessons (page), ==, 10);
  screenshot (GTK_WIDGET (window), "oto-lessons");
  paraat_oto_page_show_view (page, "sessions");

  /* Requirements are kept with the function: add one (refused at the field
   * first), then remove it again; a person's page shows their proficiency. */
  {
    ParaatOrganisationPage *organisation = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
    g_autoptr (ParaatFunction) acb = paraat_store_find_function (store, "ACB", NULL);
    g_autoptr (GArray) requirements = NULL;
    GtkWidget *editor, *save;
    gint64 added = 0;
    guint n_before = 0, n_after = 0;

    paraat_organisation_page_select (organisation, "function", paraat_function_get_id (acb));
    wait_for_frames (GTK_WIDGET (window));
    g_assert_nonnull (find_by_name (GTK_WIDGET (organisation), "add-requirement-button"));
    screenshot (GTK_WIDGET (window), "organisation-function-requirements");

    requirements = paraat_store_read_requirements (store, NULL);
    for (guint i = 0; i < requirements->len; i++)
      n_before += g_array_index (requirements, ParaatRequirement, i).function_id == paraat_function_get_id (acb);
    g_clear_pointer (&requirements, g_array_unref);

    editor = paraat_requirement_editor_new (store, GTK_WINDOW (window), paraat_function_get_id (acb));
    gtk_window_present (GTK_WINDOW (editor));
    wait_for_frames (editor);
    save = find_by_name (editor, "save-button");
    paraat_requirement_editor_fill (editor, "EVAL", 2, 24, 1);
    g_assert_false (gtk_widget_get_sensitive (save));
    screenshot (editor, "requirement-editor");
    paraat_requirement_editor_fill (editor, "EVAL", 1, 24, 0);
    g_assert_true (paraat_requirement_editor_save (editor));
    run_for (200);

    requirements = paraat_store_read_requirements (store, NULL);
    for (guint i = 0; i < requirements->len; i++)
      {
        const ParaatRequirement *requirement = &g_array_index (requirements, ParaatRequirement, i);

        if (requirement->function_id != paraat_function_get_id (acb))
          continue;
        n_after++;
        if (g_strcmp0 (requirement->kind_code, "EVAL") == 0)
          added = requirement->id;
      }
    g_assert_cmpuint (n_after, ==, n_before + 1);
    g_assert_cmpint (added, >, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (organisation), "org.delete-requirement", "x", added));
    run_for (200);
    g_clear_pointer (&requirements, g_array_unref);
    requirements = paraat_store_read_requirements (store, NULL);
    n_after = 0;
    for (guint i = 0; i < requirements->len; i++)
      n_after += g_array_index (requirements, ParaatRequirement, i).function_id == paraat_function_get_id (acb);
    g_assert_cmpuint (n_after, ==, n_before);

    {
      g_autoptr (GListModel) people = paraat_store_list_people (store, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr (ParaatPerson) person = g_list_model_get_item (people, i);

          if (g_str_equal (paraat_person_get_display_name (person), "Joost Kalenderink"))
            paraat_organisation_page_select (organisation, "person", paraat_person_get_id (person));
        }
    }
    wait_for_frames (GTK_WIDGET (window));
    screenshot (GTK_WIDGET (window), "organisation-person-proficiency");
    show_page (window, "overview");
  }
}

/* The Piket page on the demo: five years of weeks, this week in view, a cell
 * reassigned by hand that generating again keeps. */
static void choose_file (const char *folder,
                         const char *name);

/* The text of a PDF through pdftotext, or NULL when it is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status = 0;

  if (tool == NULL)
    {
      g_test_message ("pdftotext is not installed: the PDF's text is not checked");
      return NULL;
    }
  argv[0] = tool;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&out);
}

static gint64 find_event_id (ParaatStore *store,
                             const char  *name);

/* The visible window named @name, waited for. */
static GtkWidget *
wait_for_named_toplevel (const char *name)
{
  for (int attempt = 0; attempt < 500; attempt++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

          if (gtk_widget_get_visible (window) && g_strcmp0 (gtk_widget_get_name (window), name) == 0)
            {
              wait_for_frames (window);
              return window;
            }
        }
      run_for (10);
    }
  g_error ("no window named %s appeared", name);
  return NULL;
}

static void
test_events (void)
{
  ParaatWindow *window = main_window ();
  ParaatEventsPage *page;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  g_autofree char *first = g_strdup_printf ("%d-12-27", year);
  g_autofree char *last = g_strdup_printf ("%d-12-28", year);
  g_autofree char *build_day = g_strdup_printf ("%d-12-26", year);
  GtkWindow *event_window, *scan;
  GtkWidget *editor, *save;

  //DISMISS
  page = PARAAT_EVENTS_PAGE (show_page (window, "events"));
  g_assert_cmpuint (paraat_events_page_get_n_events (page), >=, 8);
  screenshot (GTK_WIDGET (window), "events");

  /* A C-event in the editor: first ending before it starts (refused at the
   * field), with a negative visitor count, then right. */
  editor = paraat_events_page_new_event (page);
  g_assert_nonnull (editor);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for_frames (editor);
  paraat_event_editor_fill (editor, "Winterfestival Voorbeeldplas", last, "12:00", first, "23:00", "-5");
  save = find_by_name (editor, "save-button");
  g_assert_false (gtk_widget_get_sensitive (save));
  screenshot (editor, "event-editor-invalid");
  paraat_event_editor_fill (editor, NULL, first, "12:00", last, "23:00", "12000");
  /* Building up after the event opens: refused at the field. */
  paraat_event_editor_fill_site (editor, last, "08:00", last, "23:30");
  g_assert_false (gtk_widget_get_sensitive (save));
  paraat_event_editor_fill_site (editor, build_day, "08:00", NULL, NULL);
  paraat_event_editor_choose_partner (editor, "Politie, basisteam Voorbeeld");
  paraat_event_editor_choose_partner (editor, "Verkeer");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (paraat_event_editor_save (editor));
  wait_until (page_loaded, page, "the page to reload");
  run_for (200);

  /* Saved with the two partners ticked. */
  {
    g_autoptr (GListModel) events = paraat_store_list_events (paraat_events_page_get_store (page), G_MININT64,
                                                              G_MAXINT64, NULL);
    gint64 id = 0;

    for (guint i = 0; i < g_list_model_get_n_items (events); i++)
      {
        g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);

        if (g_strcmp0 (paraat_event_get_name (event), "Winterfestival Voorbeeldplas") == 0)
          id = paraat_event_get_id (event);
      }
    g_assert_cmpint (id, >, 0);
    {
      g_autoptr (ParaatEvent) saved = paraat_store_get_event (paraat_events_page_get_store (page), id, NULL);

      /* Built up the day before, cleared 30 minutes after closing. */
      g_assert_cmpint (paraat_event_get_starts_at (saved) - paraat_event_get_build_up_at (saved), ==, 28 * 3600);
      g_assert_cmpint (paraat_event_get_break_down_at (saved) - paraat_event_get_ends_at (saved), ==, 30 * 60);
    }
    {
      g_autoptr (GArray) partners = paraat_store_read_event_partners (paraat_events_page_get_store (page), id, NULL);

      g_assert_nonnull (partners);
      g_assert_cmpuint (partners->len, ==, 2);
    }
  }
  event_window = paraat_events_page_open_event (page, "Winterfestival Voorbeeldplas");
  g_assert_nonnull (event_window);
  wait_for_frames (GTK_WIDGET (event_window));
  /* No class yet: no checklist. */
  g_assert_false (paraat_event_window_add_checklist (event_window, "REF"));
  g_assert_cmpuint (paraat_event_window_get_n_tasks (event_window), ==, 0);

  /* The risk scan: the heaviest answer everywhere is class C. */
  scan = paraat_event_window_open_scan (event_window);
  g_assert_nonnull (scan);
  wait_for_frames (GTK_WIDGET (scan));
  paraat_scan_window_answer_all (scan, G_MAXUINT);
  screenshot (GTK_WIDGET (scan), "risk-scan");
  g_assert_true (paraat_scan_window_save (scan));
  run_for (200);

  /* The reference checklist for C, an item ticked off. */
  g_assert_true (paraat_event_window_add_checklist (event_window, "REF"));
  g_assert_cmpuint (paraat_event_window_get_n_tasks (event_window), ==, 36);
  g_assert_true (paraat_event_window_set_task_status (event_window, 0, PARAAT_TASK_DONE));
  g_assert_true (paraat_event_window_set_task_status (event_window, 1, PARAAT_TASK_NOT_APPLICABLE));
  /* An item re-dated (refused at the field first), one removed, one added by hand. */
  {
    GtkWindow *item = paraat_event_window_edit_item (event_window, 2);
    g_autofree char *later = g_strdup_printf ("%d-11-30", year);

    g_assert_nonnull (item);
    wait_for_frames (GTK_WIDGET (item));
    paraat_item_dialog_fill (item, NULL, "30-11-2026", NULL);
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (item), "save"));
    screenshot (GTK_WIDGET (item), "event-item-invalid");
    paraat_item_dialog_fill (item, NULL, later, "10:00");
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (item), "save"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (item), "save");
    gtk_window_close (item);
    run_for (200);
    g_assert_cmpuint (paraat_event_window_get_n_tasks (event_window), ==, 36);

    item = paraat_event_window_edit_item (event_window, 3);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (item), "remove");
    gtk_window_close (item);
    run_for (200);
    g_assert_cmpuint (paraat_event_window_get_n_tasks (event_window), ==, 35);

    item = paraat_event_window_edit_item (event_window, G_MAXUINT);
    paraat_item_dialog_fill (item, "Draaiboek ijsbaan afgestemd met de ijsvereniging", later, NULL);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (item), "save");
    gtk_window_close (item);
    run_for (200);
    g_assert_cmpuint (paraat_event_window_get_n_tasks (event_window), ==, 36);
  }
  /* The schouw: planned the day before (a time that is none refused), a
   * point to put right, and the go (not without who decided). */
  {
    g_autofree char *day_before = g_strdup_printf ("%d-12-26", year);

    g_assert_false (paraat_event_window_plan_schouw (event_window, day_before, "25:00", "Politie, VR, BWT"));
    g_assert_true (paraat_event_window_plan_schouw (event_window, day_before, "14:00",
                                                     "Politie, VR, vergunningverlening, verkeer, BWT"));
    /* Who goes: chosen in a dialog (looked at), then kept with the schouw. */
    {
      ParaatStore *store = paraat_events_page_get_store (page);
      g_autoptr (ParaatPerson) going = find_person (store, "Roosterveld");
      gint64 ids[1];
      GtkWidget *dialog;
      g_autoptr (ParaatSchouw) schouw = NULL;
      g_autoptr (GArray) stored = NULL;

      g_assert_nonnull (going);
      ids[0] = paraat_person_get_id (going);
      g_signal_emit_by_name (find_by_name (GTK_WIDGET (event_window), "schouw-people-button"), "clicked");
      dialog = wait_for_named_toplevel ("schouw-people-dialog");
      screenshot (dialog, "schouw-people");
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      gtk_window_close (GTK_WINDOW (dialog));
      run_for (100);
      g_assert_true (paraat_event_window_set_schouw_people (event_window, ids, 1));
      schouw = paraat_store_read_schouw (store, find_event_id (store, "Winterfestival Voorbeeldplas"), NULL);
      g_assert_nonnull (schouw);
      stored = paraat_store_read_schouw_people (store, schouw->id, NULL);
      g_assert_cmpuint (stored->len, ==, 1);
      g_assert_cmpint (g_array_index (stored, gint64, 0), ==, ids[0]);
    }
    g_assert_false (paraat_event_window_add_finding (event_window, "  "));
    g_assert_true (paraat_event_window_add_finding (event_window, "Nooduitgang bij de ijsbaan vrijmaken"));
    g_assert_false (paraat_event_window_decide (event_window, PARAAT_SCHOUW_GO, ""));
    g_assert_true (paraat_event_window_decide (event_window, PARAAT_SCHOUW_GO, "Burgemeester (via OvD-Bz)"));
  }
  /* The schouw form to take along, saved from the schouw's section: the
   * point to put right and the decision on it. */
  {
    g_autofree char *path = g_build_filename (tmp_dir, "schouwformulier.pdf", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *text = NULL;
    GtkWidget *button = find_by_name (GTK_WIDGET (event_window), "schouw-form-button");
    gsize length = 0;

    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    choose_file (tmp_dir, "schouwformulier.pdf");
    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_cmpuint (length, >, 10000);
    text = pdf_text (path);
    if (text != NULL)
      {
        g_assert_nonnull (strstr (text, "Winterfestival Voorbeeldplas"));
        g_assert_nonnull (strstr (text, "Nooduitgang bij de ijsbaan vrijmaken"));
        g_assert_nonnull (strstr (text, "Burgemeester (via OvD-Bz)"));
        g_assert_nonnull (strstr (text, "Draaiboek ijsbaan afgestemd"));
      }
    run_for (400);
    screenshot (GTK_WIDGET (event_window), "event-schouw-form-saved");
  }
  /* A lesson of the event lands in OTO's list, linked to it. */
  {
    GtkWidget *lesson = paraat_event_window_new_lesson (event_window);

    g_assert_nonnull (lesson);
    gtk_window_present (GTK_WINDOW (lesson));
    wait_for_frames (lesson);
    paraat_lesson_editor_fill (lesson, "Verkeersregelaars eerder inzetten bij de ijsbaan", NULL, NULL, NULL, NULL);
    g_assert_true (paraat_lesson_editor_save (lesson));
  }
  screenshot (GTK_WIDGET (event_window), "event-window");
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (event_window),
                                                                     GTK_TYPE_SCROLLED_WINDOW));

    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 700);
    screenshot (GTK_WIDGET (event_window), "event-schouw");
  }
  /* Down to the checklist. */
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (event_window),
                                                                     GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (scrolled);

    wait_for_frames (GTK_WIDGET (event_window));
    gtk_adjustment_set_value (down, 1900);
    screenshot (GTK_WIDGET (event_window), "event-checklist");
  }
  gtk_window_destroy (event_window);
  run_for (200);
  wait_until (page_loaded, page, "the page to reload");
  screenshot (GTK_WIDGET (window), "events-after");

  /* The calendar for the services as the page shows it: class C only. */
  {
    g_autofree char *path = g_build_filename (tmp_dir, "evenementenkalender.pdf", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *text = NULL;
    ParaatEventFilter only_c = { PARAAT_RISK_CLASS_C, PARAAT_EVENT_FILTER_ANY };
    ParaatEventFilter all = { PARAAT_EVENT_FILTER_ANY, PARAAT_EVENT_FILTER_ANY };

    paraat_events_page_set_filter (page, &only_c);
    wait_until (page_loaded, page, "the page to reload");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "events.export-calendar", NULL));
    choose_file (tmp_dir, "evenementenkalender.pdf");
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    text = pdf_text (path);
    if (text != NULL)
      {
        g_assert_nonnull (strstr (text, "Winterfestival Voorbeeldplas"));
        g_assert_null (strstr (text, "Koningsdag"));
      }
    run_for (400);
    screenshot (GTK_WIDGET (window), "events-calendar-saved");
    paraat_events_page_set_filter (page, &all);
    wait_until (page_loaded, page, "the page to reload");
  }
}

/* The visible window titled @title. */
static GtkWindow *
window_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window) && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), title) == 0)
        return GTK_WINDOW (window);
    }
  g_error ("no window “%s”", title);
  return NULL;
}

/* The checklist templates and the risk scan's questions, edited from the
 * Events page's menu: a bad due rule is shown at its field and keeps Save
 * off, a good one reads in words and saves; a template copied, deleted and
 * brought back; a question added to the scan. */
static void
test_checklist_editors (void)
{
  ParaatWindow *window = main_window ();
  ParaatEventsPage *page = PARAAT_EVENTS_PAGE (show_page (window, "events"));
  ParaatStore *store = paraat_events_page_get_store (page);
  GtkWindow *templates, *editor, *scan;
  const char * const answers[] = { "Nee", "Ja, met beveiliging", NULL };
  const int points[] = { 0, 6 };
  guint n_templates, n_items, n_questions;
  gint64 ref_id = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "events.templates", NULL));
  templates = window_titled (_("Checklist Templates"));
  wait_for_frames (GTK_WIDGET (templates));
  n_templates = paraat_templates_window_get_n_templates (templates);
  g_assert_cmpuint (n_templates, >=, 4);
  screenshot (GTK_WIDGET (templates), "checklist-templates");

  /* The reference checklist: its fourth item given a due rule that does not
   * read, then one that does. */
  {
    g_autoptr (GArray) list = paraat_store_list_templates (store, NULL);

    ref_id = g_array_index (list, ParaatChecklistTemplate, 0).id;
  }
  editor = paraat_templates_window_edit (templates, 0);
  g_assert_nonnull (editor);
  wait_for_frames (GTK_WIDGET (editor));
  n_items = paraat_template_editor_get_n_items (editor);
  g_assert_cmpuint (n_items, >=, 30);
  g_assert_true (paraat_template_editor_can_save (editor));
  paraat_template_editor_set_item (editor, 3, NULL, "T-16x");
  g_assert_nonnull (paraat_template_editor_get_due_problem (editor, 3));
  g_assert_false (paraat_template_editor_can_save (editor));
  g_assert_false (paraat_template_editor_save (editor));
  /* Preparation due after the start: the rules say so at the item. */
  paraat_template_editor_set_item (editor, 3, NULL, "T+2d");
  g_assert_false (paraat_template_editor_can_save (editor));
  paraat_template_editor_set_item (editor, 3, "Vergunningaanvraag ontvangen (compleet)", "T-15w");
  g_assert_null (paraat_template_editor_get_due_problem (editor, 3));
  g_assert_nonnull (paraat_template_editor_get_due_words (editor, 3));
  g_assert_true (paraat_template_editor_can_save (editor));
  paraat_template_editor_set_item (editor, 3, NULL, "T-15x");
  wait_for_frames (GTK_WIDGET (editor));
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW));

    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 420);
  }
  screenshot (GTK_WIDGET (editor), "template-editor-invalid");
  paraat_template_editor_set_item (editor, 3, NULL, "T-15w");
  screenshot (GTK_WIDGET (editor), "template-editor");
  g_assert_true (paraat_template_editor_save (editor));
  {
    g_autoptr (GArray) items = paraat_store_read_template_items (store, ref_id, NULL);
    const ParaatTemplateItem *item = &g_array_index (items, ParaatTemplateItem, 3);

    g_assert_cmpuint (items->len, ==, n_items);
    g_assert_cmpstr (item->text, ==, "Vergunningaanvraag ontvangen (compleet)");
    g_assert_cmpint (item->offset_minutes, ==, -15 * 7 * 24 * 60);
  }

  /* A new template: one item, saved; then copied, the copy deleted and
   * brought back with Undo. */
  editor = paraat_templates_window_edit (templates, G_MAXUINT);
  wait_for_frames (GTK_WIDGET (editor));
  g_assert_false (paraat_template_editor_can_save (editor));
  {
    AdwEntryRow *code = ADW_ENTRY_ROW (find_by_type (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW));

    gtk_editable_set_text (GTK_EDITABLE (code), "markt");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "MARKT");
  }
  {
    GtkWidget *rows = find_by_type (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
    GtkWidget *name = gtk_widget_get_next_sibling (rows);

    g_assert_true (ADW_IS_ENTRY_ROW (name));
    gtk_editable_set_text (GTK_EDITABLE (name), "Weekmarkt");
  }
  paraat_template_editor_add_item (editor);
  paraat_template_editor_set_item (editor, 0, "Marktvergunning verlengd", "F:12-01:Y-1");
  g_assert_true (paraat_template_editor_can_save (editor));
  g_assert_true (paraat_template_editor_save (editor));
  run_for (100);
  g_assert_cmpuint (paraat_templates_window_get_n_templates (templates), ==, n_templates + 1);
  g_assert_true (paraat_templates_window_copy (templates, n_templates));
  run_for (100);
  g_assert_cmpuint (paraat_templates_window_get_n_templates (templates), ==, n_templates + 2);
  g_assert_true (paraat_templates_window_delete (templates, n_templates + 1));
  run_for (100);
  g_assert_cmpuint (paraat_templates_window_get_n_templates (templates), ==, n_templates + 1);
  screenshot (GTK_WIDGET (templates), "checklist-templates-deleted");
  g_assert_true (paraat_templates_window_undo (templates));
  run_for (100);
  g_assert_cmpuint (paraat_templates_window_get_n_templates (templates), ==, n_templates + 2);
  gtk_window_destroy (templates);

  /* The scan: a question added, checked, saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "events.scan-questions", NULL));
  scan = window_titled (_("Risk Scan Questions"));
  wait_for_frames (GTK_WIDGET (scan));
  n_questions = paraat_scan_editor_get_n_questions (scan);
  g_assert_cmpuint (n_questions, >=, 10);
  g_assert_true (paraat_scan_editor_can_save (scan));
  screenshot (GTK_WIDGET (scan), "risk-scan-questions");
  paraat_scan_editor_add_question (scan, "audience", "", answers, points);
  g_assert_false (paraat_scan_editor_can_save (scan));
  paraat_scan_editor_add_question (scan, "audience", "Komt er een VIP of bewindspersoon?", answers, points);
  g_assert_false (paraat_scan_editor_can_save (scan));
  wait_for_frames (GTK_WIDGET (scan));
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (scan), GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (scrolled);

    gtk_adjustment_set_value (down, gtk_adjustment_get_upper (down));
  }
  screenshot (GTK_WIDGET (scan), "risk-scan-questions-new");
  g_assert_false (paraat_scan_editor_save (scan));
  g_assert_true (paraat_scan_editor_remove_question (scan, n_questions));
  g_assert_true (paraat_scan_editor_can_save (scan));
  g_assert_true (paraat_scan_editor_save (scan));
  {
    g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, NULL);

    g_assert_cmpuint (form->questions->len, ==, n_questions + 1);
    g_assert_cmpstr (g_array_index (form->questions, ParaatScanQuestion, n_questions).text, ==,
                     "Komt er een VIP of bewindspersoon?");
  }
  run_for (100);
}

static gint64
find_event_id (ParaatStore *store,
               const char  *name)
{
  g_autoptr (GListModel) events = paraat_store_list_events (store, G_MININT64, G_MAXINT64, NULL);
  gint64 id = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (ParaatEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (paraat_event_get_name (event), name) == 0)
        id = paraat_event_get_id (event);
    }
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
n_requests (ParaatStore *store,
            gint64       event_id)
{
  g_autoptr (GPtrArray) requests = paraat_store_list_event_duty_requests (store, event_id, NULL);

  g_assert_nonnull (requests);
  return requests->len;
}

/* The toast shown (or waiting to be) through paraat_ui_show_toast(). */
static AdwToast *
current_toast (GtkWidget *window)
{
  GtkWidget *overlay = find_by_type (window, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = NULL;

  for (int i = 0; i < 100 && toast == NULL; i++)
    {
      toast = g_object_get_data (G_OBJECT (overlay), "paraat-pending-toast");
      if (toast == NULL)
        toast = g_object_get_data (G_OBJECT (overlay), "paraat-shown-toast");
      if (toast == NULL)
        run_for (20);
    }
  return toast;
}

/* Extra piket asked from an event's window (refused at the fields first),
 * removed and put back with undo, then on the roster as a place of its own,
 * filled by hand like any other. */
static void
test_extra_piket (void)
{
  ParaatWindow *window = main_window ();
  ParaatEventsPage *events;
  ParaatRosterPage *roster;
  ParaatStore *store;
  GtkWindow *event_window;
  GtkWidget *dialog, *button;
  g_autoptr (GPtrArray) requests = NULL;
  gint64 event_id, starts_at = 0;
  guint week;
  int year;

  events = PARAAT_EVENTS_PAGE (show_page (window, "events"));
  store = paraat_events_page_get_store (events);
  event_id = find_event_id (store, "Jaarwisseling");
  {
    g_autoptr (ParaatEvent) event = paraat_store_get_event (store, event_id, NULL);
    g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (paraat_event_get_starts_at (event));

    year = g_date_time_get_year (utc);
  }
  /* The demo asks ACC and CPG extra for the turn of the year. */
  g_assert_cmpuint (n_requests (store, event_id), ==, 2);

  event_window = paraat_events_page_open_event (events, "Jaarwisseling");
  g_assert_nonnull (event_window);
  wait_for_frames (GTK_WIDGET (event_window));
  button = find_by_name (GTK_WIDGET (event_window), "request-extra-piket");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  wait_for_frames (dialog);

  /* Ending before it starts, and after the programme's days: refused at
   * the field and in the dialog's text. */
  {
    g_autofree char *eve = g_strdup_printf ("%d-12-31", year);
    g_autofree char *new_year = g_strdup_printf ("%d-01-01", year + 1);
    g_autofree char *too_late = g_strdup_printf ("%d-01-05", year + 1);

    g_assert_false (paraat_duty_dialog_fill (GTK_WINDOW (dialog), "IM", 1, eve, "18:00", eve, "12:00",
                                             "Informatiemanager paraat tijdens de jaarwisseling"));
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
    screenshot (dialog, "extra-piket-invalid");
    g_assert_false (paraat_duty_dialog_fill (GTK_WINDOW (dialog), NULL, 0, NULL, NULL, too_late, "06:00", NULL));
    g_assert_nonnull (strstr (paraat_duty_dialog_get_problem (GTK_WINDOW (dialog)), "Jaarwisseling"));
    screenshot (dialog, "extra-piket-outside");
    g_assert_true (paraat_duty_dialog_fill (GTK_WINDOW (dialog), NULL, 0, NULL, NULL, new_year, "06:00", NULL));
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
    gtk_window_close (GTK_WINDOW (dialog));
    run_for (200);
  }
  g_assert_cmpuint (n_requests (store, event_id), ==, 3);

  /* The section: down to it. */
  {
    GtkWidget *group = find_by_name (GTK_WIDGET (event_window), "extra-piket");
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (event_window),
                                                                     GTK_TYPE_SCROLLED_WINDOW));
    graphene_point_t at;

    g_assert_nonnull (group);
    wait_for_frames (GTK_WIDGET (event_window));
    g_assert_true (gtk_widget_compute_point (group, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &at));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), at.y - 12);
    screenshot (GTK_WIDGET (event_window), "event-extra-piket");
  }

  /* Removed (the generator's ACC with it), and back with undo. */
  requests = paraat_store_list_event_duty_requests (store, event_id, NULL);
  g_assert_cmpint (((ParaatDutyRequest *) g_ptr_array_index (requests, 0))->person_id, !=, 0);
  g_assert_true (paraat_duty_section_remove (event_window, 0));
  g_assert_cmpuint (n_requests (store, event_id), ==, 2);
  {
    AdwToast *toast = current_toast (GTK_WIDGET (window));

    g_assert_nonnull (toast);
    g_signal_emit_by_name (toast, "button-clicked");
    run_for (100);
  }
  g_assert_cmpuint (n_requests (store, event_id), ==, 3);
  {
    g_autoptr (GPtrArray) back = paraat_store_list_event_duty_requests (store, event_id, NULL);
    const ParaatDutyRequest *was = g_ptr_array_index (requests, 0);
    gboolean found = FALSE;

    for (guint i = 0; i < back->len; i++)
      {
        const ParaatDutyRequest *request = g_ptr_array_index (back, i);

        if (request->function_id == was->function_id && request->starts_at == was->starts_at)
          {
            found = TRUE;
            g_assert_cmpint (request->person_id, ==, was->person_id);
          }
        if (request->note != NULL && strstr (request->note, "Informatiemanager") != NULL)
          starts_at = request->starts_at;
      }
    g_assert_true (found);
  }
  g_assert_cmpint (starts_at, >, 0);
  gtk_window_destroy (event_window);
  run_for (100);
  paraat_ui_dismiss_toast (GTK_WIDGET (window));

  /* On the roster: the new one not yet filled, in its week; filled by hand. */
  roster = PARAAT_ROSTER_PAGE (show_page (window, "roster"));
  wait_until (page_loaded, roster, "the roster to reload");
  week = paraat_roster_page_find_week (roster, starts_at);
  g_assert_cmpuint (week, !=, G_MAXUINT);
  {
    g_autofree char *im = paraat_roster_page_get_cell_text (roster, week, "IM");
    g_autofree char *acc = paraat_roster_page_get_cell_text (roster, week, "ACC");
    g_autofree char *extra = g_strdup_printf (" · %s", "Jaarwisseling");

    g_assert_nonnull (strstr (im, _("Extra: ")));
    g_assert_nonnull (strstr (im, extra));
    g_assert_nonnull (strstr (im, _("not yet filled")));
    g_assert_nonnull (strstr (acc, _("Extra: ")));
    g_assert_nonnull (strstr (acc, extra));
    g_assert_null (strstr (acc, _("not yet filled")));
  }
  {
    g_autoptr (ParaatFunction) im = paraat_store_find_function (store, "IM", NULL);

    paraat_roster_page_show_shift (roster, paraat_function_get_id (im), starts_at);
  }
  wait_for_frames (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (window), "roster-extra-piket");

  paraat_roster_page_open_cell (roster, week, "IM");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  wait_for_frames (dialog);
  screenshot (dialog, "roster-extra-piket-cell");
  {
    /* The extra piket's group is the last; its first sensitive row someone free. */
    GtkWidget *list = NULL;
    GtkWidget *row;

    for (GtkWidget *group = find_by_type (dialog, ADW_TYPE_PREFERENCES_GROUP); group != NULL;
         group = gtk_widget_get_next_sibling (group))
      if (ADW_IS_PREFERENCES_GROUP (group))
        list = find_by_type (group, GTK_TYPE_LIST_BOX);
    g_assert_nonnull (list);
    for (row = gtk_widget_get_first_child (list); row != NULL && !gtk_widget_get_sensitive (row);
         row = gtk_widget_get_next_sibling (row))
      ;
    g_assert_nonnull (row);
    g_signal_emit_by_name (row, "activated");
    run_for (100);
  }
  wait_until (page_loaded, roster, "the roster to reload");
  /* Every message dialog must be gone before the next test, which waits for
   * one of its own (a dialog answered with adw_message_dialog_response()
   * rather than a click stays shown). */
  while ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      run_for (50);
    }
  {
    g_autofree char *im = paraat_roster_page_get_cell_text (roster, week, "IM");

    g_assert_null (strstr (im, _("not yet filled")));
  }
  show_page (window, "overview");
}

static void
test_roster (void)
{
  ParaatWindow *window = main_window ();
  ParaatRosterPage *page;
  ParaatStore *store;
  GtkWidget *dialog;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint week, next;

  page = PARAAT_ROSTER_PAGE (show_page (window, "roster"));
  store = paraat_roster_page_get_store (page);
  g_assert_nonnull (store);
  g_assert_cmpuint (paraat_roster_page_get_n_weeks (page), >=, 5 * 52);
  /* BGM, WTH, ACB, ACC, IM, LTBZ and CPG have a rotation; OVDBZ has the
   * extra piket Koningsdag asks. */
  g_assert_cmpuint (paraat_roster_page_get_n_columns (page), ==, 8);
  week = paraat_roster_page_find_week (page, now);
  g_assert_cmpuint (week, !=, G_MAXUINT);
  screenshot (GTK_WIDGET (window), "roster");

  /* Next week's ACB: both lines filled by the generator (the demo fills
   * this ISO year; late in December next week may lie beyond it). */
  next = week + 1;
  before = paraat_roster_page_get_cell_text (page, next, "ACB");
  g_assert_nonnull (before);
  if (strstr (before, "–") == NULL || strlen (before) > 3)
    {
      GtkWidget *list;
      GtkWidget *row;

      paraat_roster_page_open_cell (page, next, "ACB");
      dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      screenshot (dialog, "roster-cell");

      /* The last row of the first group is "Nobody". */
      list = find_by_type (dialog, GTK_TYPE_LIST_BOX);
      g_assert_nonnull (list);
      row = gtk_widget_get_last_child (list);
      g_assert_true (ADW_IS_ACTION_ROW (row));
      g_signal_emit_by_name (row, "activated");
      run_for (100);
      wait_until (page_loaded, page, "the roster to reload");
      after = paraat_roster_page_get_cell_text (page, next, "ACB");
      g_assert_nonnull (strstr (after, _("Gap")));

      /* Generating again keeps the gap set by hand. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roster.generate", NULL));
      dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      screenshot (dialog, "roster-generate");
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "generate");
      gtk_window_close (GTK_WINDOW (dialog));
      run_for (100);
      wait_until (page_loaded, page, "the roster to reload");
      kept = paraat_roster_page_get_cell_text (page, next, "ACB");
      {
        g_autofree char *gap_line = g_strdup_printf ("%s %s", _("1st"), _("Gap"));

        g_assert_nonnull (strstr (kept, gap_line));
      }
    }

  /* A swap: asked from a cell, approved by someone else in the swaps dialog. */
  {
    guint later = week + 2;
    g_autofree char *was = paraat_roster_page_get_cell_text (page, later, "ACC");
    g_autofree char *now_text = NULL;
    GtkWidget *ask;

    paraat_roster_page_open_cell (page, later, "ACC");
    dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    ask = find_by_name (dialog, "ask-swap");
    if (ask == NULL)
      {
        /* Late in the demo's year nobody may be free (the year ends). */
        gtk_window_close (GTK_WINDOW (dialog));
        g_test_message ("no swap possible in week %u", later);
      }
    else
      {
        g_signal_emit_by_name (ask, "clicked");
        run_for (100);
        dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
        g_assert_nonnull (find_by_name (dialog, "asked-by"));
        screenshot (dialog, "roster-swap-ask");
        adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "ask");
        gtk_window_close (GTK_WINDOW (dialog));
        run_for (100);
        wait_until (page_loaded, page, "the roster to reload");
        g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roster.swaps", NULL));
        dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
        gtk_editable_set_text (GTK_EDITABLE (find_by_name (dialog, "decided-by")), "Coördinator OOV");
        screenshot (dialog, "roster-swaps");
        g_signal_emit_by_name (find_by_name (dialog, "approve-swap"), "clicked");
        run_for (100);
        wait_until (page_loaded, page, "the roster to reload");
        now_text = paraat_roster_page_get_cell_text (page, later, "ACC");
        g_assert_cmpstr (now_text, !=, was);
      }
  }

  /* Enter on a week opens the cell the keyboard is on (the first function). */
  {
    GtkWidget *list = find_by_type (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW);

    g_assert_nonnull (list);
    g_signal_emit_by_name (list, "activate", week);
    dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "BGM"));
    gtk_window_close (GTK_WINDOW (dialog));
    run_for (100);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roster.today", NULL));
  wait_for_frames (GTK_WIDGET (window));
  show_page (window, "overview");
}

/* A function's rotation through its editor: a wrong time is refused at the
 * field, a right one saved. */
static void
test_rotation_editor (void)
{
  ParaatWindow *window = main_window ();
  ParaatOrganisationPage *page = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
  ParaatStore *store = paraat_organisation_page_get_store (page);
  g_autoptr (ParaatFunction) acb = paraat_store_find_function (store, "ACB", NULL);
  g_autoptr (GListModel) rotations = NULL;
  GtkWidget *editor;
  GtkWidget *save;
  gint64 handover = -1;

  paraat_organisation_page_select (page, "function", paraat_function_get_id (acb));
  wait_until (page_loaded, page, "the function to show");
  g_assert_nonnull (find_by_name (GTK_WIDGET (page), "edit-rotation-button"));
  screenshot (GTK_WIDGET (window), "organisation-rotation");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.edit-rotation", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_ROTATION_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  save = find_by_name (editor, "save-button");
  g_assert_true (gtk_widget_get_sensitive (save));
  screenshot (editor, "rotation-editor");

  type_into (editor, "time-row", "25:00");
  g_assert_false (gtk_widget_get_sensitive (save));
  screenshot (editor, "rotation-editor-error");
  type_into (editor, "time-row", "12:00");
  g_assert_true (gtk_widget_get_sensitive (save));
  press_save (editor);
  wait_until (window_closed, &editor, "the editor to close");

  rotations = paraat_store_list_rotations (store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rotations); i++)
    {
      g_autoptr (ParaatRotation) rotation = g_list_model_get_item (rotations, i);

      if (paraat_rotation_get_function_id (rotation) == paraat_function_get_id (acb))
        handover = paraat_rotation_get_rule (rotation)->handover_minute;
    }
  g_assert_cmpint (handover, ==, 12 * 60);

  /* And back, as the demo has it. */
  wait_until (page_loaded, page, "the function to show again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.edit-rotation", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_ROTATION_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type_into (editor, "time-row", "09:00");
  press_save (editor);
  wait_until (window_closed, &editor, "the editor to close");

  /* A new rotation for SEC (soft piket, none yet) starts with its primary
   * people; then it is removed again. */
  {
    g_autoptr (ParaatFunction) sec = paraat_store_find_function (store, "SEC", NULL);
    guint before = count (paraat_store_list_rotations (store, NULL));
    GtkWidget *dialog;

    paraat_organisation_page_select (page, "function", paraat_function_get_id (sec));
    wait_until (page_loaded, page, "SEC to show");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.edit-rotation", NULL));
    editor = wait_for_toplevel (PARAAT_TYPE_ROTATION_EDITOR);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    g_assert_false (gtk_widget_get_visible (find_by_name (editor, "remove-button")) &&
                    gtk_widget_get_mapped (find_by_name (editor, "remove-button")));
    screenshot (editor, "rotation-editor-new");
    press_save (editor);
    wait_until (window_closed, &editor, "the new rotation to be saved");
    g_assert_cmpuint (count (paraat_store_list_rotations (store, NULL)), ==, before + 1);

    wait_until (page_loaded, page, "SEC to show again");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.edit-rotation", NULL));
    editor = wait_for_toplevel (PARAAT_TYPE_ROTATION_EDITOR);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    g_signal_emit_by_name (find_by_name (editor, "remove-button"), "clicked");
    dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "remove");
    gtk_window_close (GTK_WINDOW (dialog));
    wait_until (window_closed, &editor, "the rotation to be removed");
    g_assert_cmpuint (count (paraat_store_list_rotations (store, NULL)), ==, before);
  }
  show_page (window, "overview");
}

/* An absence during someone's piket: the page says so and opens the shift
 * on the Piket page, with who could take it. */
static void
test_absence_on_piket (void)
{
  ParaatWindow *window = main_window ();
  ParaatOrganisationPage *page = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
  ParaatStore *store = paraat_organisation_page_get_store (page);
  g_autoptr (GPtrArray) on_duty = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) later = g_date_time_add_days (now, 1);
  g_autofree char *day = g_date_time_format (later, "%Y-%m-%d");
  g_autoptr (GListModel) absences = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *editor;
  GtkWidget *dialog;
  gint64 person_id = 0;

  on_duty = paraat_roster_service_on_duty (store, g_date_time_to_unix (later) + 12 * 3600, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < on_duty->len && person_id == 0; i++)
    if (g_str_equal (((ParaatOnDuty *) g_ptr_array_index (on_duty, i))->code, "ACC"))
      person_id = ((ParaatOnDuty *) g_ptr_array_index (on_duty, i))->person_id;
  if (person_id == 0)
    {
      /* After the demo's year nobody is on the roster. */
      g_test_message ("nobody on ACC piket tomorrow");
      return;
    }

  paraat_organisation_page_select (page, "person", person_id);
  wait_until (page_loaded, page, "the person to show");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.add-absence", NULL));
  editor = wait_for_toplevel (PARAAT_TYPE_ABSENCE_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type_into (editor, "first-day-row", day);
  type_into (editor, "last-day-row", day);
  press_save (editor);
  wait_until (window_closed, &editor, "the absence editor to close");

  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "ACC"));
  screenshot (dialog, "absence-on-piket");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (200);
  wait_until (page_loaded, show_page (window, "roster"), "the roster to load");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "ACC"));
  screenshot (dialog, "absence-replacement");
  gtk_window_close (GTK_WINDOW (dialog));

  /* Leave the demo as it was. */
  absences = paraat_store_list_absences (store, person_id, G_MININT64 / 2, G_MAXINT64 / 2, &error);
  for (guint i = 0; i < g_list_model_get_n_items (absences); i++)
    {
      g_autoptr (ParaatAbsence) absence = g_list_model_get_item (absences, i);

      if (paraat_absence_get_ends_at (absence) - paraat_absence_get_starts_at (absence) <= 25 * 3600)
        g_assert_true (paraat_store_delete_absence (store, paraat_absence_get_id (absence), &error));
    }
  g_assert_no_error (error);
  show_page (window, "overview");
}

static void
test_narrow (void)
{
  ParaatWindow *window = main_window ();
  AdwViewSwitcherBar *bar;

  show_page (window, "overview");
  resize (window, 360, 800);
  bar = ADW_VIEW_SWITCHER_BAR (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  screenshot (GTK_WIDGET (window), "overview-narrow");
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));

  show_page (window, "roster");
  screenshot (GTK_WIDGET (window), "roster-narrow");

  resize (window, 1280, 800);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  show_page (window, "overview");
}

static void
test_preferences (void)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_application_get_store (app);
  ParaatWindow *window = main_window ();
  GtkWidget *preferences;
  GtkWidget *name_row;
  GtkWidget *apply;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_toplevel (PARAAT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (paraat_preferences_window_get_store (PARAAT_PREFERENCES_WINDOW (preferences)) == store);

  name_row = find_by_name (preferences, "name-row");
  apply = find_by_name (preferences, "apply-button");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Gemeente Voorbeeld");
  g_assert_false (gtk_widget_get_sensitive (apply));
  screenshot (preferences, "preferences");

  /* A blank name cannot be saved. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_assert_false (gtk_widget_get_sensitive (apply));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Gemeente Voorbeeldstad");
  g_assert_true (gtk_widget_get_sensitive (apply));
  g_signal_emit_by_name (apply, "clicked");
  g_assert_false (gtk_widget_get_sensitive (apply));

  organisation = paraat_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (paraat_organisation_get_name (organisation), ==, "Gemeente Voorbeeldstad");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeldstad");
  screenshot (preferences, "preferences-saved");

  /* Closing the window keeps what was typed, without pressing Apply. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Gemeente Voorbeeld");
  gtk_window_close (GTK_WINDOW (preferences));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeld");
  g_clear_object (&organisation);
  organisation = paraat_store_get_organisation (paraat_application_get_store (app), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (paraat_organisation_get_name (organisation), ==, "Gemeente Voorbeeld");
}

/* Calendar feeds: the address and folder in Preferences › Calendars, a
 * link for the event calendar made there and one for a person on their
 * page (shown once, its file published at once), the person's calendar
 * exported, publishing after a change, and revoking. */
static gboolean
file_is_calendar (gpointer data)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (data, &text, NULL, NULL) && g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n");
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static char *
only_new_file (const char *folder,
               GHashTable *seen)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  char *found = NULL;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".ics") && !g_hash_table_contains (seen, name))
      {
        g_assert_null (found);
        found = g_strdup (name);
      }
  g_assert_nonnull (found);
  g_hash_table_add (seen, g_strdup (found));
  return found;
}

static void
test_feeds (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatPerson) person = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) links = NULL;
  g_autofree char *folder = g_build_filename (tmp_dir, "feeds", NULL);
  g_autofree char *setting = NULL;
  g_autofree char *events_file = NULL;
  g_autofree char *person_file = NULL;
  g_autofree char *person_path = NULL;
  g_autofree char *export_path = g_build_filename (tmp_dir, "agenda.ics", NULL);
  g_autofree char *exported = NULL;
  ParaatWindow *window = main_window ();
  ParaatStore *store = paraat_application_get_store (app);
  ParaatOrganisationPage *page;
  GtkWidget *preferences;
  GtkWidget *dialog;
  GtkWidget *url_row;
  GtkWidget *group;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = wait_for_toplevel (PARAAT_TYPE_PREFERENCES_WINDOW);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                           ADW_PREFERENCES_PAGE (find_by_name (preferences, "calendars-page")));
  url_row = find_by_name (preferences, "feed-url-row");

  /* An address that is no web address is refused, with the reason. */
  gtk_editable_set_text (GTK_EDITABLE (url_row), "ftp://agenda.voorbeeld.nl");
  g_signal_emit_by_name (url_row, "apply");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  setting = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_BASE_URL, &error);
  g_assert_cmpstr (setting, ==, "");
  g_clear_pointer (&setting, g_free);

  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://agenda.voorbeeld.nl/feed/");
  g_signal_emit_by_name (url_row, "apply");
  setting = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_BASE_URL, &error);
  g_assert_cmpstr (setting, ==, "https://agenda.voorbeeld.nl/feed/");
  g_clear_pointer (&setting, g_free);

  g_signal_emit_by_name (find_by_name (preferences, "folder-choose-button"), "clicked");
  choose_file (tmp_dir, "feeds");
  setting = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, &error);
  g_assert_cmpstr (setting, ==, folder);
  wait_for_frames (preferences);
  screenshot (preferences, "preferences-calendars");

  /* A link for the event calendar: shown once, its file there at once. */
  g_signal_emit_by_name (find_by_name (preferences, "new-link-button"), "clicked");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (gtk_widget_get_name (dialog), ==, "new-link-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "make");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (gtk_widget_get_name (dialog), ==, "feed-link-dialog");
  events_file = only_new_file (folder, seen);
  {
    g_autofree char *token = g_strndup (events_file, strlen (events_file) - 4);
    g_autofree char *url = g_strdup_printf ("https://agenda.voorbeeld.nl/feed/%s.ics", token);
    AdwActionRow *row = ADW_ACTION_ROW (find_by_type (dialog, ADW_TYPE_ACTION_ROW));

    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, url);
  }
  screenshot (dialog, "feed-link");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  gtk_window_close (GTK_WINDOW (preferences));

  /* A person subscribes from their page. */
  person = find_person (store, "Roosterveld");
  g_assert_nonnull (person);
  page = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
  paraat_organisation_page_select (page, "person", paraat_person_get_id (person));
  wait_for_frames (GTK_WIDGET (window));
  group = find_by_name (GTK_WIDGET (page), "calendar-group");
  g_assert_false (gtk_widget_get_visible (find_by_name (group, "revoke-feed-button")));
  g_signal_emit_by_name (find_by_name (group, "subscribe-button"), "clicked");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (gtk_widget_get_name (dialog), ==, "feed-link-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  person_file = only_new_file (folder, seen);
  person_path = g_build_filename (folder, person_file, NULL);
  links = paraat_store_list_feeds (store, PARAAT_FEED_PERSON, paraat_person_get_id (person), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  wait_until (page_loaded, page, "the page to reload");
  group = find_by_name (GTK_WIDGET (page), "calendar-group");
  g_assert_true (gtk_widget_get_visible (find_by_name (group, "revoke-feed-button")));
  screenshot (group, "person-calendar");

  /* Exported as a file. */
  g_signal_emit_by_name (find_by_name (group, "export-ics-button"), "clicked");
  choose_file (tmp_dir, "agenda.ics");
  g_assert_true (g_file_get_contents (export_path, &exported, NULL, &error));
  g_assert_true (g_str_has_prefix (exported, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (exported, "Gemeente Voorbeeld"));

  /* A change: the folder is brought up to date a moment later. */
  g_assert_true (g_file_set_contents (person_path, "", 0, NULL));
  paraat_person_set_notes (person, "Heeft de agenda op zijn telefoon");
  g_assert_true (paraat_store_save_person (store, person, &error));
  g_assert_no_error (error);
  wait_until (file_is_calendar, person_path, "the calendar to be published again");

  /* Revoked: after a question; its file goes at the next publish. The
   * change reloaded the page: the group is a new one. */
  wait_until (page_loaded, page, "the page to reload");
  group = find_by_name (GTK_WIDGET (page), "calendar-group");
  g_signal_emit_by_name (find_by_name (group, "revoke-feed-button"), "clicked");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  screenshot (dialog, "revoke-feed");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "revoke");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  g_clear_pointer (&links, g_array_unref);
  links = paraat_store_list_feeds (store, PARAAT_FEED_PERSON, paraat_person_get_id (person), TRUE, &error);
  g_assert_cmpuint (links->len, ==, 0);
  wait_until (file_gone, person_path, "the revoked calendar's file to go");
  show_page (window, "overview");
}

static void
test_about (void)
{
  GtkWidget *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  screenshot (about, "about");
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_help_overlay (void)
{
  ParaatWindow *window = main_window ();
  GtkWidget *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  screenshot (overlay, "shortcuts");
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static gboolean
toplevel_shown (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Answers the file chooser (GTK's own dialog: there is no portal here). */
static void
choose_file (const char *folder,
             const char *name)
{
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  g_autoptr (GFile) file = g_file_get_child (dir, name);
  g_autoptr (GFile) chosen = NULL;
  GtkWidget *chooser;
  GtkWidget *confirm;

  wait_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), "the file chooser");
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  wait_for_frames (chooser);
  run_for (300);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL));
  run_for (300);
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  else
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  run_for (300);

  /* Never let the test write anywhere but its own folder. */
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (chosen);
  g_assert_true (g_file_equal (chosen, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  run_for (300);

  /* Saving over an existing file: GTK asks first; say "Replace". */
  confirm = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  if (confirm != NULL)
    {
      gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
      run_for (300);
    }
}


static gboolean
has_remove_icon (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") == 0;
}

static gboolean
toast_shown (gpointer overlay)
{
  return g_object_get_data (G_OBJECT (overlay), "paraat-shown-toast") != NULL;
}

/* Presses the Undo of the toast shown in @overlay. */
static void
press_toast_undo (GtkWidget *overlay)
{
  wait_until (toast_shown, overlay, "the toast");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (overlay), "paraat-shown-toast"), "button-clicked");
  run_for (100);
}

/* "20260403" for @days from today. */
static char *
ics_day (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y%m%d");
}

/* Absences from an Outlook export for a demo person, and public holidays in
 * the preferences: the preview lists what is imported and what is skipped
 * and why; Import writes it, Undo takes it back; a broken file imports
 * nothing. */
static void
test_ics_import (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "agenda.ics", NULL);
  g_autofree char *broken_path = g_build_filename (tmp_dir, "kapot.ics", NULL);
  g_autofree char *a = ics_day (60), *b = ics_day (65), *c = ics_day (70), *d = ics_day (77), *e = ics_day (84);
  g_autofree char *text = g_strdup_printf (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:vakantie\r\nSUMMARY:Vakantie Texel\r\nDTSTART;VALUE=DATE:%s\r\nDTEND;VALUE=DATE:%s\r\n"
    "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:vakantie\r\nSUMMARY:Vakantie Texel (kopie)\r\nDTSTART;VALUE=DATE:%s\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:cursus\r\nSUMMARY:Cursus BHV\r\nDTSTART;TZID=\"W. Europe Standard Time\":%sT090000\r\n"
    "DTEND;TZID=\"W. Europe Standard Time\":%sT170000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
    "EXDATE;TZID=\"W. Europe Standard Time\":%sT090000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:afgezegd\r\nSUMMARY:Tandarts\r\nSTATUS:CANCELLED\r\nDTSTART:%sT080000Z\r\n"
    "DTEND:%sT090000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:oud\r\nSUMMARY:Oude vakantie\r\nDTSTART;VALUE=DATE:20200810\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n", a, b, a, c, c, d, e, e);
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_application_get_store (app);
  ParaatWindow *window = main_window ();
  ParaatOrganisationPage *page = PARAAT_ORGANISATION_PAGE (show_page (window, "organisation"));
  /* Bram Proefhuis has no absences in the demo. */
  g_autoptr (ParaatPerson) person = find_person (store, "Proefhuis");
  GtkWidget *overlay = find_by_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *dialog;
  GtkWidget *preferences;
  g_autoptr (GArray) holidays = NULL;
  guint before;

  g_assert_nonnull (person);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_true (g_file_set_contents (broken_path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                                      "DTSTART;VALUE=DATE:20260601\r\nSUMM", -1, &error));
  g_assert_no_error (error);
  before = count (paraat_store_list_absences (store, paraat_person_get_id (person), G_MININT64 / 2, G_MAXINT64 / 2, NULL));

  /* A broken file: the reason, no Import. */
  {
    g_autoptr (GFile) broken = g_file_new_for_path (broken_path);

    dialog = paraat_ics_import_dialog_new (store, PARAAT_ICS_TARGET_ABSENCES, paraat_person_get_id (person), broken,
                                           paraat_ui_now (), GTK_WIDGET (page));
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_false (paraat_ics_import_dialog_get_can_import (PARAAT_ICS_IMPORT_DIALOG (dialog)));
    g_assert_false (gtk_widget_get_sensitive (find_by_name (dialog, "import-button")));
    screenshot (dialog, "ics-import-broken");
    g_assert_false (paraat_ics_import_dialog_import (PARAAT_ICS_IMPORT_DIALOG (dialog)));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* From the person's page. */
  paraat_organisation_page_select (page, "person", paraat_person_get_id (person));
  wait_until (page_loaded, page, "the person to show");
  g_assert_true (gtk_widget_get_visible (find_by_name (GTK_WIDGET (page), "import-absences-button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "org.import-absences", NULL));
  choose_file (tmp_dir, "agenda.ics");
  dialog = wait_for_toplevel (PARAAT_TYPE_ICS_IMPORT_DIALOG);
  g_assert_true (paraat_ics_import_dialog_get_can_import (PARAAT_ICS_IMPORT_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_visible (find_by_name (dialog, "import-events")));
  g_assert_true (gtk_widget_get_visible (find_by_name (dialog, "skipped-events")));
  wait_for_frames (dialog);
  screenshot (dialog, "ics-import-absences");
  g_signal_emit_by_name (find_by_name (dialog, "import-button"), "clicked");
  run_for (100);
  g_assert_null (find_toplevel (PARAAT_TYPE_ICS_IMPORT_DIALOG));
  /* The holiday, and two of the three courses (one was taken out). */
  g_assert_cmpuint (count (paraat_store_list_absences (store, paraat_person_get_id (person),
                                                       G_MININT64 / 2, G_MAXINT64 / 2, NULL)), ==, before + 3);
  wait_until (page_loaded, page, "the page to reload");
  screenshot (GTK_WIDGET (window), "ics-import-absences-done");

  /* Undo removes what was imported. */
  press_toast_undo (overlay);
  g_assert_cmpuint (count (paraat_store_list_absences (store, paraat_person_get_id (person),
                                                       G_MININT64 / 2, G_MAXINT64 / 2, NULL)), ==, before);

  /* Public holidays, from the preferences. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_toplevel (PARAAT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "holidays-page");
  g_signal_emit_by_name (find_by_name (preferences, "import-holidays-button"), "clicked");
  choose_file (tmp_dir, "agenda.ics");
  dialog = wait_for_toplevel (PARAAT_TYPE_ICS_IMPORT_DIALOG);
  g_assert_true (paraat_ics_import_dialog_get_can_import (PARAAT_ICS_IMPORT_DIALOG (dialog)));
  wait_for_frames (dialog);
  screenshot (dialog, "ics-import-holidays");
  g_signal_emit_by_name (find_by_name (dialog, "import-button"), "clicked");
  run_for (100);
  holidays = paraat_store_list_holidays (store, &error);
  g_assert_cmpuint (holidays->len, ==, 3);
  wait_for_frames (preferences);
  run_for (300);
  screenshot (preferences, "preferences-holidays");

  /* Removing one can be undone; then they all go again. */
  {
    GtkWidget *prefs_overlay = find_by_type (preferences, ADW_TYPE_TOAST_OVERLAY);
    GtkWidget *remove = find_descendant (find_by_name (preferences, "holidays-group"), has_remove_icon, NULL);
    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    run_for (100);
    g_clear_pointer (&holidays, g_array_unref);
    holidays = paraat_store_list_holidays (store, &error);
    g_assert_cmpuint (holidays->len, ==, 2);
    press_toast_undo (prefs_overlay);
    g_clear_pointer (&holidays, g_array_unref);
    holidays = paraat_store_list_holidays (store, &error);
    g_assert_cmpuint (holidays->len, ==, 3);
  }
  {
    gint64 ids[3];

    for (guint i = 0; i < 3; i++)
      ids[i] = g_array_index (holidays, ParaatHoliday, i).id;
    g_assert_true (paraat_store_delete_holidays (store, ids, 3, &error));
    g_assert_no_error (error);
  }
  gtk_window_close (GTK_WINDOW (preferences));
  run_for (100);
  show_page (window, "overview");
}

/* The piket hours of this year, as the salary administration gets them. */
static void
test_roster_export (void)
{
  ParaatWindow *window = main_window ();
  GtkWidget *page = show_page (window, "roster");
  g_autofree char *path = g_build_filename (tmp_dir, "piketuren.csv", NULL);
  g_autofree char *exported = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (page, "roster.export-allowance", "i", 0));
  choose_file (tmp_dir, "piketuren.csv");
  g_assert_true (g_file_get_contents (path, &exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (exported, "Naam;Jaar;Maand;Uren hard piket;Uren zacht piket\r\n"));
  g_assert_nonnull (strstr (exported, "Gerda Roosterveld;"));
  g_assert_nonnull (strstr (exported, ";totaal;"));
  show_page (window, "overview");
}

/* The call-out list: exported as a PDF through the file chooser, and the
 * print dialog offered for printing. */
static void
test_callout (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "alarmeringslijst.pdf", NULL);
  g_autofree char *contents = NULL;
  ParaatWindow *window = main_window ();
  GtkWidget *page = show_page (window, "organisation");
  GType print_dialog_type;
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (page, "org.export-callout", NULL));
  choose_file (tmp_dir, "alarmeringslijst.pdf");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_true (gtk_widget_activate_action (page, "org.print-callout", NULL));
  print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (print_dialog_type != 0);
  dialog = wait_for_toplevel (print_dialog_type);
  screenshot (dialog, "print-callout");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  run_for (300);
  g_assert_null (find_toplevel (print_dialog_type));
  show_page (window, "overview");
}

/* People from a spreadsheet: a file with a bad line shows its problems and
 * imports nothing; a good one, chosen through the Organisation page, imports
 * everyone. */
static void
test_import (void)
{
  g_autofree char *bad_path = g_build_filename (tmp_dir, "mensen-fout.csv", NULL);
  g_autofree char *good_path = g_build_filename (tmp_dir, "mensen.csv", NULL);
  g_autofree char *export_path = g_build_filename (tmp_dir, "personen.csv", NULL);
  g_autofree char *exported = NULL;
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_application_get_store (app);
  ParaatWindow *window = main_window ();
  GtkWidget *page = show_page (window, "organisation");
  GtkWidget *dialog;
  guint n_people = count (paraat_store_list_people (store, NULL));

  g_assert_true (g_file_set_contents (bad_path,
                                      "Voornaam;Achternaam;Mobiel;Functie;Niveau\r\n"
                                      "Anna;Importeer;06-1111 0001;ACB;primair\r\n"
                                      "Bram;Importeer;06-11;XYZ;baas\r\n", -1, &error));
  g_assert_true (g_file_set_contents (good_path,
                                      "Voornaam;Achternaam;Mobiel;Functie;Niveau\r\n"
                                      "Anna;Importeer;06-1111 0001;ACB;primair\r\n"
                                      "Bram;Importeer;06-1111 0002;ACB;reserve\r\n", -1, &error));
  g_assert_no_error (error);

  dialog = paraat_import_dialog_new (store, bad);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (paraat_import_dialog_get_can_import (PARAAT_IMPORT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (find_by_name (dialog, "import-button")));
  g_assert_true (gtk_widget_get_visible (find_by_name (dialog, "import-lines")));
  screenshot (dialog, "import-problems");
  g_assert_false (paraat_import_dialog_import (PARAAT_IMPORT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count (paraat_store_list_people (store, NULL)), ==, n_people);

  g_assert_true (gtk_widget_activate_action (page, "org.import-people", NULL));
  choose_file (tmp_dir, "mensen.csv");
  dialog = wait_for_toplevel (PARAAT_TYPE_IMPORT_DIALOG);
  g_assert_true (paraat_import_dialog_get_can_import (PARAAT_IMPORT_DIALOG (dialog)));
  screenshot (dialog, "import-ready");
  g_signal_emit_by_name (find_by_name (dialog, "import-button"), "clicked");
  run_for (100);
  g_assert_null (find_toplevel (PARAAT_TYPE_IMPORT_DIALOG));
  g_assert_cmpuint (count (paraat_store_list_people (store, NULL)), ==, n_people + 2);

  /* Everyone out again, as a spreadsheet. */
  g_assert_true (gtk_widget_activate_action (page, "org.export-people", NULL));
  choose_file (tmp_dir, "personen.csv");
  g_assert_true (g_file_get_contents (export_path, &exported, NULL, &error));
  g_assert_nonnull (strstr (exported, "Bram;Importeer;06-1111 0002;"));

  /* Leave the demo as it was. */
  g_assert_true (paraat_store_begin (store, &error));
  for (const char *name = "Importeer"; name != NULL; name = NULL)
    {
      g_autoptr (ParaatPerson) person = NULL;

      while ((person = find_person (store, name)) != NULL)
        {
          g_autoptr (GListModel) assignments = paraat_store_list_assignments (store, paraat_person_get_id (person), 0, NULL);

          for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
            {
              g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);

              g_assert_true (paraat_store_delete_assignment (store, paraat_assignment_get_id (assignment), &error));
            }
          g_assert_true (paraat_store_delete_person (store, paraat_person_get_id (person), &error));
          g_clear_object (&person);
        }
    }
  g_assert_true (paraat_store_commit (store, &error));
  g_assert_no_error (error);
  show_page (window, "overview");
}

static void
test_new_database (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "nieuw.db", NULL);
  g_autofree char *existing = g_build_filename (tmp_dir, "bestaand.db", NULL);
  g_autofree char *contents = NULL;
  ParaatWindow *window = main_window ();
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  ParaatStore *before;

  /* New Database…: a file name, then the organisation's name. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-database", NULL);
  choose_file (tmp_dir, "nieuw");
  wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the name dialog");
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  entry = find_by_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Gemeente Nieuwdorp");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  screenshot (GTK_WIDGET (dialog), "new-database-name");
  adw_message_dialog_response (dialog, "create");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (paraat_store_get_path (paraat_application_get_store (app)), ==, path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Nieuwdorp");
  show_page (window, "overview");
  screenshot (GTK_WIDGET (window), "overview-new");

  /* An existing file is never overwritten, even after GTK asked to replace
   * it: an error, and nothing changes. */
  g_assert_true (g_file_set_contents (existing, "keep me\n", -1, NULL));
  before = paraat_application_get_store (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-database", NULL);
  choose_file (tmp_dir, "bestaand.db");
  wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the error dialog");
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_false (adw_message_dialog_has_response (dialog, "create"));
  screenshot (GTK_WIDGET (dialog), "new-database-exists");
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (100);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me\n");
  g_assert_true (paraat_application_get_store (app) == before);

  /* Open Database… back to the demo. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-database", NULL);
  choose_file (tmp_dir, "demo.db");
  g_assert_cmpstr (paraat_store_get_path (paraat_application_get_store (app)), ==, demo_path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gemeente Voorbeeld");
}

static void
test_demo_action (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "paraat", "demo.db", NULL);
  ParaatStore *store;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  store = paraat_application_get_store (app);
  g_assert_nonnull (store);
  g_assert_cmpstr (paraat_store_get_path (store), ==, path);
  g_assert_false (paraat_store_is_empty (store, NULL));

  /* A second time opens the same file and loads nothing more. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_cmpstr (paraat_store_get_path (paraat_application_get_store (app)), ==, path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (main_window ())), ==, "Gemeente Voorbeeld");
}

/* Under LANGUAGE=nl the window really speaks Dutch: the page titles of the
 * view switcher and a welcome string come from po/nl.po. */
static void
test_language (void)
{
  ParaatWindow *window = main_window ();
  AdwViewStack *stack = paraat_window_get_view_stack (window);
  AdwViewStackPage *events = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "events"));
  AdwViewStackPage *overview = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "overview"));

  if (g_strcmp0 (lang, "nl") != 0)
    {
      g_assert_cmpstr (adw_view_stack_page_get_title (events), ==, "Events");
      return;
    }

  g_assert_cmpstr (adw_view_stack_page_get_title (events), ==, "Evenementen");
  g_assert_cmpstr (adw_view_stack_page_get_title (overview), ==, "Overzicht");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Welcome to Paraat"), !=, "Welcome to Paraat");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  const char *localedir = g_getenv ("PARAAT_LOCALEDIR");
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *data_home = NULL;
  int status;

  /* LANGUAGE only takes effect outside the C locale. */
  setlocale (LC_ALL, "");
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0
      || g_strcmp0 (setlocale (LC_MESSAGES, NULL), "POSIX") == 0)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* "nl", "nl_NL.UTF-8" or "nl:en" all name the screenshots "-nl". */
  if (language == NULL || *language == '\0')
    language = "en";
  lang = g_strndup (language, strcspn (language, ":_."));

  tmp_dir = g_dir_make_tmp ("paraat-test-ui-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  shots_dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (shots_dir, 0755), ==, 0);

  demo_path = make_demo_database ("demo.db");

  app = paraat_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  /* In this order: they share one application and its window. */
  g_test_add_func ("/ui/templates", test_templates);
  g_test_add_func ("/ui/welcome", test_welcome);
  g_test_add_func ("/ui/empty-database", test_empty_database);
  g_test_add_func ("/ui/open-failures", test_open_failures);
  g_test_add_func ("/ui/pages", test_pages);
  g_test_add_func ("/ui/language", test_language);
  g_test_add_func ("/ui/store-changes", test_store_changes);
  g_test_add_func ("/ui/roster", test_roster);
  g_test_add_func ("/ui/oto", test_oto);
  g_test_add_func ("/ui/events", test_events);
  g_test_add_func ("/ui/checklist-editors", test_checklist_editors);
  g_test_add_func ("/ui/extra-piket", test_extra_piket);
  g_test_add_func ("/ui/organisation", test_organisation);
  g_test_add_func ("/ui/rotation-editor", test_rotation_editor);
  g_test_add_func ("/ui/absence-on-piket", test_absence_on_piket);
  g_test_add_func ("/ui/callout", test_callout);
  g_test_add_func ("/ui/import", test_import);
  g_test_add_func ("/ui/ics-import", test_ics_import);
  g_test_add_func ("/ui/roster-export", test_roster_export);
  g_test_add_func ("/ui/narrow", test_narrow);
  g_test_add_func ("/ui/preferences", test_preferences);
  g_test_add_func ("/ui/feeds", test_feeds);
  g_test_add_func ("/ui/about", test_about);
  g_test_add_func ("/ui/help-overlay", test_help_overlay);
  g_test_add_func ("/ui/new-database", test_new_database);
  g_test_add_func ("/ui/demo-action", test_demo_action);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  g_clear_object (&app);

  if (status == 0)
    remove_tree (tmp_dir);

  return status;
}
