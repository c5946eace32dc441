/* paraat-event-service.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "planning/paraat-checklist-rules.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Event safety as the application and paraatctl use it: checklists made
 * from templates, events moved with their tasks, the risk scan kept with
 * the event, next year's edition of a yearly event. */

/* The template with @code, or 0 (with @error) when there is none. */
gint64       paraat_event_find_template     (ParaatStore      *store,
                                             const char       *code,
                                             GError          **error);

/* Adds the items of template @template_id that apply to the event's class
 * (every item of a programme's template) to its checklist, in one
 * transaction. Refuses an event-class template for an event without a
 * class ("run the risk scan first") and an event whose dates put an item
 * outside its phase; adds nothing then. Returns how many were added. */
gboolean     paraat_event_add_checklist     (ParaatStore      *store,
                                             GTimeZone        *tz,
                                             gint64            event_id,
                                             gint64            template_id,
                                             guint            *n_added,
                                             GError          **error);

/* Moves @event (already given its new start and end), its open tasks and
 * its extra piket by the same number of days and the same change of clock
 * time; tasks done stay where they were, and who filled an extra piket is
 * taken off (the roster shows it as not yet filled). One transaction. */
gboolean     paraat_event_move              (ParaatStore      *store,
                                             GTimeZone        *tz,
                                             ParaatEvent      *event,
                                             gint64            old_start,
                                             GError          **error);

/* Runs the risk scan with @answers (option ids) and keeps the answers and
 * the class with the event; @reasons gets why. Changes nothing on a wrong
 * answer. */
gboolean     paraat_event_apply_scan        (ParaatStore      *store,
                                             ParaatEvent      *event,
                                             const gint64     *answers,
                                             guint             n_answers,
                                             GPtrArray        *reasons,
                                             GError          **error);

/* Next year's edition of @event_id: its date found by its anchor (the same
 * day, the same ISO week and weekday, or Koningsdag), announced, with a
 * checklist made anew from the templates its checklist came from, and the
 * same extra piket on the same days of the event (not yet filled). */
ParaatEvent *paraat_event_copy_to_next_year (ParaatStore      *store,
                                             GTimeZone        *tz,
                                             gint64            event_id,
                                             GError          **error);

/* The demo's checklists: each demo event's checklist made from its
 * templates; what fell due more than five days before @now is done (so the
 * last few days' items show as overdue). */
gboolean     paraat_event_demo_checklists   (ParaatStore      *store,
                                             gint64            now,
                                             GError          **error);

G_END_DECLS
