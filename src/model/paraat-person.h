/* paraat-person.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_PERSON (paraat_person_get_type ())

G_DECLARE_FINAL_TYPE (ParaatPerson, paraat_person, PARAAT, PERSON, GObject)

ParaatPerson *paraat_person_new (void);

/* Properties: "id", "given-name", "family-name", "display-name" (read-only:
 * "given family", notified when either part changes), "phone" and "phone-alt"
 * (E.164, e.g. "+31600000001", or ""), "email", "department", "municipality",
 * "active" (default TRUE), "fictitious" (demo and test records), "notes".
 * String getters never return NULL (unset is ""). */
gint64      paraat_person_get_id           (ParaatPerson *self);
void        paraat_person_set_id           (ParaatPerson *self,
                                            gint64        id);
const char *paraat_person_get_given_name   (ParaatPerson *self);
void        paraat_person_set_given_name   (ParaatPerson *self,
                                            const char   *given_name);
const char *paraat_person_get_family_name  (ParaatPerson *self);
void        paraat_person_set_family_name  (ParaatPerson *self,
                                            const char   *family_name);
const char *paraat_person_get_display_name (ParaatPerson *self);
const char *paraat_person_get_phone        (ParaatPerson *self);
void        paraat_person_set_phone        (ParaatPerson *self,
                                            const char   *phone);
const char *paraat_person_get_phone_alt    (ParaatPerson *self);
void        paraat_person_set_phone_alt    (ParaatPerson *self,
                                            const char   *phone_alt);
const char *paraat_person_get_email        (ParaatPerson *self);
void        paraat_person_set_email        (ParaatPerson *self,
                                            const char   *email);
const char *paraat_person_get_department   (ParaatPerson *self);
void        paraat_person_set_department   (ParaatPerson *self,
                                            const char   *department);
const char *paraat_person_get_municipality (ParaatPerson *self);
void        paraat_person_set_municipality (ParaatPerson *self,
                                            const char   *municipality);
gboolean    paraat_person_get_active       (ParaatPerson *self);
void        paraat_person_set_active       (ParaatPerson *self,
                                            gboolean      active);
gboolean    paraat_person_get_fictitious   (ParaatPerson *self);
void        paraat_person_set_fictitious   (ParaatPerson *self,
                                            gboolean      fictitious);
const char *paraat_person_get_notes        (ParaatPerson *self);
void        paraat_person_set_notes        (ParaatPerson *self,
                                            const char   *notes);

G_END_DECLS
