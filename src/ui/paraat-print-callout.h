/* paraat-print-callout.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* The call-out list of today, from @widget's window: printed through the
 * print dialog (A4 by default), or saved as a PDF chosen in a file chooser.
 * Problems are shown in a dialog; a saved PDF is announced in a toast. */
void     paraat_print_callout            (GtkWidget    *widget,
                                          ParaatStore  *store);
void     paraat_print_callout_export_pdf (GtkWidget    *widget,
                                          ParaatStore  *store);

/* Writes today's call-out list of @store to @path as a PDF. */
gboolean paraat_print_callout_write_pdf  (ParaatStore  *store,
                                          const char   *path,
                                          GError      **error);

G_END_DECLS
