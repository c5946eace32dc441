/* bench-soup-floor.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <sys/socket.h>

/* What libsoup alone costs: answers every request with SIZE bytes from
 * memory, one server per thread on the shared PORT, as paraatctl serve is
 * built, but without any of its work. bench-serve.sh measures it beside
 * serve and nginx, to tell Paraat's cost from libsoup's.
 *
 *   bench-soup-floor PORT SIZE THREADS */

static GBytes *body;

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (message),
                                         "text/calendar; charset=utf-8", NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (message), body);
}

static gpointer
worker (gpointer data)
{
  GSocket *socket = data;
  GMainContext *context = g_main_context_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (context, FALSE);
  g_autoptr (SoupServer) server = NULL;
  g_autoptr (GError) error = NULL;

  g_main_context_push_thread_default (context);
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  if (!soup_server_listen_socket (server, socket, 0, &error))
    g_error ("bench-soup-floor: %s", error->message);
  g_main_loop_run (loop);
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (GSocketAddress) address = NULL;
  struct sockaddr_storage native;
  int port, size, threads;

  if (argc != 4)
    {
      g_printerr ("usage: bench-soup-floor PORT SIZE THREADS\n");
      return 2;
    }
  port = atoi (argv[1]);
  size = atoi (argv[2]);
  threads = CLAMP (atoi (argv[3]), 1, 64);
  body = g_bytes_new_take (g_malloc0 ((gsize) MAX (size, 1)), (gsize) MAX (size, 1));
  address = g_inet_socket_address_new_from_string ("127.0.0.1", (guint) port);
  if (address == NULL || !g_socket_address_to_native (address, &native, sizeof native, NULL))
    return 2;

  for (int i = 0; i < threads; i++)
    {
      GSocket *socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);

      if (socket == NULL || !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEPORT, 1, NULL) ||
          bind (g_socket_get_fd (socket), (struct sockaddr *) &native,
                (socklen_t) g_socket_address_get_native_size (address)) != 0 ||
          !g_socket_listen (socket, NULL))
        {
          g_printerr ("bench-soup-floor: cannot listen on 127.0.0.1:%d\n", port);
          return 1;
        }
      g_thread_unref (g_thread_new ("soup-floor", worker, socket));
    }
  g_main_loop_run (loop);
  return 0;
}
