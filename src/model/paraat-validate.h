/* paraat-validate.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pure checks of single values, shared by the store (which refuses bad input)
 * and the forms (which say so at the field). None of them allocates. */

/* "YYYY-MM-DD" naming a real day of the Gregorian calendar. */
gboolean paraat_validate_date     (const char *text);
/* E.164: "+", a country code not starting with 0, 8 to 15 digits in all. */
gboolean paraat_validate_e164     (const char *text);
/* A practical e-mail check: one "@", a non-empty local part without spaces,
 * a domain with at least one dot and no empty labels. */
gboolean paraat_validate_email    (const char *text);
/* A short code as used for functions, teams, partners and session kinds:
 * 1–16 characters from A–Z, 0–9, "-" and "_", starting with a letter. */
gboolean paraat_validate_code     (const char *text);
/* TRUE when @text is NULL or holds only white space. */
gboolean paraat_validate_is_blank (const char *text);

G_END_DECLS
