/* paraat-application.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "paraat-application.h"
#include "paraat-resources.h"
#include "paraat-window.h"
#include "service/paraat-event-service.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-demo.h"
#include "ui/paraat-preferences-window.h"
#include "ui/paraat-ui.h"

#define MAX_RECENT 10

struct _ParaatApplication
{
  AdwApplication  parent_instance;

  ParaatStore    *store;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ParaatApplication, paraat_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database FILE"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the demo organisation Gemeente Voorbeeld"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  G_OPTION_ENTRY_NULL
};

/*
 * Auxiliary methods
 */

static ParaatWindow *
get_main_window (ParaatApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PARAAT_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
show_error (ParaatApplication *self,
            const char        *heading,
            const char        *message)
{
  ParaatWindow *window = get_main_window (self);

  if (window != NULL)
    paraat_window_show_error (window, heading, message);
  else
    g_warning ("%s: %s", heading, message);
}

static void
set_store (ParaatApplication *self,
           ParaatStore       *store)
{
  GAction *preferences;

  if (!g_set_object (&self->store, store))
    return;

  preferences = g_action_map_lookup_action (G_ACTION_MAP (self), "preferences");
  if (preferences != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (preferences), store != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
load_settings (ParaatApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  /* An uninstalled build without GSETTINGS_SCHEMA_DIR still starts; it just
   * remembers nothing. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_warning ("The GSettings schema %s is not installed: nothing is remembered", BASE_ID);
}

static void
remember_database (ParaatApplication *self,
                   const char        *path)
{
  g_auto (GStrv) recent = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL || path == NULL || g_str_equal (path, ":memory:"))
    return;

  recent = g_settings_get_strv (self->settings, "recent-databases");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (recent[i], path))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "last-database", path);
  g_settings_set_strv (self->settings, "recent-databases", (const char * const *) updated);
  g_settings_apply (self->settings);
}

static gboolean
open_default_database (ParaatApplication  *self,
                       GError            **error)
{
  g_autofree char *last = NULL;
  g_autofree char *fallback = paraat_store_default_path ();
  const char *path = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-database");

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    path = last;
  else if (g_file_test (fallback, G_FILE_TEST_EXISTS))
    path = fallback;

  if (path == NULL && last != NULL && *last != '\0')
    {
      /* Say which file is gone: it may live on a drive that is not connected. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The database used last time, “%s”, cannot be found. If it is on a network "
                     "drive or a USB stick, connect it and open the file again with Open Database."),
                   last);
      return FALSE;
    }

  if (path == NULL)
    return TRUE;
  return paraat_application_open_database (self, path, FALSE, error);
}

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static void
set_exists_error (GError     **error,
                  const char  *path)
{
  g_autofree char *basename = g_path_get_basename (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("“%s” already exists, and Paraat never overwrites a database. Choose a new name, or open the file with Open Database."),
               basename);
}

static gboolean
create_database (ParaatApplication  *self,
                 const char         *path,
                 const char         *name,
                 GError            **error)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (ParaatOrganisation) organisation = NULL;

  /* Never write into a file that is already there, even after the file
   * chooser confirmed replacing it. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      set_exists_error (error, path);
      return FALSE;
    }

  store = paraat_store_open (path, PARAAT_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return FALSE;

  organisation = paraat_organisation_new ();
  paraat_organisation_set_name (organisation, name);
  paraat_organisation_set_time_zone (organisation, "Europe/Amsterdam");
  if (!paraat_store_save_organisation (store, organisation, error))
    {
      g_clear_object (&store);
      remove_database_files (path);
      return FALSE;
    }

  set_store (self, store);
  remember_database (self, paraat_store_get_path (store));
  return TRUE;
}

static char *
with_database_extension (const char *path)
{
  if (g_str_has_suffix (path, ".db") || g_str_has_suffix (path, ".sqlite")
      || g_str_has_suffix (path, ".paraat"))
    return g_strdup (path);
  return g_strconcat (path, ".db", NULL);
}

static void
set_current_folder (GtkFileChooser    *chooser,
                    ParaatApplication *self)
{
  g_autoptr (GFile) folder = NULL;

  if (self->store != NULL && paraat_store_get_path (self->store) != NULL
      && g_path_is_absolute (paraat_store_get_path (self->store)))
    {
      g_autoptr (GFile) file = g_file_new_for_path (paraat_store_get_path (self->store));

      folder = g_file_get_parent (file);
    }
  else
    folder = g_file_new_for_path (g_get_home_dir ());

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/*
 * Callbacks
 */

static void
open_response_cb (GtkNativeDialog   *native,
                  int                response,
                  ParaatApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr (GError) error = NULL;

      if (path == NULL)
        show_error (self, _("Cannot open the database"),
                    _("Paraat can only open files on this computer or a mounted network drive."));
      else if (!paraat_application_open_database (self, path, FALSE, &error))
        show_error (self, _("Cannot open the database"), error->message);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
name_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *name != '\0');
}

static void
name_response_cb (AdwMessageDialog  *dialog,
                  const char        *response,
                  ParaatApplication *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autofree char *name = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "create"))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*name == '\0')
    return;

  if (!create_database (self, path, name, &error))
    show_error (self, _("Cannot create the database"), error->message);
}

static void
ask_organisation_name (ParaatApplication *self,
                       const char        *path)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (get_main_window (self)),
                                   _("New Crisis Organisation"),
                                   _("The name of the municipality or organisation, as it appears "
                                     "in Paraat. You can change it later in Preferences."));

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  /* Translators: an example name, shown in the empty entry for a new organisation */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Gemeente Voorbeeld"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the organisation"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (name_response_cb), self);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_response_cb (GtkNativeDialog   *native,
                 int                response,
                 ParaatApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *path = NULL;

      if (chosen == NULL)
        {
          show_error (self, _("Cannot create the database"),
                      _("Paraat can only create files on this computer or a mounted network drive."));
        }
      else
        {
          path = with_database_extension (chosen);
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            {
              g_autoptr (GError) error = NULL;

              set_exists_error (&error, path);
              show_error (self, _("Cannot create the database"), error->message);
            }
          else
            ask_organisation_name (self, path);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ParaatApplication *self = user_data;
  ParaatWindow *window = get_main_window (self);

  /* Closing saves the window's size and page. */
  if (window != NULL)
    gtk_window_close (GTK_WINDOW (window));
  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ParaatApplication *self = user_data;

  adw_show_about_window (GTK_WINDOW (get_main_window (self)),
                         "application-name", _("Paraat"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Paraat developers"),
                         "copyright", _("© 2026 The Paraat developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/paraat/paraat",
                         "issue-url", "https://github.com/paraat/paraat/issues",
                         /* Translators: your names, one per line, e.g. "Jan Jansen <jan@example.org>" */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Keeps a municipal crisis organisation ready: teams and crisis "
                                       "functions, piket rosters, training and exercises (OTO), and "
                                       "event safety."),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ParaatApplication *self = user_data;
  GtkWidget *preferences;

  if (self->store == NULL)
    return;

  preferences = paraat_preferences_window_new (GTK_WINDOW (get_main_window (self)), self->store);
  /* Follow the database the application has open: Preferences must never
   * write to a file the window no longer shows. */
  g_object_bind_property (self, "store", preferences, "store", G_BINDING_DEFAULT);
  gtk_window_present (GTK_WINDOW (preferences));
}

static GtkFileChooserNative *
new_file_chooser (ParaatApplication    *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label)
{
  GtkFileChooserNative *native;
  g_autoptr (GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (get_main_window (self)), action,
                                        accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (databases, _("Paraat Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.paraat");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  set_current_folder (GTK_FILE_CHOOSER (native), self);
  return native;
}

static void
open_database_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ParaatApplication *self = user_data;
  GtkFileChooserNative *native;

  native = new_file_chooser (self, _("Open Database"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
new_database_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  ParaatApplication *self = user_data;
  GtkFileChooserNative *native;

  native = new_file_chooser (self, _("New Database"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  /* Translators: the suggested file name of a new database */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("crisis-organisation.db"));
  g_signal_connect (native, "response", G_CALLBACK (new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ParaatApplication *self = user_data;
  g_autoptr (GError) error = NULL;

  if (!paraat_application_open_demo (self, &error))
    show_error (self, _("Cannot open the demo organisation"), error->message);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "open-database", .activate = open_database_action },
  { .name = "new-database", .activate = new_database_action },
  { .name = "open-demo", .activate = open_demo_action },
};

/*
 * GApplication overrides
 */

static int
paraat_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("paraat %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static void
paraat_application_startup (GApplication *application)
{
  ParaatApplication *self = PARAAT_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };
  static const char *open_accels[] = { "<Primary>o", NULL };
  static const char *new_accels[] = { "<Primary>n", NULL };
  GResource *resource;
  GAction *preferences;

  /* Before chaining up: GtkApplication and AdwApplication look for
   * gtk/help-overlay.ui and style.css while they start up. A static library
   * drops an unreferenced resource, so register it by hand unless its
   * constructor already did. */
  resource = paraat_get_resource ();
  if (!g_resources_get_info ("/io/github/paraat/Paraat/paraat-window.ui",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    g_resources_register (resource);

  G_APPLICATION_CLASS (paraat_application_parent_class)->startup (application);

  paraat_ui_init ();
  load_settings (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  preferences = g_action_map_lookup_action (G_ACTION_MAP (self), "preferences");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (preferences), self->store != NULL);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open-database", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-database", new_accels);
}

static void
paraat_application_activate (GApplication *application)
{
  ParaatApplication *self = PARAAT_APPLICATION (application);
  ParaatWindow *window = get_main_window (self);

  if (window == NULL)
    window = paraat_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
}

static void
paraat_application_shutdown (GApplication *application)
{
  ParaatApplication *self = PARAAT_APPLICATION (application);

  /* Windows and pages drop their references too, so the database is closed
   * (and its write-ahead log folded in) before the process ends. */
  set_store (self, NULL);

  G_APPLICATION_CLASS (paraat_application_parent_class)->shutdown (application);
}

static int
paraat_application_command_line (GApplication            *application,
                                 GApplicationCommandLine *command_line)
{
  ParaatApplication *self = PARAAT_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr (GError) error = NULL;
  const char *heading = _("Cannot open the database");
  const char *database = NULL;
  gboolean first = get_main_window (self) == NULL;

  if (g_variant_dict_contains (options, "demo"))
    {
      heading = _("Cannot open the demo organisation");
      paraat_application_open_demo (self, &error);
    }
  else if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr (GFile) file = g_application_command_line_create_file_for_arg (command_line, database);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Paraat can only open files on this computer or a mounted network drive."));
      else
        paraat_application_open_database (self, path, FALSE, &error);
    }
  else if (first)
    open_default_database (self, &error);

  g_application_activate (application);

  if (error != NULL)
    {
      g_application_command_line_printerr (command_line, "%s: %s\n", heading, error->message);
      show_error (self, heading, error->message);
      /* A second invocation reports the failure to its own caller too. */
      return g_application_command_line_get_is_remote (command_line) ? EXIT_FAILURE : EXIT_SUCCESS;
    }

  /* A second invocation that switched the database: say so in the window. */
  if (!first && self->store != NULL && (database != NULL || g_variant_dict_contains (options, "demo")))
    {
      ParaatWindow *window = get_main_window (self);
      g_autofree char *name = g_path_get_basename (paraat_store_get_path (self->store));
      g_autofree char *message = g_strdup_printf (_("Opened “%s”"), name);

      if (window != NULL)
        paraat_window_add_toast (window, adw_toast_new (message));
    }

  return EXIT_SUCCESS;
}

/*
 * GObject overrides
 */

static void
paraat_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (paraat_application_parent_class)->constructed (object);

  /* The same resources (help overlay, style sheet, icon) for the .Devel id;
   * GApplication derives a path from the id while it is constructed. */
  g_application_set_resource_base_path (G_APPLICATION (object), RESOURCE_BASE);
}

static void
paraat_application_dispose (GObject *object)
{
  ParaatApplication *self = PARAAT_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (paraat_application_parent_class)->dispose (object);
}

static void
paraat_application_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParaatApplication *self = PARAAT_APPLICATION (object);

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
paraat_application_class_init (ParaatApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = paraat_application_constructed;
  object_class->dispose = paraat_application_dispose;
  object_class->get_property = paraat_application_get_property;

  application_class->handle_local_options = paraat_application_handle_local_options;
  application_class->startup = paraat_application_startup;
  application_class->activate = paraat_application_activate;
  application_class->shutdown = paraat_application_shutdown;
  application_class->command_line = paraat_application_command_line;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PARAAT_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_application_init (ParaatApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

/*
 * Public API
 */

ParaatApplication *
paraat_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_COMMAND_LINE;

  /* A benchmark run measures its own start, never a running instance's. */
  if (g_getenv ("PARAAT_BENCH_FIRST_FRAME") != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;

  return g_object_new (PARAAT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       NULL);
}

ParaatStore *
paraat_application_get_store (ParaatApplication *self)
{
  g_return_val_if_fail (PARAAT_IS_APPLICATION (self), NULL);

  return self->store;
}

GSettings *
paraat_application_get_settings (ParaatApplication *self)
{
  g_return_val_if_fail (PARAAT_IS_APPLICATION (self), NULL);

  return self->settings;
}

gboolean
paraat_application_open_database (ParaatApplication  *self,
                                  const char         *path,
                                  gboolean            create,
                                  GError            **error)
{
  g_autoptr (ParaatStore) store = NULL;

  g_return_val_if_fail (PARAAT_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = paraat_store_open (path, create ? PARAAT_STORE_OPEN_CREATE : PARAAT_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return FALSE;

  set_store (self, store);
  remember_database (self, paraat_store_get_path (store));
  return TRUE;
}

gboolean
paraat_application_open_demo (ParaatApplication  *self,
                              GError            **error)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "paraat", "demo.db", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (ParaatStore) store = NULL;
  int year = g_date_time_get_year (now);

  g_return_val_if_fail (PARAAT_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Removes what it created again when loading fails. */
      store = paraat_demo_create (path, year, error);
      if (store != NULL && !(paraat_roster_fill_year (store, year, error) &&
                             paraat_event_demo_checklists (store, g_get_real_time () / G_USEC_PER_SEC, error)))
        g_clear_object (&store);
    }
  else
    {
      store = paraat_store_open (path, PARAAT_STORE_OPEN_DEFAULT, error);
      if (store != NULL && paraat_store_is_empty (store, NULL) &&
          !(paraat_demo_load (store, year, error) && paraat_roster_fill_year (store, year, error) &&
            paraat_event_demo_checklists (store, g_get_real_time () / G_USEC_PER_SEC, error)))
        g_clear_object (&store);
    }

  if (store == NULL)
    return FALSE;

  set_store (self, store);
  remember_database (self, paraat_store_get_path (store));
  return TRUE;
}
