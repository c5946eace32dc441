/* paraat-function.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_FUNCTION (paraat_function_get_type ())

G_DECLARE_FINAL_TYPE (ParaatFunction, paraat_function, PARAAT, FUNCTION, GObject)

ParaatFunction *paraat_function_new (void);

/* Properties: "id", "team-id" (0 = no team), "code" (unique, e.g. "OVDBZ"), "name",
 * "description", "piket-kind" (ParaatPiketKind), "response-minutes" (-1 = not set),
 * "lines" (1 or 2: 1st and 2nd piket line), "per-line" (people on duty per line, >= 1),
 * "regional-pool" (boolean), "allow-overlap" (boolean: its shifts may overlap other
 * functions of the same person), "position" (sort order). */
gint64          paraat_function_get_id               (ParaatFunction *self);
void            paraat_function_set_id               (ParaatFunction *self,
                                                      gint64          id);
gint64          paraat_function_get_team_id          (ParaatFunction *self);
void            paraat_function_set_team_id          (ParaatFunction *self,
                                                      gint64          team_id);
const char     *paraat_function_get_code             (ParaatFunction *self);
void            paraat_function_set_code             (ParaatFunction *self,
                                                      const char     *code);
const char     *paraat_function_get_name             (ParaatFunction *self);
void            paraat_function_set_name             (ParaatFunction *self,
                                                      const char     *name);
const char     *paraat_function_get_description      (ParaatFunction *self);
void            paraat_function_set_description      (ParaatFunction *self,
                                                      const char     *description);
ParaatPiketKind paraat_function_get_piket_kind       (ParaatFunction *self);
void            paraat_function_set_piket_kind       (ParaatFunction *self,
                                                      ParaatPiketKind kind);
int             paraat_function_get_response_minutes (ParaatFunction *self);
void            paraat_function_set_response_minutes (ParaatFunction *self,
                                                      int             minutes);
int             paraat_function_get_lines            (ParaatFunction *self);
void            paraat_function_set_lines            (ParaatFunction *self,
                                                      int             lines);
int             paraat_function_get_per_line         (ParaatFunction *self);
void            paraat_function_set_per_line         (ParaatFunction *self,
                                                      int             per_line);
gboolean        paraat_function_get_regional_pool    (ParaatFunction *self);
void            paraat_function_set_regional_pool    (ParaatFunction *self,
                                                      gboolean        regional_pool);
gboolean        paraat_function_get_allow_overlap    (ParaatFunction *self);
void            paraat_function_set_allow_overlap    (ParaatFunction *self,
                                                      gboolean        allow_overlap);
int             paraat_function_get_position         (ParaatFunction *self);
void            paraat_function_set_position         (ParaatFunction *self,
                                                      int             position);

G_END_DECLS
