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
#include <errno.h>
#include <stdio.h>
#include <sys/socket.h>
#include <string.h>

#include "feed/paraat-feed.h"
#include "feed/paraat-feed-server.h"
#include "feed/paraat-feed-token.h"

#define FEED_PREFIX "/feed/"
/* How often, at most, the database is asked whether it changed: a change
 * shows within this time, and a busy server does not ask per request. */
#define CHECK_INTERVAL_USEC (200 * 1000)
#define FEED_SUFFIX ".ics"

/* What a feed served last: kept across rebuilds so that an unchanged feed
 * keeps its ETag and Last-Modified. */
typedef struct
{
  GBytes *body;        /* NULL until made from the current facts */
  char   *etag;
  gint64  since;       /* when this ETag was first served */
  char   *modified;    /* since, as an HTTP date */
} Served;

static void
served_free (gpointer data)
{
  Served *served = data;

  g_clear_pointer (&served->body, g_bytes_unref);
  g_free (served->etag);
  g_free (served->modified);
  g_free (served);
}

/* A thread with a server of its own on the shared port (SO_REUSEPORT: the
 * kernel spreads the connections), so every core answers requests. */
typedef struct
{
  ParaatFeedServer *server;
  GSocket          *socket;
  GMainContext     *context;
  GMainLoop        *loop;
  GThread          *thread;
} Worker;

struct _ParaatFeedServer
{
  GMutex         lock;         /* everything below, the store included */
  GPtrArray     *workers;
  ParaatStore   *store;
  ParaatFeedSet *set;
  gint64         data_version;
  gint64         checked_at;   /* monotonic */
  gint64         built_hour;
  GString       *log;          /* lines not yet written */
  guint          flush_id;
  gint64         stamp_second;
  char           stamp[32];
  GHashTable    *served;       /* feed id → Served */
  guint          port;
};

static gboolean flush_log_cb (gpointer data);

ParaatFeedServer *
paraat_feed_server_new (ParaatStore *store)
{
  ParaatFeedServer *self = g_new0 (ParaatFeedServer, 1);

  self->store = g_object_ref (store);
  self->data_version = -1;
  self->served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, served_free);
  self->log = g_string_sized_new (64 * 1024);
  self->workers = g_ptr_array_new ();
  g_mutex_init (&self->lock);
  return self;
}

void
paraat_feed_server_free (ParaatFeedServer *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->workers->len; i++)
    {
      Worker *worker = g_ptr_array_index (self->workers, i);

      if (worker->thread != NULL)
        {
          g_main_loop_quit (worker->loop);
          g_thread_join (worker->thread);
        }
      g_clear_pointer (&worker->loop, g_main_loop_unref);
      g_clear_pointer (&worker->context, g_main_context_unref);
      g_clear_object (&worker->socket);
      g_free (worker);
    }
  g_ptr_array_unref (self->workers);
  if (self->flush_id != 0)
    {
      g_source_remove (self->flush_id);
      flush_log_cb (self);
    }
  g_string_free (self->log, TRUE);
  g_clear_pointer (&self->set, paraat_feed_set_free);
  g_clear_pointer (&self->served, g_hash_table_unref);
  g_clear_object (&self->store);
  g_mutex_clear (&self->lock);
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
  gint64 monotonic = g_get_monotonic_time ();
  gint64 version;
  GHashTableIter iter;
  gpointer value;

  if (self->set != NULL && monotonic - self->checked_at < CHECK_INTERVAL_USEC && now / 3600 == self->built_hour)
    return TRUE;
  version = paraat_store_get_data_version (self->store, error);
  if (version < 0)
    return FALSE;
  self->checked_at = monotonic;
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
      g_autoptr (GDateTime) since = g_date_time_new_from_unix_utc (now);

      g_free (served->etag);
      served->etag = g_steal_pointer (&etag);
      served->since = now;
      g_free (served->modified);
      served->modified = soup_date_time_to_string (since, SOUP_DATE_HTTP);
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

static gboolean
flush_log_cb (gpointer data)
{
  ParaatFeedServer *self = data;

  g_mutex_lock (&self->lock);
  self->flush_id = 0;
  fwrite (self->log->str, 1, self->log->len, stdout);
  fflush (stdout);
  g_string_truncate (self->log, 0);
  g_mutex_unlock (&self->lock);
  return G_SOURCE_REMOVE;
}

/* One line per request, written out in batches (at the latest a tenth of a
 * second later): a busy server writes no line per request. */
static void
log_request (ParaatFeedServer  *self,
             SoupServerMessage *message,
             const char        *method,
             const char        *path,
             guint              status,
             gsize              bytes,
             gint64             started)
{
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;
  const char *host = soup_server_message_get_remote_host (message);
  /* Never the token: a log is read by more people than the feed. */
  const char *shown = g_str_has_prefix (path, FEED_PREFIX) ? FEED_PREFIX "…" : "(other)";

  if (second != self->stamp_second)
    {
      g_autoptr (GDateTime) now = g_date_time_new_from_unix_utc (second);
      g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      g_strlcpy (self->stamp, stamp, sizeof self->stamp);
      self->stamp_second = second;
    }
  g_string_append_printf (self->log, "%s %s %s %s %u %" G_GSIZE_FORMAT " %" G_GINT64_FORMAT "us\n", self->stamp,
                          host != NULL ? host : "-", method, shown, status, bytes, g_get_monotonic_time () - started);
  /* On the main context: the workers' loops may stop before it runs. */
  if (self->flush_id == 0)
    {
      GSource *source = g_timeout_source_new (100);

      g_source_set_callback (source, flush_log_cb, self, NULL);
      self->flush_id = g_source_attach (source, NULL);
      g_source_unref (source);
    }
}

static void
handle_locked (SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               ParaatFeedServer  *self)
{
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
      log_request (self, message, method, path, SOUP_STATUS_METHOD_NOT_ALLOWED, 0, started);
      return;
    }

  token = path_token (path);
  if (token == NULL || query != NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      log_request (self, message, method, path, SOUP_STATUS_NOT_FOUND, 0, started);
      return;
    }

  if (!refresh (self, now, &error))
    {
      g_printerr ("paraatctl serve: %s\n", error->message);
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      log_request (self, message, method, path, SOUP_STATUS_SERVICE_UNAVAILABLE, 0, started);
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
      log_request (self, message, method, path, SOUP_STATUS_NOT_FOUND, 0, started);
      return;
    }

  soup_message_headers_replace (headers, "ETag", served->etag);
  soup_message_headers_replace (headers, "Last-Modified", served->modified);
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
  log_request (self, message, method, path, status, bytes, started);
}

static void
handle (SoupServer        *soup,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  ParaatFeedServer *self = user_data;

  /* Answering from the cache takes microseconds; one request at a time
   * keeps the store (one SQLite connection) and the cache simple. */
  g_mutex_lock (&self->lock);
  handle_locked (message, path, query, self);
  g_mutex_unlock (&self->lock);
}

static gpointer
worker_main (gpointer data)
{
  Worker *worker = data;
  g_autoptr (SoupServer) soup = NULL;
  g_autoptr (GError) error = NULL;

  g_main_context_push_thread_default (worker->context);
  soup = soup_server_new ("server-header", "Paraat", NULL);
  soup_server_add_handler (soup, NULL, handle, worker->server, NULL);
  if (!soup_server_listen_socket (soup, worker->socket, 0, &error))
    g_printerr ("paraatctl serve: %s\n", error->message);
  else
    g_main_loop_run (worker->loop);
  soup_server_disconnect (soup);
  g_main_context_pop_thread_default (worker->context);
  return NULL;
}

static GSocket *
listening_socket (GSocketAddress  *address,
                  GError         **error)
{
  g_autoptr (GSocket) socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                                             G_SOCKET_PROTOCOL_TCP, error);

  struct sockaddr_storage native;
  gsize length = g_socket_address_get_native_size (address);

  if (socket == NULL ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEADDR, 1, error) ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEPORT, 1, error) ||
      !g_socket_address_to_native (address, &native, sizeof native, error))
    return NULL;
  /* Bound here rather than by g_socket_bind(), which turns SO_REUSEPORT off
   * again for anything but UDP. */
  if (bind (g_socket_get_fd (socket), (struct sockaddr *) &native, (socklen_t) length) != 0)
    {
      int saved = errno;
      g_autofree char *where = g_socket_connectable_to_string (G_SOCKET_CONNECTABLE (address));

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not listen on %s: %s"), where, g_strerror (saved));
      return NULL;
    }
  if (!g_socket_listen (socket, error))
    return NULL;
  return g_steal_pointer (&socket);
}

gboolean
paraat_feed_server_listen (ParaatFeedServer  *self,
                           const char        *address,
                           guint              port,
                           GError           **error)
{
  g_autoptr (GSocketAddress) socket_address = NULL;
  guint n_workers = CLAMP (g_get_num_processors (), 1, 8);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->workers->len == 0, FALSE);

  socket_address = g_inet_socket_address_new_from_string (address, port);
  if (socket_address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an IP address to listen on."), address);
      return FALSE;
    }

  for (guint i = 0; i < n_workers; i++)
    {
      Worker *worker = g_new0 (Worker, 1);

      worker->server = self;
      g_ptr_array_add (self->workers, worker);
      worker->socket = listening_socket (socket_address, error);
      if (worker->socket == NULL)
        return FALSE;
      if (i == 0)
        {
          /* Port 0 picked a free one: the other workers share it. */
          g_autoptr (GSocketAddress) bound = g_socket_get_local_address (worker->socket, error);

          if (bound == NULL)
            return FALSE;
          self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
          g_clear_object (&socket_address);
          socket_address = g_inet_socket_address_new (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (bound)),
                                                      self->port);
        }
    }

  for (guint i = 0; i < self->workers->len; i++)
    {
      Worker *worker = g_ptr_array_index (self->workers, i);

      worker->context = g_main_context_new ();
      worker->loop = g_main_loop_new (worker->context, FALSE);
      worker->thread = g_thread_new ("paraat-serve", worker_main, worker);
    }
  return TRUE;
}

guint
paraat_feed_server_get_port (ParaatFeedServer *self)
{
  return self->port;
}
