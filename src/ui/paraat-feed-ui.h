/* paraat-feed-ui.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The calendar feeds in the application: a person's subscription (made,
 * shown once with instructions per calendar program, revoked, exported),
 * the Calendars page of the preferences, and publishing to the configured
 * folder after every change. */

/* A group "Calendar" for the page of a person, function or team: its link
 * (subscribe, new link, revoke) and its export as .ics. */
GtkWidget *paraat_feed_ui_group             (ParaatStore     *store,
                                             ParaatFeedScope  scope,
                                             gint64           scope_id,
                                             const char      *name);
/* Asks where to save the calendar of @scope and @scope_id as .ics, and
 * writes it. */
void       paraat_feed_ui_export            (GtkWidget       *widget,
                                             ParaatStore     *store,
                                             ParaatFeedScope  scope,
                                             gint64           scope_id,
                                             const char      *file_name);
/* Makes a new link (replacing the old one) and shows it once. */
void       paraat_feed_ui_subscribe         (GtkWidget       *widget,
                                             ParaatStore     *store,
                                             ParaatFeedScope  scope,
                                             gint64           scope_id,
                                             const char      *name);
/* The "Calendars" page of the preferences window. */
GtkWidget *paraat_feed_ui_preferences_page  (ParaatStore     *store);
/* Publishes to the publish folder (when one is set) a moment after each
 * change of @store; failures show as a toast around @widget. */
void       paraat_feed_ui_watch             (GtkWidget       *widget,
                                             ParaatStore     *store);

G_END_DECLS
