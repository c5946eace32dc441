/* paraat-report-callout.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-report"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "planning/paraat-callout-list.h"
#include "report/paraat-report-callout.h"
#include "report/paraat-report-writer.h"

#define MARGIN        42.52   /* 15 mm */
#define GAP_TEAM      14.0
#define GAP_FUNCTION  10.0
#define CELL_PAD       3.0

#define FONT_TITLE    "Sans Bold 16"
#define FONT_SMALL    "Sans 8.5"
#define FONT_TEAM     "Sans Bold 13"
#define FONT_FUNCTION "Sans Bold 11"
#define FONT_HEAD     "Sans Bold 8.5"
#define FONT_ROW      "Sans 10"
#define FONT_GAP      "Sans Italic 10"

typedef enum
{
  ITEM_TEAM,
  ITEM_FUNCTION,
  ITEM_TABLE_HEAD,
  ITEM_ROW,
  ITEM_NOBODY,
} ItemKind;

typedef struct
{
  ItemKind  kind;
  gpointer  data;        /* ParaatCalloutTeam, _Function or _Entry */
  guint     row;         /* ITEM_ROW: its index, for shading */
  double    height;
  guint     page;
  double    y;
} Item;

struct _ParaatCalloutReport
{
  GPtrArray *list;
  char      *organisation;
  char      *printed;
  GArray    *items;      /* Item */
  GArray    *blocks;     /* guint: index of the first item of each block */
  guint      n_pages;
  double     width;
  double     height;
  double     header_height;
  double     footer_height;
};

/* The fraction of the width each column of the table takes. */
static const double columns[] = { 0.06, 0.36, 0.14, 0.22, 0.22 };

ParaatCalloutReport *
paraat_callout_report_new (GPtrArray  *list,
                           const char *organisation,
                           GDateTime  *printed)
{
  ParaatCalloutReport *self = g_new0 (ParaatCalloutReport, 1);

  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (printed != NULL, NULL);

  self->list = g_ptr_array_ref (list);
  self->organisation = g_strdup (organisation != NULL ? organisation : "");
  /* Translators: when the call-out list was printed, strftime format */
  self->printed = g_date_time_format (printed, _("%Y-%m-%d %H:%M"));
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  self->blocks = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

void
paraat_callout_report_free (ParaatCalloutReport *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->list);
  g_free (self->organisation);
  g_free (self->printed);
  g_array_unref (self->items);
  g_array_unref (self->blocks);
  g_free (self);
}

/*
 * Text
 */

/* A layout at 72 dpi, so font sizes in points are points on paper whatever
 * the surface. */
static PangoLayout *
new_layout (cairo_t    *cr,
            const char *font,
            double      width,
            const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks and page breaks on screen, paper
   * and PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
text_height (cairo_t    *cr,
             const char *font,
             const char *text)
{
  g_autoptr (PangoLayout) layout = new_layout (cr, font, 0, text);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
show_text (cairo_t    *cr,
           const char *font,
           double      x,
           double      y,
           double      width,
           PangoAlignment alignment,
           const char *text)
{
  g_autoptr (PangoLayout) layout = new_layout (cr, font, width, text);

  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static const char *
level_label (ParaatAssignmentLevel level)
{
  switch (level)
    {
    case PARAAT_ASSIGNMENT_LEVEL_PRIMARY:
      return C_("level", "Primary");
    case PARAAT_ASSIGNMENT_LEVEL_BACKUP:
      return C_("level", "Backup");
    case PARAAT_ASSIGNMENT_LEVEL_TRAINEE:
      return C_("level", "Trainee");
    default:
      return "";
    }
}

static char *
function_meta (ParaatCalloutFunction *function)
{
  const char *piket = function->piket_kind == PARAAT_PIKET_KIND_HARD ? _("Hard piket")
                    : function->piket_kind == PARAAT_PIKET_KIND_SOFT ? _("Soft piket")
                    : _("No piket");

  if (function->response_minutes > 0)
    /* Translators: on the call-out list: "Hard piket · response time 30 minutes" */
    return g_strdup_printf (ngettext ("%s · response time %d minute", "%s · response time %d minutes",
                                      function->response_minutes),
                            piket, function->response_minutes);
  return g_strdup (piket);
}

static char *
function_title (ParaatCalloutFunction *function)
{
  /* Translators: a crisis function as "code — name", e.g. "CMA — Crisismanagementadviseur" */
  return g_strdup_printf (_("%s — %s"), function->code, function->name);
}

/*
 * Layout
 */

static void
add_item (ParaatCalloutReport *self,
          ItemKind             kind,
          gpointer             data,
          guint                row,
          double               height)
{
  Item item = { kind, data, row, height, 0, 0 };

  g_array_append_val (self->items, item);
}

static void
start_block (ParaatCalloutReport *self)
{
  guint first = self->items->len;

  g_array_append_val (self->blocks, first);
}

static double
block_height (ParaatCalloutReport *self,
              guint                block)
{
  guint first = g_array_index (self->blocks, guint, block);
  guint end = block + 1 < self->blocks->len ? g_array_index (self->blocks, guint, block + 1) : self->items->len;
  double height = 0;

  for (guint i = first; i < end; i++)
    height += g_array_index (self->items, Item, i).height;

  return height;
}

guint
paraat_callout_report_paginate (ParaatCalloutReport *self,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  double row_height;
  double head_height;
  double top;
  double bottom;
  double y;
  guint page = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  self->width = width;
  self->height = height;
  g_array_set_size (self->items, 0);
  g_array_set_size (self->blocks, 0);

  self->header_height = text_height (cr, FONT_TITLE, "Ĳg") + text_height (cr, FONT_SMALL, "Ĳg") + 14;
  self->footer_height = text_height (cr, FONT_SMALL, "Ĳg") + 8;
  row_height = text_height (cr, FONT_ROW, "Ĳg") + 2 * CELL_PAD;
  head_height = text_height (cr, FONT_HEAD, "Ĳg") + 2 * CELL_PAD;

  /* The items, in blocks that stay together: a team's heading with its first
   * function, and each function with its table. */
  for (guint t = 0; t < self->list->len; t++)
    {
      ParaatCalloutTeam *team = g_ptr_array_index (self->list, t);

      start_block (self);
      add_item (self, ITEM_TEAM, team, 0, (t > 0 ? GAP_TEAM : 0) + text_height (cr, FONT_TEAM, "Ĳg") + 6);

      for (guint f = 0; f < team->functions->len; f++)
        {
          ParaatCalloutFunction *function = g_ptr_array_index (team->functions, f);

          if (f > 0)
            start_block (self);
          add_item (self, ITEM_FUNCTION, function, 0,
                    GAP_FUNCTION + text_height (cr, FONT_FUNCTION, "Ĳg") + text_height (cr, FONT_SMALL, "Ĳg") + 4);
          if (function->entries->len == 0)
            {
              add_item (self, ITEM_NOBODY, function, 0, row_height);
              continue;
            }
          add_item (self, ITEM_TABLE_HEAD, function, 0, head_height);
          for (guint e = 0; e < function->entries->len; e++)
            add_item (self, ITEM_ROW, g_ptr_array_index (function->entries, e), e, row_height);
        }
    }

  /* Blocks go on the page where they fit; one longer than a page is split
   * between rows. */
  top = MARGIN + self->header_height;
  bottom = height - MARGIN - self->footer_height;
  y = top;
  for (guint b = 0; b < self->blocks->len; b++)
    {
      guint first = g_array_index (self->blocks, guint, b);
      guint end = b + 1 < self->blocks->len ? g_array_index (self->blocks, guint, b + 1) : self->items->len;

      if (y > top && y + block_height (self, b) > bottom)
        {
          page++;
          y = top;
        }

      for (guint i = first; i < end; i++)
        {
          Item *item = &g_array_index (self->items, Item, i);

          if (y > top && y + item->height > bottom)
            {
              page++;
              y = top;
            }
          item->page = page;
          item->y = y;
          y += item->height;
        }
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

/*
 * Drawing
 */

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static void
draw_row (ParaatCalloutReport *self,
          cairo_t             *cr,
          Item                *item,
          double               left,
          double               body_width)
{
  const char *cells[G_N_ELEMENTS (columns)];
  g_autofree char *order = NULL;
  double x = left;

  if (item->kind == ITEM_TABLE_HEAD)
    {
      /* Translators: column of the call-out list: the place in the call order */
      cells[0] = C_("callout", "No.");
      cells[1] = C_("callout", "Name");
      cells[2] = C_("callout", "Level");
      cells[3] = C_("callout", "Mobile");
      cells[4] = C_("callout", "Alternative phone");
    }
  else
    {
      ParaatCalloutEntry *entry = item->data;

      order = g_strdup_printf ("%u", entry->order);
      cells[0] = order;
      cells[1] = entry->name;
      cells[2] = level_label (entry->level);
      cells[3] = entry->phone;
      cells[4] = entry->phone_alt;

      if (item->row % 2 == 1)
        {
          set_grey (cr, 0.93);
          cairo_rectangle (cr, left, item->y, body_width, item->height);
          cairo_fill (cr);
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      double column_width = columns[c] * body_width;

      set_grey (cr, item->kind == ITEM_TABLE_HEAD ? 0.35 : 0.0);
      show_text (cr, item->kind == ITEM_TABLE_HEAD ? FONT_HEAD : FONT_ROW,
                 x + CELL_PAD, item->y + CELL_PAD, column_width - 2 * CELL_PAD,
                 PANGO_ALIGN_LEFT, cells[c]);
      x += column_width;
    }

  if (item->kind == ITEM_TABLE_HEAD)
    {
      set_grey (cr, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, left, item->y + item->height - 0.25);
      cairo_line_to (cr, left + body_width, item->y + item->height - 0.25);
      cairo_stroke (cr);
    }
}

void
paraat_callout_report_draw_page (ParaatCalloutReport *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  double left = MARGIN;
  double body_width = self->width - 2 * MARGIN;
  g_autofree char *subtitle = NULL;
  g_autofree char *page_text = NULL;
  double title_height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);

  /* The heading of every page. */
  set_grey (cr, 0.0);
  title_height = text_height (cr, FONT_TITLE, "Ĳg");
  show_text (cr, FONT_TITLE, left, MARGIN, body_width, PANGO_ALIGN_LEFT, _("Call-out list"));
  /* Translators: under the title of the call-out list: "Gemeente Voorbeeld · printed on 2026-11-22 10:00" */
  subtitle = g_strdup_printf (_("%s · printed on %s"), self->organisation, self->printed);
  set_grey (cr, 0.3);
  show_text (cr, FONT_SMALL, left, MARGIN + title_height + 2, body_width, PANGO_ALIGN_LEFT, subtitle);
  cairo_set_line_width (cr, 1.0);
  set_grey (cr, 0.0);
  cairo_move_to (cr, left, MARGIN + self->header_height - 6);
  cairo_line_to (cr, left + body_width, MARGIN + self->header_height - 6);
  cairo_stroke (cr);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (item->page != page)
        continue;

      switch (item->kind)
        {
        case ITEM_TEAM:
          {
            ParaatCalloutTeam *team = item->data;
            double gap = item->height - text_height (cr, FONT_TEAM, "Ĳg") - 6;

            set_grey (cr, 0.0);
            show_text (cr, FONT_TEAM, left, item->y + gap, body_width, PANGO_ALIGN_LEFT, team->name);
          }
          break;

        case ITEM_FUNCTION:
          {
            ParaatCalloutFunction *function = item->data;
            g_autofree char *title = function_title (function);
            g_autofree char *meta = function_meta (function);
            double y = item->y + GAP_FUNCTION;

            set_grey (cr, 0.0);
            show_text (cr, FONT_FUNCTION, left, y, body_width, PANGO_ALIGN_LEFT, title);
            set_grey (cr, 0.3);
            show_text (cr, FONT_SMALL, left, y + text_height (cr, FONT_FUNCTION, "Ĳg"),
                       body_width, PANGO_ALIGN_LEFT, meta);
          }
          break;

        case ITEM_NOBODY:
          set_grey (cr, 0.0);
          show_text (cr, FONT_GAP, left + CELL_PAD, item->y + CELL_PAD, body_width, PANGO_ALIGN_LEFT,
                     _("Nobody to call: this function is not staffed."));
          break;

        case ITEM_TABLE_HEAD:
        case ITEM_ROW:
        default:
          draw_row (self, cr, item, left, body_width);
          break;
        }
    }

  /* The foot of every page. */
  set_grey (cr, 0.3);
  show_text (cr, FONT_SMALL, left, self->height - MARGIN - self->footer_height + 8, body_width * 0.7,
             PANGO_ALIGN_LEFT, _("Confidential: personal telephone numbers. Destroy old copies."));
  /* Translators: at the foot of each page of the call-out list */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  show_text (cr, FONT_SMALL, left, self->height - MARGIN - self->footer_height + 8, body_width,
             PANGO_ALIGN_RIGHT, page_text);

  cairo_restore (cr);
}

static guint
paginate_cb (gpointer  data,
             cairo_t  *cr,
             double    width,
             double    height)
{
  return paraat_callout_report_paginate (data, cr, width, height);
}

static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     page)
{
  paraat_callout_report_draw_page (data, cr, page);
}

gboolean
paraat_callout_report_write_pdf (ParaatCalloutReport  *self,
                                 const char           *path,
                                 GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return paraat_report_pdf_write (path, _("Call-out list"), PARAAT_REPORT_A4_WIDTH, PARAAT_REPORT_A4_HEIGHT,
                                  paginate_cb, draw_page_cb, self, error) > 0;
}
