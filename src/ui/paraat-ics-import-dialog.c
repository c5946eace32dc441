/* paraat-ics-import-dialog.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ui/paraat-ics-import-dialog.h"
#include "ui/paraat-import-dialog.h"
#include "ui/paraat-ui-util.h"

/* At most this many rows are listed in each list; the rest are counted. */
#define MAX_ROWS 300

struct _ParaatIcsImportDialog
{
  AdwWindow             parent_instance;

  ParaatStore          *store;
  ParaatIcsTarget       target;
  ParaatCalendarImport *import;
  gboolean              can_import;
  GtkWidget            *origin;     /* weak: where the import was asked for */

  ParaatImportPreview   preview;
  GtkWidget            *skipped_title;
  GtkWidget            *skipped_list;
};

G_DEFINE_FINAL_TYPE (ParaatIcsImportDialog, paraat_ics_import_dialog, ADW_TYPE_WINDOW)

static void
add_more_row (GtkWidget *list,
              guint      more)
{
  g_autofree char *text = NULL;

  if (more == 0)
    return;
  text = g_strdup_printf (ngettext ("And %u more event", "And %u more events", more), more);
  gtk_list_box_append (GTK_LIST_BOX (list), paraat_import_preview_row (text, NULL, NULL, NULL));
}

static void
read_file (ParaatIcsImportDialog *self,
           GFile                 *file,
           gint64                 person_id,
           gint64                 now)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *description = NULL;
  g_autofree char *horizon = NULL;
  const ParaatIcsPlan *plan;
  GTimeZone *tz;
  gsize length = 0;
  guint listed = 0, skipped = 0;

  if (!paraat_calendar_import_load_file (file, &contents, &length, &error) ||
      (self->import = paraat_calendar_import_new (self->store, self->target, person_id, contents, length,
                                                  now, &error)) == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("“%s”: %s Nothing is imported."), name, error->message);

      paraat_import_preview_set_status (&self->preview, "dialog-error-symbolic",
                                        _("The File Cannot Be Imported"), text);
      return;
    }

  plan = paraat_calendar_import_get_plan (self->import);
  tz = paraat_calendar_import_get_time_zone (self->import);
  horizon = paraat_calendar_import_describe_horizon (self->import);

  for (guint i = 0; i < plan->items->len; i++)
    {
      const ParaatIcsItem *item = g_ptr_array_index (plan->items, i);
      g_autofree char *when = paraat_ics_item_format_when (item, tz);
      g_autofree char *subtitle = NULL;
      const char *title = *item->summary != '\0' ? item->summary : _("(no title)");

      if (item->reason == NULL)
        {
          if (listed++ < MAX_ROWS)
            gtk_list_box_append (GTK_LIST_BOX (self->preview.list),
                                 paraat_import_preview_row (title, when, "object-select-symbolic", "success"));
          continue;
        }
      if (skipped++ >= MAX_ROWS)
        continue;
      /* Translators: a skipped event: when, then why, "Mon 3 Aug 2026 — Cancelled" */
      subtitle = g_strdup_printf (_("%s — %s"), when, item->reason);
      gtk_list_box_append (GTK_LIST_BOX (self->skipped_list),
                           paraat_import_preview_row (title, subtitle, "action-unavailable-symbolic", "dim-label"));
    }
  add_more_row (self->preview.list, listed > MAX_ROWS ? listed - MAX_ROWS : 0);
  add_more_row (self->skipped_list, skipped > MAX_ROWS ? skipped - MAX_ROWS : 0);

  {
    g_autofree char *added = self->target == PARAAT_ICS_TARGET_ABSENCES
      ? g_strdup_printf (ngettext ("%u absence", "%u absences", plan->n_import), plan->n_import)
      : g_strdup_printf (ngettext ("%u public holiday", "%u public holidays", plan->n_import), plan->n_import);
    g_autofree char *left_out = g_strdup_printf (ngettext ("%u event is skipped", "%u events are skipped",
                                                           plan->n_skipped), plan->n_skipped);
    g_autofree char *skipped_heading = g_strdup_printf (_("Skipped (%u)"), plan->n_skipped);

    if (self->target == PARAAT_ICS_TARGET_ABSENCES)
      /* Translators: "“agenda.ics” adds 3 absences to Jan Jansen; 2 events are skipped. Events from Mon 3 Aug 2026 – … are read." */
      description = g_strdup_printf (_("“%s” adds %s to %s; %s. Events from %s are read."), name, added,
                                     paraat_calendar_import_get_person_name (self->import), left_out, horizon);
    else
      /* Translators: "“feestdagen.ics” adds 9 public holidays; 2 events are skipped. Events from … are read." */
      description = g_strdup_printf (_("“%s” adds %s; %s. Events from %s are read."), name, added, left_out,
                                     horizon);
    gtk_label_set_label (GTK_LABEL (self->skipped_title), skipped_heading);
  }

  self->can_import = plan->n_import > 0;
  paraat_import_preview_set_status (&self->preview, "x-office-calendar-symbolic",
                                    self->can_import ? _("Ready to Import") : _("Nothing to Import"), description);
  gtk_widget_set_visible (self->preview.list, listed > 0);
  gtk_widget_set_visible (self->skipped_title, skipped > 0);
  gtk_widget_set_visible (self->skipped_list, skipped > 0);
  gtk_widget_set_sensitive (self->preview.import_button, self->can_import);
}

/*
 * Undo
 */

typedef struct
{
  ParaatStore     *store;
  ParaatIcsTarget  target;
  GArray          *ids;
  GtkWidget       *overlay;   /* weak */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->overlay);
  g_object_unref (undo->store);
  g_array_unref (undo->ids);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr (GError) error = NULL;

  if (!paraat_calendar_import_undo (undo->store, undo->target, undo->ids, &error) && undo->overlay != NULL)
    paraat_ui_show_failure (undo->overlay, _("The Import Cannot Be Undone"), error);
}

gboolean
paraat_ics_import_dialog_import (ParaatIcsImportDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  g_return_val_if_fail (PARAAT_IS_ICS_IMPORT_DIALOG (self), FALSE);

  if (!self->can_import)
    return FALSE;

  if (!paraat_calendar_import_apply (self->import, &ids, &error))
    {
      paraat_import_preview_show_error (&self->preview, error->message);
      return FALSE;
    }

  if (self->origin != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (self->origin, ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *title = self->target == PARAAT_ICS_TARGET_ABSENCES
        ? g_strdup_printf (ngettext ("%u absence imported", "%u absences imported", ids->len), ids->len)
        : g_strdup_printf (ngettext ("%u public holiday imported", "%u public holidays imported", ids->len), ids->len);

      if (overlay != NULL)
        {
          AdwToast *toast = adw_toast_new (title);
          Undo *undo = g_new0 (Undo, 1);

          undo->store = g_object_ref (self->store);
          undo->target = self->target;
          undo->ids = g_steal_pointer (&ids);
          g_set_weak_pointer (&undo->overlay, overlay);
          adw_toast_set_button_label (toast, _("_Undo"));
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                                 (GClosureNotify) (void (*) (void)) undo_free, 0);
          paraat_ui_show_toast (overlay, toast);
        }
    }

  self->can_import = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (ParaatIcsImportDialog *self)
{
  paraat_ics_import_dialog_import (self);
}

gboolean
paraat_ics_import_dialog_get_can_import (ParaatIcsImportDialog *self)
{
  g_return_val_if_fail (PARAAT_IS_ICS_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

static void
paraat_ics_import_dialog_dispose (GObject *object)
{
  ParaatIcsImportDialog *self = (ParaatIcsImportDialog *) object;

  g_clear_weak_pointer (&self->origin);
  g_clear_object (&self->store);
  g_clear_pointer (&self->import, paraat_calendar_import_free);

  G_OBJECT_CLASS (paraat_ics_import_dialog_parent_class)->dispose (object);
}

static void
paraat_ics_import_dialog_class_init (ParaatIcsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_ics_import_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
paraat_ics_import_dialog_init (ParaatIcsImportDialog *self)
{
}

GtkWidget *
paraat_ics_import_dialog_new (ParaatStore     *store,
                              ParaatIcsTarget  target,
                              gint64           person_id,
                              GFile           *file,
                              gint64           now,
                              GtkWidget       *origin)
{
  ParaatIcsImportDialog *self;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (origin == NULL || GTK_IS_WIDGET (origin), NULL);

  self = g_object_new (PARAAT_TYPE_ICS_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->target = target;
  g_set_weak_pointer (&self->origin, origin);

  paraat_import_preview_build (ADW_WINDOW (self),
                               target == PARAAT_ICS_TARGET_ABSENCES ? _("Import Absences")
                                                                    : _("Import Public Holidays"),
                               &self->preview, G_CALLBACK (import_clicked_cb), self);
  gtk_widget_set_name (self->preview.list, "import-events");

  self->skipped_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->skipped_title), 0);
  gtk_widget_add_css_class (self->skipped_title, "heading");
  gtk_widget_set_margin_top (self->skipped_title, 12);
  gtk_widget_set_visible (self->skipped_title, FALSE);
  self->skipped_list = gtk_list_box_new ();
  gtk_widget_set_name (self->skipped_list, "skipped-events");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->skipped_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->skipped_list, "boxed-list");
  gtk_widget_set_visible (self->skipped_list, FALSE);
  gtk_box_append (GTK_BOX (self->preview.content), self->skipped_title);
  gtk_box_append (GTK_BOX (self->preview.content), self->skipped_list);

  read_file (self, file, person_id, now);

  return GTK_WIDGET (self);
}

/*
 * Choosing the file
 */

typedef struct
{
  GtkWidget       *widget;
  ParaatStore     *store;
  ParaatIcsTarget  target;
  gint64           person_id;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->widget);
  g_object_unref (request->store);
  g_free (request);
}

static void
choose_response_cb (GtkNativeDialog *native,
                    int              response,
                    Request         *request)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (request->widget);
      GtkWidget *dialog = paraat_ics_import_dialog_new (request->store, request->target, request->person_id, file,
                                                        paraat_ui_now (), request->widget);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_object_unref (native);
  request_free (request);
}

void
paraat_ics_import_choose (GtkWidget       *widget,
                          ParaatStore     *store,
                          ParaatIcsTarget  target,
                          gint64           person_id)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  GtkRoot *root;
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  root = gtk_widget_get_root (widget);
  native = gtk_file_chooser_native_new (target == PARAAT_ICS_TARGET_ABSENCES ? _("Import Absences")
                                                                             : _("Import Public Holidays"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Calendars (iCalendar)"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_filter_add_suffix (filter, "ical");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  request = g_new0 (Request, 1);
  request->widget = g_object_ref (widget);
  request->store = g_object_ref (store);
  request->target = target;
  request->person_id = person_id;
  g_signal_connect (native, "response", G_CALLBACK (choose_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
