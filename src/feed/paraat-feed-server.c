/* paraat-feed-server.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-feed"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "feed/paraat-feed.h"
#include "feed/paraat-feed-server.h"
#include "feed/paraat-feed-token.h"

#define FEED_PREFIX "/feed/"
#define FEED_SUFFIX ".ics"

/* What a feed served last: kept across rebuilds so that an unchanged feed
 * keeps its ETag and Last-Modified. */
typedef struct
{
  GBytes *body;        /* NULL until made from the current facts */
  char   *etag;
  gint64  since;       /* when this ETag was first served */
} Served;

static void
served_free (gpointer data)
{
  Served *served = data;

  g_clear_pointer (&served->body, g_bytes_unref);
  g_free (served->etag);
  g_free (served);
}

struct _ParaatFeedServer
{
  ParaatStore   *store;
  SoupServer    *server;
  ParaatFeedSet *set;
  gint64         data_version;
  gint64         built_hour;
  GHashTable    *served;       /* feed id → Served */
  guint          port;
};

ParaatFeedServer *
paraat_feed_server_new (ParaatStore *store)
{
  ParaatFeedServer *self = g_new0 (ParaatFeedServer, 1);

  self->store = g_object_ref (store);
  self->data_version = -1;
  self->served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, served_free);
  return self;
}

void
paraat_feed_server_free (ParaatFeedServer *self)
{
  if (self == NULL)
    return;
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_pointer (&self->set, paraat_feed_set_free);
  g_clear_pointer (&self->served, g_hash_table_unref);
  g_clear_object (&self->store);
  g_free (self);
}

/* The facts as of now: made again when another connection changed the
 * database, or when the hour turned (the horizon moves, cancelled items
 * expire). FALSE with @error when the database cannot be read. */
static gboolean
refresh (ParaatFeedServer  *self,
         gint64             now,
         GError           **error)
{
  gint64 version = paraat_store_get_data_version (self->store, error);
  GHashTableIter iter;
  gpointer value;

  if (version < 0)
    return FALSE;
  if (self->set != NULL && version == self->data_version && now / 3600 == self->built_hour)
    return TRUE;

  g_clear_pointer (&self->set, paraat_feed_set_free);
  self->set = paraat_feed_set_new (self->store, now, error);
  if (self->set == NULL)
    return FALSE;
  self->data_version = version;
  self->built_hour = now / 3600;

  g_hash_table_iter_init (&iter, self->served);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_clear_pointer (&((Served *) value)->body, g_bytes_unref);
  return TRUE;
}

/* Equal digests, compared in time that does not depend on where they
 * differ. */
static gboolean
digest_equal (const char *a,
              const char *b)
{
  guchar difference = 0;

  for (guint i = 0; i < 64; i++)
    difference |= (guchar) a[i] ^ (guchar) b[i];
  return difference == 0;
}

/* The feed in use whose token hashes to @hash; every feed is compared, so
 * the answer takes as long for a near miss as for a far one. */
static const ParaatFeedRow *
find_feed (ParaatFeedServer *self,
           const char       *hash)
{
  GArray *feeds = paraat_feed_set_get_facts (self->set)->feeds;
  const ParaatFeedRow *found = NULL;

  for (guint i = 0; i < feeds->len; i++)
    {
      const ParaatFeedRow *feed = &g_array_index (feeds, ParaatFeedRow, i);
      gboolean equal = strlen (feed->token_hash) == 64 && digest_equal (feed->token_hash, hash);

      if (equal && feed->revoked_at == 0)
        found = feed;
    }
  return found;
}

/* An ETag over the feed's text without its DTSTAMP lines, which change on
 * every rebuild while nothing a subscriber sees does. */
static char *
make_etag (const char *text,
           gsize       length)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *p = text;
  const char *end = text + length;
  char *etag;

  while (p < end)
    {
      const char *next = memchr (p, '\n', (gsize) (end - p));
      gsize line = next != NULL ? (gsize) (next - p) + 1 : (gsize) (end - p);

      if (!g_str_has_prefix (p, "DTSTAMP:"))
        g_checksum_update (checksum, (const guchar *) p, (gssize) line);
      p += line;
    }
  etag = g_strdup_printf ("\"%.32s\"", g_checksum_get_string (checksum));
  return etag;
}

static const Served *
serve_feed (ParaatFeedServer    *self,
            const ParaatFeedRow *feed,
            gint64               now,
            GError             **error)
{
  Served *served = g_hash_table_lookup (self->served, &feed->id);
  g_autofree char *etag = NULL;
  char *text;
  gsize length = 0;

  if (served != NULL && served->body != NULL)
    return served;

  text = paraat_feed_set_generate (self->set, feed->scope, feed->scope_id, &length, NULL, error);
  if (text == NULL)
    return NULL;
  etag = make_etag (text, length);

  if (served == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = feed->id;
      served = g_new0 (Served, 1);
      g_hash_table_insert (self->served, key, served);
    }
  if (g_strcmp0 (served->etag, etag) != 0)
    {
      g_free (served->etag);
      served->etag = g_steal_pointer (&etag);
      served->since = now;
    }
  served->body = g_bytes_new_take (text, length);
  return served;
}

/* The token of a path "/feed/<token>.ics", or NULL for any other path. */
static char *
path_token (const char *path)
{
  gsize length = strlen (path);
  g_autofree char *token = NULL;

  if (length != strlen (FEED_PREFIX) + PARAAT_FEED_TOKEN_LENGTH + strlen (FEED_SUFFIX) ||
      !g_str_has_prefix (path, FEED_PREFIX) || !g_str_has_suffix (path, FEED_SUFFIX))
    return NULL;
  token = g_strndup (path + strlen (FEED_PREFIX), PARAAT_FEED_TOKEN_LENGTH);
  if (!paraat_feed_token_is_valid (token))
    return NULL;
  return g_steal_pointer (&token);
}

static void
log_request (SoupServerMessage *message,
             const char        *method,
             const char        *path,
             guint              status,
             gsize              bytes,
             gint64             started)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  const char *host = soup_server_message_get_remote_host (message);
  /* Never the token: a log is read by more people than the feed. */
  const char *shown = g_str_has_prefix (path, FEED_PREFIX) ? FEED_PREFIX "…" : "(other)";

  g_print ("%s %s %s %s %u %" G_GSIZE_FORMAT " %.1fms\n", stamp, host != NULL ? host : "-", method, shown,
           status, bytes, (g_get_monotonic_time () - started) / 1000.0);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  ParaatFeedServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  const char *method = soup_server_message_get_method (message);
  gint64 started = g_get_monotonic_time ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr (GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *hash = NULL;
  const ParaatFeedRow *feed;
  const Served *served;
  const char *match;
  guint status;
  gsize bytes = 0;

  if (g_strcmp0 (method, "GET") != 0 && g_strcmp0 (method, "HEAD") != 0)
    {
      soup_message_headers_replace (headers, "Allow", "GET, HEAD");
      soup_server_message_set_status (message, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
      log_request (message, method, path, SOUP_STATUS_METHOD_NOT_ALLOWED, 0, started);
      return;
    }

  token = path_token (path);
  if (token == NULL || query != NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      log_request (message, method, path, SOUP_STATUS_NOT_FOUND, 0, started);
      return;
    }

  if (!refresh (self, now, &error))
    {
      g_printerr ("paraatctl serve: %s\n", error->message);
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      log_request (message, method, path, SOUP_STATUS_SERVICE_UNAVAILABLE, 0, started);
      return;
    }

  hash = paraat_feed_token_hash (token);
  feed = find_feed (self, hash);
  served = feed != NULL ? serve_feed (self, feed, now, &error) : NULL;
  if (served == NULL)
    {
      /* A feed of someone removed since is as unknown as a wrong token. */
      if (error != NULL)
        g_printerr ("paraatctl serve: %s\n", error->message);
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      log_request (message, method, path, SOUP_STATUS_NOT_FOUND, 0, started);
      return;
    }

  soup_message_headers_replace (headers, "ETag", served->etag);
  {
    g_autoptr (GDateTime) since = g_date_time_new_from_unix_utc (served->since);
    g_autofree char *date = soup_date_time_to_string (since, SOUP_DATE_HTTP);

    soup_message_headers_replace (headers, "Last-Modified", date);
  }
  soup_message_headers_replace (headers, "Cache-Control", "private, max-age=300");

  match = soup_message_headers_get_one (soup_server_message_get_request_headers (message), "If-None-Match");
  if (match != NULL && (strstr (match, served->etag) != NULL || g_str_equal (match, "*")))
    {
      status = SOUP_STATUS_NOT_MODIFIED;
      soup_server_message_set_status (message, status, NULL);
    }
  else
    {
      status = SOUP_STATUS_OK;
      soup_server_message_set_status (message, status, NULL);
      soup_message_headers_set_content_type (headers, "text/calendar; charset=utf-8", NULL);
      /* The cached text itself, not a copy of it per request. */
      soup_message_body_append_bytes (soup_server_message_get_response_body (message), served->body);
      bytes = g_bytes_get_size (served->body);
    }
  log_request (message, method, path, status, bytes, started);
}

gboolean
paraat_feed_server_listen (ParaatFeedServer  *self,
                           const char        *address,
                           guint              port,
                           GError           **error)
{
  g_autoptr (GSocketAddress) socket_address = NULL;
  GSList *uris;

  g_return_val_if_fail (self != NULL, FALSE);

  socket_address = g_inet_socket_address_new_from_string (address, port);
  if (socket_address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an IP address to listen on."), address);
      return FALSE;
    }

  self->server = soup_server_new ("server-header", "Paraat", NULL);
  soup_server_add_handler (self->server, NULL, handle, self, NULL);
  if (!soup_server_listen (self->server, socket_address, 0, error))
    return FALSE;

  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    self->port = (guint) g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return TRUE;
}

guint
paraat_feed_server_get_port (ParaatFeedServer *self)
{
  return self->port;
}
