/* paraat-report-year-plan.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "report/paraat-report-callout.h"
#include "report/paraat-report-year-plan.h"

#define PAGE_WIDTH  PARAAT_REPORT_A4_HEIGHT   /* landscape */
#define PAGE_HEIGHT PARAAT_REPORT_A4_WIDTH
#define MARGIN      36.0
#define PAD          3.0
#define LABEL_WIDTH 190.0

typedef struct
{
  cairo_t *cr;
  guint    page;
  double   y;
} Pen;

static PangoLayout *
layout_new (cairo_t    *cr,
            const char *font,
            const char *text,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

static void
draw_text (cairo_t    *cr,
           const char *font,
           const char *text,
           double      x,
           double      y,
           double      width)
{
  g_autoptr (PangoLayout) layout = layout_new (cr, font, text, width);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
footer (Pen *pen)
{
  g_autofree char *text = g_strdup_printf (_("Page %u"), pen->page + 1);

  cairo_set_source_rgb (pen->cr, 0.35, 0.35, 0.35);
  draw_text (pen->cr, "Sans 8", text, MARGIN, PAGE_HEIGHT - MARGIN + 8, 0);
  cairo_set_source_rgb (pen->cr, 0, 0, 0);
}

static void
new_page (Pen *pen)
{
  footer (pen);
  cairo_show_page (pen->cr);
  pen->page++;
  pen->y = MARGIN;
}

/* Makes room for @height, on a new page when this one is full. TRUE when a
 * page was started. */
static gboolean
need (Pen    *pen,
      double  height)
{
  if (pen->y + height <= PAGE_HEIGHT - MARGIN || pen->y <= MARGIN)
    return FALSE;
  new_page (pen);
  return TRUE;
}

static double
row_height (Pen                *pen,
            const char         *font,
            const char * const *texts,
            const double       *widths,
            guint               n)
{
  double height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PangoLayout) layout = layout_new (pen->cr, font, texts[i], widths[i] - 2 * PAD);

      height = MAX (height, layout_height (layout));
    }
  return height + 2 * PAD;
}

static void
table_row (Pen               *pen,
           const char        *font,
           const char * const *texts,
           const double      *widths,
           guint              n,
           gboolean           shade)
{
  PangoLayout *layouts[8];
  double height = 0, x = MARGIN;

  g_assert (n <= G_N_ELEMENTS (layouts));
  for (guint i = 0; i < n; i++)
    {
      layouts[i] = layout_new (pen->cr, font, texts[i], widths[i] - 2 * PAD);
      height = MAX (height, layout_height (layouts[i]));
    }
  height += 2 * PAD;
  need (pen, height);

  if (shade)
    {
      double total = 0;

      for (guint i = 0; i < n; i++)
        total += widths[i];
      cairo_set_source_rgb (pen->cr, 0.94, 0.94, 0.94);
      cairo_rectangle (pen->cr, MARGIN, pen->y, total, height);
      cairo_fill (pen->cr);
      cairo_set_source_rgb (pen->cr, 0, 0, 0);
    }
  for (guint i = 0; i < n; i++)
    {
      cairo_move_to (pen->cr, x + PAD, pen->y + PAD);
      pango_cairo_show_layout (pen->cr, layouts[i]);
      g_object_unref (layouts[i]);
      cairo_set_line_width (pen->cr, 0.5);
      cairo_rectangle (pen->cr, x, pen->y, widths[i], height);
      cairo_stroke (pen->cr);
      x += widths[i];
    }
  pen->y += height;
}

static void
heading (Pen        *pen,
         const char *text)
{
  g_autoptr (PangoLayout) layout = layout_new (pen->cr, "Sans Bold 12", text, PAGE_WIDTH - 2 * MARGIN);
  double height = layout_height (layout);

  need (pen, height + 40);
  pen->y += 10;
  cairo_move_to (pen->cr, MARGIN, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += height + 6;
}

static void
draw (const ParaatYearPlanReport *report,
      Pen                        *pen)
{
  double quarter = (PAGE_WIDTH - 2 * MARGIN - LABEL_WIDTH) / 4;
  double widths[] = { LABEL_WIDTH, quarter, quarter, quarter, quarter };
  const char *head[] = { _("Function"), _("Q1"), _("Q2"), _("Q3"), _("Q4") };
  double count_width = (PAGE_WIDTH - 2 * MARGIN) / 7;
  double count_widths[] = { count_width, count_width, count_width, count_width, count_width, count_width, count_width };
  const char *count_head[] = { _("Year"), C_("requirement", "Course"), C_("requirement", "Training"),
                               C_("requirement", "Exercise"), C_("requirement", "Test"),
                               C_("requirement", "Evaluation"), _("Cancelled") };

  pen->y = MARGIN;
  draw_text (pen->cr, "Sans Bold 16", report->title, MARGIN, pen->y, PAGE_WIDTH - 2 * MARGIN);
  pen->y += 24;
  cairo_set_source_rgb (pen->cr, 0.35, 0.35, 0.35);
  draw_text (pen->cr, "Sans 9", report->subtitle, MARGIN, pen->y, PAGE_WIDTH - 2 * MARGIN);
  cairo_set_source_rgb (pen->cr, 0, 0, 0);
  pen->y += 20;

  table_row (pen, "Sans Bold 8.5", head, widths, 5, TRUE);
  for (guint r = 0; r < report->n_rows; r++)
    {
      const char *texts[] = { report->labels[r], report->cells[r * 4], report->cells[r * 4 + 1],
                              report->cells[r * 4 + 2], report->cells[r * 4 + 3] };
      /* A row that does not fit starts a new page, under the head again. */
      if (pen->y + row_height (pen, "Sans 8.5", texts, widths, 5) > PAGE_HEIGHT - MARGIN)
        {
          new_page (pen);
          table_row (pen, "Sans Bold 8.5", head, widths, 5, TRUE);
        }
      table_row (pen, "Sans 8.5", texts, widths, 5, FALSE);
    }

  heading (pen, _("Requirements This Plan Does Not Cover"));
  if (report->n_gaps == 0)
    {
      draw_text (pen->cr, "Sans Italic 9.5", _("The plan offers every session the requirements ask for."),
                 MARGIN, pen->y, PAGE_WIDTH - 2 * MARGIN);
      pen->y += 16;
    }
  for (guint g = 0; g < report->n_gaps; g++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", report->gaps[g]);
      g_autoptr (PangoLayout) layout = layout_new (pen->cr, "Sans 9.5", line, PAGE_WIDTH - 2 * MARGIN);
      double height = layout_height (layout);

      need (pen, height);
      cairo_move_to (pen->cr, MARGIN, pen->y);
      pango_cairo_show_layout (pen->cr, layout);
      pen->y += height + 3;
    }

  heading (pen, _("Sessions per Year"));
  table_row (pen, "Sans Bold 8.5", count_head, count_widths, 7, TRUE);
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

      table_row (pen, "Sans 9", texts, count_widths, 7, FALSE);
    }
  footer (pen);
}

guint
paraat_year_plan_report_write_pdf (const ParaatYearPlanReport  *report,
                                   const char                  *path,
                                   GError                     **error)
{
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pen pen = { 0 };

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  partial = g_strdup_printf ("%s.partial", path);
  surface = cairo_pdf_surface_create (partial, PAGE_WIDTH, PAGE_HEIGHT);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Paraat " PACKAGE_VERSION);
      pen.cr = cairo_create (surface);
      draw (report, &pen);
      cairo_show_page (pen.cr);
      status = cairo_status (pen.cr);
      cairo_destroy (pen.cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The PDF “%s” cannot be written: %s"), path, cairo_status_to_string (status));
      return 0;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The PDF “%s” cannot be written: %s"), path, g_strerror (saved));
      return 0;
    }
  return pen.page + 1;
}
