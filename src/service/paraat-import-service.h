/* paraat-import-service.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ical/paraat-ics-import.h"
#include "store/paraat-store.h"

G_BEGIN_DECLS

/* Importing an iCalendar file as a person's absences or as the
 * organisation's public holidays, as the application and paraatctl both do:
 * read the file into a plan (ical/paraat-ics-import), compare it with what
 * the store holds, show it, then write all of it or nothing. */

typedef struct _ParaatCalendarImport ParaatCalendarImport;

/* Reads @file's bytes for paraat_calendar_import_new(); a file larger than
 * the importer reads is refused (PARAAT_ICS_ERROR_REFUSED) before reading. */
gboolean              paraat_calendar_import_load_file  (GFile                *file,
                                                         char                **data,
                                                         gsize                *length,
                                                         GError              **error);

/* Reads @data as the absences of @person_id (PARAAT_ICS_TARGET_ABSENCES) or
 * as public holidays (PARAAT_ICS_TARGET_HOLIDAYS; @person_id 0), in the
 * organisation's time zone, for the horizon around @now (UTC seconds): the
 * past 90 days and the next 12 months. Rows that equal or (absences)
 * overlap what is stored are skipped with the reason. Writes nothing.
 * Returns NULL with a PARAAT_ICS_ERROR when the file is refused, or a
 * PARAAT_STORE_ERROR when the store cannot be read or the person does not
 * exist. */
ParaatCalendarImport *paraat_calendar_import_new        (ParaatStore          *store,
                                                         ParaatIcsTarget       target,
                                                         gint64                person_id,
                                                         const char           *data,
                                                         gsize                 length,
                                                         gint64                now,
                                                         GError              **error);
void                  paraat_calendar_import_free       (ParaatCalendarImport *import);

const ParaatIcsPlan  *paraat_calendar_import_get_plan   (ParaatCalendarImport *import);
GTimeZone            *paraat_calendar_import_get_time_zone (ParaatCalendarImport *import);
/* The person's name (absences), or NULL for holidays. */
const char           *paraat_calendar_import_get_person_name (ParaatCalendarImport *import);
/* "Mon 3 Aug 2026 – Fri 7 Aug 2026", the period the file was read for. */
char                 *paraat_calendar_import_describe_horizon (ParaatCalendarImport *import);

/* Writes every row to import in one transaction with an audit row each, or
 * nothing; @ids (gint64, may be NULL) receives the ids written, for
 * paraat_calendar_import_undo(). Writing twice is refused. */
gboolean              paraat_calendar_import_apply      (ParaatCalendarImport *import,
                                                         GArray              **ids,
                                                         GError              **error);
/* Removes what paraat_calendar_import_apply() wrote: the absences or
 * holidays @ids, in one transaction. */
gboolean              paraat_calendar_import_undo       (ParaatStore          *store,
                                                         ParaatIcsTarget       target,
                                                         GArray               *ids,
                                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatCalendarImport, paraat_calendar_import_free)

G_END_DECLS
