/* test-checklist-rules.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "planning/paraat-calendar.h"
#include "planning/paraat-checklist-rules.h"

static GTimeZone *tz;

#define WEEK (7 * 24 * 60)
#define DAY (24 * 60)

static gint64
at (int year, int month, int day, int hour, int minute)
{
  gint64 instant = 0;

  g_assert_true (paraat_calendar_local_to_utc (tz, year, month, day, hour, minute, &instant));
  return instant;
}

static char *
local (gint64 instant)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) there = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (there, "%Y-%m-%d %H:%M %a");
}

#define assert_local(instant, expected) \
  G_STMT_START { g_autofree char *text_ = local (instant); g_assert_cmpstr (text_, ==, expected); } G_STMT_END

static void
test_offsets_across_dst (void)
{
  /* T in summer time, T-16 weeks in winter time: the same clock time. */
  gint64 t = at (2026, 6, 27, 12, 0);

  assert_local (paraat_due_shift (t, -16 * WEEK, FALSE, tz), "2026-03-07 12:00 Sat");
  assert_local (paraat_due_shift (t, -1 * DAY, FALSE, tz), "2026-06-26 12:00 Fri");
  assert_local (paraat_due_shift (t, -120, FALSE, tz), "2026-06-27 10:00 Sat");
  assert_local (paraat_due_shift (t, 4 * WEEK, FALSE, tz), "2026-07-25 12:00 Sat");

  /* Across the last Sunday of March and of October. */
  t = at (2026, 4, 2, 9, 0);
  assert_local (paraat_due_shift (t, -1 * WEEK, FALSE, tz), "2026-03-26 09:00 Thu");
  t = at (2026, 10, 30, 20, 0);
  assert_local (paraat_due_shift (t, -3 * DAY, FALSE, tz), "2026-10-27 20:00 Tue");
  assert_local (paraat_due_shift (t, 3 * DAY, FALSE, tz), "2026-11-02 20:00 Mon");

  /* Two hours before a start just after the clocks went back is elapsed time. */
  t = at (2026, 10, 25, 3, 30);
  g_assert_cmpint (t - paraat_due_shift (t, -120, FALSE, tz), ==, 7200);

  /* Across the year's end. */
  t = at (2027, 1, 1, 0, 30);
  assert_local (paraat_due_shift (t, -2 * DAY, FALSE, tz), "2026-12-30 00:30 Wed");
  assert_local (paraat_due_shift (t, -4 * WEEK, FALSE, tz), "2026-12-04 00:30 Fri");
}

static void
test_working_days (void)
{
  /* Received on a Thursday: five working days later is the next Thursday. */
  gint64 received = at (2026, 3, 12, 10, 0);

  assert_local (paraat_due_shift (received, 5 * DAY, TRUE, tz), "2026-03-19 10:00 Thu");
  /* From a Friday, one working day is Monday. */
  assert_local (paraat_due_shift (at (2026, 3, 13, 10, 0), DAY, TRUE, tz), "2026-03-16 10:00 Mon");
  /* Backwards from a Monday, one working day is Friday. */
  assert_local (paraat_due_shift (at (2026, 3, 16, 10, 0), -DAY, TRUE, tz), "2026-03-13 10:00 Fri");
}

static void
test_fixed_dates (void)
{
  assert_local (paraat_due_fixed (2025, 10, 1, tz), "2025-10-01 23:59 Wed");
  assert_local (paraat_due_fixed (2026, 12, 31, tz), "2026-12-31 23:59 Thu");
  /* 29 February in a year without it. */
  assert_local (paraat_due_fixed (2027, 2, 29, tz), "2027-02-28 23:59 Sun");
  g_assert_cmpint (paraat_due_fixed (2026, 2, 30, tz), ==, 0);
  g_assert_cmpint (paraat_due_fixed (2026, 13, 1, tz), ==, 0);
}

#define ITEM(id_, text_, classes_, phase_, offset_) \
  { .id = id_, .position = id_, .text = (char *) text_, .classes = (char *) classes_, \
    .phase = PARAAT_TASK_PHASE_##phase_, .offset_minutes = offset_ }

static void
test_instantiate (void)
{
  ParaatTemplateItem items[] = {
    ITEM (1, "Aanmelding evenementenkalender", "BC", BEFORE, 0),
    ITEM (2, "Vergunningaanvraag ontvangen", "BC", BEFORE, -16 * WEEK),
    ITEM (3, "Ontvankelijkheidstoets", "BC", BEFORE, 5 * DAY),
    ITEM (4, "Multidisciplinair adviesoverleg", "C", BEFORE, -8 * WEEK),
    ITEM (5, "Integrale schouw", "C", BEFORE, -120),
    ITEM (6, "Veiligheidsoverleg", "C", DURING, 0),
    ITEM (7, "Evaluatie", "*", AFTER, 4 * WEEK),
  };
  gint64 starts = at (2026, 6, 27, 12, 0), ends = at (2026, 6, 28, 23, 0);
  g_autoptr (GArray) c_tasks = NULL;
  g_autoptr (GArray) b_tasks = NULL;
  g_autoptr (GArray) a_tasks = NULL;
  g_autoptr (GError) error = NULL;

  items[0].fixed = TRUE;
  items[0].fixed_month = 10;
  items[0].fixed_day = 1;
  items[0].year_offset = -1;
  items[2].after_item_id = 2;
  items[2].working_days = TRUE;

  c_tasks = paraat_checklist_instantiate (items, G_N_ELEMENTS (items), PARAAT_RISK_CLASS_C, starts, ends, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c_tasks->len, ==, 7);
  /* By due moment: the registration of last October comes first. */
  g_assert_cmpstr (g_array_index (c_tasks, ParaatEventTask, 0).text, ==, "Aanmelding evenementenkalender");
  assert_local (g_array_index (c_tasks, ParaatEventTask, 0).due_at, "2025-10-01 23:59 Wed");
  assert_local (g_array_index (c_tasks, ParaatEventTask, 1).due_at, "2026-03-07 12:00 Sat");
  /* Five working days after the application (a Saturday): the next Friday. */
  g_assert_cmpstr (g_array_index (c_tasks, ParaatEventTask, 2).text, ==, "Ontvankelijkheidstoets");
  assert_local (g_array_index (c_tasks, ParaatEventTask, 2).due_at, "2026-03-13 12:00 Fri");
  g_assert_cmpint (g_array_index (c_tasks, ParaatEventTask, 2).template_item_id, ==, 3);
  g_assert_cmpint (g_array_index (c_tasks, ParaatEventTask, 6).status, ==, PARAAT_TASK_OPEN);
  /* Four weeks after the end. */
  assert_local (g_array_index (c_tasks, ParaatEventTask, 6).due_at, "2026-07-26 23:00 Sun");

  /* B gets the items for B and for every class; A only those for every class. */
  b_tasks = paraat_checklist_instantiate (items, G_N_ELEMENTS (items), PARAAT_RISK_CLASS_B, starts, ends, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b_tasks->len, ==, 4);
  a_tasks = paraat_checklist_instantiate (items, G_N_ELEMENTS (items), PARAAT_RISK_CLASS_A, starts, ends, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a_tasks->len, ==, 1);
  /* A class not known yet gets only what is for every class. */
  g_assert_false (paraat_class_applies ("ABC", PARAAT_RISK_CLASS_UNKNOWN));
  g_assert_true (paraat_class_applies ("*", PARAAT_RISK_CLASS_UNKNOWN));
}

static void
test_bad_templates (void)
{
  ParaatTemplateItem cycle[] = {
    ITEM (1, "Eén", "BC", BEFORE, -DAY),
    ITEM (2, "Twee", "BC", BEFORE, -DAY),
    ITEM (3, "Drie", "BC", BEFORE, -DAY),
  };
  ParaatTemplateItem late[] = { ITEM (1, "Vergunning verleend", "BC", BEFORE, 2 * DAY) };
  ParaatTemplateItem early[] = { ITEM (1, "Evaluatie", "BC", AFTER, -DAY) };
  ParaatTemplateItem no_class[] = { ITEM (1, "Iets", "", BEFORE, -DAY) };
  ParaatTemplateItem wrong_class[] = { ITEM (1, "Iets", "BX", BEFORE, -DAY) };
  ParaatTemplateItem blank[] = { ITEM (1, "  ", "B", BEFORE, -DAY) };
  ParaatTemplateItem stranger[] = { ITEM (1, "Volgt niets", "B", BEFORE, -DAY) };
  ParaatTemplateItem bad_date[] = { ITEM (1, "31 februari", "B", BEFORE, 0) };
  ParaatTemplateItem self_loop[] = { ITEM (1, "Zichzelf", "B", BEFORE, -DAY) };
  /* Evaluation on a fixed date that falls while the event lasts. */
  ParaatTemplateItem clean_up[] = { ITEM (1, "Evaluatie", "*", AFTER, 0) };
  gint64 starts = at (2026, 8, 19, 14, 0), ends = at (2026, 8, 23, 23, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) tasks = NULL;

  cycle[0].after_item_id = 3;
  cycle[1].after_item_id = 1;
  cycle[2].after_item_id = 2;
  g_assert_false (paraat_checklist_validate (cycle, G_N_ELEMENTS (cycle), &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_CYCLE);
  g_clear_error (&error);
  self_loop[0].after_item_id = 1;
  g_assert_false (paraat_checklist_validate (self_loop, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_CYCLE);
  g_clear_error (&error);

  g_assert_false (paraat_checklist_validate (late, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (paraat_checklist_validate (early, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE);
  g_clear_error (&error);
  g_assert_false (paraat_checklist_validate (no_class, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (paraat_checklist_validate (wrong_class, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (paraat_checklist_validate (blank, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
  g_clear_error (&error);
  stranger[0].after_item_id = 42;
  g_assert_false (paraat_checklist_validate (stranger, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);
  bad_date[0].fixed = TRUE;
  bad_date[0].fixed_month = 2;
  bad_date[0].fixed_day = 31;
  g_assert_false (paraat_checklist_validate (bad_date, 1, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
  g_clear_error (&error);

  clean_up[0].fixed = TRUE;
  clean_up[0].fixed_month = 8;
  clean_up[0].fixed_day = 21;
  /* Valid as a template, but not for an event still running on 21 August. */
  g_assert_true (paraat_checklist_validate (clean_up, 1, NULL));
  tasks = paraat_checklist_instantiate (clean_up, 1, PARAAT_RISK_CLASS_B, starts, ends, tz, &error);
  g_assert_null (tasks);
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_PHASE);
  g_test_message ("%s", error->message);
}

static void
test_move (void)
{
  /* Koningsdag 2026 (Monday 27 April, 06:00) moved to Saturday 25 April, 07:00. */
  gint64 old_start = at (2026, 4, 27, 6, 0), new_start = at (2026, 4, 25, 7, 0);

  /* T-12 weeks, in winter time: two days earlier, an hour later. */
  assert_local (paraat_due_move (at (2026, 2, 2, 6, 0), old_start, new_start, tz), "2026-01-31 07:00 Sat");
  assert_local (paraat_due_move (at (2026, 4, 27, 5, 30), old_start, new_start, tz), "2026-04-25 06:30 Sat");
  /* Into another year. */
  assert_local (paraat_due_move (at (2026, 1, 1, 10, 0), at (2026, 1, 5, 10, 0), at (2026, 1, 2, 10, 0), tz),
                "2025-12-29 10:00 Mon");
  /* Not moving is the identity. */
  g_assert_cmpint (paraat_due_move (12345678, old_start, old_start, tz), ==, 12345678);
}

static ParaatScanForm *
scan_form (void)
{
  ParaatScanForm *form = paraat_scan_form_new ();
  ParaatScanQuestion questions[] = {
    { 1, 1, g_strdup ("audience"), g_strdup ("Bezoekers tegelijk") },
    { 2, 2, g_strdup ("activity"), g_strdup ("Alcohol") },
  };
  ParaatScanOption options[] = {
    { 11, 1, 1, g_strdup ("tot 250"), 0, PARAAT_RISK_CLASS_UNKNOWN },
    { 12, 1, 2, g_strdup ("250–2.000"), 4, PARAAT_RISK_CLASS_UNKNOWN },
    { 13, 1, 3, g_strdup ("2.000–10.000"), 8, PARAAT_RISK_CLASS_UNKNOWN },
    { 14, 1, 4, g_strdup ("meer dan 10.000"), 12, PARAAT_RISK_CLASS_C },
    { 21, 2, 1, g_strdup ("nee"), 0, PARAAT_RISK_CLASS_UNKNOWN },
    { 22, 2, 2, g_strdup ("ja"), 3, PARAAT_RISK_CLASS_B },
  };

  g_array_append_vals (form->questions, questions, G_N_ELEMENTS (questions));
  g_array_append_vals (form->options, options, G_N_ELEMENTS (options));
  form->threshold[0] = 4;   /* A */
  form->threshold[1] = 8;   /* B */
  form->threshold[2] = 14;  /* C */
  return form;
}

static ParaatRiskClass
scan (const ParaatScanForm *form,
      gint64                a,
      gint64                b,
      GPtrArray            *reasons)
{
  gint64 answers[] = { a, b };
  ParaatRiskClass klass = PARAAT_RISK_CLASS_UNKNOWN;
  g_autoptr (GError) error = NULL;

  g_assert_true (paraat_risk_scan (form, answers, 2, &klass, NULL, reasons, &error));
  g_assert_no_error (error);
  return klass;
}

static void
test_risk_scan (void)
{
  g_autoptr (ParaatScanForm) form = scan_form ();
  g_autoptr (GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  gint64 twice[] = { 11, 12 };
  gint64 unknown[] = { 11, 99 };
  gint64 one[] = { 11 };
  int points = 0;

  /* Each class boundary: 3 points is 0, 4 is A, 7 is A, 8 is B, 13 B, 14 C. */
  g_assert_cmpint (scan (form, 11, 21, NULL), ==, PARAAT_RISK_CLASS_0);
  g_assert_cmpint (scan (form, 12, 21, NULL), ==, PARAAT_RISK_CLASS_A);
  g_assert_cmpint (scan (form, 13, 21, NULL), ==, PARAAT_RISK_CLASS_B);
  form->threshold[1] = 9;
  g_assert_cmpint (scan (form, 13, 21, NULL), ==, PARAAT_RISK_CLASS_A);
  form->threshold[1] = 8;
  form->threshold[2] = 11;
  g_assert_cmpint (scan (form, 13, 22, NULL), ==, PARAAT_RISK_CLASS_C);
  form->threshold[2] = 12;
  g_assert_cmpint (scan (form, 13, 22, NULL), ==, PARAAT_RISK_CLASS_B);
  form->threshold[2] = 14;

  /* Alcohol asks at least B even with few visitors; the reasons say so. */
  g_assert_cmpint (scan (form, 11, 22, reasons), ==, PARAAT_RISK_CLASS_B);
  g_assert_cmpuint (reasons->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (reasons, 1), "Alcohol"));
  /* More than 10,000 visitors is C whatever the points. */
  g_assert_cmpint (scan (form, 14, 21, NULL), ==, PARAAT_RISK_CLASS_C);

  g_assert_false (paraat_risk_scan (form, twice, 2, NULL, &points, NULL, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN);
  g_clear_error (&error);
  g_assert_false (paraat_risk_scan (form, unknown, 2, NULL, &points, NULL, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN);
  g_clear_error (&error);
  g_assert_false (paraat_risk_scan (form, one, 1, NULL, &points, NULL, &error));
  g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_SCAN);
  g_assert_nonnull (strstr (error->message, "Alcohol"));
}

static char *
day_text (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

#define assert_day(day, expected) \
  G_STMT_START { g_autofree char *text_ = day_text (day); g_assert_cmpstr (text_, ==, expected); } G_STMT_END

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static void
test_programme_dates (void)
{
  /* 27 April 2025 and 2031 are Sundays: Koningsdag is the 26th. */
  assert_day (paraat_koningsdag (2025), "2025-04-26");
  assert_day (paraat_koningsdag (2026), "2026-04-27");
  assert_day (paraat_koningsdag (2031), "2031-04-26");
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_KONINGSDAG, julian (2030, 4, 27), 1), "2031-04-26");

  /* The same ISO week and weekday: Saturday of week 26. */
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_WEEK, julian (2026, 6, 27), 1), "2027-07-03");
  /* Week 53 of 2026 has no match in 2027: week 52. */
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_WEEK, julian (2026, 12, 31), 1), "2027-12-30");
  /* 1 January 2027 is in ISO week 53 of 2026. */
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_WEEK, julian (2027, 1, 1), 1), "2027-12-31");

  /* The same calendar day; 29 February becomes the 28th. */
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_DATE, julian (2026, 12, 31), 1), "2027-12-31");
  assert_day (paraat_anchor_move_years (PARAAT_ANCHOR_DATE, julian (2028, 2, 29), 1), "2029-02-28");
}

static void
test_due_spec (void)
{
  ParaatTemplateItem item = { 0 };
  g_autofree char *key = NULL;
  g_autoptr (GError) error = NULL;
  const char *bad[] = { "", "T-16", "T16w", "X-1d", "F:02-30", "F:13-01", "F:10-01:X", "K:+1d", "T-1y" };

  g_assert_true (paraat_due_spec_parse ("T-16w", &item, NULL, &error));
  g_assert_cmpint (item.offset_minutes, ==, -16 * WEEK);
  g_assert_true (paraat_due_spec_parse ("T - 1d - 2h", &item, NULL, &error));
  g_assert_cmpint (item.offset_minutes, ==, -DAY - 120);
  g_assert_true (paraat_due_spec_parse ("T", &item, NULL, &error));
  g_assert_cmpint (item.offset_minutes, ==, 0);
  g_assert_true (paraat_due_spec_parse ("F:10-01:Y-1", &item, NULL, &error));
  g_assert_true (item.fixed);
  g_assert_cmpint (item.fixed_month, ==, 10);
  g_assert_cmpint (item.fixed_day, ==, 1);
  g_assert_cmpint (item.year_offset, ==, -1);
  g_assert_true (paraat_due_spec_parse ("F:12-31", &item, NULL, &error));
  g_assert_cmpint (item.year_offset, ==, 0);
  g_assert_true (paraat_due_spec_parse ("K:4C+5wd", &item, &key, &error));
  g_assert_false (item.fixed);
  g_assert_cmpstr (key, ==, "4C");
  g_assert_true (item.working_days);
  g_assert_cmpint (item.offset_minutes, ==, 5 * DAY);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (paraat_due_spec_parse (bad[i], &item, &key, &error));
      g_assert_error (error, PARAAT_CHECKLIST_ERROR, PARAAT_CHECKLIST_ERROR_INVALID);
      g_clear_error (&error);
    }
}

/* Due rules written back as text read the same, and read out in words. */
static void
test_due_spec_format (void)
{
  const char *specs[] = { "T-16w", "T-1d", "T-2h", "T+4w", "T", "T-1d-2h", "T+90m", "F:10-01:Y-1", "F:06-30", "F:01-15:Y+1" };
  struct { const char *spec; int phase; gint64 after; const char *words; } described[] = {
    { "T-16w", PARAAT_TASK_PHASE_BEFORE, 0, "16 weeks before the start" },
    { "T-1d", PARAAT_TASK_PHASE_BEFORE, 0, "1 day before the start" },
    { "T-2h", PARAAT_TASK_PHASE_BEFORE, 0, "2 hours before the start" },
    { "T+4w", PARAAT_TASK_PHASE_AFTER, 0, "4 weeks after the end" },
    { "T", PARAAT_TASK_PHASE_DURING, 0, "When the event starts" },
    { "T+1d+2h", PARAAT_TASK_PHASE_DURING, 0, "1 day, 2 hours after the start" },
    { "F:10-01:Y-1", PARAAT_TASK_PHASE_BEFORE, 0, "1 October of the year before" },
    { "T+5wd", PARAAT_TASK_PHASE_BEFORE, 7, "5 working days after “Aanvraag”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      ParaatTemplateItem item = { 0 }, again = { 0 };
      g_autofree char *text = NULL;

      g_assert_true (paraat_due_spec_parse (specs[i], &item, NULL, NULL));
      text = paraat_due_spec_format (&item);
      g_assert_true (paraat_due_spec_parse (text, &again, NULL, NULL));
      g_assert_cmpint (item.fixed, ==, again.fixed);
      g_assert_cmpint (item.offset_minutes, ==, again.offset_minutes);
      g_assert_cmpint (item.fixed_month, ==, again.fixed_month);
      g_assert_cmpint (item.fixed_day, ==, again.fixed_day);
      g_assert_cmpint (item.year_offset, ==, again.year_offset);
    }
  for (guint i = 0; i < G_N_ELEMENTS (described); i++)
    {
      ParaatTemplateItem item = { 0 };
      g_autofree char *words = NULL;
      g_autofree char *spec = NULL;

      g_assert_true (paraat_due_spec_parse (described[i].spec, &item, NULL, NULL));
      item.phase = described[i].phase;
      item.after_item_id = described[i].after;
      words = paraat_due_describe (&item, "Aanvraag");
      g_assert_cmpstr (words, ==, described[i].words);
      /* Following an item, the text is only the offset from it. */
      spec = paraat_due_spec_format (&item);
      if (item.after_item_id != 0)
        g_assert_cmpstr (spec, ==, "+5wd");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_assert_nonnull (tz);

  g_test_add_func ("/checklist/offsets-across-dst", test_offsets_across_dst);
  g_test_add_func ("/checklist/working-days", test_working_days);
  g_test_add_func ("/checklist/fixed-dates", test_fixed_dates);
  g_test_add_func ("/checklist/instantiate", test_instantiate);
  g_test_add_func ("/checklist/bad-templates", test_bad_templates);
  g_test_add_func ("/checklist/move", test_move);
  g_test_add_func ("/checklist/risk-scan", test_risk_scan);
  g_test_add_func ("/checklist/programme-dates", test_programme_dates);
  g_test_add_func ("/checklist/due-spec", test_due_spec);
  g_test_add_func ("/checklist/due-spec-format", test_due_spec_format);
  return g_test_run ();
}
