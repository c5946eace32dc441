/* paraat-audit-entry.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_TYPE_AUDIT_ENTRY (paraat_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (ParaatAuditEntry, paraat_audit_entry, PARAAT, AUDIT_ENTRY, GObject)

ParaatAuditEntry *paraat_audit_entry_new (void);

/* One row of the audit trail (read-only once stored). Properties: "id", "at" (UTC
 * seconds), "actor", "entity" (table name, e.g. "person"), "entity-id", "action"
 * (ParaatAuditAction), "summary" (what changed, before and after, for a human). */
gint64            paraat_audit_entry_get_id        (ParaatAuditEntry *self);
void              paraat_audit_entry_set_id        (ParaatAuditEntry *self,
                                                    gint64            id);
gint64            paraat_audit_entry_get_at        (ParaatAuditEntry *self);
void              paraat_audit_entry_set_at        (ParaatAuditEntry *self,
                                                    gint64            at);
const char       *paraat_audit_entry_get_actor     (ParaatAuditEntry *self);
void              paraat_audit_entry_set_actor     (ParaatAuditEntry *self,
                                                    const char       *actor);
const char       *paraat_audit_entry_get_entity    (ParaatAuditEntry *self);
void              paraat_audit_entry_set_entity    (ParaatAuditEntry *self,
                                                    const char       *entity);
gint64            paraat_audit_entry_get_entity_id (ParaatAuditEntry *self);
void              paraat_audit_entry_set_entity_id (ParaatAuditEntry *self,
                                                    gint64            entity_id);
ParaatAuditAction paraat_audit_entry_get_action    (ParaatAuditEntry *self);
void              paraat_audit_entry_set_action    (ParaatAuditEntry *self,
                                                    ParaatAuditAction action);
const char       *paraat_audit_entry_get_summary   (ParaatAuditEntry *self);
void              paraat_audit_entry_set_summary   (ParaatAuditEntry *self,
                                                    const char       *summary);

G_END_DECLS
