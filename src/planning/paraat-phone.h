/* paraat-phone.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Telephone numbers are stored in E.164 ("+31612345678") and shown the way
 * Dutch officials write them ("06-1234 5678", "010-123 4567"). Pure
 * functions: no I/O, no global state. */

#define PARAAT_PHONE_ERROR (paraat_phone_error_quark ())

typedef enum
{
  PARAAT_PHONE_ERROR_INVALID,   /* not a telephone number at all */
  PARAAT_PHONE_ERROR_LENGTH,    /* too few or too many digits for its country */
} ParaatPhoneError;

GQuark   paraat_phone_error_quark (void);

/* Normalises what someone typed or a spreadsheet held ("06-12345678",
 * "06 1234 5678", "+31 (0)6 1234 5678", "0031612345678", "(010) 123 45 67",
 * "+32 2 123 45 67") into E.164. A number without a country code is Dutch.
 * Accepts the separators " -./()", a no-break space, a leading "tel:", and
 * what a spreadsheet leaves of a number it took for a number: 9 digits
 * without the leading "0" ("612345678") or "31" + 9 digits without the "+".
 * Dutch numbers have 9 digits after the trunk "0" (0800/0900/0906/0909: 4 or
 * 7 after that prefix); foreign ones 8 to 15 digits with the country code.
 * Blank input gives "" without an error. On malformed input returns NULL and
 * sets @error (PARAAT_PHONE_ERROR_INVALID for letters or other characters,
 * _LENGTH saying "too few" or "too many") with a message a coordinator can
 * read (translated). */
char    *paraat_phone_normalise   (const char  *text,
                                   GError     **error);

/* The display form of an E.164 number: Dutch mobile numbers as
 * "06-1234 5678", Dutch geographic numbers with their area code
 * ("010-123 4567", "0345-123 456"), 088/0800/0900 service numbers
 * ("088-123 4567", "0800-1234"), foreign numbers as "+32 2 123 4567"-like
 * groups. "" for NULL or "". Text that is not E.164 is returned unchanged. */
char    *paraat_phone_format      (const char  *e164);

/* The digits of @text in national form when it is Dutch ("0612345678" for
 * "+31612345678" or "06-1234 5678"), for matching what someone types in a
 * search field against stored numbers. "" when @text holds no digit. */
char    *paraat_phone_search_key  (const char  *text);

G_END_DECLS
