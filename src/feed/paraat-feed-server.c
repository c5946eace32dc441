/* paraat-feed-server.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-feed"

#include "config.h"

#include <glib/gi18n.h>
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
  GHashTable       *connections;  /* Connection*, touched only by this worker */
  char             *date;         /* the Date header of this second */
  gint64            date_second;
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
      g_clear_pointer (&worker->connections, g_hash_table_unref);
      g_free (worker->date);
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

static const char * const http_days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char * const http_months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* "Tue, 01 Dec 2026 22:25:41 GMT", whatever the locale. */
static char *
http_date (gint64 unix_time)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d GMT", http_days[g_date_time_get_day_of_week (dt) - 1],
                          g_date_time_get_day_of_month (dt), http_months[g_date_time_get_month (dt) - 1],
                          g_date_time_get_year (dt), g_date_time_get_hour (dt), g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
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
      g_free (served->modified);
      served->modified = http_date (now);
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
 * second later): a busy server writes no line per request. Called with the
 * lock held. */
static void
log_request (ParaatFeedServer *self,
             const char       *host,
             const char       *method,
             const char       *path,
             guint             status,
             gsize             bytes,
             gint64            started)
{
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;
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

/* What to send back for one request. */
typedef struct
{
  guint   status;
  GBytes *body;       /* the feed, for 200 */
  char   *etag;
  char   *modified;
} Answer;

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->body, g_bytes_unref);
  g_clear_pointer (&answer->etag, g_free);
  g_clear_pointer (&answer->modified, g_free);
}

/* The answer to @method @path: the feed, 304, 404, 405 or 503. Answering
 * from the cache takes microseconds; one request at a time keeps the store
 * (one SQLite connection) and the cache simple. */
static void
answer_request (ParaatFeedServer *self,
                const char       *host,
                const char       *method,
                const char       *path,
                const char       *if_none_match,
                Answer           *answer)
{
  gint64 started = g_get_monotonic_time ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr (GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *hash = NULL;
  const ParaatFeedRow *feed;
  const Served *served = NULL;
  gboolean head = g_str_equal (method, "HEAD");

  g_mutex_lock (&self->lock);
  if (!g_str_equal (method, "GET") && !head)
    answer->status = 405;
  else if ((token = path_token (path)) == NULL)
    answer->status = 404;
  else if (!refresh (self, now, &error))
    {
      g_printerr ("paraatctl serve: %s\n", error->message);
      answer->status = 503;
    }
  else
    {
      hash = paraat_feed_token_hash (token);
      feed = find_feed (self, hash);
      served = feed != NULL ? serve_feed (self, feed, now, &error) : NULL;
      /* A feed of someone removed since is as unknown as a wrong token. */
      if (served == NULL && error != NULL)
        g_printerr ("paraatctl serve: %s\n", error->message);
      answer->status = served == NULL ? 404 : 200;
    }

  if (served != NULL)
    {
      answer->etag = g_strdup (served->etag);
      answer->modified = g_strdup (served->modified);
      if (if_none_match != NULL && (strstr (if_none_match, served->etag) != NULL || g_str_equal (if_none_match, "*")))
        answer->status = 304;
      else
        answer->body = g_bytes_ref (served->body);
    }
  log_request (self, host, method, path, answer->status,
               answer->body != NULL && !head ? g_bytes_get_size (answer->body) : 0, started);
  g_mutex_unlock (&self->lock);
}

/*
 * HTTP/1.1, as much as a feed needs: GET and HEAD of one path, keep-alive
 * and pipelining, nothing else. A request head over 8 kB, a request with a
 * body, or a connection idle for 30 seconds is closed. (libsoup served these
 * at a third of what nginx does on the same machine; this answers from the
 * cache with one writev.)
 */

#define MAX_HEAD          8192
#define IDLE_USEC         (30 * G_USEC_PER_SEC)
#define MAX_CONNECTIONS   4096

typedef struct
{
  Worker     *worker;
  GSocket    *socket;
  char       *host;
  GByteArray *in;
  GString    *head_out;     /* the response head not yet sent */
  GBytes     *body_out;     /* and its body */
  gsize       head_sent;
  gsize       body_sent;
  gboolean    close_after;
  gint64      active_at;    /* monotonic */
  GSource    *read_source;
  GSource    *write_source;
} Connection;

static void
connection_close (Connection *connection)
{
  Worker *worker = connection->worker;

  g_hash_table_remove (worker->connections, connection);
  if (connection->read_source != NULL)
    g_source_destroy (connection->read_source);
  if (connection->write_source != NULL)
    g_source_destroy (connection->write_source);
  g_clear_pointer (&connection->read_source, g_source_unref);
  g_clear_pointer (&connection->write_source, g_source_unref);
  g_socket_close (connection->socket, NULL);
  g_object_unref (connection->socket);
  g_byte_array_unref (connection->in);
  g_string_free (connection->head_out, TRUE);
  g_clear_pointer (&connection->body_out, g_bytes_unref);
  g_free (connection->host);
  g_free (connection);
}

static gboolean connection_readable_cb (GSocket *socket, GIOCondition condition, gpointer data);
static gboolean connection_writable_cb (GSocket *socket, GIOCondition condition, gpointer data);

static void
watch (Connection   *connection,
       GIOCondition  condition)
{
  GSource **slot = condition == G_IO_IN ? &connection->read_source : &connection->write_source;

  if (*slot != NULL)
    return;
  *slot = g_socket_create_source (connection->socket, condition, NULL);
  g_source_set_callback (*slot, (GSourceFunc) (void (*) (void)) (condition == G_IO_IN ? connection_readable_cb
                                                                                      : connection_writable_cb),
                         connection, NULL);
  g_source_attach (*slot, connection->worker->context);
}

static void
unwatch (GSource **slot)
{
  if (*slot == NULL)
    return;
  g_source_destroy (*slot);
  g_clear_pointer (slot, g_source_unref);
}

/* Sends what is pending. FALSE when the connection is gone. */
static gboolean
connection_flush (Connection *connection)
{
  while (connection->head_sent < connection->head_out->len ||
         (connection->body_out != NULL && connection->body_sent < g_bytes_get_size (connection->body_out)))
    {
      GOutputVector vectors[2];
      guint n = 0;
      gssize sent;
      g_autoptr (GError) error = NULL;

      if (connection->head_sent < connection->head_out->len)
        {
          vectors[n].buffer = connection->head_out->str + connection->head_sent;
          vectors[n].size = connection->head_out->len - connection->head_sent;
          n++;
        }
      if (connection->body_out != NULL && connection->body_sent < g_bytes_get_size (connection->body_out))
        {
          gsize size = 0;
          const char *data = g_bytes_get_data (connection->body_out, &size);

          vectors[n].buffer = data + connection->body_sent;
          vectors[n].size = size - connection->body_sent;
          n++;
        }
      sent = g_socket_send_message (connection->socket, NULL, vectors, (int) n, NULL, 0, G_SOCKET_MSG_NONE,
                                    NULL, &error);
      if (sent < 0)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
            {
              /* Wait until the client reads; read nothing more meanwhile. */
              unwatch (&connection->read_source);
              watch (connection, G_IO_OUT);
              return TRUE;
            }
          connection_close (connection);
          return FALSE;
        }
      if (connection->head_sent < connection->head_out->len)
        {
          gsize part = MIN ((gsize) sent, connection->head_out->len - connection->head_sent);

          connection->head_sent += part;
          sent -= (gssize) part;
        }
      connection->body_sent += (gsize) sent;
    }

  g_string_truncate (connection->head_out, 0);
  connection->head_sent = 0;
  g_clear_pointer (&connection->body_out, g_bytes_unref);
  connection->body_sent = 0;
  unwatch (&connection->write_source);
  if (connection->close_after)
    {
      connection_close (connection);
      return FALSE;
    }
  watch (connection, G_IO_IN);
  return TRUE;
}

/* The response head for @answer, with the date of this second. */
static void
write_head (Connection   *connection,
            const Answer *answer,
            gboolean      head_only)
{
  Worker *worker = connection->worker;
  GString *out = connection->head_out;
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;
  const char *reason;

  if (second != worker->date_second)
    {
      g_free (worker->date);
      worker->date = http_date (second);
      worker->date_second = second;
    }
  switch (answer->status)
    {
    case 200: reason = "OK"; break;
    case 304: reason = "Not Modified"; break;
    case 400: reason = "Bad Request"; break;
    case 404: reason = "Not Found"; break;
    case 405: reason = "Method Not Allowed"; break;
    case 431: reason = "Request Header Fields Too Large"; break;
    case 503: reason = "Service Unavailable"; break;
    default: reason = "Error"; break;
    }
  g_string_append_printf (out, "HTTP/1.1 %u %s\r\nDate: %s\r\nServer: Paraat\r\n", answer->status, reason,
                          worker->date);
  if (answer->etag != NULL)
    g_string_append_printf (out, "ETag: %s\r\nLast-Modified: %s\r\nCache-Control: private, max-age=300\r\n",
                            answer->etag, answer->modified);
  if (answer->status == 405)
    g_string_append (out, "Allow: GET, HEAD\r\n");
  if (answer->status == 200)
    g_string_append_printf (out, "Content-Type: text/calendar; charset=utf-8\r\nContent-Length: %" G_GSIZE_FORMAT "\r\n",
                            g_bytes_get_size (answer->body));
  else if (answer->status != 304)
    g_string_append (out, "Content-Length: 0\r\n");
  if (connection->close_after)
    g_string_append (out, "Connection: close\r\n");
  g_string_append (out, "\r\n");
  if (answer->status == 200 && !head_only)
    connection->body_out = g_bytes_ref (answer->body);
}

/* Answers a bad request and closes the connection after it. */
static void
refuse (Connection *connection,
        guint       status)
{
  ParaatFeedServer *server = connection->worker->server;
  Answer answer = { status, NULL, NULL, NULL };

  g_mutex_lock (&server->lock);
  log_request (server, connection->host, "-", "(bad request)", status, 0, g_get_monotonic_time ());
  g_mutex_unlock (&server->lock);
  connection->close_after = TRUE;
  g_byte_array_set_size (connection->in, 0);
  write_head (connection, &answer, TRUE);
}

/* The value of header @name in the head's lines (after the request line),
 * or NULL; names compared without regard to case. */
static char *
header_value (char       **lines,
              const char  *name)
{
  gsize length = strlen (name);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_ascii_strncasecmp (lines[i], name, length) == 0 && lines[i][length] == ':')
      return g_strstrip (g_strdup (lines[i] + length + 1));
  return NULL;
}

/* Where the blank line that ends a request head starts, or NULL. */
static const guint8 *
head_end (const guint8 *data,
          gsize         length)
{
  for (gsize i = 0; i + 3 < length; i++)
    if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n')
      return data + i;
  return NULL;
}

/* Answers every complete request in the buffer, one at a time. FALSE when
 * the connection is gone. */
static gboolean
connection_process (Connection *connection)
{
  while (connection->head_out->len == 0)
    {
      const guint8 *data = connection->in->data;
      guint length = connection->in->len;
      const guint8 *end = head_end (data, length);
      g_autofree char *text = NULL;
      g_auto (GStrv) lines = NULL;
      g_auto (GStrv) parts = NULL;
      g_autofree char *connection_header = NULL;
      g_autofree char *content_length = NULL;
      g_autofree char *transfer_encoding = NULL;
      g_autofree char *if_none_match = NULL;
      Answer answer = { 0 };
      gsize head_length;

      if (end == NULL)
        {
          if (length > MAX_HEAD)
            refuse (connection, 431);
          break;
        }
      head_length = (gsize) (end - data) + 4;
      if (head_length > MAX_HEAD)
        {
          refuse (connection, 431);
          break;
        }

      text = g_strndup ((const char *) data, head_length - 4);
      g_byte_array_remove_range (connection->in, 0, (guint) head_length);
      lines = g_strsplit (text, "\r\n", 0);
      parts = g_strsplit (lines[0], " ", 0);
      if (g_strv_length (parts) != 3 || !g_str_has_prefix (parts[2], "HTTP/1.") || parts[1][0] != '/' ||
          !g_utf8_validate (text, -1, NULL))
        {
          refuse (connection, 400);
          break;
        }

      connection_header = header_value (lines, "Connection");
      content_length = header_value (lines, "Content-Length");
      transfer_encoding = header_value (lines, "Transfer-Encoding");
      if_none_match = header_value (lines, "If-None-Match");
      if (g_str_equal (parts[2], "HTTP/1.0"))
        connection->close_after = connection_header == NULL || g_ascii_strcasecmp (connection_header, "keep-alive") != 0;
      else if (connection_header != NULL && g_ascii_strcasecmp (connection_header, "close") == 0)
        connection->close_after = TRUE;
      /* A feed is fetched, never sent: a body is not read, so the
       * connection ends after the answer. */
      if (transfer_encoding != NULL || (content_length != NULL && !g_str_equal (content_length, "0")))
        {
          connection->close_after = TRUE;
          g_byte_array_set_size (connection->in, 0);
        }

      answer_request (connection->worker->server, connection->host, parts[0], parts[1], if_none_match, &answer);
      write_head (connection, &answer, g_str_equal (parts[0], "HEAD"));
      answer_clear (&answer);
      if (!connection_flush (connection))
        return FALSE;
      if (connection->close_after)
        return TRUE;
    }

  if (connection->head_out->len > 0)
    return connection_flush (connection);
  return TRUE;
}

static gboolean
connection_readable_cb (GSocket      *socket,
                        GIOCondition  condition,
                        gpointer      data)
{
  Connection *connection = data;
  guint8 buffer[16384];
  g_autoptr (GError) error = NULL;
  gssize received;

  received = g_socket_receive (socket, (char *) buffer, sizeof buffer, NULL, &error);
  if (received < 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
    return G_SOURCE_CONTINUE;
  if (received <= 0)
    {
      g_clear_pointer (&connection->read_source, g_source_unref);
      connection_close (connection);
      return G_SOURCE_REMOVE;
    }
  connection->active_at = g_get_monotonic_time ();
  g_byte_array_append (connection->in, buffer, (guint) received);
  /* The source stays as long as the connection: connection_close() and
   * connection_flush() remove it themselves. */
  connection_process (connection);
  return G_SOURCE_CONTINUE;
}

static gboolean
connection_writable_cb (GSocket      *socket,
                        GIOCondition  condition,
                        gpointer      data)
{
  Connection *connection = data;

  connection->active_at = g_get_monotonic_time ();
  if (connection_flush (connection) && connection->head_out->len == 0)
    connection_process (connection);
  return G_SOURCE_CONTINUE;
}

static gboolean
accept_cb (GSocket      *listener,
           GIOCondition  condition,
           gpointer      data)
{
  Worker *worker = data;

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      GSocket *socket = g_socket_accept (listener, NULL, &error);
      g_autoptr (GSocketAddress) remote = NULL;
      Connection *connection;

      if (socket == NULL)
        break;
      if (g_hash_table_size (worker->connections) >= MAX_CONNECTIONS)
        {
          g_socket_close (socket, NULL);
          g_object_unref (socket);
          continue;
        }
      g_socket_set_blocking (socket, FALSE);
      connection = g_new0 (Connection, 1);
      connection->worker = worker;
      connection->socket = socket;
      connection->in = g_byte_array_new ();
      connection->head_out = g_string_new (NULL);
      connection->active_at = g_get_monotonic_time ();
      remote = g_socket_get_remote_address (socket, NULL);
      if (G_IS_INET_SOCKET_ADDRESS (remote))
        connection->host = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote)));
      g_hash_table_add (worker->connections, connection);
      watch (connection, G_IO_IN);
    }
  return G_SOURCE_CONTINUE;
}

/* Closes connections that said nothing for a while (a client that opens
 * many and sends nothing holds no resources for long). */
static gboolean
sweep_cb (gpointer data)
{
  Worker *worker = data;
  gint64 now = g_get_monotonic_time ();
  g_autoptr (GPtrArray) idle = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, worker->connections);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (now - ((Connection *) key)->active_at > IDLE_USEC)
      g_ptr_array_add (idle, key);
  for (guint i = 0; i < idle->len; i++)
    connection_close (g_ptr_array_index (idle, i));
  return G_SOURCE_CONTINUE;
}

static gpointer
worker_main (gpointer data)
{
  Worker *worker = data;
  GSource *accept_source;
  GSource *sweep_source;

  g_main_context_push_thread_default (worker->context);
  accept_source = g_socket_create_source (worker->socket, G_IO_IN, NULL);
  g_source_set_callback (accept_source, (GSourceFunc) (void (*) (void)) accept_cb, worker, NULL);
  g_source_attach (accept_source, worker->context);
  sweep_source = g_timeout_source_new_seconds (5);
  g_source_set_callback (sweep_source, sweep_cb, worker, NULL);
  g_source_attach (sweep_source, worker->context);

  g_main_loop_run (worker->loop);

  while (g_hash_table_size (worker->connections) > 0)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, worker->connections);
      g_hash_table_iter_next (&iter, &key, NULL);
      connection_close (key);
    }
  g_source_destroy (accept_source);
  g_source_unref (accept_source);
  g_source_destroy (sweep_source);
  g_source_unref (sweep_source);
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
  g_socket_set_blocking (socket, FALSE);
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

      worker->connections = g_hash_table_new (g_direct_hash, g_direct_equal);
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
