/* paraat-checklist-rules.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-checklist.h"

G_BEGIN_DECLS

/* The rules of event safety, pure: when checklist items fall due, which
 * items a class gets, what moving an event does to its tasks, the risk
 * scan, and the dates of the yearly programmes. Wall-clock rules are
 * evaluated in @tz. */

/* @from moved by @offset_minutes: whole days (of 1440 minutes) move the
 * local calendar day and keep the local time (so a week before a date in
 * summer time is at the same clock time in winter time), the rest is
 * elapsed time. With @working_days, the whole days count Monday–Friday. */
gint64   paraat_due_shift               (gint64                    from,
                                         gint64                    offset_minutes,
                                         gboolean                  working_days,
                                         GTimeZone                *tz);

/* The end (23:59 local time) of @month/@day in @year; 29 February in a
 * year without it is the 28th. 0 for a month or day that never exists. */
gint64   paraat_due_fixed               (int                       year,
                                         int                       month,
                                         int                       day,
                                         GTimeZone                *tz);

/* Whether an item for @classes ("ABC", "C", "*" for every class and
 * programmes) applies to an event of @klass. */
gboolean paraat_class_applies           (const char               *classes,
                                         ParaatRiskClass           klass);

/* When @item falls due, in words for a person: "16 weeks before the
 * start", "1 October of the year before", "5 working days after
 * “@after_text”" (for an item that follows another). Translated. */
char    *paraat_due_describe            (const ParaatTemplateItem *item,
                                         const char               *after_text);

/* The tasks an event of @klass from @starts_at to @ends_at gets from a
 * template (offsets of items for after the event count from @ends_at): ParaatEventTask (open, with texts copied, event_id 0), by due
 * moment. Fails (PARAAT_CHECKLIST_ERROR_PHASE) when an item would fall due
 * outside its phase for this event: a preparation after it starts, an
 * evaluation before it ends, an item of the day outside the event. */
GArray  *paraat_checklist_instantiate   (const ParaatTemplateItem *items,
                                         guint                     n_items,
                                         ParaatRiskClass           klass,
                                         gint64                    starts_at,
                                         gint64                    ends_at,
                                         GTimeZone                *tz,
                                         GError                  **error);

/* Where a task due at @due goes when its event's start moves from
 * @old_start to @new_start: as many local calendar days as the first day
 * moved, at its own clock time, plus the change in the start's clock time. */
gint64   paraat_due_move                (gint64                    due,
                                         gint64                    old_start,
                                         gint64                    new_start,
                                         GTimeZone                *tz);

/* The risk scan: @answers (one option id per question) against @form. The
 * class is the one the points reach (below the A threshold: 0), raised to
 * the highest minimum an answer demands; @reasons (if not NULL) gets one
 * translated line per cause. Fails (PARAAT_CHECKLIST_ERROR_SCAN) for an
 * unknown option, a question answered twice or not at all. */
gboolean paraat_risk_scan               (const ParaatScanForm     *form,
                                         const gint64             *answers,
                                         guint                     n_answers,
                                         ParaatRiskClass          *klass,
                                         int                      *points,
                                         GPtrArray                *reasons,
                                         GError                  **error);

/* "A", "B", … or "–" for unknown. */
const char *paraat_risk_class_label     (ParaatRiskClass           klass);

/* Koningsdag in @year as a GDate Julian day. */
guint32  paraat_koningsdag              (int                       year);

/* The day (Julian) that @day becomes @years later under @anchor. */
guint32  paraat_anchor_move_years       (ParaatDateAnchor          anchor,
                                         guint32                   day,
                                         int                       years);

G_END_DECLS
