/* paraat-org-search.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-function.h"
#include "model/paraat-person.h"
#include "model/paraat-team.h"

G_BEGIN_DECLS

/* Search as you type over the organisation register. Each record gets a
 * search text once (when the page loads); every keystroke then only compares
 * folded strings, so filtering 10,000 people stays within a frame. Folding
 * ignores case and accents ("Ĳsselmeer", "ijsselmeer" and "IJSSELMEER" are
 * equal) and telephone numbers match as typed ("06-1234", "0612", "+31612"). */

/* @text lower-cased, accents removed, ĳ as "ij". */
char      *paraat_org_search_fold           (const char          *text);

/* The search text of a person: names, department, municipality, e-mail,
 * the digits of both phones (national and international), and the codes and
 * names of the functions they hold (@functions, may be NULL). */
char      *paraat_org_search_person_text    (ParaatPerson        *person,
                                             const char * const  *functions);
/* Code, name, description and team name of a function. */
char      *paraat_org_search_function_text  (ParaatFunction      *function,
                                             const char          *team_name);
/* Code, name and description of a team. */
char      *paraat_org_search_team_text      (ParaatTeam          *team);

/* The folded terms of what was typed (NULL-terminated; empty for a blank
 * query). Terms that look like (part of) a telephone number are reduced to
 * their national digits. */
GStrv      paraat_org_search_terms          (const char          *query);

/* TRUE when every term occurs in @search_text. */
gboolean   paraat_org_search_match          (const char          *search_text,
                                             const char * const  *terms);

G_END_DECLS
