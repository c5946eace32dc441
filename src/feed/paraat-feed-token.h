/* paraat-feed-token.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Feed tokens: the unguessable part of a feed's URL. A token is 128 bits from
 * the operating system's random source, written as 32 lower-case hex digits;
 * the database keeps only its SHA-256 hash, so a copy of the database does
 * not reveal the URLs. */

#define PARAAT_FEED_TOKEN_LENGTH 32

/* A new token, or NULL with a G_IO_ERROR when the OS random source fails. */
char     *paraat_feed_token_new      (GError     **error);
/* The SHA-256 of @token as 64 lower-case hex digits. */
char     *paraat_feed_token_hash     (const char  *token);
/* TRUE when @text has the shape of a token (before any database lookup). */
gboolean  paraat_feed_token_is_valid (const char  *text);

G_END_DECLS
