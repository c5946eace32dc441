/* test-event-service.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "planning/paraat-calendar.h"
#include "service/paraat-event-service.h"
#include "store/paraat-demo.h"

static GTimeZone *amsterdam;

static gint64
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  gint64 instant = 0;

  g_assert_true (paraat_calendar_local_to_utc (amsterdam, year, month, day, hour, minute, &instant));
  return instant;
}

static char *
format (gint64 instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) there = g_date_time_to_timezone (utc, amsterdam);

  return g_date_time_format (there, "%Y-%m-%d %H:%M");
}

static ParaatStore *
new_store (void)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
open_air (ParaatStore *store)
{
  g_autoptr (ParaatEvent) event = paraat_event_new ();
  g_autoptr (GError) error = NULL;

  paraat_event_set_name (event, "Voorbeeld Open Air");
  paraat_event_set_starts_at (event, local (2027, 6, 26, 12, 0));
  paraat_event_set_ends_at (event, local (2027, 6, 27, 23, 0));
  paraat_event_set_anchor (event, PARAAT_ANCHOR_WEEK);
  g_assert_true (paraat_store_save_event (store, event, &error));
  g_assert_no_error (error);
  return paraat_event_get_id (event);
}

/* Every new database has the reference checklists, valid by the rules. */
static void
test_reference_data (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GArray) templates = paraat_store_list_templates (store, NULL);
  g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, NULL);
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, NULL);
  guint ref_items = 0;

  g_assert_nonnull (templates);
  g_assert_cmpuint (templates->len, ==, 4);
  for (guint t = 0; t < templates->len; t++)
    {
      const ParaatChecklistTemplate *template_ = &g_array_index (templates, ParaatChecklistTemplate, t);
      g_autoptr (GArray) items = paraat_store_read_template_items (store, template_->id, NULL);
      g_autoptr (GError) error = NULL;

      g_assert_nonnull (items);
      g_assert_cmpuint (items->len, >, 0);
      g_assert_true (paraat_checklist_validate ((const ParaatTemplateItem *) items->data, items->len, &error));
      g_assert_no_error (error);
      if (g_str_equal (template_->code, "REF"))
        ref_items = items->len;
    }
  /* The 35 items of the reference list, some split per class. */
  g_assert_cmpuint (ref_items, >=, 35);
  g_assert_nonnull (partners);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 11);

  g_assert_nonnull (form);
  g_assert_cmpuint (form->questions->len, ==, 10);
  g_assert_cmpint (form->threshold[0], ==, 4);
  g_assert_cmpint (form->threshold[2], ==, 22);
}

static void
test_checklist_and_scan (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (ParaatScanForm) form = paraat_store_read_scan_form (store, NULL);
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) tasks = NULL;
  gint64 event_id = open_air (store);
  gint64 ref = paraat_event_find_template (store, "REF", &error);
  guint added = 0;

  g_assert_no_error (error);
  g_assert_cmpint (ref, >, 0);
  g_assert_cmpint (paraat_event_find_template (store, "NOPE", &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* No class yet: no checklist, and nothing written. */
  g_assert_false (paraat_event_add_checklist (store, amsterdam, event_id, ref, &added, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tasks = paraat_store_read_event_tasks (store, event_id, NULL);
  g_assert_cmpuint (tasks->len, ==, 0);
  g_clear_pointer (&tasks, g_array_unref);

  /* The scan: the last (highest) answer of every question is C. */
  for (guint q = 0; q < form->questions->len; q++)
    {
      gint64 question = g_array_index (form->questions, ParaatScanQuestion, q).id;
      gint64 last = 0;

      for (guint o = 0; o < form->options->len; o++)
        if (g_array_index (form->options, ParaatScanOption, o).question_id == question)
          last = g_array_index (form->options, ParaatScanOption, o).id;
      g_array_append_val (answers, last);
    }
  event = paraat_store_get_event (store, event_id, &error);
  g_assert_no_error (error);
  /* One answer short: refused, the event keeps no class. */
  g_assert_false (paraat_event_apply_scan (store, event, (gint64 *) answers->data, answers->len - 1, NULL, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (paraat_event_get_scan_class (event), ==, PARAAT_RISK_CLASS_UNKNOWN);

  g_assert_true (paraat_event_apply_scan (store, event, (gint64 *) answers->data, answers->len, reasons, &error));
  g_assert_no_error (error);
  g_assert_cmpint (paraat_event_get_scan_class (event), ==, PARAAT_RISK_CLASS_C);
  g_assert_cmpuint (reasons->len, >=, 1);
  {
    g_autoptr (ParaatEvent) again = paraat_store_get_event (store, event_id, NULL);

    g_assert_cmpint (paraat_event_get_scan_class (again), ==, PARAAT_RISK_CLASS_C);
    g_assert_cmpuint (strlen (paraat_event_get_scan_answers (again)), >, 0);
  }

  /* An override without a reason is refused. */
  paraat_event_set_class_override (event, PARAAT_RISK_CLASS_B);
  g_assert_false (paraat_store_save_event (store, event, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  paraat_event_set_class_override (event, PARAAT_RISK_CLASS_UNKNOWN);

  g_assert_true (paraat_event_add_checklist (store, amsterdam, event_id, ref, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 36);
  tasks = paraat_store_read_event_tasks (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 36);
  /* By due moment: registration by 1 October of the year before. */
  {
    g_autofree char *first = format (g_array_index (tasks, ParaatEventTask, 0).due_at);
    g_autofree char *last = format (g_array_index (tasks, ParaatEventTask, tasks->len - 1).due_at);

    g_assert_cmpstr (first, ==, "2026-10-01 23:59");
    /* Eight weeks after the end: the lessons in the rules for next year. */
    g_assert_cmpstr (last, ==, "2027-08-22 23:00");
  }
}

static void
test_tasks_bad_input (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  gint64 event_id = open_air (store);
  ParaatEventTask task = { .text = (char *) "Draaiboek klaar", .due_at = local (2027, 6, 1, 12, 0),
                           .status = PARAAT_TASK_OPEN };
  ParaatEventTask blank = { .text = (char *) "  ", .due_at = local (2027, 6, 1, 12, 0) };
  ParaatEventTask stranger = { .text = (char *) "Iets", .due_at = local (2027, 6, 1, 12, 0), .partner_id = 999 };
  ParaatEventTask both[] = { task, blank };
  g_autoptr (GArray) tasks = NULL;

  g_assert_false (paraat_store_add_event_tasks (store, event_id, &blank, 1, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (paraat_store_add_event_tasks (store, event_id, &stranger, 1, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* All or nothing. */
  g_assert_false (paraat_store_add_event_tasks (store, event_id, both, 2, &error));
  g_clear_error (&error);
  g_assert_false (paraat_store_add_event_tasks (store, 4242, &task, 1, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  tasks = paraat_store_read_event_tasks (store, event_id, NULL);
  g_assert_cmpuint (tasks->len, ==, 0);

  g_assert_true (paraat_store_add_event_tasks (store, event_id, &task, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (task.id, >, 0);

  /* Done without who: refused. Then done, then open again. */
  task.status = PARAAT_TASK_DONE;
  task.done_at = local (2027, 5, 30, 9, 0);
  g_assert_false (paraat_store_save_event_task (store, &task, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  task.done_by = (char *) "Iris Schouwenaar";
  g_assert_true (paraat_store_save_event_task (store, &task, &error));
  g_assert_no_error (error);
  g_clear_pointer (&tasks, g_array_unref);
  tasks = paraat_store_read_event_tasks (store, event_id, NULL);
  g_assert_cmpint (g_array_index (tasks, ParaatEventTask, 0).status, ==, PARAAT_TASK_DONE);
  g_assert_cmpstr (g_array_index (tasks, ParaatEventTask, 0).done_by, ==, "Iris Schouwenaar");

  g_assert_true (paraat_store_delete_event_task (store, task.id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&tasks, g_array_unref);
  tasks = paraat_store_read_event_tasks (store, event_id, NULL);
  g_assert_cmpuint (tasks->len, ==, 0);
}

static void
test_move_and_next_year (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (ParaatEvent) next = NULL;
  g_autoptr (GArray) tasks = NULL;
  g_autoptr (GArray) moved = NULL;
  g_autoptr (GArray) copied = NULL;
  gint64 event_id = open_air (store);
  gint64 ref = paraat_event_find_template (store, "REF", NULL);
  gint64 old_start;
  ParaatEventTask *done;

  event = paraat_store_get_event (store, event_id, NULL);
  paraat_event_set_scan_class (event, PARAAT_RISK_CLASS_B);
  g_assert_true (paraat_store_save_event (store, event, NULL));
  g_assert_true (paraat_event_add_checklist (store, amsterdam, event_id, ref, NULL, &error));
  g_assert_no_error (error);
  tasks = paraat_store_read_event_tasks (store, event_id, NULL);

  /* The first task is done; the rest is open. */
  done = &g_array_index (tasks, ParaatEventTask, 0);
  done->status = PARAAT_TASK_DONE;
  done->done_at = done->due_at;
  done->done_by = g_strdup ("OOV");
  g_assert_true (paraat_store_save_event_task (store, done, &error));
  g_assert_no_error (error);

  /* A week later, an hour earlier. */
  old_start = paraat_event_get_starts_at (event);
  paraat_event_set_starts_at (event, local (2027, 7, 3, 11, 0));
  paraat_event_set_ends_at (event, local (2027, 7, 4, 22, 0));
  g_assert_true (paraat_event_move (store, amsterdam, event, old_start, &error));
  g_assert_no_error (error);
  moved = paraat_store_read_event_tasks (store, event_id, NULL);
  g_assert_cmpuint (moved->len, ==, tasks->len);
  for (guint i = 0; i < moved->len; i++)
    {
      const ParaatEventTask *after = &g_array_index (moved, ParaatEventTask, i);

      for (guint j = 0; j < tasks->len; j++)
        {
          const ParaatEventTask *was = &g_array_index (tasks, ParaatEventTask, j);

          if (was->id != after->id)
            continue;
          if (was->status == PARAAT_TASK_DONE)
            g_assert_cmpint (after->due_at, ==, was->due_at);
          else
            {
              g_autofree char *expected = format (paraat_due_move (was->due_at, old_start,
                                                                   paraat_event_get_starts_at (event), amsterdam));
              g_autofree char *got = format (after->due_at);

              g_assert_cmpstr (got, ==, expected);
            }
        }
    }
  /* T-16 weeks (winter time) moved: a week later, an hour earlier. */
  {
    g_autofree char *text = format (paraat_due_move (local (2027, 3, 6, 12, 0), old_start,
                                                     paraat_event_get_starts_at (event), amsterdam));

    g_assert_cmpstr (text, ==, "2027-03-13 11:00");
  }

  /* Next year: the same ISO week and weekday, a fresh checklist. */
  next = paraat_event_copy_to_next_year (store, amsterdam, event_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);
  {
    g_autofree char *start = format (paraat_event_get_starts_at (next));
    g_autofree char *end = format (paraat_event_get_ends_at (next));

    g_assert_cmpstr (start, ==, "2028-07-01 11:00");
    g_assert_cmpstr (end, ==, "2028-07-02 22:00");
  }
  g_assert_cmpint (paraat_event_get_status (next), ==, PARAAT_EVENT_STATUS_ANNOUNCED);
  copied = paraat_store_read_event_tasks (store, paraat_event_get_id (next), NULL);
  g_assert_cmpuint (copied->len, ==, tasks->len);
  for (guint i = 0; i < copied->len; i++)
    g_assert_cmpint (g_array_index (copied, ParaatEventTask, i).status, ==, PARAAT_TASK_OPEN);
}

/* Extra piket goes with its event: moved by the same days and clock change
 * (who filled it taken off), and copied to next year on the same day of the
 * event, not yet filled. */
static void
test_extra_piket_moves (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (ParaatEvent) next = NULL;
  g_autoptr (ParaatFunction) function = paraat_function_new ();
  g_autoptr (ParaatPerson) person = paraat_person_new ();
  g_autoptr (GPtrArray) requests = NULL;
  gint64 event_id = open_air (store);
  gint64 old_start;
  ParaatDutyRequest request = { 0 };
  const ParaatDutyRequest *after;

  paraat_function_set_code (function, "OVDBZ");
  paraat_function_set_name (function, "OvD Bevolkingszorg");
  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
  g_assert_true (paraat_store_save_function (store, function, &error));
  paraat_person_set_given_name (person, "Gerda");
  paraat_person_set_family_name (person, "Roosterveld");
  g_assert_true (paraat_store_save_person (store, person, &error));
  /* The second day of the festival, from noon until after closing. */
  request = (ParaatDutyRequest) {
    .event_id = event_id, .function_id = paraat_function_get_id (function), .line = 2,
    .starts_at = local (2027, 6, 27, 12, 0), .ends_at = local (2027, 6, 27, 23, 30),
    .note = (char *) "2e OvD-Bz bij het festival",
  };
  g_assert_true (paraat_store_save_duty_request (store, &request, &error));
  g_assert_true (paraat_store_fill_duty_request (store, request.id, paraat_person_get_id (person), &error));
  g_assert_no_error (error);

  /* A week later, an hour earlier. */
  event = paraat_store_get_event (store, event_id, NULL);
  old_start = paraat_event_get_starts_at (event);
  paraat_event_set_starts_at (event, local (2027, 7, 3, 11, 0));
  paraat_event_set_ends_at (event, local (2027, 7, 4, 22, 0));
  g_assert_true (paraat_event_move (store, amsterdam, event, old_start, &error));
  g_assert_no_error (error);
  requests = paraat_store_list_event_duty_requests (store, event_id, &error);
  g_assert_cmpuint (requests->len, ==, 1);
  after = g_ptr_array_index (requests, 0);
  {
    g_autofree char *start = format (after->starts_at);
    g_autofree char *end = format (after->ends_at);

    g_assert_cmpstr (start, ==, "2027-07-04 11:00");
    g_assert_cmpstr (end, ==, "2027-07-04 22:30");
  }
  g_assert_cmpint (after->line, ==, 2);
  g_assert_cmpint (after->person_id, ==, 0);
  g_assert_false (after->planned);

  /* Next year: the same day of the event, the same times, the same note. */
  next = paraat_event_copy_to_next_year (store, amsterdam, event_id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = paraat_store_list_event_duty_requests (store, paraat_event_get_id (next), &error);
  g_assert_cmpuint (requests->len, ==, 1);
  after = g_ptr_array_index (requests, 0);
  {
    g_autofree char *start = format (after->starts_at);
    g_autofree char *end = format (after->ends_at);
    g_autofree char *first = format (paraat_event_get_starts_at (next));

    /* The same ISO week and weekday: 1 July 2028, its second day the 2nd. */
    g_assert_cmpstr (first, ==, "2028-07-01 11:00");
    g_assert_cmpstr (start, ==, "2028-07-02 11:00");
    g_assert_cmpstr (end, ==, "2028-07-02 22:30");
  }
  g_assert_cmpstr (after->note, ==, "2e OvD-Bz bij het festival");
  g_assert_cmpint (after->function_id, ==, paraat_function_get_id (function));
}

static void
test_schouw (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatSchouw) read = NULL;
  g_autoptr (GArray) findings = NULL;
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, NULL);
  g_autoptr (ParaatPartner) bwt = g_list_model_get_item (partners, 0);
  gint64 event_id = open_air (store);
  ParaatSchouw schouw = { .event_id = event_id, .participants = (char *) "Politie, VR, BWT, vergunningverlening" };
  ParaatFinding finding = { .text = (char *) "Nooduitgang podium 2 geblokkeerd door kratten" };
  ParaatFinding blank = { .text = (char *) " " };

  g_assert_null (paraat_store_read_schouw (store, event_id, &error));
  g_assert_no_error (error);

  /* No moment; a moment after the event; then the day before at 14:00. */
  g_assert_false (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  schouw.starts_at = local (2027, 6, 30, 10, 0);
  g_assert_false (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  schouw.starts_at = local (2027, 6, 25, 14, 0);
  g_assert_true (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_no_error (error);
  g_assert_cmpint (schouw.id, >, 0);

  /* Findings: a blank one refused, one for BWT kept. */
  blank.schouw_id = finding.schouw_id = schouw.id;
  g_assert_false (paraat_store_save_finding (store, &blank, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  finding.partner_id = paraat_partner_get_id (bwt);
  g_assert_true (paraat_store_save_finding (store, &finding, &error));
  g_assert_no_error (error);

  /* Go without who decided: refused. Then with. */
  schouw.decision = PARAAT_SCHOUW_GO;
  g_assert_false (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  schouw.decided_by = (char *) "Burgemeester A. Voorbeeldsma (via OvD-Bz)";
  schouw.decided_at = local (2027, 6, 26, 10, 0);
  finding.status = PARAAT_FINDING_RESOLVED;
  g_assert_true (paraat_store_save_finding (store, &finding, &error));
  g_assert_true (paraat_store_save_schouw (store, &schouw, &error));
  g_assert_no_error (error);

  read = paraat_store_read_schouw (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_cmpint (read->decision, ==, PARAAT_SCHOUW_GO);
  g_assert_cmpstr (read->decided_by, ==, "Burgemeester A. Voorbeeldsma (via OvD-Bz)");
  g_assert_cmpstr (read->participants, ==, "Politie, VR, BWT, vergunningverlening");
  findings = paraat_store_read_findings (store, read->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (g_array_index (findings, ParaatFinding, 0).status, ==, PARAAT_FINDING_RESOLVED);
  g_assert_cmpint (g_array_index (findings, ParaatFinding, 0).partner_id, ==, paraat_partner_get_id (bwt));
}

static void
test_event_partners (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) partners = paraat_store_list_partners (store, NULL);
  g_autoptr (ParaatPartner) first = g_list_model_get_item (partners, 0);
  g_autoptr (ParaatPartner) second = g_list_model_get_item (partners, 1);
  g_autoptr (GArray) read = NULL;
  gint64 event_id = open_air (store);
  gint64 ids[] = { paraat_partner_get_id (first), paraat_partner_get_id (second) };
  gint64 bad[] = { paraat_partner_get_id (first), 9999 };

  g_assert_true (paraat_store_write_event_partners (store, event_id, ids, 2, &error));
  g_assert_no_error (error);
  /* An unknown partner refuses the whole list: the two stay. */
  g_assert_false (paraat_store_write_event_partners (store, event_id, bad, 2, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  read = paraat_store_read_event_partners (store, event_id, NULL);
  g_assert_cmpuint (read->len, ==, 2);
  g_assert_cmpint (g_array_index (read, gint64, 0), ==, MIN (ids[0], ids[1]));
}

static void
test_demo_deadlines (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) deadlines = NULL;
  gint64 now = local (2026, 11, 22, 12, 0);

  g_assert_true (paraat_demo_load (store, 2026, &error));
  g_assert_no_error (error);
  g_assert_true (paraat_event_demo_checklists (store, now, &error));
  g_assert_no_error (error);

  /* The Kerstmarkt's permit (T-3 weeks, 21 November) is overdue; the
   * next two weeks bring its first aid and the jaarwisseling's campaign. */
  deadlines = paraat_store_read_deadlines (store, now + 14 * 24 * 3600, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deadlines->len, >=, 2);
  g_assert_cmpstr (g_array_index (deadlines, ParaatDeadline, 0).event_name, ==, "Kerstmarkt centrum");
  g_assert_cmpint (g_array_index (deadlines, ParaatDeadline, 0).due_at, <, now);
  for (guint i = 1; i < deadlines->len; i++)
    {
      g_assert_cmpint (g_array_index (deadlines, ParaatDeadline, i).due_at, >=, now);
      g_assert_cmpint (g_array_index (deadlines, ParaatDeadline, i - 1).due_at, <=,
                       g_array_index (deadlines, ParaatDeadline, i).due_at);
    }
}

/* Build-up and break-down: before the start and after the end, at most a
 * month, kept with the event and carried to next year's edition. */
static void
test_build_up (void)
{
  g_autoptr (ParaatStore) store = new_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatEvent) event = NULL;
  g_autoptr (ParaatEvent) saved = NULL;
  g_autoptr (ParaatEvent) next = NULL;
  g_autofree char *build = NULL, *down = NULL;
  gint64 id = open_air (store);

  event = paraat_store_get_event (store, id, &error);
  g_assert_no_error (error);

  paraat_event_set_build_up_at (event, local (2027, 6, 26, 13, 0));
  g_assert_false (paraat_store_save_event (store, event, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  paraat_event_set_build_up_at (event, local (2027, 5, 20, 8, 0));
  g_assert_false (paraat_store_save_event (store, event, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  paraat_event_set_build_up_at (event, local (2027, 6, 24, 8, 0));
  paraat_event_set_break_down_at (event, local (2027, 6, 27, 22, 0));
  g_assert_false (paraat_store_save_event (store, event, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  paraat_event_set_break_down_at (event, local (2027, 6, 29, 18, 0));
  g_assert_true (paraat_store_save_event (store, event, &error));
  g_assert_no_error (error);
  saved = paraat_store_get_event (store, id, &error);
  build = format (paraat_event_get_build_up_at (saved));
  down = format (paraat_event_get_break_down_at (saved));
  g_assert_cmpstr (build, ==, "2027-06-24 08:00");
  g_assert_cmpstr (down, ==, "2027-06-29 18:00");

  /* Next year (the last weekend of June, by ISO week): the same days around it. */
  next = paraat_event_copy_to_next_year (store, amsterdam, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (paraat_event_get_starts_at (next) - paraat_event_get_build_up_at (next), ==,
                   paraat_event_get_starts_at (saved) - paraat_event_get_build_up_at (saved));
  g_assert_cmpint (paraat_event_get_break_down_at (next) - paraat_event_get_ends_at (next), ==,
                   paraat_event_get_break_down_at (saved) - paraat_event_get_ends_at (saved));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_test_add_func ("/events/reference-data", test_reference_data);
  g_test_add_func ("/events/checklist-and-scan", test_checklist_and_scan);
  g_test_add_func ("/events/tasks-bad-input", test_tasks_bad_input);
  g_test_add_func ("/events/move-and-next-year", test_move_and_next_year);
  g_test_add_func ("/events/extra-piket-moves", test_extra_piket_moves);
  g_test_add_func ("/events/schouw", test_schouw);
  g_test_add_func ("/events/partners", test_event_partners);
  g_test_add_func ("/events/build-up", test_build_up);
  g_test_add_func ("/events/demo-deadlines", test_demo_deadlines);
  return g_test_run ();
}
