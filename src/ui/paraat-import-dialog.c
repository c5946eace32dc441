/* paraat-import-dialog.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "planning/paraat-csv.h"
#include "planning/paraat-people-table.h"
#include "ui/paraat-import-dialog.h"
#include "ui/paraat-ui-util.h"

/* At most this many rows are listed; the rest are counted. */
#define MAX_ROWS 300

struct _ParaatImportDialog
{
  AdwWindow           parent_instance;

  ParaatStore        *store;
  GFile              *file;
  ParaatPeopleImport *plan;
  gboolean            can_import;
  GtkWidget          *origin;     /* weak: where the import was asked for */

  ParaatImportPreview preview;
};

G_DEFINE_FINAL_TYPE (ParaatImportDialog, paraat_import_dialog, ADW_TYPE_WINDOW)

/* What the file holds, above the list of lines. */
void
paraat_import_preview_set_status (ParaatImportPreview *preview,
                                  const char          *icon_name,
                                  const char          *title,
                                  const char          *description)
{
  gtk_image_set_from_icon_name (preview->icon, icon_name);
  gtk_label_set_label (preview->title_label, title);
  gtk_label_set_label (preview->description_label, description);
}

void
paraat_import_preview_show_error (ParaatImportPreview *preview,
                                  const char          *message)
{
  gtk_label_set_label (preview->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (preview->error_label), message != NULL);
}

GtkWidget *
paraat_import_preview_row (const char *title,
                           const char *subtitle,
                           const char *icon_name,
                           const char *icon_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      if (icon_class != NULL)
        gtk_widget_add_css_class (icon, icon_class);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  return row;
}

static void
set_status (ParaatImportDialog *self,
            const char         *icon_name,
            const char         *title,
            const char         *description)
{
  paraat_import_preview_set_status (&self->preview, icon_name, title, description);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *icon_name)
{
  return paraat_import_preview_row (title, subtitle, icon_name, "error");
}

/* Reads the file and shows every problem, or what would be added. */
static void
read_file (ParaatImportDialog *self)
{
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (ParaatCsvTable) table = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *description = NULL;
  gsize length = 0;
  guint n_lines;
  guint n_problems;
  guint listed = 0;
  const char *title = NULL;
  const char *icon_name = NULL;

  if (!g_file_load_contents (self->file, NULL, &contents, &length, NULL, &error) ||
      (table = paraat_csv_parse (contents, (gssize) length, &error)) == NULL ||
      (functions = paraat_store_list_functions (self->store, &error)) == NULL ||
      (people = paraat_store_list_people (self->store, &error)) == NULL)
    {
      set_status (self, "dialog-error-symbolic", _("The File Cannot Be Read"), error->message);
      return;
    }

  self->plan = paraat_people_import_plan (table, functions, people);
  n_lines = paraat_people_import_get_n_lines (self->plan);
  n_problems = paraat_people_import_get_n_problems (self->plan);

  if (n_problems > 0)
    {
      const char * const *file_problems = paraat_people_import_get_file_problems (self->plan);
      guint lines_with_problems = 0;

      for (guint i = 0; file_problems[i] != NULL; i++)
        {
          gtk_list_box_append (GTK_LIST_BOX (self->preview.list),
                               new_row (_("The file"), file_problems[i], "dialog-warning-symbolic"));
          lines_with_problems = MAX (lines_with_problems, 1);
        }

      for (guint i = 0; i < n_lines; i++)
        {
          const char * const *problems = paraat_people_import_get_problems (self->plan, i);
          g_autofree char *row_title = NULL;
          g_autofree char *joined = NULL;

          if (problems == NULL || problems[0] == NULL)
            continue;

          lines_with_problems++;
          if (listed++ >= MAX_ROWS)
            continue;

          /* Translators: a line of the imported spreadsheet, "Line 7: Jan Jansen" */
          row_title = g_strdup_printf (_("Line %u: %s"), paraat_people_import_get_line (self->plan, i),
                                       paraat_people_import_get_name (self->plan, i));
          joined = g_strjoinv ("\n", (char **) problems);
          gtk_list_box_append (GTK_LIST_BOX (self->preview.list), new_row (row_title, joined, "dialog-warning-symbolic"));
        }

      title = _("Nothing Can Be Imported Yet");
      icon_name = "dialog-warning-symbolic";
      description = g_strdup_printf (ngettext ("“%s” has problems on %u line. Correct them in the spreadsheet and import the file again: until then nothing is imported.",
                                               "“%s” has problems on %u lines. Correct them in the spreadsheet and import the file again: until then nothing is imported.",
                                               lines_with_problems),
                                     name, lines_with_problems);
    }
  else
    {
      GPtrArray *new_people = paraat_people_import_get_people (self->plan);
      GPtrArray *assignments = paraat_people_import_get_assignments (self->plan);
      g_autofree char *people_text = NULL;
      g_autofree char *assignments_text = NULL;

      for (guint i = 0; i < new_people->len && i < MAX_ROWS; i++)
        gtk_list_box_append (GTK_LIST_BOX (self->preview.list),
                             new_row (paraat_person_get_display_name (g_ptr_array_index (new_people, i)),
                                      paraat_person_get_department (g_ptr_array_index (new_people, i)), NULL));

      self->can_import = new_people->len > 0;
      title = _("Ready to Import");
      icon_name = "document-open-symbolic";
      /* Translators: fills "%s with %s" in "“mensen.csv” adds 58 people with 76 assignments." */
      people_text = g_strdup_printf (ngettext ("%u person", "%u people", new_people->len), new_people->len);
      assignments_text = g_strdup_printf (ngettext ("%u function", "%u functions", assignments->len), assignments->len);
      if (new_people->len == 0)
        description = g_strdup_printf (_("“%s” holds nobody to import."), name);
      else
        /* Translators: "“mensen.csv” adds 58 people with 76 functions." */
        description = g_strdup_printf (_("“%s” adds %s with %s."), name, people_text, assignments_text);
    }

  if (listed > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more line", "And %u more lines", listed - MAX_ROWS),
                                               listed - MAX_ROWS);

      gtk_list_box_append (GTK_LIST_BOX (self->preview.list), new_row (more, NULL, NULL));
    }

  set_status (self, icon_name, title, description);
  gtk_widget_set_visible (self->preview.list, gtk_widget_get_first_child (self->preview.list) != NULL);
  gtk_widget_set_sensitive (self->preview.import_button, self->can_import);
}

gboolean
paraat_import_dialog_import (ParaatImportDialog *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *people;
  GPtrArray *assignments;

  g_return_val_if_fail (PARAAT_IS_IMPORT_DIALOG (self), FALSE);

  if (!self->can_import)
    return FALSE;

  people = paraat_people_import_get_people (self->plan);
  assignments = paraat_people_import_get_assignments (self->plan);
  if (!paraat_store_import_people (self->store, people, assignments,
                                   paraat_people_import_get_person_of_assignment (self->plan),
                                   &error))
    {
      paraat_import_preview_show_error (&self->preview, error->message);
      return FALSE;
    }

  if (self->origin != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (self->origin, ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *title = g_strdup_printf (ngettext ("%u person imported", "%u people imported", people->len),
                                                people->len);

      if (overlay != NULL)
        paraat_ui_show_toast (overlay, adw_toast_new (title));
    }

  self->can_import = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (ParaatImportDialog *self)
{
  paraat_import_dialog_import (self);
}

gboolean
paraat_import_dialog_get_can_import (ParaatImportDialog *self)
{
  g_return_val_if_fail (PARAAT_IS_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

static void
paraat_import_dialog_dispose (GObject *object)
{
  ParaatImportDialog *self = (ParaatImportDialog *) object;

  g_clear_weak_pointer (&self->origin);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->plan, paraat_people_import_free);

  G_OBJECT_CLASS (paraat_import_dialog_parent_class)->dispose (object);
}

static void
paraat_import_dialog_class_init (ParaatImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_import_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

void
paraat_import_preview_build (AdwWindow           *window,
                             const char          *title,
                             ParaatImportPreview *preview,
                             GCallback            import_cb,
                             gpointer             data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 620);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  preview->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_set_name (preview->import_button, "import-button");
  gtk_widget_add_css_class (preview->import_button, "suggested-action");
  gtk_widget_set_sensitive (preview->import_button, FALSE);
  g_signal_connect_swapped (preview->import_button, "clicked", import_cb, data);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), preview->import_button);
  gtk_box_append (GTK_BOX (box), header);

  preview->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (preview->error_label, TRUE);
  gtk_label_set_xalign (preview->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (preview->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (preview->error_label), FALSE);

  preview->icon = GTK_IMAGE (gtk_image_new ());
  gtk_image_set_pixel_size (preview->icon, 64);
  gtk_widget_add_css_class (GTK_WIDGET (preview->icon), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (preview->icon), 12);
  preview->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (preview->title_label, TRUE);
  gtk_label_set_justify (preview->title_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (preview->title_label), "title-2");
  preview->description_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (preview->description_label, TRUE);
  gtk_label_set_justify (preview->description_label, GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_bottom (GTK_WIDGET (preview->description_label), 12);
  preview->list = gtk_list_box_new ();
  gtk_widget_set_name (preview->list, "import-lines");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (preview->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (preview->list, "boxed-list");
  gtk_widget_set_visible (preview->list, FALSE);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (preview->icon));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (preview->title_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (preview->description_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (preview->error_label));
  gtk_box_append (GTK_BOX (content), preview->list);
  preview->content = content;
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (window, box);
}

static void
paraat_import_dialog_init (ParaatImportDialog *self)
{
  paraat_import_preview_build (ADW_WINDOW (self), _("Import People"), &self->preview,
                               G_CALLBACK (import_clicked_cb), self);
}

GtkWidget *
paraat_import_dialog_new (ParaatStore *store,
                          GFile       *file)
{
  ParaatImportDialog *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PARAAT_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  read_file (self);

  return GTK_WIDGET (self);
}

/*
 * Choosing files
 */

typedef struct
{
  GtkWidget   *widget;
  ParaatStore *store;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->widget);
  g_object_unref (request->store);
  g_free (request);
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_csv_filter (GtkFileChooser *chooser)
{
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_chooser_add_filter (chooser, csv);
}

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    Request         *request)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    {
      GtkWidget *dialog = paraat_import_dialog_new (request->store, file);

      g_set_weak_pointer (&PARAAT_IMPORT_DIALOG (dialog)->origin, request->widget);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), window_of (request->widget));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_object_unref (native);
  request_free (request);
}

void
paraat_import_people (GtkWidget   *widget,
                      ParaatStore *store)
{
  GtkFileChooserNative *native;
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  native = gtk_file_chooser_native_new (_("Import People"), window_of (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_csv_filter (GTK_FILE_CHOOSER (native));

  request = g_new0 (Request, 1);
  request->widget = g_object_ref (widget);
  request->store = g_object_ref (store);
  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

typedef struct
{
  GtkWidget *widget;
  char      *csv;
  char      *failure_heading;
  char      *done_format;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->widget);
  g_free (request->csv);
  g_free (request->failure_heading);
  g_free (request->done_format);
  g_free (request);
}

static void
tell_failure (GtkWidget    *widget,
              const char   *heading,
              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (widget), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  SaveRequest     *request)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL &&
      !g_file_replace_contents (file, request->csv, strlen (request->csv), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &error))
    tell_failure (request->widget, request->failure_heading, error);
  else if (file != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (request->widget, ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *name = g_file_get_basename (file);
      /* The format comes from a translation with one %s: put the name in its place. */
      g_auto (GStrv) parts = g_strsplit (request->done_format, "%s", 2);
      g_autofree char *title = g_strjoinv (name, parts);

      if (overlay != NULL)
        paraat_ui_show_toast (overlay, adw_toast_new (title));
    }

  g_object_unref (native);
  save_request_free (request);
}

void
paraat_save_csv (GtkWidget  *widget,
                 const char *title,
                 const char *file_name,
                 const char *failure_heading,
                 const char *done_format,
                 char       *csv)
{
  GtkFileChooserNative *native;
  SaveRequest *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (csv != NULL);

  native = gtk_file_chooser_native_new (title, window_of (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_csv_filter (GTK_FILE_CHOOSER (native));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), file_name);

  request = g_new0 (SaveRequest, 1);
  request->widget = g_object_ref (widget);
  request->csv = csv;
  request->failure_heading = g_strdup (failure_heading);
  request->done_format = g_strdup (done_format);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
paraat_export_people (GtkWidget   *widget,
                      ParaatStore *store)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested file name of exported people; keep %s (the date) and ".csv" */
  g_autofree char *name = g_strdup_printf (_("people-%s.csv"), date);
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if ((people = paraat_store_list_people (store, &error)) == NULL ||
      (functions = paraat_store_list_functions (store, &error)) == NULL ||
      (assignments = paraat_store_list_assignments (store, 0, 0, &error)) == NULL)
    {
      tell_failure (widget, _("The People Cannot Be Exported"), error);
      return;
    }

  paraat_save_csv (widget, _("Export People"), name, _("The People Cannot Be Exported"),
                   /* Translators: %s is the file name */
                   _("People exported to “%s”"),
                   paraat_people_export_csv (people, functions, assignments, ';'));
}
