/* paraat-feed-ui.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "feed/paraat-feed.h"
#include "ui/paraat-feed-ui.h"
#include "ui/paraat-ui-util.h"

/* How long after a change the publish folder is brought up to date: edits
 * come in bursts (a roster, an import), one publish follows them. */
#define PUBLISH_DELAY_SECONDS 2

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* What a calendar is called in the application: a person's name, a
 * function, a team, or one of the two calendars of everything. */
static char *
feed_name (ParaatStore     *store,
           ParaatFeedScope  scope,
           gint64           scope_id)
{
  switch (scope)
    {
    case PARAAT_FEED_PERSON:
      {
        g_autoptr (ParaatPerson) person = paraat_store_get_person (store, scope_id, NULL);

        if (person != NULL)
          return g_strdup (paraat_person_get_display_name (person));
        break;
      }
    case PARAAT_FEED_FUNCTION:
    case PARAAT_FEED_TEAM:
      {
        g_autoptr (GListModel) list = scope == PARAAT_FEED_FUNCTION ? paraat_store_list_functions (store, NULL)
                                                                    : paraat_store_list_teams (store, NULL);

        for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
          {
            g_autoptr (GObject) item = g_list_model_get_item (list, i);

            if (PARAAT_IS_FUNCTION (item) && paraat_function_get_id (PARAAT_FUNCTION (item)) == scope_id)
              /* Translators: a calendar link's name; %s is a function */
              return g_strdup_printf (_("Piket of %s"), paraat_function_get_name (PARAAT_FUNCTION (item)));
            if (PARAAT_IS_TEAM (item) && paraat_team_get_id (PARAAT_TEAM (item)) == scope_id)
              /* Translators: a calendar link's name; %s is a team */
              return g_strdup_printf (_("Piket of team %s"), paraat_team_get_name (PARAAT_TEAM (item)));
          }
        break;
      }
    case PARAAT_FEED_EVENTS:
      return g_strdup (_("Event Calendar"));
    case PARAAT_FEED_OTO:
      return g_strdup (_("OTO Year Plan"));
    default:
      break;
    }
  /* Translators: a calendar link whose person, function or team was removed */
  return g_strdup (_("(removed)"));
}

static char *
format_day (gint64 instant)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_local (instant);

  return g_date_time_format (dt, "%-d %B %Y");
}

/* The link, once. */

static void
copy_clicked_cb (GtkButton  *button,
                 const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  gtk_button_set_icon_name (button, "object-select-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Copied"));
}

static void
add_copy_row (AdwPreferencesGroup *group,
              const char          *title,
              const char          *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_widget_add_css_class (row, "property");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy"), -1);
  g_signal_connect_data (button, "clicked", G_CALLBACK (copy_clicked_cb), g_strdup (text),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
}

static void
show_link (GtkWidget   *widget,
           ParaatStore *store,
           const char  *name,
           const char  *token)
{
  g_autofree char *base = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_BASE_URL, NULL);
  g_autofree char *https = paraat_feed_url (base, token, FALSE);
  g_autofree char *webcal = paraat_feed_url (base, token, TRUE);
  g_autofree char *body = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *help;
  AdwMessageDialog *dialog;

  body = g_strdup (_("Whoever has this link sees this calendar in their own calendar program. Copy it "
                     "now: Paraat keeps only a fingerprint of it and cannot show it again."));
  /* Translators: the heading of the new link's dialog; %s is a person's name or a calendar's name */
  heading = g_strdup_printf (_("Calendar Link for %s"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (widget), heading, body));
  gtk_widget_set_name (GTK_WIDGET (dialog), "feed-link-dialog");

  if (https != NULL)
    {
      add_copy_row (ADW_PREFERENCES_GROUP (group), _("Web Address"), https);
      if (webcal != NULL)
        add_copy_row (ADW_PREFERENCES_GROUP (group), _("For Apple Calendar (webcal)"), webcal);
    }
  else
    {
      add_copy_row (ADW_PREFERENCES_GROUP (group), _("Token"), token);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Set the address of the calendars under Preferences › Calendars "
                                               "to get a full link; the calendar is the file TOKEN.ics there."));
    }
  gtk_box_append (GTK_BOX (box), group);

  help = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (help),
                        _("<b>Outlook</b>: Add calendar › Subscribe from web, paste the web address.\n"
                          "<b>Google Calendar</b>: Other calendars › + › From URL, paste the web address.\n"
                          "<b>Apple Calendar</b>: File › New Calendar Subscription, paste the webcal address.\n"
                          "<b>GNOME Calendar</b>: Manage Calendars › Add Calendar, paste the web address.\n"
                          "<b>Thunderbird</b>: New Calendar › On the Network, paste the web address.\n"
                          "The calendar refreshes by itself, about every hour."));
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "caption");
  gtk_box_append (GTK_BOX (box), help);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
paraat_feed_ui_subscribe (GtkWidget       *widget,
                          ParaatStore     *store,
                          ParaatFeedScope  scope,
                          gint64           scope_id,
                          const char      *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *token = paraat_feed_subscribe (store, scope, scope_id, paraat_ui_now (), &error);

  if (token == NULL)
    {
      paraat_ui_show_failure (widget, _("The calendar link could not be made"), error);
      return;
    }
  show_link (widget, store, name, token);
}

/* Export as a file. */

typedef struct
{
  ParaatStore     *store;
  ParaatFeedScope  scope;
  gint64           scope_id;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_object_unref (export->store);
  g_free (export);
}

static gboolean
export_write (gpointer     data,
              const char  *path,
              GError     **error)
{
  Export *export = data;
  g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (export->store, paraat_ui_now (), error);
  g_autofree char *text = NULL;
  gsize length = 0;

  if (set == NULL)
    return FALSE;
  text = paraat_feed_set_generate (set, export->scope, export->scope_id, &length, NULL, error);
  return text != NULL && g_file_set_contents (path, text, (gssize) length, error);
}

void
paraat_feed_ui_export (GtkWidget       *widget,
                       ParaatStore     *store,
                       ParaatFeedScope  scope,
                       gint64           scope_id,
                       const char      *file_name)
{
  Export *export = g_new0 (Export, 1);

  export->store = g_object_ref (store);
  export->scope = scope;
  export->scope_id = scope_id;
  paraat_ui_save_file (widget, _("Export Calendar"), file_name, _("iCalendar files"), "text/calendar", "ics",
                       /* Translators: %s is the file's name */
                       _("Calendar saved as “%s”"), _("The calendar could not be saved"),
                       export_write, export, export_free);
}

/* Revoking, with a question first. */

typedef void (*RevokedFunc) (GObject *target);

typedef struct
{
  ParaatStore *store;
  GtkWidget   *widget;
  gint64       feed_id;
  RevokedFunc  done;
  GWeakRef     target;     /* a page may be rebuilt while the question is open */
} Revoke;

static void
revoke_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Revoke           *revoke)
{
  /* Once: closing the dialog afterwards answers again ("close"). */
  g_signal_handlers_disconnect_by_func (dialog, revoke_response_cb, revoke);

  if (g_strcmp0 (response, "revoke") == 0)
    {
      g_autoptr (GError) error = NULL;

      if (!paraat_store_revoke_feed (revoke->store, revoke->feed_id, &error))
        paraat_ui_show_failure (revoke->widget, _("The calendar link could not be revoked"), error);
      else
        {
          g_autoptr (GObject) target = g_weak_ref_get (&revoke->target);

          paraat_ui_show_toast (revoke->widget, adw_toast_new (_("Calendar link revoked")));
          if (target != NULL && revoke->done != NULL)
            revoke->done (target);
        }
    }
  g_weak_ref_clear (&revoke->target);
  g_object_unref (revoke->store);
  g_object_unref (revoke->widget);
  g_free (revoke);
}

static void
ask_revoke (GtkWidget   *widget,
            ParaatStore *store,
            gint64       feed_id,
            const char  *name,
            RevokedFunc  done,
            GObject     *target)
{
  g_autofree char *body = NULL;
  Revoke *revoke = g_new0 (Revoke, 1);
  GtkWidget *dialog;

  /* Translators: %s is a person's name or a calendar's name */
  body = g_strdup_printf (_("Calendars subscribed to the link of %s stop receiving updates; the link then "
                            "answers “not found”. A new link can be made at any time."), name);
  dialog = adw_message_dialog_new (window_of (widget), _("Revoke the Calendar Link?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "revoke", _("_Revoke"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revoke",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  revoke->store = g_object_ref (store);
  revoke->widget = g_object_ref (widget);
  revoke->feed_id = feed_id;
  revoke->done = done;
  g_weak_ref_init (&revoke->target, target);
  g_signal_connect (dialog, "response", G_CALLBACK (revoke_response_cb), revoke);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A person's group. */

typedef struct
{
  ParaatStore     *store;
  ParaatFeedScope  scope;
  gint64           scope_id;
  char            *name;
  GtkWidget       *row;
  GtkWidget       *subscribe;
  GtkWidget       *revoke;
  gint64           feed_id;
} GroupFeed;

static void
group_feed_free (gpointer data)
{
  GroupFeed *feed = data;

  g_object_unref (feed->store);
  g_free (feed->name);
  g_free (feed);
}

static void
group_feed_update (GroupFeed *feed)
{
  g_autoptr (GArray) links = paraat_store_list_feeds (feed->store, feed->scope, feed->scope_id, TRUE, NULL);
  const ParaatFeedLink *link = links != NULL && links->len > 0 ? &g_array_index (links, ParaatFeedLink, 0) : NULL;

  feed->feed_id = link != NULL ? link->id : 0;
  if (link != NULL)
    {
      g_autofree char *day = format_day (link->created_at);
      /* Translators: %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("In use since %s"), day);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (feed->row), subtitle);
      gtk_button_set_label (GTK_BUTTON (feed->subscribe), _("_New Link…"));
      gtk_widget_set_tooltip_text (feed->subscribe, _("Replace the link: the old one stops working"));
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (feed->row),
                                   feed->scope == PARAAT_FEED_PERSON
                                   ? _("None: piket, sessions and duties are not in this person’s own calendar")
                                   : _("None: nobody subscribes to this calendar yet"));
      gtk_button_set_label (GTK_BUTTON (feed->subscribe), _("_Subscribe…"));
      gtk_widget_set_tooltip_text (feed->subscribe, _("Make a secret link for a calendar program"));
    }
  gtk_widget_set_visible (feed->revoke, link != NULL);
}

static void
group_updated (GObject *group)
{
  GroupFeed *feed = g_object_get_data (group, "paraat-group-feed");

  if (feed != NULL)
    group_feed_update (feed);
}

static void
group_subscribe_cb (GtkButton *button,
                    GroupFeed *feed)
{
  g_autofree char *name = feed_name (feed->store, feed->scope, feed->scope_id);

  paraat_feed_ui_subscribe (GTK_WIDGET (button), feed->store, feed->scope, feed->scope_id, name);
  group_feed_update (feed);
}

static void
group_revoke_cb (GtkButton *button,
                 GroupFeed *feed)
{
  if (feed->feed_id > 0)
    ask_revoke (GTK_WIDGET (button), feed->store, feed->feed_id, feed->name, group_updated,
                G_OBJECT (gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_GROUP)));
}

static void
group_export_cb (GtkButton *button,
                 GroupFeed *feed)
{
  g_autofree char *file_name = g_strdup_printf ("%s.ics", feed->name);

  g_strdelimit (file_name, "/\\:", '-');
  paraat_feed_ui_export (GTK_WIDGET (button), feed->store, feed->scope, feed->scope_id, file_name);
}

static GtkWidget *
suffix_button (GtkWidget  *row,
               const char *label,
               const char *icon_name,
               const char *tooltip,
               const char *name)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label) : gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  if (tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  if (label == NULL)
    gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

GtkWidget *
paraat_feed_ui_group (ParaatStore     *store,
                      ParaatFeedScope  scope,
                      gint64           scope_id,
                      const char      *name)
{
  GtkWidget *group = adw_preferences_group_new ();
  GroupFeed *feed = g_new0 (GroupFeed, 1);
  GtkWidget *button;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  feed->store = g_object_ref (store);
  feed->scope = scope;
  feed->scope_id = scope_id;
  feed->name = g_strdup (name);
  g_object_set_data_full (G_OBJECT (group), "paraat-group-feed", feed, group_feed_free);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Calendar"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         scope == PARAAT_FEED_PERSON
                                         ? _("Piket, OTO sessions and duties in the person’s own calendar "
                                             "program, kept up to date.")
                                         : _("Who is on piket when, with names (never phone numbers), in a "
                                             "calendar program, kept up to date."));
  gtk_widget_set_name (group, "calendar-group");

  feed->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (feed->row), _("Subscription Link"));
  feed->revoke = suffix_button (feed->row, NULL, "user-trash-symbolic", _("Revoke Link"), "revoke-feed-button");
  g_signal_connect (feed->revoke, "clicked", G_CALLBACK (group_revoke_cb), feed);
  feed->subscribe = suffix_button (feed->row, _("_Subscribe…"), NULL, NULL, "subscribe-button");
  g_signal_connect (feed->subscribe, "clicked", G_CALLBACK (group_subscribe_cb), feed);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), feed->row);

  button = gtk_button_new_with_mnemonic (_("_Export .ics…"));
  gtk_widget_set_name (button, "export-ics-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Save this calendar as a file"));
  g_signal_connect (button, "clicked", G_CALLBACK (group_export_cb), feed);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  group_feed_update (feed);
  return group;
}

/* The Calendars page of the preferences. */

typedef struct
{
  ParaatStore *store;
  GtkWidget   *page;
  GtkWidget   *url_row;
  GtkWidget   *folder_row;
  GtkWidget   *folder_clear;
  GtkWidget   *publish_row;
  GtkWidget   *links_group;
  GPtrArray   *link_rows;
  GArray      *targets;     /* Target, parallel to the new-link dialog's list */
} FeedsPage;

typedef struct
{
  ParaatFeedScope scope;
  gint64          scope_id;
  char           *name;
} Target;

static void
target_clear (gpointer data)
{
  g_free (((Target *) data)->name);
}

static void
feeds_page_free (gpointer data)
{
  FeedsPage *page = data;

  g_object_unref (page->store);
  g_ptr_array_unref (page->link_rows);
  g_clear_pointer (&page->targets, g_array_unref);
  g_free (page);
}

static void feeds_page_update_links (FeedsPage *page);

static void
links_changed (GObject *target)
{
  FeedsPage *page = g_object_get_data (target, "paraat-feeds-page");

  if (page != NULL)
    feeds_page_update_links (page);
}

static void
link_revoke_cb (GtkButton *button,
                FeedsPage *page)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "feed-id"));
  const char *name = g_object_get_data (G_OBJECT (button), "feed-name");

  ask_revoke (GTK_WIDGET (button), page->store, id, name, links_changed, G_OBJECT (page->page));
}

static void
feeds_page_update_links (FeedsPage *page)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) links = paraat_store_list_feeds (page->store, (ParaatFeedScope) -1, 0, TRUE, &error);

  for (guint i = 0; i < page->link_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (page->links_group), g_ptr_array_index (page->link_rows, i));
  g_ptr_array_set_size (page->link_rows, 0);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const ParaatFeedLink *link = &g_array_index (links, ParaatFeedLink, i);
      g_autofree char *name = feed_name (page->store, link->scope, link->scope_id);
      g_autofree char *day = format_day (link->created_at);
      /* Translators: %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("Made on %s"), day);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      button = suffix_button (row, NULL, "user-trash-symbolic", _("Revoke Link"), "revoke-link-button");
      g_object_set_data (G_OBJECT (button), "feed-id", GSIZE_TO_POINTER ((gsize) link->id));
      g_object_set_data_full (G_OBJECT (button), "feed-name", g_strdup (name), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (link_revoke_cb), page);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (page->links_group), row);
      g_ptr_array_add (page->link_rows, row);
    }

  if (links == NULL || links->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     links == NULL ? _("The calendar links cannot be read") : _("No links yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   links == NULL ? error->message
                                                 : _("Make one here, or on a person’s page with Subscribe."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (page->links_group), row);
      g_ptr_array_add (page->link_rows, row);
    }
}

static void
feeds_page_update_folder (FeedsPage *page)
{
  g_autofree char *folder = paraat_store_get_feed_setting (page->store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, NULL);
  gboolean set = folder != NULL && *folder != '\0';

  adw_action_row_set_subtitle (ADW_ACTION_ROW (page->folder_row),
                               set ? folder : _("Not set: calendars are published only by paraatctl publish"));
  gtk_widget_set_visible (page->folder_clear, set);
  gtk_widget_set_sensitive (page->publish_row, set);
}

static void
url_apply_cb (AdwEntryRow *row,
              FeedsPage   *page)
{
  g_autoptr (GError) error = NULL;

  if (!paraat_store_set_feed_setting (page->store, PARAAT_FEED_SETTING_BASE_URL,
                                      gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      paraat_ui_show_failure (GTK_WIDGET (row), _("The address was not saved"), error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  paraat_ui_show_toast (GTK_WIDGET (row), adw_toast_new (_("Address of the calendars saved")));
}

static void
folder_response_cb (GtkNativeDialog *native,
                    int              response,
                    FeedsPage       *page)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    {
      if (!paraat_store_set_feed_setting (page->store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, path, &error))
        paraat_ui_show_failure (page->folder_row, _("The folder was not saved"), error);
      feeds_page_update_folder (page);
    }
  g_object_unref (native);
}

static void
folder_choose_cb (GtkButton *button,
                  FeedsPage *page)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Publish Folder"), window_of (GTK_WIDGET (button)),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (folder_response_cb), page);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
folder_clear_cb (GtkButton *button,
                 FeedsPage *page)
{
  g_autoptr (GError) error = NULL;

  if (!paraat_store_set_feed_setting (page->store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, "", &error))
    paraat_ui_show_failure (GTK_WIDGET (button), _("The folder was not saved"), error);
  feeds_page_update_folder (page);
}

/* Publishes to the folder now; TRUE when it did, with a line of what. */
static gboolean
publish_now (ParaatStore  *store,
             char        **summary,
             GError      **error)
{
  g_autofree char *folder = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, error);
  ParaatFeedPublishStats stats = { 0 };

  if (folder == NULL || *folder == '\0')
    return FALSE;
  if (!paraat_feed_publish (store, folder, paraat_ui_now (), &stats, error))
    return FALSE;
  if (summary != NULL)
    *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u calendar up to date, %u rewritten",
                                             "%u calendars up to date, %u rewritten", stats.feeds),
                                stats.feeds, stats.written);
  return TRUE;
}

static void
publish_clicked_cb (GtkButton *button,
                    FeedsPage *page)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;

  if (!publish_now (page->store, &summary, &error))
    {
      if (error != NULL)
        paraat_ui_show_failure (GTK_WIDGET (button), _("The calendars could not be published"), error);
      return;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (page->publish_row), summary);
}

static void
new_link_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      FeedsPage        *page)
{
  GtkDropDown *choice = g_object_get_data (G_OBJECT (dialog), "choice");
  guint selected = gtk_drop_down_get_selected (choice);

  if (g_strcmp0 (response, "make") == 0 && page->targets != NULL && selected < page->targets->len)
    {
      const Target *target = &g_array_index (page->targets, Target, selected);

      paraat_feed_ui_subscribe (page->page, page->store, target->scope, target->scope_id, target->name);
      feeds_page_update_links (page);
    }
}

static void
add_targets (FeedsPage       *page,
             GtkStringList   *names,
             ParaatFeedScope  scope,
             GListModel      *list)
{
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (list, i);
      Target target = { scope, 0, NULL };

      if (PARAAT_IS_FUNCTION (item))
        target.scope_id = paraat_function_get_id (PARAAT_FUNCTION (item));
      else if (PARAAT_IS_TEAM (item))
        target.scope_id = paraat_team_get_id (PARAAT_TEAM (item));
      else if (PARAAT_IS_PERSON (item))
        {
          if (!paraat_person_get_active (PARAAT_PERSON (item)))
            continue;
          target.scope_id = paraat_person_get_id (PARAAT_PERSON (item));
        }
      target.name = feed_name (page->store, scope, target.scope_id);
      gtk_string_list_append (names, target.name);
      g_array_append_val (page->targets, target);
    }
}

static void
new_link_cb (GtkButton *button,
             FeedsPage *page)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GListModel) functions = paraat_store_list_functions (page->store, NULL);
  g_autoptr (GListModel) teams = paraat_store_list_teams (page->store, NULL);
  g_autoptr (GListModel) people = paraat_store_list_people (page->store, NULL);
  g_autoptr (GtkExpression) expression = NULL;
  GtkWidget *dialog;
  GtkWidget *choice;
  Target events = { PARAAT_FEED_EVENTS, 0, g_strdup (_("Event Calendar")) };
  Target oto = { PARAAT_FEED_OTO, 0, g_strdup (_("OTO Year Plan")) };

  g_clear_pointer (&page->targets, g_array_unref);
  page->targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_array_set_clear_func (page->targets, target_clear);
  gtk_string_list_append (names, events.name);
  g_array_append_val (page->targets, events);
  gtk_string_list_append (names, oto.name);
  g_array_append_val (page->targets, oto);
  add_targets (page, names, PARAAT_FEED_FUNCTION, functions);
  add_targets (page, names, PARAAT_FEED_TEAM, teams);
  add_targets (page, names, PARAAT_FEED_PERSON, people);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), gtk_expression_ref (expression));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (choice), TRUE);
  gtk_widget_set_name (choice, "new-link-choice");

  dialog = adw_message_dialog_new (window_of (GTK_WIDGET (button)), _("New Calendar Link"),
                                   _("Which calendar? A calendar that has a link gets a new one; the old "
                                     "link stops working."));
  gtk_widget_set_name (dialog, "new-link-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "make", _("_Make Link"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "make", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "make");
  g_object_set_data (G_OBJECT (dialog), "choice", choice);
  g_signal_connect (dialog, "response", G_CALLBACK (new_link_response_cb), page);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
paraat_feed_ui_preferences_page (ParaatStore *store)
{
  FeedsPage *page = g_new0 (FeedsPage, 1);
  g_autofree char *url = NULL;
  GtkWidget *group;
  GtkWidget *button;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  page->store = g_object_ref (store);
  page->link_rows = g_ptr_array_new ();
  page->page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page->page), _("Calendars"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page->page), "x-office-calendar-symbolic");
  gtk_widget_set_name (page->page, "calendars-page");
  g_object_set_data_full (G_OBJECT (page->page), "paraat-feeds-page", page, feeds_page_free);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Publishing"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Calendar programs fetch the calendars from a web server. Paraat "
                                           "writes them into a folder that server shares, a moment after every "
                                           "change (or run paraatctl publish or paraatctl serve on the server)."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page->page), ADW_PREFERENCES_GROUP (group));

  page->url_row = adw_entry_row_new ();
  gtk_widget_set_name (page->url_row, "feed-url-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (page->url_row), _("Address of the Calendars"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (page->url_row), TRUE);
  url = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_BASE_URL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (page->url_row), url != NULL ? url : "");
  g_signal_connect (page->url_row, "apply", G_CALLBACK (url_apply_cb), page);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), page->url_row);

  page->folder_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (page->folder_row), _("Publish Folder"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (page->folder_row), FALSE);
  page->folder_clear = suffix_button (page->folder_row, NULL, "edit-clear-symbolic", _("Stop Publishing"),
                                      "folder-clear-button");
  g_signal_connect (page->folder_clear, "clicked", G_CALLBACK (folder_clear_cb), page);
  button = suffix_button (page->folder_row, _("_Choose…"), NULL, _("Choose the folder the web server shares"),
                          "folder-choose-button");
  g_signal_connect (button, "clicked", G_CALLBACK (folder_choose_cb), page);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), page->folder_row);

  page->publish_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (page->publish_row), _("Publish Now"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (page->publish_row), _("Brings every calendar in the folder up to date"));
  button = suffix_button (page->publish_row, _("_Publish"), NULL, NULL, "publish-button");
  g_signal_connect (button, "clicked", G_CALLBACK (publish_clicked_cb), page);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), page->publish_row);

  page->links_group = adw_preferences_group_new ();
  gtk_widget_set_name (page->links_group, "links-group");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (page->links_group), _("Links in Use"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (page->links_group),
                                         _("Each link is secret: whoever has it sees that calendar. Revoke a "
                                           "link that was shared too widely."));
  button = gtk_button_new_with_mnemonic (_("_New Link…"));
  gtk_widget_set_name (button, "new-link-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (new_link_cb), page);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (page->links_group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page->page), ADW_PREFERENCES_GROUP (page->links_group));

  feeds_page_update_folder (page);
  feeds_page_update_links (page);
  return page->page;
}

/* Publishing after every change. */

typedef struct
{
  GWeakRef     widget;
  ParaatStore *store;
  guint        timeout_id;
  char        *last_failure;
} Watch;

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  g_weak_ref_clear (&watch->widget);
  g_free (watch->last_failure);
  g_free (watch);
}

static gboolean
watch_publish_cb (gpointer data)
{
  Watch *watch = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkWidget) widget = g_weak_ref_get (&watch->widget);

  watch->timeout_id = 0;
  if (publish_now (watch->store, NULL, &error) || error == NULL)
    {
      g_clear_pointer (&watch->last_failure, g_free);
      return G_SOURCE_REMOVE;
    }

  /* Told once, not after every change while the share is away. */
  if (g_strcmp0 (watch->last_failure, error->message) != 0 && widget != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Calendars not published: %s"), error->message);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 10);
      paraat_ui_show_toast (widget, toast);
    }
  g_free (watch->last_failure);
  watch->last_failure = g_strdup (error->message);
  return G_SOURCE_REMOVE;
}

static void
watch_changed_cb (ParaatStore *store,
                  const char  *entity,
                  Watch       *watch)
{
  /* Publishing writes what it published: that is no reason to publish. */
  if (g_strcmp0 (entity, "feed_item") == 0)
    return;
  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  watch->timeout_id = g_timeout_add_seconds (PUBLISH_DELAY_SECONDS, watch_publish_cb, watch);
}

void
paraat_feed_ui_watch (GtkWidget   *widget,
                      ParaatStore *store)
{
  Watch *watch;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if (g_object_get_data (G_OBJECT (store), "paraat-feed-watch") != NULL)
    return;
  watch = g_new0 (Watch, 1);
  g_weak_ref_init (&watch->widget, widget);
  watch->store = store;   /* the watch lives as long as the store */
  g_object_set_data_full (G_OBJECT (store), "paraat-feed-watch", watch, watch_free);
  g_signal_connect (store, "changed", G_CALLBACK (watch_changed_cb), watch);
}
