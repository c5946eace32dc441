/* paraat-partner.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_PARTNER (paraat_partner_get_type ())

G_DECLARE_FINAL_TYPE (ParaatPartner, paraat_partner, PARAAT, PARTNER, GObject)

ParaatPartner *paraat_partner_new (void);

/* Properties: "id", "code" (unique, e.g. "POL"), "name", "kind" (ParaatPartnerKind), "contact". */
gint64            paraat_partner_get_id      (ParaatPartner    *self);
void              paraat_partner_set_id      (ParaatPartner    *self,
                                              gint64            id);
const char       *paraat_partner_get_code    (ParaatPartner    *self);
void              paraat_partner_set_code    (ParaatPartner    *self,
                                              const char       *code);
const char       *paraat_partner_get_name    (ParaatPartner    *self);
void              paraat_partner_set_name    (ParaatPartner    *self,
                                              const char       *name);
ParaatPartnerKind paraat_partner_get_kind    (ParaatPartner    *self);
void              paraat_partner_set_kind    (ParaatPartner    *self,
                                              ParaatPartnerKind kind);
const char       *paraat_partner_get_contact (ParaatPartner    *self);
void              paraat_partner_set_contact (ParaatPartner    *self,
                                              const char       *contact);

G_END_DECLS
