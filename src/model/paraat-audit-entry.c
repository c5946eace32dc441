/* paraat-audit-entry.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-audit-entry.h"
#include "model/paraat-model-private.h"

struct _ParaatAuditEntry
{
  GObject parent_instance;

  gint64             id;
  gint64             at;
  char              *actor;
  char              *entity;
  gint64             entity_id;
  ParaatAuditAction  action;
  char              *summary;
};

G_DEFINE_FINAL_TYPE (ParaatAuditEntry, paraat_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_ACTOR,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_ACTION,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_audit_entry_finalize (GObject *object)
{
  ParaatAuditEntry *self = (ParaatAuditEntry *) object;

  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (paraat_audit_entry_parent_class)->finalize (object);
}

static void
paraat_audit_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParaatAuditEntry *self = PARAAT_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_audit_entry_get_id (self));
      break;

    case PROP_AT:
      g_value_set_int64 (value, paraat_audit_entry_get_at (self));
      break;

    case PROP_ACTOR:
      g_value_set_string (value, paraat_audit_entry_get_actor (self));
      break;

    case PROP_ENTITY:
      g_value_set_string (value, paraat_audit_entry_get_entity (self));
      break;

    case PROP_ENTITY_ID:
      g_value_set_int64 (value, paraat_audit_entry_get_entity_id (self));
      break;

    case PROP_ACTION:
      g_value_set_enum (value, paraat_audit_entry_get_action (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, paraat_audit_entry_get_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_audit_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ParaatAuditEntry *self = PARAAT_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_audit_entry_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AT:
      paraat_audit_entry_set_at (self, g_value_get_int64 (value));
      break;

    case PROP_ACTOR:
      paraat_audit_entry_set_actor (self, g_value_get_string (value));
      break;

    case PROP_ENTITY:
      paraat_audit_entry_set_entity (self, g_value_get_string (value));
      break;

    case PROP_ENTITY_ID:
      paraat_audit_entry_set_entity_id (self, g_value_get_int64 (value));
      break;

    case PROP_ACTION:
      paraat_audit_entry_set_action (self, g_value_get_enum (value));
      break;

    case PROP_SUMMARY:
      paraat_audit_entry_set_summary (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_audit_entry_class_init (ParaatAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_audit_entry_finalize;
  object_class->get_property = paraat_audit_entry_get_property;
  object_class->set_property = paraat_audit_entry_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ENTITY_ID] =
    g_param_spec_int64 ("entity-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ACTION] =
    g_param_spec_enum ("action", NULL, NULL,
                       PARAAT_TYPE_AUDIT_ACTION, PARAAT_AUDIT_ACTION_CREATE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_audit_entry_init (ParaatAuditEntry *self)
{
  self->action = PARAAT_AUDIT_ACTION_CREATE;
}

ParaatAuditEntry *
paraat_audit_entry_new (void)
{
  return g_object_new (PARAAT_TYPE_AUDIT_ENTRY, NULL);
}

gint64
paraat_audit_entry_get_id (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), 0);

  return self->id;
}

void
paraat_audit_entry_set_id (ParaatAuditEntry *self,
                           gint64            id)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
paraat_audit_entry_get_at (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), 0);

  return self->at;
}

void
paraat_audit_entry_set_at (ParaatAuditEntry *self,
                           gint64            at)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (self->at != at)
    {
      self->at = at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AT]);
    }
}

const char *
paraat_audit_entry_get_actor (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), NULL);

  return self->actor != NULL ? self->actor : "";
}

void
paraat_audit_entry_set_actor (ParaatAuditEntry *self,
                              const char       *actor)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (_paraat_model_set_string (&self->actor, actor))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTOR]);
}

const char *
paraat_audit_entry_get_entity (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), NULL);

  return self->entity != NULL ? self->entity : "";
}

void
paraat_audit_entry_set_entity (ParaatAuditEntry *self,
                               const char       *entity)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (_paraat_model_set_string (&self->entity, entity))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENTITY]);
}

gint64
paraat_audit_entry_get_entity_id (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), 0);

  return self->entity_id;
}

void
paraat_audit_entry_set_entity_id (ParaatAuditEntry *self,
                                  gint64            entity_id)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (self->entity_id != entity_id)
    {
      self->entity_id = entity_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENTITY_ID]);
    }
}

ParaatAuditAction
paraat_audit_entry_get_action (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), PARAAT_AUDIT_ACTION_CREATE);

  return self->action;
}

void
paraat_audit_entry_set_action (ParaatAuditEntry  *self,
                               ParaatAuditAction  action)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_AUDIT_ACTION, action) != NULL);

  if (self->action != action)
    {
      self->action = action;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTION]);
    }
}

const char *
paraat_audit_entry_get_summary (ParaatAuditEntry *self)
{
  g_return_val_if_fail (PARAAT_IS_AUDIT_ENTRY (self), NULL);

  return self->summary != NULL ? self->summary : "";
}

void
paraat_audit_entry_set_summary (ParaatAuditEntry *self,
                                const char       *summary)
{
  g_return_if_fail (PARAAT_IS_AUDIT_ENTRY (self));

  if (_paraat_model_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}
