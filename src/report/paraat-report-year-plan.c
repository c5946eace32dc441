/* paraat-report-year-plan.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-report"

#include "config.h"

#include <glib/gi18n.h>

#include "report/paraat-report-writer.h"
#include "report/paraat-report-year-plan.h"

guint
paraat_year_plan_report_write_pdf (const ParaatYearPlanReport  *report,
                                   const char                  *path,
                                   GError                     **error)
{
  g_autoptr (ParaatReportWriter) writer = NULL;
  const double label_widths[] = { 1.3, 1.0, 1.0, 1.0, 1.0 };
  const char *head[] = { _("Function"), _("Q1"), _("Q2"), _("Q3"), _("Q4") };
  const char *count_head[] = { _("Year"), C_("requirement", "Course"), C_("requirement", "Training"),
                               C_("requirement", "Exercise"), C_("requirement", "Test"),
                               C_("requirement", "Evaluation"), _("Cancelled") };
  const double count_widths[] = { 1, 1, 1, 1, 1, 1, 1 };

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  writer = paraat_report_writer_new (PARAAT_REPORT_LANDSCAPE, report->title, report->subtitle);

  /* The functions across the quarters (the uitvoeringsmatrix). */
  paraat_report_writer_table (writer, G_N_ELEMENTS (head), label_widths, head);
  for (guint r = 0; r < report->n_rows; r++)
    {
      const char *texts[] = { report->labels[r], report->cells[r * 4], report->cells[r * 4 + 1],
                              report->cells[r * 4 + 2], report->cells[r * 4 + 3] };

      paraat_report_writer_row (writer, texts, r % 2 == 1 ? PARAAT_REPORT_ROW_SHADED : PARAAT_REPORT_ROW_PLAIN);
    }

  paraat_report_writer_heading (writer, _("Requirements This Plan Does Not Cover"));
  if (report->n_gaps == 0)
    paraat_report_writer_text (writer, _("The plan offers every session the requirements ask for."), TRUE);
  for (guint g = 0; g < report->n_gaps; g++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", report->gaps[g]);

      paraat_report_writer_text (writer, line, FALSE);
    }

  paraat_report_writer_heading (writer, _("Sessions per Year"));
  paraat_report_writer_table (writer, G_N_ELEMENTS (count_head), count_widths, count_head);
  for (guint c = 0; c < report->n_counts; c++)
    {
      const ParaatPlanYearCount *count = &report->counts[c];
      g_autofree char *year = g_strdup_printf ("%d", count->year);
      g_autofree char *education = g_strdup_printf ("%u", count->education);
      g_autofree char *training = g_strdup_printf ("%u", count->training);
      g_autofree char *exercise = g_strdup_printf ("%u", count->exercise);
      g_autofree char *test = g_strdup_printf ("%u", count->test);
      g_autofree char *evaluation = g_strdup_printf ("%u", count->evaluation);
      g_autofree char *cancelled = g_strdup_printf ("%u", count->cancelled);
      const char *texts[] = { year, education, training, exercise, test, evaluation, cancelled };

      paraat_report_writer_row (writer, texts, PARAAT_REPORT_ROW_PLAIN);
    }

  return paraat_report_writer_write_pdf (writer, path, error);
}
