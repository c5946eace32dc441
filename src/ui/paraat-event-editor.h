/* paraat-event-editor.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/paraat-store.h"

G_BEGIN_DECLS

/* A dialog that adds an event (@event NULL) or changes one: name, organiser
 * and contact, place, first and last day with times, visitors, status,
 * permit application, how next year's date is found, description. Each
 * field is checked as it is typed. Moving a planned event moves its open
 * checklist items with it. */
GtkWidget *paraat_event_editor_new  (ParaatStore *store,
                                     GtkWindow   *parent,
                                     ParaatEvent *event);

/* For tests: fills the main fields (NULL leaves one as it is) and saves. */
void       paraat_event_editor_fill (GtkWidget   *editor,
                                     const char  *name,
                                     const char  *first_day,
                                     const char  *start,
                                     const char  *last_day,
                                     const char  *end,
                                     const char  *visitors);
gboolean   paraat_event_editor_save (GtkWidget   *editor);
/* Ticks the partner called @name (tests). */
/* For tests: the build-up and break-down fields (NULL leaves one as it is). */
void       paraat_event_editor_fill_site      (GtkWidget   *window,
                                               const char  *build_day,
                                               const char  *build_time,
                                               const char  *down_day,
                                               const char  *down_time);
void       paraat_event_editor_choose_partner (GtkWidget  *editor,
                                               const char *name);

G_END_DECLS
