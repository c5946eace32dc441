/* paraat-window.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "paraat-window.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-organisation-page.h"
#include "ui/paraat-overview-page.h"
#include "ui/paraat-roster-page.h"
#include "ui/paraat-ui-util.h"

static const char * const page_names[] = {
  "overview",
  "organisation",
  "roster",
  "oto",
  "events",
};

struct _ParaatWindow
{
  AdwApplicationWindow  parent_instance;

  ParaatStore          *store;
  gulong                store_changed_id;
  GSettings            *settings;
  gboolean              application_bound;
  GdkFrameClock        *bench_clock;
  gulong                bench_paint_id;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwViewStack         *view_stack;
  GtkWidget            *overview_page;
  GtkWidget            *organisation_page;
  GtkWidget            *roster_page;
  GtkWidget            *oto_page;
  GtkWidget            *events_page;
};

G_DEFINE_FINAL_TYPE (ParaatWindow, paraat_window, ADW_TYPE_APPLICATION_WINDOW)

/*
 * Auxiliary methods
 */

static gboolean
is_page_name (const char *name)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    if (g_str_equal (name, page_names[i]))
      return TRUE;
  return FALSE;
}

static void
update_title (ParaatWindow *self)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  const char *name = NULL;

  if (self->store != NULL && !paraat_store_is_empty (self->store, NULL))
    organisation = paraat_store_get_organisation (self->store, NULL);
  if (organisation != NULL)
    name = paraat_organisation_get_name (organisation);

  if (name != NULL && *name != '\0')
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, name);
      gtk_window_set_title (GTK_WINDOW (self), name);
    }
  else
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, "");
      gtk_window_set_title (GTK_WINDOW (self), "Paraat");
    }
}

static void
update_switcher_bar (ParaatWindow *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  /* The bar switches pages, so it has no place on the welcome page. */
  adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow && g_strcmp0 (shown, "main") == 0);
}

static void
update_content (ParaatWindow *self)
{
  gboolean has_store = self->store != NULL;

  gtk_stack_set_visible_child_name (self->main_stack, has_store ? "main" : "welcome");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_store);
  update_title (self);
  update_switcher_bar (self);
}

static void
store_changed_cb (ParaatWindow *self,
                  const char   *entity)
{
  if (g_strcmp0 (entity, "organisation") == 0 || g_strcmp0 (entity, "*") == 0)
    update_title (self);
}

static void
set_store (ParaatWindow *self,
           ParaatStore  *store)
{
  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  /* An Undo on screen belongs to the file that is closing. */
  paraat_ui_dismiss_toast (GTK_WIDGET (self->toast_overlay));
  g_set_object (&self->store, store);
  if (store != NULL)
    paraat_feed_ui_watch (GTK_WIDGET (self), store);
  if (store != NULL)
    self->store_changed_id = g_signal_connect_object (store, "changed",
                                                      G_CALLBACK (store_changed_cb), self,
                                                      G_CONNECT_SWAPPED);

  update_content (self);

  if (store != NULL && paraat_store_get_backup_path (store) != NULL)
    paraat_ui_show_toast (GTK_WIDGET (self->toast_overlay),
                          adw_toast_new (_("Database upgraded. Preferences shows where the "
                                           "copy of the old file is.")));
}

static void
save_window_state (ParaatWindow *self)
{
  int width = 0, height = 0;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (self->store != NULL)
    g_settings_set_string (self->settings, "visible-page", paraat_window_get_visible_page (self));
  g_settings_apply (self->settings);
}

static void
restore_window_state (ParaatWindow *self)
{
  g_autofree char *page = NULL;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (self->settings, "visible-page");
  if (is_page_name (page))
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

/*
 * Callbacks
 */

static void
application_store_changed_cb (ParaatWindow      *self,
                              GParamSpec        *pspec,
                              ParaatApplication *application)
{
  set_store (self, paraat_application_get_store (application));
}

static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ParaatWindow *self = PARAAT_WINDOW (widget);

  if (self->store != NULL)
    paraat_window_set_visible_page (self, g_variant_get_string (parameter, NULL));
}

static void
show_record_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ParaatWindow *self = PARAAT_WINDOW (widget);
  const char *kind = NULL;
  gint64 id = 0;

  if (self->store == NULL)
    return;

  g_variant_get (parameter, "(&sx)", &kind, &id);
  paraat_window_set_visible_page (self, "organisation");
  paraat_organisation_page_select (PARAAT_ORGANISATION_PAGE (self->organisation_page), kind, id);
}

/* ("function id", start): the shift on the Piket page, with who may take it. */
static void
show_shift_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ParaatWindow *self = PARAAT_WINDOW (widget);
  gint64 function_id = 0, starts_at = 0;

  if (self->store == NULL)
    return;

  g_variant_get (parameter, "(xx)", &function_id, &starts_at);
  paraat_window_set_visible_page (self, "roster");
  paraat_roster_page_show_shift (PARAAT_ROSTER_PAGE (self->roster_page), function_id, starts_at);
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      ParaatWindow  *self)
{
  GApplication *application;

  g_clear_signal_handler (&self->bench_paint_id, self->bench_clock);
  g_clear_object (&self->bench_clock);

  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (application != NULL)
    g_application_quit (application);
}

static void
notify_application_cb (ParaatWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  ParaatApplication *app;
  GSettings *settings;
  GtkWidget *pages[] = {
    self->overview_page, self->organisation_page, self->roster_page,
    self->oto_page, self->events_page,
  };

  /* "application" is set once, right after construction (GtkWindow sets it
   * back to NULL when the window is removed from the application). */
  if (!PARAAT_IS_APPLICATION (application) || self->application_bound)
    return;

  self->application_bound = TRUE;
  app = PARAAT_APPLICATION (application);
  settings = paraat_application_get_settings (app);
  if (settings != NULL)
    self->settings = g_object_ref (settings);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_object_bind_property (app, "store", pages[i], "store", G_BINDING_SYNC_CREATE);

  g_signal_connect_object (app, "notify::store",
                           G_CALLBACK (application_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  set_store (self, paraat_application_get_store (app));
  restore_window_state (self);
  update_content (self);
}

/*
 * GtkWidget overrides
 */

static void
paraat_window_map (GtkWidget *widget)
{
  ParaatWindow *self = PARAAT_WINDOW (widget);
  static gboolean bench_reported = FALSE;

  GTK_WIDGET_CLASS (paraat_window_parent_class)->map (widget);

  /* Startup benchmark (bench/bench-startup.c): report the first painted frame and quit. */
  if (!bench_reported && g_getenv ("PARAAT_BENCH_FIRST_FRAME") != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

      if (clock != NULL)
        {
          bench_reported = TRUE;
          self->bench_clock = g_object_ref (clock);
          self->bench_paint_id = g_signal_connect (clock, "after-paint",
                                                   G_CALLBACK (bench_after_paint_cb), self);
        }
    }
}

static gboolean
paraat_window_close_request (GtkWindow *window)
{
  save_window_state (PARAAT_WINDOW (window));

  return GTK_WINDOW_CLASS (paraat_window_parent_class)->close_request (window);
}

/*
 * GObject overrides
 */

static void
paraat_window_dispose (GObject *object)
{
  ParaatWindow *self = PARAAT_WINDOW (object);

  if (self->bench_clock != NULL)
    {
      g_clear_signal_handler (&self->bench_paint_id, self->bench_clock);
      g_clear_object (&self->bench_clock);
    }
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARAAT_TYPE_WINDOW);

  G_OBJECT_CLASS (paraat_window_parent_class)->dispose (object);
}

static void
paraat_window_class_init (ParaatWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = paraat_window_dispose;
  widget_class->map = paraat_window_map;
  window_class->close_request = paraat_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/paraat/Paraat/paraat-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, organisation_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, roster_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, oto_page);
  gtk_widget_class_bind_template_child (widget_class, ParaatWindow, events_page);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);

  gtk_widget_class_install_action (widget_class, "window.show-page", "s", show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "window.show-record", "(sx)", show_record_action_cb);
  gtk_widget_class_install_action (widget_class, "window.show-shift", "(xx)", show_shift_action_cb);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "window.show-page", "s", page_names[i]);
}

static void
paraat_window_init (ParaatWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->welcome_page, APP_ID);
  update_content (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (notify_application_cb), NULL);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/*
 * Public API
 */

ParaatWindow *
paraat_window_new (ParaatApplication *application)
{
  g_return_val_if_fail (PARAAT_IS_APPLICATION (application), NULL);

  return g_object_new (PARAAT_TYPE_WINDOW, "application", application, NULL);
}

void
paraat_window_add_toast (ParaatWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (PARAAT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  paraat_ui_show_toast (GTK_WIDGET (self->toast_overlay), toast);
}

void
paraat_window_show_error (ParaatWindow *self,
                          const char   *heading,
                          const char   *message)
{
  GtkWidget *dialog;

  g_return_if_fail (PARAAT_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

AdwViewStack *
paraat_window_get_view_stack (ParaatWindow *self)
{
  g_return_val_if_fail (PARAAT_IS_WINDOW (self), NULL);

  return self->view_stack;
}

const char *
paraat_window_get_visible_page (ParaatWindow *self)
{
  g_return_val_if_fail (PARAAT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
paraat_window_set_visible_page (ParaatWindow *self,
                                const char   *name)
{
  g_return_if_fail (PARAAT_IS_WINDOW (self));
  g_return_if_fail (is_page_name (name));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
