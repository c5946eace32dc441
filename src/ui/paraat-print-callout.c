/* paraat-print-callout.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "planning/paraat-callout-list.h"
#include "report/paraat-report-callout.h"
#include "ui/paraat-print-callout.h"
#include "ui/paraat-ui-util.h"

static ParaatCalloutReport *
new_report (ParaatStore  *store,
            GError      **error)
{
  g_autoptr (ParaatOrganisation) organisation = NULL;
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  organisation = paraat_store_get_organisation (store, NULL);
  if ((teams = paraat_store_list_teams (store, error)) == NULL ||
      (functions = paraat_store_list_functions (store, error)) == NULL ||
      (people = paraat_store_list_people (store, error)) == NULL ||
      (assignments = paraat_store_list_assignments (store, 0, 0, error)) == NULL)
    return NULL;

  list = paraat_callout_list_build (teams, functions, people, assignments, today, _("Other functions"));
  return paraat_callout_report_new (list,
                                    organisation != NULL ? paraat_organisation_get_name (organisation) : "",
                                    now);
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
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

gboolean
paraat_print_callout_write_pdf (ParaatStore  *store,
                                const char   *path,
                                GError      **error)
{
  g_autoptr (ParaatCalloutReport) report = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = new_report (store, error);
  return report != NULL && paraat_callout_report_write_pdf (report, path, error);
}

/*
 * Printing
 */

static void
begin_print_cb (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                ParaatCalloutReport *report)
{
  guint n_pages = paraat_callout_report_paginate (report,
                                                  gtk_print_context_get_cairo_context (context),
                                                  gtk_print_context_get_width (context),
                                                  gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
draw_page_cb (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page,
              ParaatCalloutReport *report)
{
  paraat_callout_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWidget               *widget)
{
  g_autoptr (GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    tell_failure (widget, _("The Call-out List Cannot Be Printed"), error);
}

void
paraat_print_callout (GtkWidget   *widget,
                      ParaatStore *store)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr (GError) error = NULL;
  ParaatCalloutReport *report;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  report = new_report (store, &error);
  if (report == NULL)
    {
      tell_failure (widget, _("The Call-out List Cannot Be Printed"), error);
      return;
    }

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  /* The report draws its own margins, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* Translators: the name of the print job */
  gtk_print_operation_set_job_name (operation, _("Call-out list"));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "paraat-report", report,
                          (GDestroyNotify) paraat_callout_report_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), widget, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               window_of (widget), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    tell_failure (widget, _("The Call-out List Cannot Be Printed"), error);
}

/*
 * PDF
 */

typedef struct
{
  GtkWidget   *widget;
  ParaatStore *store;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->widget);
  g_object_unref (export->store);
  g_free (export);
}

static void
export_response_cb (GtkNativeDialog *native,
                    int              response,
                    Export          *export)
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
      if (!paraat_print_callout_write_pdf (export->store, path, &error))
        tell_failure (export->widget, _("The Call-out List Cannot Be Saved"), error);
      else
        {
          GtkWidget *overlay = gtk_widget_get_ancestor (export->widget, ADW_TYPE_TOAST_OVERLAY);
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_strdup_printf (_("Call-out list saved as “%s”"), name);

          if (overlay != NULL)
            paraat_ui_show_toast (overlay, adw_toast_new (title));
        }
    }

  g_object_unref (native);
  export_free (export);
}

void
paraat_print_callout_export_pdf (GtkWidget   *widget,
                                 ParaatStore *store)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested file name of the call-out list; keep the %s (the date) and ".pdf" */
  g_autofree char *name = g_strdup_printf (_("alarmeringslijst-%s.pdf"), date);
  g_autoptr (GtkFileFilter) pdf = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  native = gtk_file_chooser_native_new (_("Export Call-out List"), window_of (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  export = g_new0 (Export, 1);
  export->widget = g_object_ref (widget);
  export->store = g_object_ref (store);
  g_signal_connect (native, "response", G_CALLBACK (export_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
