/* paraat-ics-timezone.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PARAAT_ICS_ERROR (paraat_ics_error_quark ())

typedef enum
{
  PARAAT_ICS_ERROR_UNKNOWN_ZONE,
  PARAAT_ICS_ERROR_FAILED,
  PARAAT_ICS_ERROR_REFUSED,      /* a file to import is refused as a whole */
} ParaatIcsError;

GQuark paraat_ics_error_quark (void);

/* The VTIMEZONE component (iCalendar text, CRLF line ends, "BEGIN:VTIMEZONE"
 * … "END:VTIMEZONE") for the IANA zone @tzid, built by libical from the
 * system's zoneinfo and cut to the rules in force from @from_year on, with
 * the plain IANA name as TZID (what Outlook and Google expect) instead of
 * libical's "/freeassociation.sourceforge.net/" prefix. */
char *paraat_ics_vtimezone (const char  *tzid,
                            int          from_year,
                            GError     **error);

G_END_DECLS
