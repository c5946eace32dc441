/* paraat-checklist.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-checklist.h"

void
paraat_template_item_clear (gpointer data)
{
  ParaatTemplateItem *item = data;

  g_clear_pointer (&item->text, g_free);
  g_clear_pointer (&item->classes, g_free);
}

void
paraat_checklist_template_clear (gpointer data)
{
  ParaatChecklistTemplate *template_ = data;

  g_clear_pointer (&template_->code, g_free);
  g_clear_pointer (&template_->name, g_free);
}

void
paraat_event_task_clear (gpointer data)
{
  ParaatEventTask *task = data;

  g_clear_pointer (&task->text, g_free);
  g_clear_pointer (&task->done_by, g_free);
  g_clear_pointer (&task->note, g_free);
}

void
paraat_scan_question_clear (gpointer data)
{
  ParaatScanQuestion *question = data;

  g_clear_pointer (&question->profile, g_free);
  g_clear_pointer (&question->text, g_free);
}

void
paraat_scan_option_clear (gpointer data)
{
  ParaatScanOption *option = data;

  g_clear_pointer (&option->text, g_free);
}

ParaatScanForm *
paraat_scan_form_new (void)
{
  ParaatScanForm *form = g_new0 (ParaatScanForm, 1);

  form->questions = g_array_new (FALSE, TRUE, sizeof (ParaatScanQuestion));
  g_array_set_clear_func (form->questions, paraat_scan_question_clear);
  form->options = g_array_new (FALSE, TRUE, sizeof (ParaatScanOption));
  g_array_set_clear_func (form->options, paraat_scan_option_clear);
  return form;
}

void
paraat_scan_form_free (ParaatScanForm *form)
{
  if (form == NULL)
    return;
  g_array_unref (form->questions);
  g_array_unref (form->options);
  g_free (form);
}
