/* paraat-ui-util.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ui/paraat-ui-util.h"

#define DEFAULT_TIME_ZONE "Europe/Amsterdam"

GTimeZone *
paraat_ui_organisation_time_zone (ParaatOrganisation *organisation)
{
  const char *identifier = NULL;
  GTimeZone *tz = NULL;

  if (organisation != NULL)
    identifier = paraat_organisation_get_time_zone (organisation);
  if (identifier != NULL && *identifier != '\0')
    tz = g_time_zone_new_identifier (identifier);
  if (tz == NULL)
    tz = g_time_zone_new_identifier (DEFAULT_TIME_ZONE);
  if (tz == NULL)
    tz = g_time_zone_new_local ();
  return tz;
}

char *
paraat_ui_format_instant (gint64     instant,
                          GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, tz);

  /* xgettext:no-c-format
   * Translators: a date and time in g_date_time_format() notation, e.g.
   * "Tuesday 24 November 2026, 14:00" (Dutch keeps this order). The names of
   * days and months come from the system locale. */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

int
paraat_ui_year_range (gint64     now,
                      GTimeZone *tz,
                      gint64    *from,
                      gint64    *until)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  int year = g_date_time_get_year (local);

  start = g_date_time_new (tz, year, 1, 1, 0, 0, 0);
  end = g_date_time_new (tz, year + 1, 1, 1, 0, 0, 0);
  if (from != NULL)
    *from = g_date_time_to_unix (start);
  if (until != NULL)
    *until = g_date_time_to_unix (end);
  return year;
}

gint64
paraat_ui_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
paraat_ui_list_box_remove_all (GtkListBox *list_box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

/*
 * Toasts, one at a time. libadwaita 1.2 frees a toast dismissed while its
 * entrance animation (up to 500 ms when it replaces another) still runs,
 * and that animation then ends on freed memory. So a toast is replaced or
 * dismissed only once it has settled; what comes sooner waits, and only
 * the newest of what waits is shown.
 */

#define SHOWN_TOAST   "paraat-shown-toast"    /* the toast shown through here, while it is */
#define SHOWN_AT      "paraat-shown-at"       /* when (monotonic µs), as a boxed gint64 */
#define PENDING_TOAST "paraat-pending-toast"  /* the toast waiting for the shown one to settle */
#define PENDING_ID    "paraat-pending-id"     /* its timeout */
#define SETTLE_MS     650

static void
toast_dismissed_cb (AdwToast  *toast,
                    GtkWidget *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST) == toast)
    g_object_set_data (G_OBJECT (overlay), SHOWN_TOAST, NULL);
}

/* How long (ms) until the shown toast may be replaced; 0 when it may now. */
static guint
settle_left (GtkWidget *overlay)
{
  gint64 *shown_at = g_object_get_data (G_OBJECT (overlay), SHOWN_AT);
  gint64 age;

  if (g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST) == NULL || shown_at == NULL)
    return 0;
  age = (g_get_monotonic_time () - *shown_at) / 1000;
  return age >= SETTLE_MS ? 0 : (guint) (SETTLE_MS - age);
}

static void
show_now (GtkWidget *overlay,
          AdwToast  *toast)
{
  AdwToast *shown = g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST);

  if (shown != NULL)
    adw_toast_dismiss (shown);
  g_object_set_data_full (G_OBJECT (overlay), SHOWN_TOAST, g_object_ref (toast), g_object_unref);
  g_object_set_data_full (G_OBJECT (overlay), SHOWN_AT, g_memdup2 (&(gint64) { g_get_monotonic_time () },
                                                                   sizeof (gint64)), g_free);
  /* Once gone (timed out, closed, replaced), it is not ours to dismiss again. */
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static gboolean
pending_cb (gpointer data)
{
  GtkWidget *overlay = data;
  AdwToast *toast = g_object_steal_data (G_OBJECT (overlay), PENDING_TOAST);

  g_object_set_data (G_OBJECT (overlay), PENDING_ID, NULL);
  /* NULL: a dismissal that waited. */
  if (toast == NULL)
    {
      AdwToast *shown = g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST);

      if (shown != NULL)
        adw_toast_dismiss (shown);
      g_object_set_data (G_OBJECT (overlay), SHOWN_TOAST, NULL);
    }
  else
    show_now (overlay, toast);
  return G_SOURCE_REMOVE;
}

/* Runs pending_cb when the shown toast has settled, with @toast (taken
 * over; NULL to dismiss) replacing whatever was waiting. */
static void
wait_to_settle (GtkWidget *overlay,
                AdwToast  *toast,
                guint      delay)
{
  if (g_object_get_data (G_OBJECT (overlay), PENDING_ID) == NULL)
    {
      guint id = g_timeout_add_full (G_PRIORITY_DEFAULT, delay, pending_cb, g_object_ref (overlay), g_object_unref);

      g_object_set_data (G_OBJECT (overlay), PENDING_ID, GUINT_TO_POINTER (id));
    }
  if (toast != NULL)
    g_object_set_data_full (G_OBJECT (overlay), PENDING_TOAST, toast, g_object_unref);
  else
    g_object_set_data (G_OBJECT (overlay), PENDING_TOAST, NULL);
}

void
paraat_ui_show_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkWidget *overlay;
  guint delay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = ADW_IS_TOAST_OVERLAY (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  delay = settle_left (overlay);
  if (delay > 0 || g_object_get_data (G_OBJECT (overlay), PENDING_ID) != NULL)
    wait_to_settle (overlay, toast, MAX (delay, 1));
  else
    show_now (overlay, toast);
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
paraat_ui_dismiss_toast (GtkWidget *widget)
{
  GtkWidget *overlay;
  AdwToast *shown;
  guint delay;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    overlay = find_toast_overlay (widget);
  if (overlay == NULL)
    return;
  delay = settle_left (overlay);
  if (delay > 0 || g_object_get_data (G_OBJECT (overlay), PENDING_ID) != NULL)
    {
      wait_to_settle (overlay, NULL, MAX (delay, 1));
      return;
    }
  shown = g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST);
  if (shown != NULL)
    adw_toast_dismiss (shown);
  g_object_set_data (G_OBJECT (overlay), SHOWN_TOAST, NULL);
}

void
paraat_ui_withdraw_toast (GtkWidget *widget,
                          AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = ADW_IS_TOAST_OVERLAY (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  /* Still waiting: it will not be shown. */
  if (g_object_get_data (G_OBJECT (overlay), PENDING_TOAST) == toast)
    {
      g_object_set_data (G_OBJECT (overlay), PENDING_TOAST, NULL);
      return;
    }
  /* Shown: gone as soon as it may be. Otherwise it is gone already. */
  if (g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST) == toast)
    paraat_ui_dismiss_toast (overlay);
}

void
paraat_ui_show_failure (GtkWidget    *widget,
                        const char   *heading,
                        const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GtkWidget       *widget;
  char            *saved;
  char            *failure;
  ParaatUiPdfFunc  write;
  gpointer         data;
  GDestroyNotify   destroy;
} PdfSave;

static void
pdf_save_response_cb (GtkNativeDialog *native,
                      int              response,
                      PdfSave         *save)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    {
      if (!save->write (save->data, path, &error))
        paraat_ui_show_failure (save->widget, save->failure, error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autoptr (GString) text = g_string_new (save->saved);

          /* The file's name where the message has its %s. */
          g_string_replace (text, "%s", name, 1);
          paraat_ui_show_toast (save->widget, adw_toast_new (text->str));
        }
    }

  g_object_unref (native);
  if (save->destroy != NULL)
    save->destroy (save->data);
  g_object_unref (save->widget);
  g_free (save->saved);
  g_free (save->failure);
  g_free (save);
}

void
paraat_ui_save_file (GtkWidget       *widget,
                     const char      *title,
                     const char      *file_name,
                     const char      *filter_name,
                     const char      *mime_type,
                     const char      *suffix,
                     const char      *saved,
                     const char      *failure,
                     ParaatUiPdfFunc  write,
                     gpointer         data,
                     GDestroyNotify   destroy)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  PdfSave *save = g_new0 (PdfSave, 1);

  save->widget = g_object_ref (widget);
  save->saved = g_strdup (saved);
  save->failure = g_strdup (failure);
  save->write = write;
  save->data = data;
  save->destroy = destroy;

  native = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), file_name);
  g_signal_connect (native, "response", G_CALLBACK (pdf_save_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
paraat_ui_save_pdf (GtkWidget       *widget,
                    const char      *title,
                    const char      *file_name,
                    const char      *saved,
                    const char      *failure,
                    ParaatUiPdfFunc  write,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  paraat_ui_save_file (widget, title, file_name, _("PDF documents"), "application/pdf", "pdf",
                       saved, failure, write, data, destroy);
}
