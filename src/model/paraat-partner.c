/* paraat-partner.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-partner.h"
#include "model/paraat-model-private.h"

struct _ParaatPartner
{
  GObject parent_instance;

  gint64             id;
  char              *code;
  char              *name;
  ParaatPartnerKind  kind;
  char              *contact;
};

G_DEFINE_FINAL_TYPE (ParaatPartner, paraat_partner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_partner_finalize (GObject *object)
{
  ParaatPartner *self = (ParaatPartner *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->contact, g_free);

  G_OBJECT_CLASS (paraat_partner_parent_class)->finalize (object);
}

static void
paraat_partner_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ParaatPartner *self = PARAAT_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_partner_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, paraat_partner_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, paraat_partner_get_name (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, paraat_partner_get_kind (self));
      break;

    case PROP_CONTACT:
      g_value_set_string (value, paraat_partner_get_contact (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_partner_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ParaatPartner *self = PARAAT_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_partner_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      paraat_partner_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      paraat_partner_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      paraat_partner_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CONTACT:
      paraat_partner_set_contact (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_partner_class_init (ParaatPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_partner_finalize;
  object_class->get_property = paraat_partner_get_property;
  object_class->set_property = paraat_partner_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PARAAT_TYPE_PARTNER_KIND, PARAAT_PARTNER_KIND_INTERNAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_partner_init (ParaatPartner *self)
{
  self->kind = PARAAT_PARTNER_KIND_INTERNAL;
}

ParaatPartner *
paraat_partner_new (void)
{
  return g_object_new (PARAAT_TYPE_PARTNER, NULL);
}

gint64
paraat_partner_get_id (ParaatPartner *self)
{
  g_return_val_if_fail (PARAAT_IS_PARTNER (self), 0);

  return self->id;
}

void
paraat_partner_set_id (ParaatPartner *self,
                       gint64         id)
{
  g_return_if_fail (PARAAT_IS_PARTNER (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

const char *
paraat_partner_get_code (ParaatPartner *self)
{
  g_return_val_if_fail (PARAAT_IS_PARTNER (self), NULL);

  return self->code != NULL ? self->code : "";
}

void
paraat_partner_set_code (ParaatPartner *self,
                         const char    *code)
{
  g_return_if_fail (PARAAT_IS_PARTNER (self));

  if (_paraat_model_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CODE]);
}

const char *
paraat_partner_get_name (ParaatPartner *self)
{
  g_return_val_if_fail (PARAAT_IS_PARTNER (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
paraat_partner_set_name (ParaatPartner *self,
                         const char    *name)
{
  g_return_if_fail (PARAAT_IS_PARTNER (self));

  if (_paraat_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

ParaatPartnerKind
paraat_partner_get_kind (ParaatPartner *self)
{
  g_return_val_if_fail (PARAAT_IS_PARTNER (self), PARAAT_PARTNER_KIND_INTERNAL);

  return self->kind;
}

void
paraat_partner_set_kind (ParaatPartner     *self,
                         ParaatPartnerKind  kind)
{
  g_return_if_fail (PARAAT_IS_PARTNER (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_PARTNER_KIND, kind) != NULL);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
    }
}

const char *
paraat_partner_get_contact (ParaatPartner *self)
{
  g_return_val_if_fail (PARAAT_IS_PARTNER (self), NULL);

  return self->contact != NULL ? self->contact : "";
}

void
paraat_partner_set_contact (ParaatPartner *self,
                            const char    *contact)
{
  g_return_if_fail (PARAAT_IS_PARTNER (self));

  if (_paraat_model_set_string (&self->contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTACT]);
}
