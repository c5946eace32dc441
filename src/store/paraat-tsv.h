/* paraat-tsv.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The tab-separated files that hold the shipped data (data/demo/): UTF-8,
 * lines starting with "#" are comments, the first other line names the
 * columns, fields hold no tabs and no quoting. */

typedef struct _ParaatTsv ParaatTsv;

/* Fails (G_IO_ERROR_INVALID_DATA, naming @name and the line) on invalid
 * UTF-8 or a row with a different number of fields than the header. */
ParaatTsv  *paraat_tsv_parse       (GBytes      *bytes,
                                    const char  *name,
                                    GError     **error);
guint       paraat_tsv_get_n_rows  (ParaatTsv   *self);
/* The line number in the file of @row, for messages. */
guint       paraat_tsv_get_line    (ParaatTsv   *self,
                                    guint        row);
/* The field of @column in @row, "" when empty; NULL when the file has no
 * such column. */
const char *paraat_tsv_get         (ParaatTsv   *self,
                                    guint        row,
                                    const char  *column);
void        paraat_tsv_free        (ParaatTsv   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatTsv, paraat_tsv_free)

G_END_DECLS
