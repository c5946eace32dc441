/* paraat-duty-section.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The "Extra Piket" section of an event's window: the piket the event asks
 * on top of the roster (a 2nd OvD-Bz, communications on standby), who fills
 * each, a dialog to ask more, and removing with undo (the toast shows in
 * the overlay around @toasts). @refresh rebuilds @window after a change. */
typedef void (*ParaatDutyRefreshFunc) (GtkWindow *window);

void       paraat_duty_section_fill   (AdwPreferencesPage   *page,
                                       GPtrArray            *groups,
                                       GtkWindow            *window,
                                       GtkWidget            *toasts,
                                       ParaatStore          *store,
                                       GTimeZone            *tz,
                                       ParaatEvent          *event,
                                       ParaatDutyRefreshFunc refresh);

/* The "Request Extra Piket" dialog for the event of @window (as the
 * section's button opens it). */
GtkWindow *paraat_duty_dialog_new     (GtkWindow            *window,
                                       ParaatStore          *store,
                                       GTimeZone            *tz,
                                       ParaatEvent          *event,
                                       ParaatDutyRefreshFunc refresh);
/* Fills the dialog's fields as a user would (NULL leaves one as it is;
 * @function_code selects the function, @line 0 keeps the line), and
 * whether it may be saved now. */
gboolean   paraat_duty_dialog_fill    (GtkWindow            *dialog,
                                       const char           *function_code,
                                       int                   line,
                                       const char           *from_date,
                                       const char           *from_time,
                                       const char           *until_date,
                                       const char           *until_time,
                                       const char           *note);
/* The problem shown at the dialog's rows or in its text, or NULL. */
const char *paraat_duty_dialog_get_problem (GtkWindow       *dialog);
/* Removes the event's @index-th request as its button does (with a toast
 * to undo it). */
gboolean   paraat_duty_section_remove (GtkWindow            *window,
                                       guint                 index);

G_END_DECLS
