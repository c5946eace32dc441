/* paraat-report-writer.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The pages of a printed list, drawn with Pango and cairo: the title and
 * subtitle at the head of the first page (a running title on the others),
 * headings, paragraphs, and tables whose cells wrap and whose column heads
 * come back at the top of every page the table runs on; the title and
 * "Page N of M" at the foot of every page. A heading stays with what
 * follows it, a group band with its first row. Build the document block by
 * block, then write it as a PDF (or paginate and draw it for a print
 * operation). No GTK: paraatctl prints without a display. */

/* A4 in points. */
#define PARAAT_REPORT_A4_WIDTH  595.2756
#define PARAAT_REPORT_A4_HEIGHT 841.8898

typedef struct _ParaatReportWriter ParaatReportWriter;

typedef enum
{
  PARAAT_REPORT_PORTRAIT,
  PARAAT_REPORT_LANDSCAPE,
} ParaatReportOrientation;

typedef enum
{
  PARAAT_REPORT_ROW_PLAIN  = 0,
  PARAAT_REPORT_ROW_MARKUP = 1 << 0,   /* the cells are Pango markup */
  PARAAT_REPORT_ROW_SHADED = 1 << 1,   /* a light grey background */
  PARAAT_REPORT_ROW_DIM    = 1 << 2,   /* grey text: settled, not applicable */
  PARAAT_REPORT_ROW_BOLD   = 1 << 3,
} ParaatReportRowFlags;

ParaatReportWriter *paraat_report_writer_new        (ParaatReportOrientation  orientation,
                                                     const char              *title,
                                                     const char              *subtitle);
void                paraat_report_writer_free       (ParaatReportWriter      *self);

/* A section heading. */
void                paraat_report_writer_heading    (ParaatReportWriter      *self,
                                                     const char              *text);
/* A paragraph across the page; @italic for a remark in grey. */
void                paraat_report_writer_text       (ParaatReportWriter      *self,
                                                     const char              *text,
                                                     gboolean                 italic);
/* Empty room of @points (dropped at the top of a page). */
void                paraat_report_writer_space      (ParaatReportWriter      *self,
                                                     double                   points);

/* Starts a table of @n_columns whose widths are in proportion to @widths
 * (any unit), across the page. @head: the column heads (NULL: none). The
 * rows that follow belong to it, until the next heading, paragraph, space
 * or table. */
void                paraat_report_writer_table      (ParaatReportWriter      *self,
                                                     guint                    n_columns,
                                                     const double            *widths,
                                                     const char * const      *head);
/* A row of the current table: one text per column (NULL is empty). */
void                paraat_report_writer_row        (ParaatReportWriter      *self,
                                                     const char * const      *cells,
                                                     ParaatReportRowFlags     flags);
/* The same, at least @min_height points high (room to write by hand). */
void                paraat_report_writer_row_sized  (ParaatReportWriter      *self,
                                                     const char * const      *cells,
                                                     ParaatReportRowFlags     flags,
                                                     double                   min_height);
/* A band across the whole table: a month, a phase. */
void                paraat_report_writer_group      (ParaatReportWriter      *self,
                                                     const char              *text);
/* @n empty rows of @height points, to be filled in on paper. */
void                paraat_report_writer_blank_rows (ParaatReportWriter      *self,
                                                     guint                    n,
                                                     double                   height);

/* Lays the document out on pages of @width × @height (points) and returns
 * the number of pages; then draw each with draw_page. */
guint               paraat_report_writer_paginate   (ParaatReportWriter      *self,
                                                     cairo_t                 *cr,
                                                     double                   width,
                                                     double                   height);
void                paraat_report_writer_draw_page  (ParaatReportWriter      *self,
                                                     cairo_t                 *cr,
                                                     guint                    page);

/* Writes the document as an A4 PDF to @path: to a file beside it first,
 * renamed into place when complete. Returns the number of pages, or 0 with
 * @error set. */
guint               paraat_report_writer_write_pdf  (ParaatReportWriter      *self,
                                                     const char              *path,
                                                     GError                 **error);

/* Writes a PDF of pages @width × @height points to @path, through a file
 * beside it renamed into place when complete (a scheduled run never leaves
 * half a document): @paginate lays out and says how many pages, @draw_page
 * draws one. Returns the number of pages, or 0 with @error set. */
typedef guint (*ParaatReportPaginateFunc) (gpointer  data,
                                           cairo_t  *cr,
                                           double    width,
                                           double    height);
typedef void  (*ParaatReportDrawFunc)     (gpointer  data,
                                           cairo_t  *cr,
                                           guint     page);

guint               paraat_report_pdf_write         (const char              *path,
                                                     const char              *title,
                                                     double                   width,
                                                     double                   height,
                                                     ParaatReportPaginateFunc paginate,
                                                     ParaatReportDrawFunc     draw_page,
                                                     gpointer                 data,
                                                     GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatReportWriter, paraat_report_writer_free)

G_END_DECLS
