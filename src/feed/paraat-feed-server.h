/* paraat-feed-server.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Serves the calendar feeds over HTTP: GET (and HEAD) /feed/<token>.ics
 * answers the feed made from the current database, with ETag and
 * Last-Modified, 304 when the client has it already; 404 without detail for
 * an unknown or revoked token and for every other path; 405 for other
 * methods. Reads the database read-only (the desktop application keeps
 * editing it) and makes a feed again only when the database changed or the
 * hour turned. Logs one line per request, never with the token. */
typedef struct _ParaatFeedServer ParaatFeedServer;

/* @store should be opened read-only. */
ParaatFeedServer *paraat_feed_server_new    (ParaatStore       *store);
void              paraat_feed_server_free   (ParaatFeedServer  *self);
/* Listens on @address (an IP address) and @port (0: any free port). */
gboolean          paraat_feed_server_listen (ParaatFeedServer  *self,
                                             const char        *address,
                                             guint              port,
                                             GError           **error);
/* The port listened on. */
guint             paraat_feed_server_get_port (ParaatFeedServer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatFeedServer, paraat_feed_server_free)

G_END_DECLS
