/* paraat-checklist-editors.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "planning/paraat-checklist-rules.h"
#include "ui/paraat-checklist-editors.h"
#include "ui/paraat-form.h"
#include "ui/paraat-ui-util.h"

#define EDITOR_KEY "paraat-checklist-editor"

static const char * const profiles[] = { "activity", "spatial", "audience", "organisation" };

const char *
paraat_scan_profile_title (const char *profile)
{
  if (g_strcmp0 (profile, "activity") == 0)
    return _("Activity");
  if (g_strcmp0 (profile, "spatial") == 0)
    return _("Place");
  if (g_strcmp0 (profile, "audience") == 0)
    return _("Audience");
  return _("Organisation");
}

/* A dialog window with Cancel and a suggested action in its header bar,
 * a toast overlay, and a preferences page as its content. */
static GtkWidget *
editor_window (GtkWindow   *parent,
               const char  *title,
               int          width,
               int          height,
               const char  *action,
               GCallback    action_cb,
               GtkWidget  **action_button,
               GtkWidget  **page)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *button;

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (action != NULL)
    {
      adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
      adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
      button = gtk_button_new_with_mnemonic (_("_Cancel"));
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (gtk_window_destroy), window);
      adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
      button = gtk_button_new_with_mnemonic (action);
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_swapped (button, "clicked", action_cb, window);
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
      *action_button = button;
    }
  gtk_box_append (GTK_BOX (content), header);
  *page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (*page, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), *page);
  gtk_box_append (GTK_BOX (content), overlay);
  adw_window_set_content (ADW_WINDOW (window), content);
  return window;
}

static GtkLabel *
error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_visible (label, FALSE);
  return GTK_LABEL (label);
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  paraat_form_set_entry (ADW_ENTRY_ROW (row), text);
  return row;
}

static GtkWidget *
combo_row (const char   *title,
           GtkStringList *choices,
           guint          selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

/* A problem in the subtitle of an expander row, whose title is its text,
 * with a warning sign before it (the row's own colour stays: its fields
 * show their own problems). */
static void
set_subtitle (AdwExpanderRow *row,
              const char     *text,
              gboolean        problem)
{
  GtkWidget *sign = g_object_get_data (G_OBJECT (row), "warning-sign");

  if (sign == NULL)
    {
      sign = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (sign, "error");
      adw_expander_row_add_prefix (row, sign);
      g_object_set_data (G_OBJECT (row), "warning-sign", sign);
    }
  gtk_widget_set_visible (sign, problem);
  adw_expander_row_set_subtitle (row, text);
  if (problem)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static const char *
phase_title (ParaatTaskPhase phase)
{
  switch (phase)
    {
    case PARAAT_TASK_PHASE_DURING:
      return C_("task phase", "During");
    case PARAAT_TASK_PHASE_AFTER:
      return C_("task phase", "After");
    case PARAAT_TASK_PHASE_BEFORE:
    default:
      return C_("task phase", "Before");
    }
}

/*
 * The editor of one template
 */

typedef struct
{
  gint64          id;          /* stored, or negative while new */
  char           *text;
  char           *classes;
  ParaatTaskPhase phase;
  char           *due;
  gint64          after;       /* the id of the item it follows, or 0 */
  gint64          partner_id;
  char           *words;       /* the due moment in words, when it reads */
  AdwExpanderRow *row;
  AdwEntryRow    *text_row;
  AdwEntryRow    *classes_row;
  AdwEntryRow    *due_row;
  AdwActionRow   *when_row;
  AdwComboRow    *phase_row;
  AdwComboRow    *after_row;
  AdwComboRow    *owner_row;
  GArray         *after_ids;   /* gint64 per after_row choice; the first is 0 */
  char           *due_problem;
} Draft;

static void
draft_free (gpointer data)
{
  Draft *draft = data;

  g_free (draft->text);
  g_free (draft->classes);
  g_free (draft->due);
  g_free (draft->words);
  g_free (draft->due_problem);
  g_clear_pointer (&draft->after_ids, g_array_unref);
  g_free (draft);
}

typedef struct
{
  ParaatStore            *store;
  GtkWindow              *window;
  ParaatChecklistTemplate template_;
  GPtrArray              *drafts;       /* Draft */
  GPtrArray              *taken_codes;  /* char *, of the other templates */
  GArray                 *partner_ids;  /* gint64 per owner choice; the first is 0 */
  GtkStringList          *partner_names;
  AdwPreferencesGroup    *items_group;
  GPtrArray              *item_rows;
  AdwEntryRow            *code_row;
  AdwEntryRow            *name_row;
  AdwEntryRow            *description_row;
  AdwComboRow            *kind_row;
  GtkSwitch              *active_switch;
  GtkWidget              *save_button;
  GtkLabel               *error_label;
  gint64                  next_new_id;
  gboolean                filling;
} TemplateEditor;

static void
template_editor_free (gpointer data)
{
  TemplateEditor *ed = data;

  g_object_unref (ed->store);
  paraat_checklist_template_clear (&ed->template_);
  g_ptr_array_unref (ed->drafts);
  g_ptr_array_unref (ed->taken_codes);
  g_array_unref (ed->partner_ids);
  g_object_unref (ed->partner_names);
  g_ptr_array_unref (ed->item_rows);
  g_free (ed);
}

static TemplateEditor *
template_editor (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), EDITOR_KEY);
}

static const char *
partner_name (TemplateEditor *ed,
              gint64          id)
{
  for (guint i = 1; i < ed->partner_ids->len; i++)
    if (g_array_index (ed->partner_ids, gint64, i) == id)
      return gtk_string_list_get_string (ed->partner_names, i);
  return NULL;
}

static Draft *
find_draft (TemplateEditor *ed,
            gint64          id)
{
  for (guint i = 0; i < ed->drafts->len; i++)
    if (((Draft *) g_ptr_array_index (ed->drafts, i))->id == id)
      return g_ptr_array_index (ed->drafts, i);
  return NULL;
}

/* The rule as the store keeps it; FALSE with @error when it does not read. */
static gboolean
draft_to_item (Draft              *draft,
               ParaatTemplateItem *item,
               GError            **error)
{
  g_autofree char *spec = g_strstrip (g_strdup (draft->due != NULL ? draft->due : ""));
  g_autofree char *full = NULL;

  /* After another item, the rule is only the offset from it: "+5wd". */
  if (draft->after != 0 && (spec[0] == '+' || spec[0] == '-'))
    full = g_strconcat ("T", spec, NULL);
  else
    full = g_strdup (spec);
  if (*spec == '\0')
    {
      g_set_error_literal (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                           draft->after != 0 ? _("Give the time after the item it follows, e.g. +5wd or +0d")
                                             : _("Give the due rule, e.g. T-16w, T-1d, T+4w or F:10-01:Y-1"));
      return FALSE;
    }
  if (!paraat_due_spec_parse (full, item, NULL, error))
    return FALSE;
  if (draft->after != 0 && item->fixed)
    {
      g_set_error_literal (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID,
                           _("An item that follows another falls due some time after it, e.g. +5wd, not on a fixed date"));
      return FALSE;
    }
  item->id = draft->id;
  item->text = draft->text;
  item->classes = draft->classes;
  item->phase = draft->phase;
  item->after_item_id = draft->after;
  item->partner_id = draft->partner_id;
  return TRUE;
}

/* Checks everything, shows each problem at its field, and lets Save be
 * pressed only when nothing is wrong. */
static void
template_validate (TemplateEditor *ed)
{
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (ParaatTemplateItem));
  g_autoptr (GError) error = NULL;
  const char *code_problem = paraat_form_code_problem (ed->code_row, ed->taken_codes,
                                                       _("Another template has this code"));
  g_autofree char *name = paraat_form_entry_text (ed->name_row);
  gboolean ok = code_problem == NULL && *name != '\0';
  guint bad = G_MAXUINT;

  paraat_form_set_row_error (ADW_PREFERENCES_ROW (ed->code_row),
                             code_problem != NULL && *code_problem != '\0' ? code_problem : NULL);
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (ed->name_row),
                             *name == '\0' && paraat_form_is_touched (ed->name_row) ? _("Fill in a name") : NULL);

  for (guint i = 0; i < ed->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (ed->drafts, i);
      ParaatTemplateItem item = { 0 };
      Draft *followed = draft->after != 0 ? find_draft (ed, draft->after) : NULL;
      gboolean readable;

      g_clear_pointer (&draft->words, g_free);
      g_clear_pointer (&draft->due_problem, g_free);
      readable = draft_to_item (draft, &item, &error);
      if (!readable)
        {
          draft->due_problem = g_strdup (error->message);
          g_clear_error (&error);
          ok = FALSE;
        }
      else
        draft->words = paraat_due_describe (&item, followed != NULL ? followed->text : NULL);
      if (paraat_validate_is_blank (draft->text) || !paraat_template_classes_valid (draft->classes))
        ok = FALSE;
      if (readable)
        g_array_append_val (items, item);
    }

  /* The rules of the whole: phases, what follows what, cycles. */
  if (ok && !paraat_checklist_find_problem ((const ParaatTemplateItem *) items->data, items->len, &bad, &error))
    ok = FALSE;

  ed->filling = TRUE;
  for (guint i = 0; i < ed->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (ed->drafts, i);
      g_autofree char *subtitle = NULL;
      const char *owner = partner_name (ed, draft->partner_id);
      const char *problem = NULL;

      if (draft->row == NULL)
        continue;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->text_row),
                                 paraat_validate_is_blank (draft->text) ? _("Say what is to be done") : NULL);
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->classes_row),
                                 paraat_template_classes_valid (draft->classes) ? NULL
                                 : _("Give the classes it is for: 0, A, B and/or C, or * for every class"));
      problem = draft->due_problem;
      if (i == bad && error != NULL && (error->code == PARAAT_CHECKLIST_ERROR_CYCLE ||
                                        error->code == PARAAT_CHECKLIST_ERROR_UNKNOWN_ITEM))
        paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->after_row), error->message);
      else
        paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->after_row), NULL);
      if (i == bad && error != NULL && problem == NULL)
        problem = error->message;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->due_row), draft->due_problem);
      adw_action_row_set_subtitle (draft->when_row, draft->words != NULL ? draft->words : "–");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (draft->row),
                                     !paraat_validate_is_blank (draft->text) ? draft->text : _("New item"));
      /* Translators: a checklist item's summary: phase · due moment · owner */
      subtitle = problem != NULL ? g_strdup (problem)
                 : g_strdup_printf (_("%s · %s · %s"), phase_title (draft->phase),
                                    draft->words != NULL ? draft->words : "–", owner != NULL ? owner : _("No owner"));
      set_subtitle (draft->row, subtitle, problem != NULL);
    }
  ed->filling = FALSE;
  gtk_widget_set_sensitive (ed->save_button, ok);
}

static void template_rebuild (TemplateEditor *ed);

static void
item_changed_cb (GtkWidget      *widget,
                 TemplateEditor *ed)
{
  Draft *draft = g_object_get_data (G_OBJECT (widget), "draft");

  if (ed->filling || draft == NULL)
    return;
  if (widget == GTK_WIDGET (draft->text_row))
    {
      g_free (draft->text);
      draft->text = paraat_form_entry_text (draft->text_row);
    }
  else if (widget == GTK_WIDGET (draft->classes_row))
    {
      g_autofree char *classes = paraat_form_entry_text (draft->classes_row);

      g_free (draft->classes);
      draft->classes = g_ascii_strup (classes, -1);
    }
  else if (widget == GTK_WIDGET (draft->due_row))
    {
      g_free (draft->due);
      draft->due = paraat_form_entry_text (draft->due_row);
    }
  else if (widget == GTK_WIDGET (draft->phase_row))
    draft->phase = adw_combo_row_get_selected (draft->phase_row);
  else if (widget == GTK_WIDGET (draft->after_row))
    draft->after = g_array_index (draft->after_ids, gint64, adw_combo_row_get_selected (draft->after_row));
  else if (widget == GTK_WIDGET (draft->owner_row))
    draft->partner_id = g_array_index (ed->partner_ids, gint64, adw_combo_row_get_selected (draft->owner_row));
  template_validate (ed);
}

static void
item_notify_cb (GtkWidget      *widget,
                GParamSpec     *pspec,
                TemplateEditor *ed)
{
  item_changed_cb (widget, ed);
}

static void
move_item (TemplateEditor *ed,
           Draft          *draft,
           int             by)
{
  guint index = 0;
  int to;

  if (!g_ptr_array_find (ed->drafts, draft, &index))
    return;
  to = (int) index + by;
  if (to < 0 || to >= (int) ed->drafts->len)
    return;
  g_ptr_array_steal_index (ed->drafts, index);
  g_ptr_array_insert (ed->drafts, to, draft);
  template_rebuild (ed);
}

static void
up_clicked_cb (GtkButton      *button,
               TemplateEditor *ed)
{
  move_item (ed, g_object_get_data (G_OBJECT (button), "draft"), -1);
}

static void
down_clicked_cb (GtkButton      *button,
                 TemplateEditor *ed)
{
  move_item (ed, g_object_get_data (G_OBJECT (button), "draft"), 1);
}

static void
remove_clicked_cb (GtkButton      *button,
                   TemplateEditor *ed)
{
  Draft *draft = g_object_get_data (G_OBJECT (button), "draft");

  /* What followed it now counts from the event. */
  for (guint i = 0; i < ed->drafts->len; i++)
    if (((Draft *) g_ptr_array_index (ed->drafts, i))->after == draft->id)
      ((Draft *) g_ptr_array_index (ed->drafts, i))->after = 0;
  g_ptr_array_remove (ed->drafts, draft);
  template_rebuild (ed);
}

static void
connect_field (GtkWidget      *row,
               Draft          *draft,
               TemplateEditor *ed,
               gboolean        combo)
{
  g_object_set_data (G_OBJECT (row), "draft", draft);
  if (combo)
    g_signal_connect (row, "notify::selected", G_CALLBACK (item_notify_cb), ed);
  else
    g_signal_connect (row, "changed", G_CALLBACK (item_changed_cb), ed);
}

static GtkWidget *
draft_row (TemplateEditor *ed,
           Draft          *draft,
           guint           index)
{
  g_autoptr (GtkStringList) phases = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) afters = gtk_string_list_new (NULL);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *box, *button;
  guint after_selected = 0, owner_selected = 0;

  for (int p = PARAAT_TASK_PHASE_BEFORE; p <= PARAAT_TASK_PHASE_AFTER; p++)
    gtk_string_list_append (phases, phase_title (p));
  g_clear_pointer (&draft->after_ids, g_array_unref);
  draft->after_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (draft->after_ids, (gint64) { 0 });
  gtk_string_list_append (afters, _("The event (T)"));
  for (guint i = 0; i < ed->drafts->len; i++)
    {
      Draft *other = g_ptr_array_index (ed->drafts, i);
      g_autofree char *title = NULL;

      if (other == draft)
        continue;
      title = g_strdup_printf ("%u. %s", i + 1, !paraat_validate_is_blank (other->text) ? other->text : _("New item"));
      gtk_string_list_append (afters, title);
      g_array_append_val (draft->after_ids, other->id);
      if (other->id == draft->after)
        after_selected = draft->after_ids->len - 1;
    }
  for (guint i = 1; i < ed->partner_ids->len; i++)
    if (g_array_index (ed->partner_ids, gint64, i) == draft->partner_id)
      owner_selected = i;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  draft->row = ADW_EXPANDER_ROW (row);
  draft->text_row = ADW_ENTRY_ROW (entry_row (_("Text"), draft->text));
  draft->phase_row = ADW_COMBO_ROW (combo_row (_("Phase"), phases, draft->phase));
  draft->due_row = ADW_ENTRY_ROW (entry_row (_("Due (T-16w, T-1d, T-2h, T+4w, F:10-01:Y-1; after an item: +5wd)"),
                                             draft->due));
  draft->when_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (draft->when_row), _("Falls due"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (draft->when_row), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (draft->when_row), "property");
  draft->after_row = ADW_COMBO_ROW (combo_row (_("Counted From"), afters, after_selected));
  draft->owner_row = ADW_COMBO_ROW (combo_row (_("Owner"), ed->partner_names, owner_selected));
  draft->classes_row = ADW_ENTRY_ROW (entry_row (_("Classes (0, A, B, C; * for every class)"), draft->classes));
  connect_field (GTK_WIDGET (draft->text_row), draft, ed, FALSE);
  connect_field (GTK_WIDGET (draft->classes_row), draft, ed, FALSE);
  connect_field (GTK_WIDGET (draft->due_row), draft, ed, FALSE);
  connect_field (GTK_WIDGET (draft->phase_row), draft, ed, TRUE);
  connect_field (GTK_WIDGET (draft->after_row), draft, ed, TRUE);
  connect_field (GTK_WIDGET (draft->owner_row), draft, ed, TRUE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->text_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->phase_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->due_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->after_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->when_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->owner_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->classes_row));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  button = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (button, index > 0);
  g_object_set_data (G_OBJECT (button), "draft", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (up_clicked_cb), ed);
  gtk_box_append (GTK_BOX (box), button);
  button = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (button, index + 1 < ed->drafts->len);
  g_object_set_data (G_OBJECT (button), "draft", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (down_clicked_cb), ed);
  gtk_box_append (GTK_BOX (box), button);
  button = icon_button ("user-trash-symbolic", _("Remove Item"));
  g_object_set_data (G_OBJECT (button), "draft", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), ed);
  gtk_box_append (GTK_BOX (box), button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), box);
  return row;
}

static void
template_rebuild (TemplateEditor *ed)
{
  for (guint i = 0; i < ed->item_rows->len; i++)
    adw_preferences_group_remove (ed->items_group, g_ptr_array_index (ed->item_rows, i));
  g_ptr_array_set_size (ed->item_rows, 0);
  ed->filling = TRUE;
  for (guint i = 0; i < ed->drafts->len; i++)
    {
      GtkWidget *row = draft_row (ed, g_ptr_array_index (ed->drafts, i), i);

      adw_preferences_group_add (ed->items_group, row);
      g_ptr_array_add (ed->item_rows, row);
    }
  ed->filling = FALSE;
  template_validate (ed);
}

static Draft *
add_draft (TemplateEditor *ed)
{
  Draft *draft = g_new0 (Draft, 1);

  draft->id = ed->next_new_id--;
  draft->text = g_strdup ("");
  draft->classes = g_strdup (adw_combo_row_get_selected (ed->kind_row) == PARAAT_EVENT_KIND_PROGRAMME ? "*" : "BC");
  draft->due = g_strdup ("T-1w");
  g_ptr_array_add (ed->drafts, draft);
  return draft;
}

static void
add_item_clicked_cb (TemplateEditor *ed)
{
  Draft *draft = add_draft (ed);

  template_rebuild (ed);
  adw_expander_row_set_expanded (draft->row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (draft->text_row));
}

static void
template_field_changed_cb (GtkWidget      *row,
                           TemplateEditor *ed)
{
  if (ed->filling)
    return;
  if (ADW_IS_ENTRY_ROW (row))
    {
      if (row == GTK_WIDGET (ed->code_row) && paraat_form_uppercase (ed->code_row))
        return;
      paraat_form_touch (ADW_ENTRY_ROW (row));
    }
  template_validate (ed);
}

static void
template_save_clicked_cb (GtkWindow *window)
{
  paraat_template_editor_save (window);
}

gboolean
paraat_template_editor_save (GtkWindow *window)
{
  TemplateEditor *ed = template_editor (window);
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (ParaatTemplateItem));
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL, *name = NULL, *description = NULL;
  ParaatChecklistTemplate template_;
  guint bad = G_MAXUINT;

  g_return_val_if_fail (ed != NULL, FALSE);

  template_validate (ed);
  if (!gtk_widget_get_sensitive (ed->save_button))
    return FALSE;
  for (guint i = 0; i < ed->drafts->len; i++)
    {
      ParaatTemplateItem item = { 0 };

      if (!draft_to_item (g_ptr_array_index (ed->drafts, i), &item, NULL))
        return FALSE;
      g_array_append_val (items, item);
    }
  code = paraat_form_entry_text (ed->code_row);
  name = paraat_form_entry_text (ed->name_row);
  description = paraat_form_entry_text (ed->description_row);
  template_ = (ParaatChecklistTemplate) { ed->template_.id, code, name, adw_combo_row_get_selected (ed->kind_row),
                                          description, gtk_switch_get_active (ed->active_switch) };
  if (!paraat_store_write_template (ed->store, &template_, (ParaatTemplateItem *) items->data, items->len, &bad,
                                    &error))
    {
      show_error (ed->error_label, error->message);
      if (bad < ed->drafts->len)
        {
          Draft *draft = g_ptr_array_index (ed->drafts, bad);

          set_subtitle (draft->row, error->message, TRUE);
          adw_expander_row_set_expanded (draft->row, TRUE);
        }
      return FALSE;
    }
  gtk_window_destroy (window);
  return TRUE;
}

static GtkWindow *
template_editor_new (ParaatStore                   *store,
                     GtkWindow                     *parent,
                     const ParaatChecklistTemplate *template_,
                     GArray                        *templates)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, &error);
  g_autoptr (GArray) items = NULL;
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  TemplateEditor *ed;
  GtkWidget *window, *page, *group, *row, *button;

  if (partners == NULL)
    return NULL;
  if (template_ != NULL)
    {
      items = paraat_store_read_template_items (store, template_->id, &error);
      if (items == NULL)
        return NULL;
    }

  ed = g_new0 (TemplateEditor, 1);
  ed->store = g_object_ref (store);
  ed->drafts = g_ptr_array_new_with_free_func (draft_free);
  ed->taken_codes = g_ptr_array_new_with_free_func (g_free);
  ed->item_rows = g_ptr_array_new ();
  ed->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ed->partner_names = gtk_string_list_new (NULL);
  ed->next_new_id = -1;
  ed->template_.id = template_ != NULL ? template_->id : 0;
  ed->template_.kind = template_ != NULL ? template_->kind : PARAAT_EVENT_KIND_EVENT;
  ed->template_.active = template_ != NULL ? template_->active : TRUE;
  for (guint i = 0; i < templates->len; i++)
    if (g_array_index (templates, ParaatChecklistTemplate, i).id != ed->template_.id)
      g_ptr_array_add (ed->taken_codes, g_strdup (g_array_index (templates, ParaatChecklistTemplate, i).code));
  g_array_append_val (ed->partner_ids, (gint64) { 0 });
  gtk_string_list_append (ed->partner_names, _("No owner"));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = paraat_partner_get_id (partner);

      g_array_append_val (ed->partner_ids, id);
      gtk_string_list_append (ed->partner_names, paraat_partner_get_name (partner));
    }

  window = editor_window (parent, template_ != NULL ? _("Checklist Template") : _("New Checklist Template"), 720, 760,
                          _("_Save"), G_CALLBACK (template_save_clicked_cb), &ed->save_button, &page);
  ed->window = GTK_WINDOW (window);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, ed, template_editor_free);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Template"));
  ed->code_row = ADW_ENTRY_ROW (entry_row (_("Code"), template_ != NULL ? template_->code : NULL));
  ed->name_row = ADW_ENTRY_ROW (entry_row (_("Name"), template_ != NULL ? template_->name : NULL));
  ed->description_row = ADW_ENTRY_ROW (entry_row (_("Description"), template_ != NULL ? template_->description : NULL));
  gtk_string_list_append (kinds, _("Events, by risk class"));
  gtk_string_list_append (kinds, _("Yearly programme"));
  ed->kind_row = ADW_COMBO_ROW (combo_row (_("Used For"), kinds, ed->template_.kind));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Offered for New Checklists"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Off: kept, but no longer offered in the event window"));
  ed->active_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (ed->active_switch, ed->template_.active);
  gtk_widget_set_valign (GTK_WIDGET (ed->active_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (ed->active_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (ed->active_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (ed->code_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (ed->name_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (ed->description_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (ed->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  ed->error_label = error_label ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (ed->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  g_signal_connect (ed->code_row, "changed", G_CALLBACK (template_field_changed_cb), ed);
  g_signal_connect (ed->name_row, "changed", G_CALLBACK (template_field_changed_cb), ed);

  group = adw_preferences_group_new ();
  ed->items_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Items"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("In order. T is the event’s first day at its start time; items for after "
                                           "the event count from its end. T-16w is 16 weeks before, T+4w four weeks "
                                           "after, T-2h two hours before, wd working days; F:10-01:Y-1 is 1 October "
                                           "of the year before."));
  button = gtk_button_new_with_mnemonic (_("_Add Item"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_item_clicked_cb), ed);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const ParaatTemplateItem *item = &g_array_index (items, ParaatTemplateItem, i);
      Draft *draft = g_new0 (Draft, 1);

      draft->id = item->id;
      draft->text = g_strdup (item->text);
      draft->classes = g_strdup (item->classes);
      draft->phase = item->phase;
      draft->due = paraat_due_spec_format (item);
      draft->after = item->after_item_id;
      draft->partner_id = item->partner_id;
      g_ptr_array_add (ed->drafts, draft);
    }
  template_rebuild (ed);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

guint
paraat_template_editor_get_n_items (GtkWindow *window)
{
  TemplateEditor *ed = template_editor (window);

  g_return_val_if_fail (ed != NULL, 0);

  return ed->drafts->len;
}

guint
paraat_template_editor_add_item (GtkWindow *window)
{
  TemplateEditor *ed = template_editor (window);

  g_return_val_if_fail (ed != NULL, 0);

  add_item_clicked_cb (ed);
  return ed->drafts->len - 1;
}

void
paraat_template_editor_set_item (GtkWindow  *window,
                                 guint       index,
                                 const char *text,
                                 const char *due)
{
  TemplateEditor *ed = template_editor (window);
  Draft *draft;

  g_return_if_fail (ed != NULL && index < ed->drafts->len);

  draft = g_ptr_array_index (ed->drafts, index);
  adw_expander_row_set_expanded (draft->row, TRUE);
  if (text != NULL)
    paraat_form_set_entry (draft->text_row, text);
  if (due != NULL)
    paraat_form_set_entry (draft->due_row, due);
}

const char *
paraat_template_editor_get_due_problem (GtkWindow *window,
                                        guint      index)
{
  TemplateEditor *ed = template_editor (window);

  g_return_val_if_fail (ed != NULL && index < ed->drafts->len, NULL);

  return ((Draft *) g_ptr_array_index (ed->drafts, index))->due_problem;
}

const char *
paraat_template_editor_get_due_words (GtkWindow *window,
                                      guint      index)
{
  TemplateEditor *ed = template_editor (window);

  g_return_val_if_fail (ed != NULL && index < ed->drafts->len, NULL);

  return ((Draft *) g_ptr_array_index (ed->drafts, index))->words;
}

gboolean
paraat_template_editor_can_save (GtkWindow *window)
{
  TemplateEditor *ed = template_editor (window);

  g_return_val_if_fail (ed != NULL, FALSE);

  return gtk_widget_get_sensitive (ed->save_button);
}

/*
 * The list of templates
 */

typedef struct
{
  ParaatStore             *store;
  GtkWindow               *window;
  GArray                  *templates;     /* ParaatChecklistTemplate */
  AdwPreferencesGroup     *group;
  GPtrArray               *rows;
  /* The last one deleted, for Undo. */
  ParaatChecklistTemplate  deleted;
  GArray                  *deleted_items;
  GArray                  *deleted_links;
  AdwToast                *toast;
} TemplatesWindow;

static void
forget_deleted (TemplatesWindow *tw)
{
  paraat_checklist_template_clear (&tw->deleted);
  tw->deleted = (ParaatChecklistTemplate) { 0 };
  g_clear_pointer (&tw->deleted_items, g_array_unref);
  g_clear_pointer (&tw->deleted_links, g_array_unref);
}

static void
templates_window_free (gpointer data)
{
  TemplatesWindow *tw = data;

  forget_deleted (tw);
  g_clear_object (&tw->toast);
  g_object_unref (tw->store);
  g_clear_pointer (&tw->templates, g_array_unref);
  g_ptr_array_unref (tw->rows);
  g_free (tw);
}

static TemplatesWindow *
templates_window (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), EDITOR_KEY);
}

static void
row_activated_cb (AdwActionRow    *row,
                  TemplatesWindow *tw)
{
  paraat_templates_window_edit (tw->window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index")));
}

static void
copy_clicked_cb (GtkButton       *button,
                 TemplatesWindow *tw)
{
  paraat_templates_window_copy (tw->window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TemplatesWindow  *tw)
{
  if (g_strcmp0 (response, "delete") == 0)
    paraat_templates_window_delete (tw->window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "index")));
}

static void
delete_clicked_cb (GtkButton       *button,
                   TemplatesWindow *tw)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  const ParaatChecklistTemplate *template_;
  g_autoptr (GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint n_events = 0;

  if (index >= tw->templates->len)
    return;
  template_ = &g_array_index (tw->templates, ParaatChecklistTemplate, index);
  if (!paraat_store_count_template_events (tw->store, template_->id, &n_events, &error))
    {
      paraat_ui_show_toast (GTK_WIDGET (tw->group), adw_toast_new (error->message));
      return;
    }
  heading = g_strdup_printf (_("Delete “%s”?"), template_->name);
  body = n_events == 0
         ? g_strdup (_("No event has a checklist from this template."))
         : g_strdup_printf (ngettext ("%u event has checklist items from this template. They stay on its checklist, "
                                      "but next year’s copy of it will not get them. To stop offering the template "
                                      "and keep that, switch “Offered for New Checklists” off instead.",
                                      "%u events have checklist items from this template. They stay on their "
                                      "checklists, but next year’s copies of them will not get them. To stop "
                                      "offering the template and keep that, switch “Offered for New Checklists” "
                                      "off instead.", n_events), n_events);
  dialog = adw_message_dialog_new (tw->window, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "index", GUINT_TO_POINTER (index));
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), tw);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
templates_reload (TemplatesWindow *tw)
{
  g_autoptr (GError) error = NULL;
  GArray *templates = paraat_store_list_templates (tw->store, &error);

  for (guint i = 0; i < tw->rows->len; i++)
    adw_preferences_group_remove (tw->group, g_ptr_array_index (tw->rows, i));
  g_ptr_array_set_size (tw->rows, 0);
  g_clear_pointer (&tw->templates, g_array_unref);
  if (templates == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      adw_preferences_group_add (tw->group, row);
      g_ptr_array_add (tw->rows, row);
      templates = g_array_new (FALSE, TRUE, sizeof (ParaatChecklistTemplate));
    }
  tw->templates = templates;
  for (guint i = 0; i < templates->len; i++)
    {
      const ParaatChecklistTemplate *template_ = &g_array_index (templates, ParaatChecklistTemplate, i);
      g_autoptr (GArray) items = paraat_store_read_template_items (tw->store, template_->id, NULL);
      g_autofree char *subtitle = NULL;
      guint n = items != NULL ? items->len : 0;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      /* Translators: a checklist template: its code · what it is for · how many items */
      subtitle = g_strdup_printf (ngettext ("%s · %s · %u item", "%s · %s · %u items", n), template_->code,
                                  template_->kind == PARAAT_EVENT_KIND_PROGRAMME ? _("Yearly programme")
                                                                                 : _("Events, by risk class"), n);
      if (!template_->active)
        {
          g_autofree char *with = g_strdup_printf (_("%s · not offered"), subtitle);

          g_free (subtitle);
          subtitle = g_steal_pointer (&with);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), template_->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (!template_->active)
        gtk_widget_add_css_class (row, "dim-label");
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), tw);
      button = icon_button ("edit-copy-symbolic", _("Copy"));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (copy_clicked_cb), tw);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      button = icon_button ("user-trash-symbolic", _("Delete…"));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (delete_clicked_cb), tw);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (tw->group, row);
      g_ptr_array_add (tw->rows, row);
    }
}

static void
store_changed_cb (GtkWindow *window)
{
  TemplatesWindow *tw = templates_window (window);

  if (tw != NULL)
    templates_reload (tw);
}

static void
new_template_clicked_cb (TemplatesWindow *tw)
{
  paraat_templates_window_edit (tw->window, G_MAXUINT);
}

GtkWindow *
paraat_templates_window_new (ParaatStore *store,
                             GtkWindow   *parent)
{
  TemplatesWindow *tw;
  GtkWidget *window, *page, *group, *button, *header;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  tw = g_new0 (TemplatesWindow, 1);
  tw->store = g_object_ref (store);
  tw->rows = g_ptr_array_new ();
  window = editor_window (parent, _("Checklist Templates"), 720, 640, NULL, NULL, NULL, &page);
  tw->window = GTK_WINDOW (window);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, tw, templates_window_free);
  header = gtk_widget_get_first_child (adw_window_get_content (ADW_WINDOW (window)));
  button = gtk_button_new_with_mnemonic (_("_New Template…"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (new_template_clicked_cb), tw);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);

  group = adw_preferences_group_new ();
  tw->group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Templates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("An event’s checklist is made from these: the items that apply to its "
                                           "class, each due a set time before or after the event. Changes apply to "
                                           "checklists made from now on."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  templates_reload (tw);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

guint
paraat_templates_window_get_n_templates (GtkWindow *window)
{
  TemplatesWindow *tw = templates_window (window);

  g_return_val_if_fail (tw != NULL, 0);

  return tw->templates->len;
}

GtkWindow *
paraat_templates_window_edit (GtkWindow *window,
                              guint      index)
{
  TemplatesWindow *tw = templates_window (window);

  g_return_val_if_fail (tw != NULL, NULL);

  return template_editor_new (tw->store, window,
                              index < tw->templates->len ? &g_array_index (tw->templates, ParaatChecklistTemplate, index)
                                                         : NULL,
                              tw->templates);
}

gboolean
paraat_templates_window_copy (GtkWindow *window,
                              guint      index)
{
  TemplatesWindow *tw = templates_window (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id = 0;

  g_return_val_if_fail (tw != NULL && index < tw->templates->len, FALSE);

  if (!paraat_store_copy_template (tw->store, g_array_index (tw->templates, ParaatChecklistTemplate, index).id, &id,
                                   &error))
    {
      paraat_ui_show_toast (GTK_WIDGET (tw->group), adw_toast_new (error->message));
      return FALSE;
    }
  for (guint i = 0; i < tw->templates->len; i++)
    if (g_array_index (tw->templates, ParaatChecklistTemplate, i).id == id)
      text = g_strdup_printf (_("“%s” made"), g_array_index (tw->templates, ParaatChecklistTemplate, i).name);
  paraat_ui_show_toast (GTK_WIDGET (tw->group), adw_toast_new (text != NULL ? text : _("Copy made")));
  return TRUE;
}

static void
undo_clicked_cb (AdwToast        *toast,
                 TemplatesWindow *tw)
{
  paraat_templates_window_undo (tw->window);
}

gboolean
paraat_templates_window_delete (GtkWindow *window,
                                guint      index)
{
  TemplatesWindow *tw = templates_window (window);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) items = NULL;
  g_autoptr (GArray) links = NULL;
  g_autofree char *text = NULL;
  ParaatChecklistTemplate *template_;

  g_return_val_if_fail (tw != NULL && index < tw->templates->len, FALSE);

  /* Copied first: deleting reloads the list. Kept for Undo, as a new
   * template's would be. */
  template_ = &g_array_index (tw->templates, ParaatChecklistTemplate, index);
  forget_deleted (tw);
  tw->deleted = (ParaatChecklistTemplate) { 0, g_strdup (template_->code), g_strdup (template_->name), template_->kind,
                                            g_strdup (template_->description), template_->active };
  items = paraat_store_read_template_items (tw->store, template_->id, &error);
  if (items == NULL || !paraat_store_delete_template (tw->store, template_->id, &links, &error))
    {
      forget_deleted (tw);
      paraat_ui_show_toast (GTK_WIDGET (tw->group), adw_toast_new (error->message));
      return FALSE;
    }
  paraat_template_items_as_new ((ParaatTemplateItem *) items->data, items->len);
  tw->deleted_items = g_steal_pointer (&items);
  tw->deleted_links = g_steal_pointer (&links);

  text = g_strdup_printf (_("“%s” deleted"), tw->deleted.name);
  g_clear_object (&tw->toast);
  tw->toast = adw_toast_new (text);
  adw_toast_set_button_label (tw->toast, _("_Undo"));
  adw_toast_set_priority (tw->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (tw->toast, "button-clicked", G_CALLBACK (undo_clicked_cb), tw);
  paraat_ui_show_toast (GTK_WIDGET (tw->group), g_object_ref (tw->toast));
  return TRUE;
}

gboolean
paraat_templates_window_undo (GtkWindow *window)
{
  TemplatesWindow *tw = templates_window (window);
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (tw != NULL, FALSE);

  if (tw->deleted_items == NULL)
    return FALSE;
  if (!paraat_store_restore_template (tw->store, &tw->deleted, (ParaatTemplateItem *) tw->deleted_items->data,
                                      tw->deleted_items->len, (const ParaatTaskLink *) tw->deleted_links->data,
                                      tw->deleted_links->len, &error))
    {
      paraat_ui_show_toast (GTK_WIDGET (tw->group), adw_toast_new (error->message));
      return FALSE;
    }
  forget_deleted (tw);
  if (tw->toast != NULL)
    paraat_ui_withdraw_toast (GTK_WIDGET (tw->group), tw->toast);
  return TRUE;
}

/*
 * The risk scan's questions
 */

typedef struct
{
  gint64           id;
  char            *text;
  int              points;
  ParaatRiskClass  min_class;
} AnswerDraft;

typedef struct
{
  gint64          id;
  char           *profile;
  char           *text;
  GPtrArray      *answers;     /* AnswerDraft */
  AdwExpanderRow *row;
  AdwEntryRow    *text_row;
  GPtrArray      *answer_rows; /* AdwEntryRow per answer */
} QuestionDraft;

static void
answer_draft_free (gpointer data)
{
  AnswerDraft *answer = data;

  g_free (answer->text);
  g_free (answer);
}

static void
question_draft_free (gpointer data)
{
  QuestionDraft *question = data;

  g_free (question->profile);
  g_free (question->text);
  g_ptr_array_unref (question->answers);
  g_clear_pointer (&question->answer_rows, g_ptr_array_unref);
  g_free (question);
}

typedef struct
{
  ParaatStore         *store;
  GtkWindow           *window;
  GPtrArray           *questions;       /* QuestionDraft */
  AdwPreferencesGroup *questions_group;
  GPtrArray           *question_rows;
  GtkSpinButton       *thresholds[3];
  AdwActionRow        *threshold_rows[3];
  GtkWidget           *save_button;
  GtkLabel            *error_label;
  gint64               next_new_id;
  gboolean             filling;
} ScanEditor;

static void
scan_editor_free (gpointer data)
{
  ScanEditor *se = data;

  g_object_unref (se->store);
  g_ptr_array_unref (se->questions);
  g_ptr_array_unref (se->question_rows);
  g_free (se);
}

static ScanEditor *
scan_editor (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), EDITOR_KEY);
}

/* The questionnaire as the fields say. */
static ParaatScanForm *
scan_form_from_drafts (ScanEditor *se)
{
  ParaatScanForm *form = paraat_scan_form_new ();

  for (int c = 0; c < 3; c++)
    form->threshold[c] = gtk_spin_button_get_value_as_int (se->thresholds[c]);
  for (guint q = 0; q < se->questions->len; q++)
    {
      QuestionDraft *draft = g_ptr_array_index (se->questions, q);
      ParaatScanQuestion question = { draft->id, q + 1, g_strdup (draft->profile), g_strdup (draft->text) };

      g_array_append_val (form->questions, question);
      for (guint a = 0; a < draft->answers->len; a++)
        {
          AnswerDraft *answer = g_ptr_array_index (draft->answers, a);
          ParaatScanOption option = { answer->id, draft->id, a + 1, g_strdup (answer->text), answer->points,
                                      answer->min_class };

          g_array_append_val (form->options, option);
        }
    }
  return form;
}

static void
scan_validate (ScanEditor *se)
{
  g_autoptr (ParaatScanForm) form = scan_form_from_drafts (se);
  g_autoptr (GError) error = NULL;
  guint bad = G_MAXUINT;
  gboolean ok = paraat_scan_form_check (form, &bad, &error);

  for (guint q = 0; q < se->questions->len; q++)
    {
      QuestionDraft *draft = g_ptr_array_index (se->questions, q);
      g_autofree char *subtitle = NULL;

      if (draft->row == NULL)
        continue;
      paraat_form_set_row_error (ADW_PREFERENCES_ROW (draft->text_row),
                                 paraat_validate_is_blank (draft->text) ? _("Fill in the question") : NULL);
      for (guint a = 0; a < draft->answer_rows->len; a++)
        paraat_form_set_row_error (g_ptr_array_index (draft->answer_rows, a),
                                   paraat_validate_is_blank (((AnswerDraft *) g_ptr_array_index (draft->answers, a))->text)
                                   ? _("Fill in the answer") : NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (draft->row),
                                     !paraat_validate_is_blank (draft->text) ? draft->text : _("New question"));
      /* Translators: a risk-scan question's summary: profile · number of answers */
      subtitle = q == bad ? g_strdup (error->message)
                 : g_strdup_printf (ngettext ("%s · %u answer", "%s · %u answers", draft->answers->len),
                                    paraat_scan_profile_title (draft->profile), draft->answers->len);
      set_subtitle (draft->row, subtitle, q == bad);
    }
  for (int c = 0; c < 3; c++)
    {
      if (!ok && bad == G_MAXUINT && error != NULL && c > 0)
        adw_action_row_set_subtitle (se->threshold_rows[c], error->message);
      else
        adw_action_row_set_subtitle (se->threshold_rows[c], "");
      if (!ok && bad == G_MAXUINT && c > 0)
        gtk_widget_add_css_class (GTK_WIDGET (se->threshold_rows[c]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (se->threshold_rows[c]), "error");
    }
  gtk_widget_set_sensitive (se->save_button, ok);
}

static void scan_rebuild (ScanEditor *se);

static void
question_text_changed_cb (AdwEntryRow *row,
                          ScanEditor  *se)
{
  QuestionDraft *draft = g_object_get_data (G_OBJECT (row), "question");

  if (se->filling)
    return;
  g_free (draft->text);
  draft->text = paraat_form_entry_text (row);
  scan_validate (se);
}

static void
question_profile_cb (AdwComboRow *row,
                     GParamSpec  *pspec,
                     ScanEditor  *se)
{
  QuestionDraft *draft = g_object_get_data (G_OBJECT (row), "question");
  guint selected = adw_combo_row_get_selected (row);

  if (se->filling || selected >= G_N_ELEMENTS (profiles))
    return;
  g_free (draft->profile);
  draft->profile = g_strdup (profiles[selected]);
  scan_validate (se);
}

static void
answer_text_changed_cb (AdwEntryRow *row,
                        ScanEditor  *se)
{
  AnswerDraft *answer = g_object_get_data (G_OBJECT (row), "answer");

  if (se->filling)
    return;
  g_free (answer->text);
  answer->text = paraat_form_entry_text (row);
  scan_validate (se);
}

static void
answer_points_cb (GtkSpinButton *spin,
                  ScanEditor    *se)
{
  AnswerDraft *answer = g_object_get_data (G_OBJECT (spin), "answer");

  if (se->filling)
    return;
  answer->points = gtk_spin_button_get_value_as_int (spin);
  scan_validate (se);
}

static void
answer_min_class_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     ScanEditor  *se)
{
  AnswerDraft *answer = g_object_get_data (G_OBJECT (dropdown), "answer");

  if (se->filling)
    return;
  /* The choices: no minimum, 0, A, B, C, as the enum counts. */
  answer->min_class = gtk_drop_down_get_selected (dropdown);
  scan_validate (se);
}

static void
threshold_changed_cb (ScanEditor *se)
{
  if (!se->filling)
    scan_validate (se);
}

static void
answer_remove_cb (GtkButton  *button,
                  ScanEditor *se)
{
  QuestionDraft *draft = g_object_get_data (G_OBJECT (button), "question");

  g_ptr_array_remove (draft->answers, g_object_get_data (G_OBJECT (button), "answer"));
  scan_rebuild (se);
  adw_expander_row_set_expanded (draft->row, TRUE);
}

static AnswerDraft *
add_answer (QuestionDraft *draft,
            gint64         id,
            const char    *text,
            int            points)
{
  AnswerDraft *answer = g_new0 (AnswerDraft, 1);

  answer->id = id;
  answer->text = g_strdup (text);
  answer->points = points;
  answer->min_class = PARAAT_RISK_CLASS_UNKNOWN;
  g_ptr_array_add (draft->answers, answer);
  return answer;
}

static void
answer_add_cb (GtkButton  *button,
               ScanEditor *se)
{
  QuestionDraft *draft = g_object_get_data (G_OBJECT (button), "question");

  add_answer (draft, 0, "", 0);
  scan_rebuild (se);
  adw_expander_row_set_expanded (draft->row, TRUE);
  gtk_widget_grab_focus (g_ptr_array_index (draft->answer_rows, draft->answer_rows->len - 1));
}

static void
question_move (ScanEditor    *se,
               QuestionDraft *draft,
               int            by)
{
  guint index = 0;
  int to;

  if (!g_ptr_array_find (se->questions, draft, &index))
    return;
  to = (int) index + by;
  if (to < 0 || to >= (int) se->questions->len)
    return;
  g_ptr_array_steal_index (se->questions, index);
  g_ptr_array_insert (se->questions, to, draft);
  scan_rebuild (se);
}

static void
question_up_cb (GtkButton  *button,
                ScanEditor *se)
{
  question_move (se, g_object_get_data (G_OBJECT (button), "question"), -1);
}

static void
question_down_cb (GtkButton  *button,
                  ScanEditor *se)
{
  question_move (se, g_object_get_data (G_OBJECT (button), "question"), 1);
}

static void
question_remove_cb (GtkButton  *button,
                    ScanEditor *se)
{
  g_ptr_array_remove (se->questions, g_object_get_data (G_OBJECT (button), "question"));
  scan_rebuild (se);
}

static GtkWidget *
question_row (ScanEditor    *se,
              QuestionDraft *draft,
              guint          index)
{
  const char *classes[] = { _("No minimum class"), C_("risk class", "At least 0"), C_("risk class", "At least A"),
                            C_("risk class", "At least B"), C_("risk class", "At least C"), NULL };
  g_autoptr (GtkStringList) profile_names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *box, *button, *profile_row;
  guint profile = 0;

  for (guint p = 0; p < G_N_ELEMENTS (profiles); p++)
    {
      gtk_string_list_append (profile_names, paraat_scan_profile_title (profiles[p]));
      if (g_strcmp0 (profiles[p], draft->profile) == 0)
        profile = p;
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  draft->row = ADW_EXPANDER_ROW (row);
  draft->text_row = ADW_ENTRY_ROW (entry_row (_("Question"), draft->text));
  g_object_set_data (G_OBJECT (draft->text_row), "question", draft);
  g_signal_connect (draft->text_row, "changed", G_CALLBACK (question_text_changed_cb), se);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (draft->text_row));
  profile_row = combo_row (_("Profile"), profile_names, profile);
  g_object_set_data (G_OBJECT (profile_row), "question", draft);
  g_signal_connect (profile_row, "notify::selected", G_CALLBACK (question_profile_cb), se);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), profile_row);

  g_clear_pointer (&draft->answer_rows, g_ptr_array_unref);
  draft->answer_rows = g_ptr_array_new ();
  for (guint a = 0; a < draft->answers->len; a++)
    {
      AnswerDraft *answer = g_ptr_array_index (draft->answers, a);
      g_autofree char *title = g_strdup_printf (_("Answer %u"), a + 1);
      GtkWidget *answer_row = entry_row (title, answer->text);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (classes);

      g_object_set_data (G_OBJECT (answer_row), "answer", answer);
      g_signal_connect (answer_row, "changed", G_CALLBACK (answer_text_changed_cb), se);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), answer->points);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (spin, _("Points"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Points"), -1);
      g_object_set_data (G_OBJECT (spin), "answer", answer);
      g_signal_connect (spin, "value-changed", G_CALLBACK (answer_points_cb), se);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), answer->min_class);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (dropdown, _("The class this answer asks at least, whatever the points"));
      g_object_set_data (G_OBJECT (dropdown), "answer", answer);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (answer_min_class_cb), se);
      button = icon_button ("user-trash-symbolic", _("Remove Answer"));
      g_object_set_data (G_OBJECT (button), "answer", answer);
      g_object_set_data (G_OBJECT (button), "question", draft);
      g_signal_connect (button, "clicked", G_CALLBACK (answer_remove_cb), se);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (answer_row), spin);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (answer_row), dropdown);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (answer_row), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), answer_row);
      g_ptr_array_add (draft->answer_rows, answer_row);
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  button = icon_button ("list-add-symbolic", _("Add Answer"));
  g_object_set_data (G_OBJECT (button), "question", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (answer_add_cb), se);
  gtk_box_append (GTK_BOX (box), button);
  button = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (button, index > 0);
  g_object_set_data (G_OBJECT (button), "question", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (question_up_cb), se);
  gtk_box_append (GTK_BOX (box), button);
  button = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (button, index + 1 < se->questions->len);
  g_object_set_data (G_OBJECT (button), "question", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (question_down_cb), se);
  gtk_box_append (GTK_BOX (box), button);
  button = icon_button ("user-trash-symbolic", _("Remove Question"));
  g_object_set_data (G_OBJECT (button), "question", draft);
  g_signal_connect (button, "clicked", G_CALLBACK (question_remove_cb), se);
  gtk_box_append (GTK_BOX (box), button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), box);
  return row;
}

static void
scan_rebuild (ScanEditor *se)
{
  for (guint i = 0; i < se->question_rows->len; i++)
    adw_preferences_group_remove (se->questions_group, g_ptr_array_index (se->question_rows, i));
  g_ptr_array_set_size (se->question_rows, 0);
  se->filling = TRUE;
  for (guint q = 0; q < se->questions->len; q++)
    {
      GtkWidget *row = question_row (se, g_ptr_array_index (se->questions, q), q);

      adw_preferences_group_add (se->questions_group, row);
      g_ptr_array_add (se->question_rows, row);
    }
  se->filling = FALSE;
  scan_validate (se);
}

static QuestionDraft *
add_question (ScanEditor *se,
              gint64      id,
              const char *profile,
              const char *text)
{
  QuestionDraft *draft = g_new0 (QuestionDraft, 1);

  draft->id = id != 0 ? id : se->next_new_id--;
  draft->profile = g_strdup (profile);
  draft->text = g_strdup (text);
  draft->answers = g_ptr_array_new_with_free_func (answer_draft_free);
  g_ptr_array_add (se->questions, draft);
  return draft;
}

static void
add_question_clicked_cb (ScanEditor *se)
{
  QuestionDraft *draft = add_question (se, 0, "activity", "");

  add_answer (draft, 0, C_("risk scan answer", "No"), 0);
  add_answer (draft, 0, C_("risk scan answer", "Yes"), 2);
  scan_rebuild (se);
  adw_expander_row_set_expanded (draft->row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (draft->text_row));
}

static void
scan_save_clicked_cb (GtkWindow *window)
{
  paraat_scan_editor_save (window);
}

gboolean
paraat_scan_editor_save (GtkWindow *window)
{
  ScanEditor *se = scan_editor (window);
  g_autoptr (ParaatScanForm) form = NULL;
  g_autoptr (GError) error = NULL;
  guint bad = G_MAXUINT;

  g_return_val_if_fail (se != NULL, FALSE);

  scan_validate (se);
  if (!gtk_widget_get_sensitive (se->save_button))
    return FALSE;
  form = scan_form_from_drafts (se);
  if (!paraat_store_write_scan_form (se->store, form, &bad, &error))
    {
      show_error (se->error_label, error->message);
      if (bad < se->questions->len)
        adw_expander_row_set_expanded (((QuestionDraft *) g_ptr_array_index (se->questions, bad))->row, TRUE);
      return FALSE;
    }
  gtk_window_destroy (window);
  return TRUE;
}

GtkWindow *
paraat_scan_editor_new (ParaatStore *store,
                        GtkWindow   *parent)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, &error);
  const char *class_titles[] = { N_("Class A From"), N_("Class B From"), N_("Class C From") };
  ScanEditor *se;
  GtkWidget *window, *page, *group, *button;
  guint retired = 0;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  if (form == NULL || !paraat_store_count_retired_questions (store, &retired, &error))
    return NULL;
  se = g_new0 (ScanEditor, 1);
  se->store = g_object_ref (store);
  se->questions = g_ptr_array_new_with_free_func (question_draft_free);
  se->question_rows = g_ptr_array_new ();
  se->next_new_id = -1;
  window = editor_window (parent, _("Risk Scan Questions"), 760, 760, _("_Save"), G_CALLBACK (scan_save_clicked_cb),
                          &se->save_button, &page);
  se->window = GTK_WINDOW (window);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, se, scan_editor_free);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Classes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The points of the answers add up to a class; below class A an event is "
                                           "class 0. An answer can also ask a class of its own."));
  se->filling = TRUE;
  for (int c = 0; c < 3; c++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 1000, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(class_titles[c]));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), form->threshold[c] == G_MAXINT ? 4 * (c + 1) : form->threshold[c]);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _(class_titles[c]), -1);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (threshold_changed_cb), se);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      se->thresholds[c] = GTK_SPIN_BUTTON (spin);
      se->threshold_rows[c] = ADW_ACTION_ROW (row);
    }
  se->filling = FALSE;
  se->error_label = error_label ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (se->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  se->questions_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Questions"));
  if (retired > 0)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext ("Over the activity, spatial, audience and organisation profiles, in order. A "
                                   "question removed that events have answered is kept for them but no longer "
                                   "asked (%u so far).",
                                   "Over the activity, spatial, audience and organisation profiles, in order. A "
                                   "question removed that events have answered is kept for them but no longer "
                                   "asked (%u so far).", retired), retired);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
    }
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Over the activity, spatial, audience and organisation profiles, in "
                                             "order. A question removed that events have answered is kept for them "
                                             "but no longer asked."));
  button = gtk_button_new_with_mnemonic (_("_Add Question"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_question_clicked_cb), se);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  for (guint q = 0; q < form->questions->len; q++)
    {
      const ParaatScanQuestion *question = &g_array_index (form->questions, ParaatScanQuestion, q);
      QuestionDraft *draft = add_question (se, question->id, question->profile, question->text);

      for (guint o = 0; o < form->options->len; o++)
        {
          const ParaatScanOption *option = &g_array_index (form->options, ParaatScanOption, o);

          if (option->question_id == question->id)
            add_answer (draft, option->id, option->text, option->points)->min_class = option->min_class;
        }
    }
  scan_rebuild (se);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

guint
paraat_scan_editor_get_n_questions (GtkWindow *window)
{
  ScanEditor *se = scan_editor (window);

  g_return_val_if_fail (se != NULL, 0);

  return se->questions->len;
}

void
paraat_scan_editor_add_question (GtkWindow          *window,
                                 const char         *profile,
                                 const char         *text,
                                 const char * const *answers,
                                 const int          *points)
{
  ScanEditor *se = scan_editor (window);
  QuestionDraft *draft;

  g_return_if_fail (se != NULL);

  add_question_clicked_cb (se);
  draft = g_ptr_array_index (se->questions, se->questions->len - 1);
  g_ptr_array_set_size (draft->answers, 0);
  for (guint a = 0; answers != NULL && answers[a] != NULL; a++)
    add_answer (draft, 0, answers[a], points[a]);
  g_free (draft->profile);
  draft->profile = g_strdup (profile);
  scan_rebuild (se);
  adw_expander_row_set_expanded (draft->row, TRUE);
  paraat_form_set_entry (draft->text_row, text);
}

gboolean
paraat_scan_editor_can_save (GtkWindow *window)
{
  ScanEditor *se = scan_editor (window);

  g_return_val_if_fail (se != NULL, FALSE);

  return gtk_widget_get_sensitive (se->save_button);
}

gboolean
paraat_scan_editor_remove_question (GtkWindow *window,
                                    guint      index)
{
  ScanEditor *se = scan_editor (window);

  g_return_val_if_fail (se != NULL, FALSE);

  if (index >= se->questions->len)
    return FALSE;
  g_ptr_array_remove_index (se->questions, index);
  scan_rebuild (se);
  return TRUE;
}
