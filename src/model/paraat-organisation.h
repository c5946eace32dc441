/* paraat-organisation.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_ORGANISATION (paraat_organisation_get_type ())

G_DECLARE_FINAL_TYPE (ParaatOrganisation, paraat_organisation, PARAAT, ORGANISATION, GObject)

ParaatOrganisation *paraat_organisation_new (void);

/* Properties: "name", "time-zone" (IANA id, default "Europe/Amsterdam"), "region". */
const char *paraat_organisation_get_name      (ParaatOrganisation *self);
void        paraat_organisation_set_name      (ParaatOrganisation *self,
                                               const char         *name);
const char *paraat_organisation_get_time_zone (ParaatOrganisation *self);
void        paraat_organisation_set_time_zone (ParaatOrganisation *self,
                                               const char         *time_zone);
const char *paraat_organisation_get_region    (ParaatOrganisation *self);
void        paraat_organisation_set_region    (ParaatOrganisation *self,
                                               const char         *region);

G_END_DECLS
