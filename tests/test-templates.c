/* test-templates.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-event-service.h"

/* Editing checklist templates and the risk scan through the store: written
 * whole, checked first, nothing changed on bad input. */

static ParaatStore *
new_store (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

static guint
count (ParaatStore *store,
       const char  *table)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr (GListModel) audit = NULL;
  guint n = 0;

  /* The audit trail through its own API; other tables by the item counts. */
  if (g_str_equal (table, "audit"))
    {
      audit = paraat_store_list_audit (store, 100000, &error);
      g_assert_no_error (error);
      return g_list_model_get_n_items (audit);
    }
  if (g_str_equal (table, "checklist_template"))
    {
      g_autoptr (GArray) templates = paraat_store_list_templates (store, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < templates->len; i++)
        {
          g_autoptr (GArray) items = paraat_store_read_template_items (store, g_array_index (templates,
                                                                                             ParaatChecklistTemplate, i).id, NULL);
          n += 1000 + items->len;
        }
      return n;
    }
  g_assert_not_reached ();
  return 0;
}

static gint64
partner_id (ParaatStore *store,
            const char  *code)
{
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (ParaatPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (paraat_partner_get_code (partner), code) == 0)
        return paraat_partner_get_id (partner);
    }
  g_assert_not_reached ();
  return 0;
}

static ParaatTemplateItem
item (gint64      id,
      const char *text,
      const char *spec,
      int         phase,
      gint64      after,
      gint64      partner)
{
  ParaatTemplateItem made = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;

  g_assert_true (paraat_due_spec_parse (spec, &made, &key, &error));
  g_assert_no_error (error);
  made.id = id;
  made.text = g_strdup (text);
  made.classes = g_strdup ("BC");
  made.phase = phase;
  made.after_item_id = after;
  made.partner_id = partner;
  return made;
}

static GArray *
items_array (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (ParaatTemplateItem));

  g_array_set_clear_func (items, paraat_template_item_clear);
  return items;
}

/* Vooroverleg, the application, its completeness check five working days
 * later, and the evaluation. */
static GArray *
festival_items (ParaatStore *store)
{
  GArray *items = items_array ();
  ParaatTemplateItem made[] = {
    item (-1, "Aanmelding evenementenkalender", "F:10-01:Y-1", PARAAT_TASK_PHASE_BEFORE, 0, partner_id (store, "ORG")),
    item (-2, "Vergunningaanvraag ontvangen", "T-16w", PARAAT_TASK_PHASE_BEFORE, 0, partner_id (store, "ORG")),
    item (-3, "Ontvankelijkheidstoets", "K:x+5wd", PARAAT_TASK_PHASE_BEFORE, -2, partner_id (store, "VERG")),
    item (-4, "Evaluatie", "T+4w", PARAAT_TASK_PHASE_AFTER, 0, 0),
  };

  g_array_append_vals (items, made, G_N_ELEMENTS (made));
  return items;
}

static ParaatChecklistTemplate
festival_template (void)
{
  ParaatChecklistTemplate template_ = { 0, (char *) "FEST", (char *) "Festivals", PARAAT_EVENT_KIND_EVENT,
                                        (char *) "Voor muziekfestivals in het park", TRUE };

  return template_;
}

static const ParaatChecklistTemplate *
find_template (GArray *templates,
               gint64  id)
{
  for (guint i = 0; i < templates->len; i++)
    if (g_array_index (templates, ParaatChecklistTemplate, i).id == id)
      return &g_array_index (templates, ParaatChecklistTemplate, i);
  return NULL;
}

static void
assert_items_equal (GArray *expected,
                    GArray *read)
{
  g_assert_cmpuint (expected->len, ==, read->len);
  for (guint i = 0; i < read->len; i++)
    {
      ParaatTemplateItem *a = &g_array_index (expected, ParaatTemplateItem, i);
      ParaatTemplateItem *b = &g_array_index (read, ParaatTemplateItem, i);

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpint (a->template_id, ==, b->template_id);
      g_assert_cmpuint (a->position, ==, b->position);
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpstr (a->classes, ==, b->classes);
      g_assert_cmpint (a->phase, ==, b->phase);
      g_assert_cmpint (a->fixed, ==, b->fixed);
      if (a->fixed)
        {
          g_assert_cmpint (a->fixed_month, ==, b->fixed_month);
          g_assert_cmpint (a->fixed_day, ==, b->fixed_day);
          g_assert_cmpint (a->year_offset, ==, b->year_offset);
        }
      else
        g_assert_cmpint (a->offset_minutes, ==, b->offset_minutes);
      g_assert_cmpint (a->working_days, ==, b->working_days);
      g_assert_cmpint (a->after_item_id, ==, b->after_item_id);
      g_assert_cmpint (a->partner_id, ==, b->partner_id);
    }
}

static void
test_write_and_read_back (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GArray) items = festival_items (store);
  g_autoptr (GArray) read = NULL;
  g_autoptr (GArray) templates = NULL;
  g_autoptr (GError) error = NULL;
  ParaatChecklistTemplate template_ = festival_template ();
  const ParaatChecklistTemplate *stored;
  ParaatTemplateItem *added;
  guint audit_before = count (store, "audit");
  gint64 kept_id, followed_id;

  g_assert_true (paraat_store_write_template (store, &template_, (ParaatTemplateItem *) items->data, items->len,
                                              NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (template_.id, >, 0);
  /* The new items got their ids, and the one that follows the application
   * follows its stored id. */
  g_assert_cmpint (g_array_index (items, ParaatTemplateItem, 2).after_item_id, ==,
                   g_array_index (items, ParaatTemplateItem, 1).id);
  g_assert_cmpint (g_array_index (items, ParaatTemplateItem, 1).id, >, 0);
  g_assert_cmpuint (count (store, "audit"), >=, audit_before + 5);

  templates = paraat_store_list_templates (store, &error);
  g_assert_no_error (error);
  stored = find_template (templates, template_.id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->code, ==, "FEST");
  g_assert_cmpstr (stored->name, ==, "Festivals");
  g_assert_cmpstr (stored->description, ==, "Voor muziekfestivals in het park");
  g_assert_true (stored->active);
  g_assert_cmpint (stored->kind, ==, PARAAT_EVENT_KIND_EVENT);
  read = paraat_store_read_template_items (store, template_.id, &error);
  g_assert_no_error (error);
  assert_items_equal (items, read);
  g_clear_pointer (&read, g_array_unref);

  /* Changed: the first item's text, the evaluation removed, a new item that
   * follows the completeness check; the items that stay keep their ids. */
  kept_id = g_array_index (items, ParaatTemplateItem, 0).id;
  followed_id = g_array_index (items, ParaatTemplateItem, 2).id;
  g_free (g_array_index (items, ParaatTemplateItem, 0).text);
  g_array_index (items, ParaatTemplateItem, 0).text = g_strdup ("Aanmelding evenementenkalender ontvangen");
  g_array_remove_index (items, 3);
  {
    ParaatTemplateItem advice = item (-7, "Adviezen uitgezet", "K:x+2d", PARAAT_TASK_PHASE_BEFORE, followed_id, 0);

    g_array_append_val (items, advice);
  }
  template_.active = FALSE;
  g_assert_true (paraat_store_write_template (store, &template_, (ParaatTemplateItem *) items->data, items->len,
                                              NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (items, ParaatTemplateItem, 0).id, ==, kept_id);
  added = &g_array_index (items, ParaatTemplateItem, 3);
  g_assert_cmpint (added->id, >, 0);
  g_assert_cmpint (added->after_item_id, ==, followed_id);
  read = paraat_store_read_template_items (store, template_.id, &error);
  g_assert_no_error (error);
  assert_items_equal (items, read);
  g_clear_pointer (&templates, g_array_unref);
  templates = paraat_store_list_templates (store, NULL);
  g_assert_false (find_template (templates, template_.id)->active);
}

/* Each bad template: the error names the item and the problem, and the
 * database is as it was. */
static void
assert_refused (ParaatStore             *store,
                ParaatChecklistTemplate *template_,
                GArray                  *items,
                guint                    expected_item,
                int                      code,
                const char              *expected_words)
{
  g_autoptr (GError) error = NULL;
  guint before = count (store, "checklist_template");
  guint audit_before = count (store, "audit");
  gint64 id_before = template_->id;
  guint bad = 0;

  g_assert_false (paraat_store_write_template (store, template_, (ParaatTemplateItem *) items->data, items->len, &bad,
                                               &error));
  g_assert_error (error, PARAAT_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected_words));
  g_assert_cmpuint (bad, ==, expected_item);
  g_assert_cmpint (template_->id, ==, id_before);
  g_assert_cmpuint (count (store, "checklist_template"), ==, before);
  g_assert_cmpuint (count (store, "audit"), ==, audit_before);
}

static void
test_bad_templates (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  ParaatChecklistTemplate template_ = festival_template ();
  ParaatTemplateItem probe = { 0 };

  /* A cycle: the application follows its completeness check. */
  {
    g_autoptr (GArray) items = festival_items (store);

    g_array_index (items, ParaatTemplateItem, 1).after_item_id = -3;
    assert_refused (store, &template_, items, 1, PARAAT_STORE_ERROR_INVALID, "cycle");
  }
  /* An owner that is not a partner. */
  {
    g_autoptr (GArray) items = festival_items (store);

    g_array_index (items, ParaatTemplateItem, 3).partner_id = 987654;
    assert_refused (store, &template_, items, 3, PARAAT_STORE_ERROR_INVALID, "Evaluatie");
  }
  /* Preparation due after the event starts. */
  {
    g_autoptr (GArray) items = festival_items (store);

    g_array_index (items, ParaatTemplateItem, 1).offset_minutes = 24 * 60;
    assert_refused (store, &template_, items, 1, PARAAT_STORE_ERROR_INVALID, "preparation");
  }
  /* Following an item that is not in the template. */
  {
    g_autoptr (GArray) items = festival_items (store);

    g_array_index (items, ParaatTemplateItem, 2).after_item_id = -42;
    assert_refused (store, &template_, items, 2, PARAAT_STORE_ERROR_INVALID, "Ontvankelijkheidstoets");
  }
  /* A due rule that does not read, and a fixed date that does not exist. */
  g_assert_false (paraat_due_spec_parse ("T-16x", &probe, NULL, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "T-16x"));
  g_clear_error (&error);
  {
    g_autoptr (GArray) items = festival_items (store);

    g_array_index (items, ParaatTemplateItem, 0).fixed_month = 2;
    g_array_index (items, ParaatTemplateItem, 0).fixed_day = 30;
    assert_refused (store, &template_, items, 0, PARAAT_STORE_ERROR_INVALID, "does not exist");
  }
  /* A code another template has, and no name. */
  {
    g_autoptr (GArray) items = festival_items (store);

    template_.code = (char *) "ref";
    assert_refused (store, &template_, items, G_MAXUINT, PARAAT_STORE_ERROR_DUPLICATE, "ref");
    template_.code = (char *) "FEST";
    template_.name = (char *) "  ";
    assert_refused (store, &template_, items, G_MAXUINT, PARAAT_STORE_ERROR_INVALID, "name");
  }
}

static gint64
open_air (ParaatStore *store)
{
  g_autoptr (ParaatEvent) event = paraat_event_new ();
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GError) error = NULL;
  gint64 starts_at = 0, ends_at = 0;

  g_assert_true (paraat_calendar_local_to_utc (tz, 2027, 6, 26, 12, 0, &starts_at));
  g_assert_true (paraat_calendar_local_to_utc (tz, 2027, 6, 27, 23, 0, &ends_at));
  paraat_event_set_name (event, "Voorbeeld Open Air");
  paraat_event_set_starts_at (event, starts_at);
  paraat_event_set_ends_at (event, ends_at);
  paraat_event_set_scan_class (event, PARAAT_RISK_CLASS_B);
  g_assert_true (paraat_store_save_event (store, event, &error));
  g_assert_no_error (error);
  return paraat_event_get_id (event);
}

static guint
linked_tasks (ParaatStore *store,
              gint64       event_id)
{
  g_autoptr (GArray) tasks = paraat_store_read_event_tasks (store, event_id, NULL);
  guint n = 0;

  for (guint i = 0; i < tasks->len; i++)
    n += g_array_index (tasks, ParaatEventTask, i).template_item_id != 0;
  return n;
}

static void
test_copy_delete_restore (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GArray) items = festival_items (store);
  g_autoptr (GArray) copy_items = NULL;
  g_autoptr (GArray) templates = NULL;
  g_autoptr (GArray) links = NULL;
  g_autoptr (GArray) saved_items = NULL;
  g_autoptr (GError) error = NULL;
  ParaatChecklistTemplate template_ = festival_template ();
  ParaatChecklistTemplate restored = { 0 };
  const ParaatChecklistTemplate *copy;
  gint64 copy_id = 0, event_id;
  guint n_events = 99, added = 0, n_tasks;

  g_assert_true (paraat_store_write_template (store, &template_, (ParaatTemplateItem *) items->data, items->len,
                                              NULL, &error));
  g_assert_no_error (error);

  /* A copy: every item, what follows what, a code and a name of its own. */
  g_assert_true (paraat_store_copy_template (store, template_.id, &copy_id, &error));
  g_assert_no_error (error);
  templates = paraat_store_list_templates (store, NULL);
  copy = find_template (templates, copy_id);
  g_assert_cmpstr (copy->code, ==, "FEST-2");
  g_assert_cmpstr (copy->name, ==, "Copy of Festivals");
  copy_items = paraat_store_read_template_items (store, copy_id, NULL);
  g_assert_cmpuint (copy_items->len, ==, 4);
  g_assert_cmpint (g_array_index (copy_items, ParaatTemplateItem, 2).after_item_id, ==,
                   g_array_index (copy_items, ParaatTemplateItem, 1).id);
  g_assert_cmpint (g_array_index (copy_items, ParaatTemplateItem, 1).id, !=,
                   g_array_index (items, ParaatTemplateItem, 1).id);
  g_assert_true (paraat_store_copy_template (store, template_.id, &copy_id, &error));
  g_clear_pointer (&templates, g_array_unref);
  templates = paraat_store_list_templates (store, NULL);
  g_assert_cmpstr (find_template (templates, copy_id)->code, ==, "FEST-3");

  /* An event's checklist from it; deleting the template leaves the tasks. */
  event_id = open_air (store);
  g_assert_true (paraat_event_add_checklist (store, tz, event_id, template_.id, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_true (paraat_store_count_template_events (store, template_.id, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_true (paraat_store_count_template_events (store, copy_id, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 0);

  saved_items = paraat_store_read_template_items (store, template_.id, NULL);
  g_assert_true (paraat_store_delete_template (store, template_.id, &links, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 4);
  {
    g_autoptr (GArray) tasks = paraat_store_read_event_tasks (store, event_id, NULL);

    n_tasks = tasks->len;
  }
  g_assert_cmpuint (n_tasks, ==, 4);
  g_assert_cmpuint (linked_tasks (store, event_id), ==, 0);
  {
    g_autoptr (GArray) gone = paraat_store_read_template_items (store, template_.id, NULL);

    g_assert_cmpuint (gone->len, ==, 0);
  }

  /* Undo: the template again, with new ids, and the tasks linked to it. */
  restored.code = (char *) "FEST";
  restored.name = (char *) "Festivals";
  restored.active = TRUE;
  paraat_template_items_as_new ((ParaatTemplateItem *) saved_items->data, saved_items->len);
  g_assert_true (paraat_store_restore_template (store, &restored, (ParaatTemplateItem *) saved_items->data,
                                                saved_items->len, (const ParaatTaskLink *) links->data, links->len,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (restored.id, >, 0);
  g_assert_cmpuint (linked_tasks (store, event_id), ==, 4);
  g_assert_true (paraat_store_count_template_events (store, restored.id, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 1);
}

static ParaatScanOption
option (gint64      question_id,
        const char *text,
        int         points)
{
  ParaatScanOption made = { 0, question_id, 0, g_strdup (text), points, PARAAT_RISK_CLASS_UNKNOWN };

  return made;
}

static void
test_scan_questionnaire (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, NULL);
  g_autoptr (ParaatScanForm) read = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GError) error = NULL;
  ParaatScanQuestion added = { -1, 0, g_strdup ("audience"), g_strdup ("Is er een VIP-bezoek?") };
  gint64 answered_question, unanswered_question;
  guint retired = 0, audit_before, bad = 0;
  guint n_questions = form->questions->len;
  ParaatRiskClass klass_before;

  /* An event answers the first option of every question. */
  event = paraat_store_get_event (store, open_air (store), NULL);
  for (guint q = 0; q < form->questions->len; q++)
    for (guint o = 0; o < form->options->len; o++)
      if (g_array_index (form->options, ParaatScanOption, o).question_id ==
          g_array_index (form->questions, ParaatScanQuestion, q).id)
        {
          g_array_append_val (answers, g_array_index (form->options, ParaatScanOption, o).id);
          break;
        }
  g_assert_true (paraat_event_apply_scan (store, event, (const gint64 *) answers->data, answers->len, NULL, &error));
  g_assert_no_error (error);
  klass_before = paraat_event_get_scan_class (event);

  /* Bad: thresholds that do not go up, a question without answers. Nothing
   * changes. */
  audit_before = count (store, "audit");
  form->threshold[1] = form->threshold[0];
  g_assert_false (paraat_store_write_scan_form (store, form, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_cmpuint (bad, ==, G_MAXUINT);
  g_clear_error (&error);
  form->threshold[1] = 12;
  g_array_append_val (form->questions, added);
  g_assert_false (paraat_store_write_scan_form (store, form, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "VIP"));
  g_assert_cmpuint (bad, ==, n_questions);
  g_clear_error (&error);
  g_assert_cmpuint (count (store, "audit"), ==, audit_before);
  read = paraat_store_read_scan_form (store, NULL);
  g_assert_cmpuint (read->questions->len, ==, n_questions);
  g_clear_pointer (&read, paraat_scan_form_free);

  /* Good: the new question with two answers, one asking class B; the first
   * question (answered by the event) and an answer nobody chose left out;
   * class C from 25 points. */
  {
    ParaatScanOption no = option (-1, "Nee", 0), yes = option (-1, "Ja, met beveiliging", 6);

    yes.min_class = PARAAT_RISK_CLASS_B;
    g_array_append_val (form->options, no);
    g_array_append_val (form->options, yes);
  }
  form->threshold[2] = 25;
  answered_question = g_array_index (form->questions, ParaatScanQuestion, 0).id;
  g_array_remove_index (form->questions, 0);
  for (guint o = form->options->len; o > 0; o--)
    if (g_array_index (form->options, ParaatScanOption, o - 1).question_id == answered_question)
      g_array_remove_index (form->options, o - 1);
  /* The last answer of the (new) first question: not chosen by the event. */
  unanswered_question = g_array_index (form->questions, ParaatScanQuestion, 0).id;
  for (guint o = form->options->len; o > 0; o--)
    if (g_array_index (form->options, ParaatScanOption, o - 1).question_id == unanswered_question)
      {
        g_array_remove_index (form->options, o - 1);
        break;
      }
  g_assert_true (paraat_store_write_scan_form (store, form, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (form->questions, ParaatScanQuestion, n_questions - 1).id, >, 0);

  read = paraat_store_read_scan_form (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->questions->len, ==, n_questions);
  g_assert_cmpint (read->threshold[2], ==, 25);
  g_assert_cmpstr (g_array_index (read->questions, ParaatScanQuestion, n_questions - 1).text, ==, "Is er een VIP-bezoek?");
  g_assert_cmpuint (read->options->len, ==, form->options->len);
  g_assert_cmpint (g_array_index (read->options, ParaatScanOption, read->options->len - 1).min_class, ==,
                   PARAAT_RISK_CLASS_B);
  g_assert_cmpint (g_array_index (read->options, ParaatScanOption, read->options->len - 1).question_id, ==,
                   g_array_index (read->questions, ParaatScanQuestion, n_questions - 1).id);
  for (guint q = 0; q < read->questions->len; q++)
    g_assert_cmpint (g_array_index (read->questions, ParaatScanQuestion, q).id, !=, answered_question);

  /* The answered question is retired, not gone: the event keeps its answers
   * and class. */
  g_assert_true (paraat_store_count_retired_questions (store, &retired, &error));
  g_assert_cmpuint (retired, ==, 1);
  {
    g_autoptr (ParaatEvent) again = paraat_store_get_event (store, paraat_event_get_id (event), &error);
    g_autofree char *stored = g_strdup (paraat_event_get_scan_answers (event));

    g_assert_no_error (error);
    g_assert_cmpstr (paraat_event_get_scan_answers (again), ==, stored);
    g_assert_cmpint (paraat_event_get_scan_class (again), ==, klass_before);
  }

  /* Written again without change: still one retired question; leaving out a
   * question nobody answered removes it. */
  g_array_remove_index (form->questions, form->questions->len - 1);
  for (guint o = form->options->len; o > 0; o--)
    if (g_array_index (form->options, ParaatScanOption, o - 1).question_id ==
        g_array_index (read->questions, ParaatScanQuestion, n_questions - 1).id)
      g_array_remove_index (form->options, o - 1);
  g_assert_true (paraat_store_write_scan_form (store, form, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (paraat_store_count_retired_questions (store, &retired, &error));
  g_assert_cmpuint (retired, ==, 1);
  g_clear_pointer (&read, paraat_scan_form_free);
  read = paraat_store_read_scan_form (store, NULL);
  g_assert_cmpuint (read->questions->len, ==, n_questions - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/write-and-read-back", test_write_and_read_back);
  g_test_add_func ("/templates/bad-input", test_bad_templates);
  g_test_add_func ("/templates/copy-delete-restore", test_copy_delete_restore);
  g_test_add_func ("/templates/scan-questionnaire", test_scan_questionnaire);
  return g_test_run ();
}
