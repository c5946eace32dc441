/* paraat-demo.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The demo organisation "Gemeente Voorbeeld" (DOMAIN.md §6), shipped as data in
 * data/demo/ and compiled into the store library as a resource. The data is
 * written for 2026; @year moves sessions to the same ISO week and weekday of
 * @year, and fixed-date events (Koningsdag, jaarwisseling) to the same day.
 * Everything is written through the store API in one batch: on failure nothing
 * is left behind. Fails with PARAAT_STORE_ERROR_INVALID when @store already
 * holds an organisation. */
gboolean paraat_demo_load (ParaatStore *store,
                           int          year,
                           GError     **error);

/* Creates the database @path with the demo organisation. When @path exists
 * and already holds an organisation, fails with PARAAT_STORE_ERROR_INVALID;
 * when loading fails, a file this call created is removed again, so nothing
 * half-written stays behind. */
ParaatStore *paraat_demo_create (const char *path,
                                 int         year,
                                 GError    **error);

/* The checklist templates each demo event's checklist is made from: event
 * id → comma-separated template codes, for the events of the demo found in
 * @store by name. (The checklists themselves need the rules: the event
 * service makes them.) */
GHashTable  *paraat_demo_event_checklists (ParaatStore *store,
                                           GError     **error);

G_END_DECLS
