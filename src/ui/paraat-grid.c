/* paraat-grid.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-grid"

#include "config.h"

#include "ui/paraat-grid.h"

#define PAD_X 10
#define PAD_Y 8

struct _ParaatGrid
{
  GtkWidget          parent_instance;

  ParaatGridFuncs    funcs;
  gpointer           data;
  int                label_width;
  int                cell_width;
  guint              max_lines;
  guint              n_columns;
  guint              focus_column;

  GtkScrolledWindow *header_scroller;
  GtkScrolledWindow *scroller;
  GtkListView       *list_view;
  GtkWidget         *header;
};

G_DEFINE_FINAL_TYPE (ParaatGrid, paraat_grid, GTK_TYPE_WIDGET)

/*
 * A row: one widget that draws its label and the cells in view, so that
 * thousands of rows of a hundred columns stay a few hundred widgets (GTK
 * 4.8 keeps up to 200 rows of a list realised).
 */

#define PARAAT_TYPE_GRID_ROW (paraat_grid_row_get_type ())
G_DECLARE_FINAL_TYPE (ParaatGridRow, paraat_grid_row, PARAAT, GRID_ROW, GtkWidget)

struct _ParaatGridRow
{
  GtkWidget   parent_instance;

  ParaatGrid *grid;   /* not owned: the grid owns the rows */
  GObject    *item;   /* NULL for the header */
};

G_DEFINE_FINAL_TYPE (ParaatGridRow, paraat_grid_row, GTK_TYPE_WIDGET)

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gtk_style_context_get_color (context, color);
}

static int
line_height (GtkWidget *widget)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The column under @x, or G_MAXUINT over the label or beyond the last. */
static guint
column_at (ParaatGrid *grid,
           double      x)
{
  guint column;

  if (x < grid->label_width)
    return G_MAXUINT;
  column = (guint) ((x - grid->label_width) / grid->cell_width);
  return column < grid->n_columns ? column : G_MAXUINT;
}

static guint
row_lines (ParaatGridRow *self)
{
  ParaatGrid *grid = self->grid;
  guint lines = 1;

  if (grid->funcs.lines != NULL)
    lines = grid->funcs.lines (self->item, grid->data);
  return CLAMP (lines, 1, MAX (grid->max_lines, 1));
}

static void
paraat_grid_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  ParaatGridRow *self = PARAAT_GRID_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->grid->label_width + (int) self->grid->n_columns * self->grid->cell_width;
  else
    *minimum = *natural = 2 * PAD_Y + (int) row_lines (self) * line_height (widget);
}

static const GdkRGBA *
tone_color (ParaatGridTone  tone,
            const GdkRGBA  *colors)
{
  return &colors[CLAMP ((int) tone, 0, PARAAT_GRID_TONE_ERROR)];
}

static void
paraat_grid_row_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ParaatGridRow *self = PARAAT_GRID_ROW (widget);
  ParaatGrid *grid = self->grid;
  int height = gtk_widget_get_height (widget);
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GtkWidget *item = gtk_widget_get_parent (widget);
  gboolean focused = self->item != NULL && item != NULL && gtk_widget_has_visible_focus (item);
  GdkRGBA colors[PARAAT_GRID_TONE_ERROR + 1], rule, accent;
  gboolean strong = self->item == NULL, highlight = FALSE;
  g_autofree char *label = NULL;
  guint first_column, last_column;

  lookup_color (widget, "window_fg_color", &colors[PARAAT_GRID_TONE_NORMAL]);
  lookup_color (widget, "success_color", &colors[PARAAT_GRID_TONE_SUCCESS]);
  lookup_color (widget, "warning_color", &colors[PARAAT_GRID_TONE_WARNING]);
  lookup_color (widget, "error_color", &colors[PARAAT_GRID_TONE_ERROR]);
  lookup_color (widget, "accent_bg_color", &accent);
  colors[PARAAT_GRID_TONE_DIM] = colors[PARAAT_GRID_TONE_NORMAL];
  colors[PARAAT_GRID_TONE_DIM].alpha *= 0.55f;
  rule = colors[PARAAT_GRID_TONE_NORMAL];
  rule.alpha *= 0.12f;

  label = grid->funcs.label (self->item, &strong, &highlight, grid->data);
  if (highlight)
    {
      GdkRGBA shade = accent;

      shade.alpha = 0.15f;
      gtk_snapshot_append_color (snapshot, &shade,
                                 &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), height));
    }

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, (grid->label_width - 2 * PAD_X) * PANGO_SCALE);
  pango_layout_set_text (layout, label != NULL ? label : "", -1);
  if (strong)
    {
      g_autoptr (PangoAttrList) bold = pango_attr_list_new ();

      pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, bold);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PAD_X, PAD_Y));
  gtk_snapshot_append_layout (snapshot, layout,
                              &colors[self->item == NULL ? PARAAT_GRID_TONE_DIM : PARAAT_GRID_TONE_NORMAL]);
  gtk_snapshot_restore (snapshot);
  /* The header's titles stay bold; a row's cells are plain. */
  if (self->item != NULL)
    pango_layout_set_attributes (layout, NULL);

  pango_layout_set_width (layout, (grid->cell_width - 2 * PAD_X) * PANGO_SCALE);
  {
    /* Only the cells in view: a row is as wide as all its columns, but the
     * window shows a few of them. */
    GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (grid->scroller);
    double left = gtk_adjustment_get_value (across);
    double right = left + MAX (gtk_adjustment_get_page_size (across), 1);

    first_column = left > grid->label_width ? (guint) ((left - grid->label_width) / grid->cell_width) : 0;
    last_column = right > grid->label_width ? (guint) ((right - grid->label_width) / grid->cell_width) + 1 : 0;
  }
  for (guint c = first_column; c < MIN (last_column, grid->n_columns); c++)
    {
      int x = grid->label_width + (int) c * grid->cell_width;
      ParaatGridTone tone = self->item == NULL ? PARAAT_GRID_TONE_DIM : PARAAT_GRID_TONE_NORMAL;
      g_autofree char *text = grid->funcs.cell (self->item, c, &tone, grid->data);

      gtk_snapshot_append_color (snapshot, &rule, &GRAPHENE_RECT_INIT (x, 0, 1, height));

      /* A row: one line per "\n" (a negative height counts lines per
       * paragraph), a long text shortened, not wrapped. The header wraps its
       * titles over the lines it has. */
      if (self->item == NULL && row_lines (self) > 1)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -(int) row_lines (self));
        }
      else
        pango_layout_set_height (layout, -1);
      pango_layout_set_text (layout, text != NULL ? text : "", -1);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PAD_X, PAD_Y));
      gtk_snapshot_append_layout (snapshot, layout, tone_color (tone, colors));
      gtk_snapshot_restore (snapshot);

      /* The cell the keyboard is on. */
      if (focused && c == grid->focus_column)
        {
          GskRoundedRect outline;
          float widths[4] = { 2, 2, 2, 2 };
          GdkRGBA outline_colors[4] = { accent, accent, accent, accent };

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x + 2, 2, grid->cell_width - 4, height - 4), 6);
          gtk_snapshot_append_border (snapshot, &outline, widths, outline_colors);
        }
    }
}

static void
row_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 ParaatGridRow   *self)
{
  ParaatGrid *grid = self->grid;
  guint column = column_at (grid, x);

  if (self->item == NULL || column == G_MAXUINT)
    return;
  grid->focus_column = column;
  paraat_grid_redraw (grid);
  if (grid->funcs.activate != NULL)
    grid->funcs.activate (self->item, column, grid->data);
}

static gboolean
row_query_tooltip_cb (GtkWidget     *widget,
                      int            x,
                      int            y,
                      gboolean       keyboard,
                      GtkTooltip    *tooltip,
                      ParaatGridRow *self)
{
  ParaatGrid *grid = self->grid;
  guint column = keyboard ? grid->focus_column : column_at (grid, x);
  g_autofree char *text = NULL;

  if (column >= grid->n_columns || grid->funcs.tooltip == NULL)
    return FALSE;
  text = grid->funcs.tooltip (self->item, column, grid->data);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* What a screen reader says for a row: its label and the cell the keyboard
 * is on ("Week 13 · 23 Mar 2026; ACB: …"). One cell, not all: a row of a
 * hundred columns would be read for minutes, and building that for every
 * row scrolled into view costs frames. */
static void
row_update_label (ParaatGridRow *self)
{
  ParaatGrid *grid = self->grid;
  gboolean strong, highlight;
  g_autofree char *label = NULL;
  g_autoptr (GString) text = NULL;

  if (self->item == NULL)
    return;

  label = grid->funcs.label (self->item, &strong, &highlight, grid->data);
  text = g_string_new (label);
  if (grid->focus_column < grid->n_columns)
    {
      ParaatGridTone tone;
      g_autofree char *title = grid->funcs.cell (NULL, grid->focus_column, &tone, grid->data);
      g_autofree char *cell = grid->funcs.cell (self->item, grid->focus_column, &tone, grid->data);

      if (cell != NULL)
        g_strdelimit (cell, "\n", ',');
      g_string_append_printf (text, "; %s: %s", title != NULL ? title : "", cell != NULL ? cell : "");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
}

static void
row_set_item (ParaatGridRow *self,
              GObject       *item)
{
  g_set_object (&self->item, item);
  row_update_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
paraat_grid_row_dispose (GObject *object)
{
  ParaatGridRow *self = PARAAT_GRID_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (paraat_grid_row_parent_class)->dispose (object);
}

static void
paraat_grid_row_class_init (ParaatGridRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_grid_row_dispose;
  widget_class->measure = paraat_grid_row_measure;
  widget_class->snapshot = paraat_grid_row_snapshot;
  gtk_widget_class_set_css_name (widget_class, "paraat-grid-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
paraat_grid_row_init (ParaatGridRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (row_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (row_query_tooltip_cb), self);
}

static GtkWidget *
paraat_grid_row_new (ParaatGrid *grid)
{
  ParaatGridRow *self = g_object_new (PARAAT_TYPE_GRID_ROW, NULL);

  self->grid = grid;
  return GTK_WIDGET (self);
}

/*
 * The grid
 */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ParaatGrid               *self)
{
  gtk_list_item_set_child (item, paraat_grid_row_new (self));
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ParaatGrid               *self)
{
  row_set_item (PARAAT_GRID_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ParaatGrid               *self)
{
  row_set_item (PARAAT_GRID_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Enter on a row: the cell the keyboard is on. */
static void
list_activate_cb (GtkListView *list_view,
                  guint        position,
                  ParaatGrid  *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr (GObject) item = model != NULL ? g_list_model_get_item (model, position) : NULL;

  if (item != NULL && self->focus_column < self->n_columns && self->funcs.activate != NULL)
    self->funcs.activate (item, self->focus_column, self->data);
}

static void
redraw_rows (ParaatGrid *self,
             gboolean    labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (PARAAT_IS_GRID_ROW (row))
        {
          if (labels)
            row_update_label (PARAAT_GRID_ROW (row));
          gtk_widget_queue_draw (row);
        }
    }
  gtk_widget_queue_draw (self->header);
}

/* The rows draw only the cells in view: scrolling sideways redraws them. */
static void
across_changed_cb (ParaatGrid *self)
{
  redraw_rows (self, FALSE);
}

/* Left and Right move between the cells of the focused row. */
static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     ParaatGrid            *self)
{
  GtkAdjustment *across;
  double left, value, page;

  if (self->n_columns == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    self->focus_column = self->focus_column > 0 ? self->focus_column - 1 : 0;
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    self->focus_column = MIN (self->focus_column + 1, self->n_columns - 1);
  else
    return FALSE;

  /* Keep the cell in view. */
  across = gtk_scrolled_window_get_hadjustment (self->scroller);
  left = self->label_width + (double) self->focus_column * self->cell_width;
  value = gtk_adjustment_get_value (across);
  page = gtk_adjustment_get_page_size (across);
  if (left - self->label_width < value)
    gtk_adjustment_set_value (across, left - self->label_width);
  else if (left + self->cell_width > value + page)
    gtk_adjustment_set_value (across, left + self->cell_width - page);
  redraw_rows (self, TRUE);
  return TRUE;
}

static void
paraat_grid_dispose (GObject *object)
{
  ParaatGrid *self = PARAAT_GRID (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (paraat_grid_parent_class)->dispose (object);
}

static void
paraat_grid_class_init (ParaatGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = paraat_grid_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "paraat-grid");
}

static void
paraat_grid_init (ParaatGrid *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *viewport = gtk_viewport_new (NULL, NULL);
  GtkAdjustment *across;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->header_scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->header_scroller, GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER);
  gtk_widget_set_parent (GTK_WIDGET (self->header_scroller), GTK_WIDGET (self));
  gtk_widget_set_parent (gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), GTK_WIDGET (self));

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_list_view_set_single_click_activate (self->list_view, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  /* The header scrolls sideways with the rows. */
  self->header = paraat_grid_row_new (self);
  gtk_viewport_set_child (GTK_VIEWPORT (viewport), self->header);
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
  gtk_scrolled_window_set_child (self->header_scroller, viewport);
  across = gtk_scrolled_window_get_hadjustment (self->scroller);
  gtk_scrolled_window_set_hadjustment (self->header_scroller, across);
  g_signal_connect_object (across, "value-changed", G_CALLBACK (across_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (across, "changed", G_CALLBACK (across_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
paraat_grid_new (const ParaatGridFuncs *funcs,
                 gpointer               data,
                 int                    label_width,
                 int                    cell_width,
                 guint                  max_lines)
{
  ParaatGrid *self;

  g_return_val_if_fail (funcs != NULL && funcs->label != NULL && funcs->cell != NULL, NULL);
  g_return_val_if_fail (label_width > 0 && cell_width > 0, NULL);

  self = g_object_new (PARAAT_TYPE_GRID, NULL);
  self->funcs = *funcs;
  self->data = data;
  self->label_width = label_width;
  self->cell_width = cell_width;
  self->max_lines = MAX (max_lines, 1);
  return GTK_WIDGET (self);
}

void
paraat_grid_set_model (ParaatGrid *self,
                       GListModel *model,
                       guint       n_columns)
{
  g_autoptr (GtkSelectionModel) selection = NULL;

  g_return_if_fail (PARAAT_IS_GRID (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  self->n_columns = n_columns;
  self->focus_column = MIN (self->focus_column, n_columns > 0 ? n_columns - 1 : 0);
  if (model != NULL)
    selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (model)));
  if (G_LIST_MODEL (gtk_list_view_get_model (self->list_view)) == NULL ||
      model == NULL ||
      gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (self->list_view))) != model)
    gtk_list_view_set_model (self->list_view, selection);
  gtk_widget_queue_resize (self->header);
  /* Rows already bound keep their item but change width. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (PARAAT_IS_GRID_ROW (row))
        gtk_widget_queue_resize (row);
    }
  redraw_rows (self, TRUE);
}

guint
paraat_grid_get_n_columns (ParaatGrid *self)
{
  g_return_val_if_fail (PARAAT_IS_GRID (self), 0);

  return self->n_columns;
}

void
paraat_grid_redraw (ParaatGrid *self)
{
  g_return_if_fail (PARAAT_IS_GRID (self));

  redraw_rows (self, TRUE);
}

guint
paraat_grid_get_focus_column (ParaatGrid *self)
{
  g_return_val_if_fail (PARAAT_IS_GRID (self), 0);

  return self->focus_column;
}

GtkListView *
paraat_grid_get_list_view (ParaatGrid *self)
{
  g_return_val_if_fail (PARAAT_IS_GRID (self), NULL);

  return self->list_view;
}

void
paraat_grid_scroll_to (ParaatGrid *self,
                       guint       position)
{
  g_return_if_fail (PARAAT_IS_GRID (self));

  /* GTK 4.8 has no gtk_list_view_scroll_to(); the list has the
   * "list.scroll-to-item" action. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}
