/* paraat-people-table.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/paraat-assignment.h"
#include "model/paraat-function.h"
#include "model/paraat-person.h"
#include "planning/paraat-csv.h"

G_BEGIN_DECLS

/* People and their functions as a spreadsheet: one line per person and
 * function (a person without a function has empty function columns), with a
 * header row in Dutch or English:
 *
 *   Voornaam;Achternaam;Mobiel;Telefoon 2;E-mail;Afdeling;Gemeente;Actief;
 *   Notities;Functie;Niveau;Volgorde;Vanaf;Tot en met
 *
 * Lines with the same person (name and mobile number) and the same details
 * are one person with several functions. Pure: no I/O. */

typedef struct _ParaatPeopleImport ParaatPeopleImport;

/* Checks every line of @table against the register (@functions and
 * @people: what the database holds) and builds what importing it would add.
 * Every problem is kept, per line, as a translated sentence: a missing name
 * or column, an unknown function code or level, a malformed telephone
 * number, e-mail address, date or call order, an end before a start, a
 * person already in the database or listed twice with other details, a
 * function given twice to one person, a field longer than 1,000
 * characters. */
ParaatPeopleImport *paraat_people_import_plan       (ParaatCsvTable     *table,
                                                     GListModel         *functions,
                                                     GListModel         *people);
void                paraat_people_import_free       (ParaatPeopleImport *self);

/* Data lines (the header not counted). */
guint               paraat_people_import_get_n_lines    (ParaatPeopleImport *self);
/* The physical line of data line @index in the file (the header is line 1). */
guint               paraat_people_import_get_line       (ParaatPeopleImport *self,
                                                         guint               index);
/* The name on data line @index, or a placeholder when it has none. */
const char         *paraat_people_import_get_name       (ParaatPeopleImport *self,
                                                         guint               index);
/* The problems of data line @index (NULL-terminated; empty when none). */
const char * const *paraat_people_import_get_problems   (ParaatPeopleImport *self,
                                                         guint               index);
/* Problems of the file as a whole (a missing column), NULL-terminated. */
const char * const *paraat_people_import_get_file_problems (ParaatPeopleImport *self);
/* All problems, of the file and of its lines. Import only when 0. */
guint               paraat_people_import_get_n_problems (ParaatPeopleImport *self);

/* The people to add (ParaatPerson, id 0, telephone numbers in E.164). */
GPtrArray          *paraat_people_import_get_people     (ParaatPeopleImport *self);
/* Their functions (ParaatAssignment, id 0 and person 0); the person of
 * assignment i is people[get_person_of_assignment ()[i]]. */
GPtrArray          *paraat_people_import_get_assignments (ParaatPeopleImport *self);
const guint        *paraat_people_import_get_person_of_assignment (ParaatPeopleImport *self);

/* All people and their functions as CSV text with the Dutch header, numbers
 * in their display form, separated by @delimiter (";" for Excel in a Dutch
 * locale). Importing it into a register with the same functions and nobody
 * in it gives the same people and functions back. */
char               *paraat_people_export_csv        (GListModel         *people,
                                                     GListModel         *functions,
                                                     GListModel         *assignments,
                                                     char                delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatPeopleImport, paraat_people_import_free)

G_END_DECLS
