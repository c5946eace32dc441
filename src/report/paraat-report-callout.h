/* paraat-report-callout.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "report/paraat-report-writer.h"

G_BEGIN_DECLS

/* The call-out list as printed pages: a heading with the organisation and the
 * date it was printed, per team a heading, per function a block (code, name,
 * piket kind, response time) with a table of who to call in what order and
 * their numbers, and "Page N of M" at the foot. A function's block is never
 * split over two pages unless it is longer than a page. Drawn with Pango, so
 * any script prints; no GTK, so paraatctl prints without a display. */

typedef struct _ParaatCalloutReport ParaatCalloutReport;

/* @list is what paraat_callout_list_build () returned (a GPtrArray of
 * ParaatCalloutTeam; referenced), @organisation the organisation's name,
 * @printed when the list was made (in local time). */
ParaatCalloutReport *paraat_callout_report_new       (GPtrArray            *list,
                                                      const char           *organisation,
                                                      GDateTime            *printed);
void                 paraat_callout_report_free      (ParaatCalloutReport  *self);

/* Lays the list out on pages of @width × @height (in the units of @cr,
 * points for print and PDF) and returns the number of pages. */
guint                paraat_callout_report_paginate  (ParaatCalloutReport  *self,
                                                      cairo_t              *cr,
                                                      double                width,
                                                      double                height);
/* Draws page @page (from 0) of the last pagination onto @cr. */
void                 paraat_callout_report_draw_page (ParaatCalloutReport  *self,
                                                      cairo_t              *cr,
                                                      guint                 page);

/* Writes all pages as an A4 PDF to @path: to a file beside it first, renamed
 * into place when complete, so a scheduled run never leaves half a list. */
gboolean             paraat_callout_report_write_pdf (ParaatCalloutReport  *self,
                                                      const char           *path,
                                                      GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatCalloutReport, paraat_callout_report_free)

G_END_DECLS
