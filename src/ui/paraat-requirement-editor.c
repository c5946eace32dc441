/* paraat-requirement-editor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-requirement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ui/paraat-form.h"
#include "ui/paraat-requirement-editor.h"

#define EDITOR_KEY "paraat-requirement-editor"

static const char * const categories[] = { "education", "training", "exercise", "test", "evaluation" };

typedef struct
{
  ParaatStore   *store;
  gint64         function_id;
  GPtrArray     *choices;     /* per "what counts" row: a category or a kind code (interned) */
  guint          n_categories;
  GtkWidget     *save_button;
  GtkLabel      *error_label;
  AdwComboRow   *what_row;
  GtkSpinButton *count_spin;
  GtkSpinButton *months_spin;
  GtkSpinButton *out_of_spin;
  AdwActionRow  *out_of_row;
  AdwEntryRow   *description_row;
} Editor;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_object_unref (editor->store);
  g_ptr_array_unref (editor->choices);
  g_free (editor);
}

static gboolean
validate (Editor *editor)
{
  guint count = (guint) gtk_spin_button_get_value_as_int (editor->count_spin);
  guint out_of = (guint) gtk_spin_button_get_value_as_int (editor->out_of_spin);
  const char *problem = NULL;

  if (out_of != 0 && out_of < count)
    problem = _("Fewer than the count: use 0 when it is not said");
  paraat_form_set_row_error (ADW_PREFERENCES_ROW (editor->out_of_row), problem);
  gtk_widget_set_sensitive (editor->save_button, problem == NULL);
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), FALSE);
  return problem == NULL;
}

gboolean
paraat_requirement_editor_save (GtkWidget *window)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  g_autofree char *description = NULL;
  g_autoptr (GError) error = NULL;
  ParaatRequirement requirement = { 0 };
  guint choice;

  g_return_val_if_fail (editor != NULL, FALSE);

  if (!validate (editor))
    return FALSE;
  choice = adw_combo_row_get_selected (editor->what_row);
  description = paraat_form_entry_text (editor->description_row);
  requirement.function_id = editor->function_id;
  if (choice < editor->n_categories)
    requirement.category = g_ptr_array_index (editor->choices, choice);
  else
    requirement.kind_code = g_ptr_array_index (editor->choices, choice);
  requirement.min_count = (guint) gtk_spin_button_get_value_as_int (editor->count_spin);
  requirement.period_months = (guint) gtk_spin_button_get_value_as_int (editor->months_spin);
  requirement.out_of = (guint) gtk_spin_button_get_value_as_int (editor->out_of_spin);
  requirement.description = description;

  if (!paraat_store_save_requirement (editor->store, &requirement, &error))
    {
      gtk_label_set_text (editor->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (editor->error_label), TRUE);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

static GtkSpinButton *
add_spin (Editor              *editor,
          AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          int                  lower,
          int                  upper,
          int                  value,
          AdwActionRow       **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (validate), editor);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);
  return GTK_SPIN_BUTTON (spin);
}

GtkWidget *
paraat_requirement_editor_new (ParaatStore *store,
                               GtkWindow   *parent,
                               gint64       function_id)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GArray) kinds = NULL;
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *window, *content, *header, *cancel, *page, *group, *row;
  const char *category_labels[] = {
    _("Any course or e-learning"), _("Any training"), _("Any exercise"), _("Any test"), _("Any evaluation"),
  };

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  editor->store = g_object_ref (store);
  editor->function_id = function_id;
  editor->choices = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      gtk_string_list_append (labels, category_labels[i]);
      g_ptr_array_add (editor->choices, (gpointer) g_intern_static_string (categories[i]));
    }
  editor->n_categories = G_N_ELEMENTS (categories);
  kinds = paraat_store_read_session_kinds (store, NULL);
  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    {
      const ParaatSessionKind *kind = &g_array_index (kinds, ParaatSessionKind, i);
      /* Translators: one kind of session in the requirement editor: "Only Table-top-oefening (TTX)" */
      g_autofree char *label = g_strdup_printf (_("Only %s (%s)"), kind->name, kind->code);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (editor->choices, (gpointer) kind->code);
    }

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("New Requirement"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 560);
  g_object_set_data_full (G_OBJECT (window), EDITOR_KEY, editor, editor_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  editor->save_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_name (editor->save_button, "save-button");
  gtk_widget_add_css_class (editor->save_button, "suggested-action");
  g_signal_connect_swapped (editor->save_button, "clicked", G_CALLBACK (paraat_requirement_editor_save), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), editor->save_button);
  gtk_box_append (GTK_BOX (content), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), page);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Someone is proficient for the function while every one of its requirements "
                                           "is met. A session counts from its day for the period given."));
  editor->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (editor->error_label, TRUE);
  gtk_label_set_xalign (editor->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (editor->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (editor->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("What Counts"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  editor->what_row = ADW_COMBO_ROW (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  editor->count_spin = add_spin (editor, ADW_PREFERENCES_GROUP (group), _("At Least"),
                                 _("Sessions someone must have attended"), 1, 99, 1, NULL);
  editor->months_spin = add_spin (editor, ADW_PREFERENCES_GROUP (group), _("Within Months"),
                                  _("The rolling period; 0 for once, never expiring"), 0, 120, 12, NULL);
  editor->out_of_spin = add_spin (editor, ADW_PREFERENCES_GROUP (group), _("Out Of"),
                                  _("How many the plan offers in the period, as in “2 of 4”; 0 when not said"),
                                  0, 99, 0, &editor->out_of_row);
  row = adw_entry_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Own Wording (optional)"));
  editor->description_row = ADW_ENTRY_ROW (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  validate (editor);
  adw_window_set_content (ADW_WINDOW (window), content);
  return window;
}

void
paraat_requirement_editor_fill (GtkWidget  *window,
                                const char *kind_or_category,
                                guint       count,
                                guint       months,
                                guint       out_of)
{
  Editor *editor = g_object_get_data (G_OBJECT (window), EDITOR_KEY);

  g_return_if_fail (editor != NULL);

  for (guint i = 0; i < editor->choices->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (editor->choices, i), kind_or_category) == 0)
      adw_combo_row_set_selected (editor->what_row, i);
  gtk_spin_button_set_value (editor->count_spin, count);
  gtk_spin_button_set_value (editor->months_spin, months);
  gtk_spin_button_set_value (editor->out_of_spin, out_of);
}
