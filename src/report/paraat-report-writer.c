/* paraat-report-writer.c
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

#include "report/paraat-report-writer.h"

#define MARGIN        36.0
#define PAD            3.0
#define HEADING_GAP   12.0
#define MAX_CELL_LINES 40

#define FONT_TITLE    "Sans Bold 16"
#define FONT_SUBTITLE "Sans 9"
#define FONT_RUNNING  "Sans Bold 8.5"
#define FONT_FOOT     "Sans 7.5"
#define FONT_HEADING  "Sans Bold 12"
#define FONT_TEXT     "Sans 9.5"
#define FONT_NOTE     "Sans Italic 9.5"
#define FONT_CELL     "Sans 9"
#define FONT_HEAD     "Sans Bold 9"
#define FONT_GROUP    "Sans Bold 9.5"

typedef enum
{
  ITEM_HEADING,
  ITEM_TEXT,
  ITEM_NOTE,
  ITEM_SPACE,
  ITEM_TABLE,       /* the start of a table: its head row, if any */
  ITEM_ROW,
  ITEM_GROUP,
} ItemKind;

typedef struct
{
  guint    n_columns;
  double  *widths;     /* fractions of the width of the page's body */
  char   **head;       /* NULL: no head row */
  double   head_height;
} Table;

typedef struct
{
  ItemKind             kind;
  guint                table;      /* TABLE, ROW, GROUP */
  char               **cells;      /* ROW: one per column; the others: one text */
  ParaatReportRowFlags flags;
  double               min_height;
  double               height;     /* from the last pagination */
} Item;

typedef struct
{
  gboolean head;      /* the repeated head of @index's table rather than the item */
  guint    index;     /* an item, or a table when @head */
  guint    page;
  double   y;
  double   height;
} Placement;

struct _ParaatReportWriter
{
  ParaatReportOrientation orientation;
  char                   *title;
  char                   *subtitle;
  GArray                 *tables;      /* Table */
  GArray                 *items;       /* Item */
  GArray                 *placements;  /* Placement */
  guint                   n_pages;
  double                  width;
  double                  height;
  double                  first_header;
  double                  header;
  double                  footer;
};

static void
table_clear (gpointer data)
{
  Table *table = data;

  g_free (table->widths);
  g_strfreev (table->head);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_strfreev (item->cells);
}

ParaatReportWriter *
paraat_report_writer_new (ParaatReportOrientation  orientation,
                          const char              *title,
                          const char              *subtitle)
{
  ParaatReportWriter *self = g_new0 (ParaatReportWriter, 1);

  self->orientation = orientation;
  self->title = g_strdup (title != NULL ? title : "");
  self->subtitle = g_strdup (subtitle != NULL ? subtitle : "");
  self->tables = g_array_new (FALSE, TRUE, sizeof (Table));
  g_array_set_clear_func (self->tables, table_clear);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  return self;
}

void
paraat_report_writer_free (ParaatReportWriter *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->subtitle);
  g_array_unref (self->tables);
  g_array_unref (self->items);
  g_array_unref (self->placements);
  g_free (self);
}

/*
 * Building
 */

static char **
strv_of (const char * const *texts,
         guint               n)
{
  char **copy = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (texts != NULL && texts[i] != NULL ? texts[i] : "");
  return copy;
}

static void
add (ParaatReportWriter   *self,
     ItemKind              kind,
     char                **cells,
     ParaatReportRowFlags  flags,
     double                min_height)
{
  Item item = { kind, self->tables->len > 0 ? self->tables->len - 1 : 0, cells, flags, min_height, 0 };

  g_array_append_val (self->items, item);
}

/* Rows and bands belong to the table begun last, if nothing else came since. */
static gboolean
in_table (ParaatReportWriter *self)
{
  for (guint i = self->items->len; i > 0; i--)
    {
      ItemKind kind = g_array_index (self->items, Item, i - 1).kind;

      if (kind == ITEM_TABLE)
        return TRUE;
      if (kind != ITEM_ROW && kind != ITEM_GROUP)
        return FALSE;
    }
  return FALSE;
}

void
paraat_report_writer_heading (ParaatReportWriter *self,
                              const char         *text)
{
  const char *texts[] = { text };

  g_return_if_fail (self != NULL);
  add (self, ITEM_HEADING, strv_of (texts, 1), PARAAT_REPORT_ROW_PLAIN, 0);
}

void
paraat_report_writer_text (ParaatReportWriter *self,
                           const char         *text,
                           gboolean            italic)
{
  const char *texts[] = { text };

  g_return_if_fail (self != NULL);
  add (self, italic ? ITEM_NOTE : ITEM_TEXT, strv_of (texts, 1), PARAAT_REPORT_ROW_PLAIN, 0);
}

void
paraat_report_writer_space (ParaatReportWriter *self,
                            double              points)
{
  g_return_if_fail (self != NULL);
  add (self, ITEM_SPACE, NULL, PARAAT_REPORT_ROW_PLAIN, MAX (points, 0));
}

void
paraat_report_writer_table (ParaatReportWriter *self,
                            guint               n_columns,
                            const double       *widths,
                            const char * const *head)
{
  Table table = { n_columns, g_new0 (double, n_columns), head != NULL ? strv_of (head, n_columns) : NULL, 0 };
  double total = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_columns > 0 && widths != NULL);

  for (guint c = 0; c < n_columns; c++)
    total += MAX (widths[c], 0);
  for (guint c = 0; c < n_columns; c++)
    table.widths[c] = total > 0 ? MAX (widths[c], 0) / total : 1.0 / n_columns;
  g_array_append_val (self->tables, table);
  add (self, ITEM_TABLE, NULL, PARAAT_REPORT_ROW_PLAIN, 0);
}

void
paraat_report_writer_row_sized (ParaatReportWriter   *self,
                                const char * const   *cells,
                                ParaatReportRowFlags  flags,
                                double                min_height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (in_table (self));

  add (self, ITEM_ROW, strv_of (cells, g_array_index (self->tables, Table, self->tables->len - 1).n_columns),
       flags, min_height);
}

void
paraat_report_writer_row (ParaatReportWriter   *self,
                          const char * const   *cells,
                          ParaatReportRowFlags  flags)
{
  paraat_report_writer_row_sized (self, cells, flags, 0);
}

void
paraat_report_writer_group (ParaatReportWriter *self,
                            const char         *text)
{
  const char *texts[] = { text };

  g_return_if_fail (self != NULL);
  g_return_if_fail (in_table (self));
  add (self, ITEM_GROUP, strv_of (texts, 1), PARAAT_REPORT_ROW_PLAIN, 0);
}

void
paraat_report_writer_blank_rows (ParaatReportWriter *self,
                                 guint               n,
                                 double              height)
{
  for (guint i = 0; i < n; i++)
    paraat_report_writer_row_sized (self, NULL, PARAAT_REPORT_ROW_PLAIN, height);
}

/*
 * Text
 */

/* A layout at 72 dpi with unhinted metrics: the same line and page breaks
 * on paper, in a PDF and on screen. */
static PangoLayout *
new_layout (cairo_t    *cr,
            const char *font,
            double      width,
            const char *text,
            gboolean    markup)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  /* A cell never runs off the page: the end of a very long text is cut. */
  pango_layout_set_height (layout, -MAX_CELL_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (markup)
    pango_layout_set_markup (layout, text != NULL ? text : "", -1);
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
text_height (cairo_t    *cr,
             const char *font,
             double      width,
             const char *text)
{
  g_autoptr (PangoLayout) layout = new_layout (cr, font, width, text, FALSE);

  return layout_height (layout);
}

static void
show_text (cairo_t        *cr,
           const char     *font,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment,
           const char     *text)
{
  g_autoptr (PangoLayout) layout = new_layout (cr, font, width, text, FALSE);

  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

/*
 * Layout
 */

static double
body_width (ParaatReportWriter *self)
{
  return self->width - 2 * MARGIN;
}

static const char *
cell_font (ParaatReportRowFlags flags)
{
  return (flags & PARAAT_REPORT_ROW_BOLD) != 0 ? FONT_HEAD : FONT_CELL;
}

static double
cells_height (ParaatReportWriter   *self,
              cairo_t              *cr,
              const Table          *table,
              char * const         *cells,
              const char           *font,
              gboolean              markup)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr (PangoLayout) layout = new_layout (cr, font, table->widths[c] * body_width (self) - 2 * PAD,
                                                   cells[c], markup);

      height = MAX (height, layout_height (layout));
    }
  return height + 2 * PAD;
}

static double
item_height (ParaatReportWriter *self,
             cairo_t            *cr,
             Item               *item)
{
  Table *table = item->kind == ITEM_TABLE || item->kind == ITEM_ROW || item->kind == ITEM_GROUP
                 ? &g_array_index (self->tables, Table, item->table) : NULL;

  switch (item->kind)
    {
    case ITEM_HEADING:
      return HEADING_GAP + text_height (cr, FONT_HEADING, body_width (self), item->cells[0]) + 5;
    case ITEM_TEXT:
      return text_height (cr, FONT_TEXT, body_width (self), item->cells[0]) + 4;
    case ITEM_NOTE:
      return text_height (cr, FONT_NOTE, body_width (self), item->cells[0]) + 4;
    case ITEM_SPACE:
      return item->min_height;
    case ITEM_TABLE:
      table->head_height = table->head != NULL ? cells_height (self, cr, table, table->head, FONT_HEAD, FALSE) : 0;
      return table->head_height;
    case ITEM_GROUP:
      return text_height (cr, FONT_GROUP, body_width (self) - 2 * PAD, item->cells[0]) + 2 * PAD + 2;
    case ITEM_ROW:
    default:
      return MAX (item->min_height, cells_height (self, cr, table, item->cells, cell_font (item->flags),
                                                  (item->flags & PARAAT_REPORT_ROW_MARKUP) != 0));
    }
}

/* The height of @index together with what it must not be parted from: a
 * heading or a table's head or a band keeps the next block on its page. */
static double
keep_height (ParaatReportWriter *self,
             guint               index)
{
  const Item *item = &g_array_index (self->items, Item, index);
  gboolean keeps = item->kind == ITEM_HEADING || item->kind == ITEM_TABLE || item->kind == ITEM_GROUP;

  if (keeps && index + 1 < self->items->len && g_array_index (self->items, Item, index + 1).kind != ITEM_SPACE)
    return item->height + keep_height (self, index + 1);
  return item->height;
}

static void
place (ParaatReportWriter *self,
       gboolean            head,
       guint               index,
       guint               page,
       double              y,
       double              height)
{
  Placement placement = { head, index, page, y, height };

  g_array_append_val (self->placements, placement);
}

guint
paraat_report_writer_paginate (ParaatReportWriter *self,
                               cairo_t            *cr,
                               double              width,
                               double              height)
{
  double line;
  double top, bottom, y;
  guint page = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  self->width = width;
  self->height = height;
  g_array_set_size (self->placements, 0);

  line = text_height (cr, FONT_SUBTITLE, 0, "Ĳg");
  self->first_header = text_height (cr, FONT_TITLE, body_width (self), self->title) + 2 +
                       text_height (cr, FONT_SUBTITLE, body_width (self), self->subtitle) + 12;
  self->header = text_height (cr, FONT_RUNNING, 0, "Ĳg") + 10;
  self->footer = line + 8;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      item->height = item_height (self, cr, item);
    }

  top = MARGIN + self->first_header;
  bottom = height - MARGIN - self->footer;
  y = top;
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double keep = MIN (keep_height (self, i), bottom - (MARGIN + self->header));

      if (item->kind == ITEM_SPACE)
        {
          if (y > top)
            y += item->height;
          continue;
        }
      if (y > top && y + keep > bottom)
        {
          page++;
          top = MARGIN + self->header;
          y = top;
          /* A table that goes on: its head again. */
          if (item->kind == ITEM_ROW || item->kind == ITEM_GROUP)
            {
              Table *table = &g_array_index (self->tables, Table, item->table);

              if (table->head != NULL)
                {
                  place (self, TRUE, item->table, page, y, table->head_height);
                  y += table->head_height;
                }
            }
        }
      /* A heading at the top of a page needs no room above it. */
      if (item->kind == ITEM_HEADING && y == top)
        y -= HEADING_GAP;
      place (self, FALSE, i, page, y, item->height);
      y += item->height;
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

/*
 * Drawing
 */

static void
draw_cells (ParaatReportWriter   *self,
            cairo_t              *cr,
            const Table          *table,
            char * const         *cells,
            ParaatReportRowFlags  flags,
            double                y,
            double                height,
            gboolean              head)
{
  double x = MARGIN;
  double total = body_width (self);

  if (head || (flags & PARAAT_REPORT_ROW_SHADED) != 0)
    {
      set_grey (cr, head ? 0.88 : 0.95);
      cairo_rectangle (cr, MARGIN, y, total, height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = table->widths[c] * total;
      g_autoptr (PangoLayout) layout = new_layout (cr, head ? FONT_HEAD : cell_font (flags), width - 2 * PAD, cells[c],
                                                   !head && (flags & PARAAT_REPORT_ROW_MARKUP) != 0);

      set_grey (cr, !head && (flags & PARAAT_REPORT_ROW_DIM) != 0 ? 0.45 : 0.0);
      cairo_move_to (cr, x + PAD, y + PAD);
      pango_cairo_show_layout (cr, layout);
      set_grey (cr, 0.55);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      x += width;
    }
}

static void
draw_item (ParaatReportWriter *self,
           cairo_t            *cr,
           const Placement    *placement)
{
  double width = body_width (self);

  if (placement->head)
    {
      const Table *table = &g_array_index (self->tables, Table, placement->index);

      draw_cells (self, cr, table, table->head, PARAAT_REPORT_ROW_PLAIN, placement->y, placement->height, TRUE);
      return;
    }

  {
    const Item *item = &g_array_index (self->items, Item, placement->index);
    const Table *table = &g_array_index (self->tables, Table, item->table);

    switch (item->kind)
      {
      case ITEM_HEADING:
        set_grey (cr, 0.0);
        show_text (cr, FONT_HEADING, MARGIN, placement->y + HEADING_GAP, width, PANGO_ALIGN_LEFT, item->cells[0]);
        break;
      case ITEM_TEXT:
        set_grey (cr, 0.0);
        show_text (cr, FONT_TEXT, MARGIN, placement->y, width, PANGO_ALIGN_LEFT, item->cells[0]);
        break;
      case ITEM_NOTE:
        set_grey (cr, 0.3);
        show_text (cr, FONT_NOTE, MARGIN, placement->y, width, PANGO_ALIGN_LEFT, item->cells[0]);
        break;
      case ITEM_TABLE:
        if (table->head != NULL)
          draw_cells (self, cr, table, table->head, PARAAT_REPORT_ROW_PLAIN, placement->y, placement->height, TRUE);
        break;
      case ITEM_GROUP:
        set_grey (cr, 0.85);
        cairo_rectangle (cr, MARGIN, placement->y + 2, width, placement->height - 2);
        cairo_fill (cr);
        set_grey (cr, 0.0);
        show_text (cr, FONT_GROUP, MARGIN + PAD, placement->y + 2 + PAD, width - 2 * PAD, PANGO_ALIGN_LEFT,
                   item->cells[0]);
        break;
      case ITEM_ROW:
        draw_cells (self, cr, table, item->cells, item->flags, placement->y, placement->height, FALSE);
        break;
      case ITEM_SPACE:
      default:
        break;
      }
  }
}

void
paraat_report_writer_draw_page (ParaatReportWriter *self,
                                cairo_t            *cr,
                                guint               page)
{
  double width;
  double foot;
  g_autofree char *page_text = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  width = body_width (self);
  cairo_save (cr);

  /* The head: the title on the first page, a running title on the others. */
  if (page == 0)
    {
      double title = text_height (cr, FONT_TITLE, width, self->title);

      set_grey (cr, 0.0);
      show_text (cr, FONT_TITLE, MARGIN, MARGIN, width, PANGO_ALIGN_LEFT, self->title);
      set_grey (cr, 0.3);
      show_text (cr, FONT_SUBTITLE, MARGIN, MARGIN + title + 2, width, PANGO_ALIGN_LEFT, self->subtitle);
      set_grey (cr, 0.0);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, MARGIN, MARGIN + self->first_header - 5);
      cairo_line_to (cr, MARGIN + width, MARGIN + self->first_header - 5);
      cairo_stroke (cr);
    }
  else
    {
      set_grey (cr, 0.3);
      show_text (cr, FONT_RUNNING, MARGIN, MARGIN, width, PANGO_ALIGN_LEFT, self->title);
      set_grey (cr, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN, MARGIN + self->header - 5);
      cairo_line_to (cr, MARGIN + width, MARGIN + self->header - 5);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);

      if (placement->page == page)
        draw_item (self, cr, placement);
    }

  /* The foot: what this is, and which page of how many. */
  foot = self->height - MARGIN - self->footer + 8;
  set_grey (cr, 0.35);
  show_text (cr, FONT_FOOT, MARGIN, foot, width * 0.75, PANGO_ALIGN_LEFT, self->title);
  /* Translators: at the foot of each page of a printed list */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  show_text (cr, FONT_FOOT, MARGIN, foot, width, PANGO_ALIGN_RIGHT, page_text);

  cairo_restore (cr);
}

static guint
paginate_cb (gpointer  data,
             cairo_t  *cr,
             double    width,
             double    height)
{
  return paraat_report_writer_paginate (data, cr, width, height);
}

static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     page)
{
  paraat_report_writer_draw_page (data, cr, page);
}

guint
paraat_report_writer_write_pdf (ParaatReportWriter  *self,
                                const char          *path,
                                GError             **error)
{
  gboolean landscape;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  landscape = self->orientation == PARAAT_REPORT_LANDSCAPE;
  return paraat_report_pdf_write (path, self->title,
                                  landscape ? PARAAT_REPORT_A4_HEIGHT : PARAAT_REPORT_A4_WIDTH,
                                  landscape ? PARAAT_REPORT_A4_WIDTH : PARAAT_REPORT_A4_HEIGHT,
                                  paginate_cb, draw_page_cb, self, error);
}

guint
paraat_report_pdf_write (const char              *path,
                         const char              *title,
                         double                   width,
                         double                   height,
                         ParaatReportPaginateFunc paginate,
                         ParaatReportDrawFunc     draw_page,
                         gpointer                 data,
                         GError                 **error)
{
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages = 0;

  g_return_val_if_fail (path != NULL, 0);

  partial = g_strdup_printf ("%s.partial", path);
  surface = cairo_pdf_surface_create (partial, width, height);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr;

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Paraat " PACKAGE_VERSION);
      cr = cairo_create (surface);
      n_pages = paginate (data, cr, width, height);
      for (guint page = 0; page < n_pages; page++)
        {
          draw_page (data, cr, page);
          cairo_show_page (cr);
        }
      status = cairo_status (cr);
      cairo_destroy (cr);
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
  return n_pages;
}
