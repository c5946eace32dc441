/* paraat-form.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the editor dialogs share: every form validates at each change and
 * shows a problem at its row (the row's title becomes the message, in the
 * error colour, with the whole message as tooltip and accessible
 * description); an empty required row is only called out once the user typed
 * in it. */

/* The text of @row without surrounding white space (newly allocated). */
char       *paraat_form_entry_text    (AdwEntryRow       *row);
/* Sets the text of @row; NULL empties it. */
void        paraat_form_set_entry     (AdwEntryRow       *row,
                                       const char        *text);
/* Marks @row as typed in (call from its "changed" handler). */
void        paraat_form_touch         (AdwEntryRow       *row);
gboolean    paraat_form_is_touched    (AdwEntryRow       *row);
/* Shows @message at @row, or gives the row its own title back for NULL. */
void        paraat_form_set_row_error (AdwPreferencesRow *row,
                                       const char        *message);
/* The problem with the date in @row: NULL when valid (or empty and
 * @optional), "" when required, empty and not yet touched (not valid, but not
 * called out), else a translated message. */
const char *paraat_form_date_problem  (AdwEntryRow       *row,
                                       gboolean           optional);
/* Makes the text of a code row upper case as it is typed; TRUE when it
 * changed the text (the row emits ::changed again, so the caller's handler
 * can return and wait for that). */
gboolean    paraat_form_uppercase     (AdwEntryRow       *row);
/* The problem with the code in @row (NULL when valid, "" when empty and not
 * yet touched): required, paraat_validate_code, and not one of @taken
 * (compared without case), else @taken_message. */
const char *paraat_form_code_problem  (AdwEntryRow       *row,
                                       GPtrArray         *taken,
                                       const char        *taken_message);
/* Minutes after midnight of "HH:MM", -1 when it is not a time, -2 for an
 * empty text. */
int         paraat_form_parse_time    (const char        *text);
/* The problem with the time in @row: NULL when valid or empty. */
const char *paraat_form_time_problem  (AdwEntryRow       *row);
/* NULL for blank text, else @text: for optional model fields. */
const char *paraat_form_or_null       (const char        *text);

G_END_DECLS
