/* paraat-organisation.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-organisation.h"
#include "model/paraat-model-private.h"

struct _ParaatOrganisation
{
  GObject parent_instance;

  char *name;
  char *time_zone;
  char *region;
};

G_DEFINE_FINAL_TYPE (ParaatOrganisation, paraat_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TIME_ZONE,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_organisation_finalize (GObject *object)
{
  ParaatOrganisation *self = (ParaatOrganisation *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->region, g_free);

  G_OBJECT_CLASS (paraat_organisation_parent_class)->finalize (object);
}

static void
paraat_organisation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ParaatOrganisation *self = PARAAT_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, paraat_organisation_get_name (self));
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, paraat_organisation_get_time_zone (self));
      break;

    case PROP_REGION:
      g_value_set_string (value, paraat_organisation_get_region (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_organisation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ParaatOrganisation *self = PARAAT_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      paraat_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_TIME_ZONE:
      paraat_organisation_set_time_zone (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      paraat_organisation_set_region (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_organisation_class_init (ParaatOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_organisation_finalize;
  object_class->get_property = paraat_organisation_get_property;
  object_class->set_property = paraat_organisation_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         "Europe/Amsterdam",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_organisation_init (ParaatOrganisation *self)
{
  self->time_zone = g_strdup ("Europe/Amsterdam");
}

ParaatOrganisation *
paraat_organisation_new (void)
{
  return g_object_new (PARAAT_TYPE_ORGANISATION, NULL);
}

const char *
paraat_organisation_get_name (ParaatOrganisation *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
paraat_organisation_set_name (ParaatOrganisation *self,
                              const char         *name)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION (self));

  if (_paraat_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
paraat_organisation_get_time_zone (ParaatOrganisation *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION (self), NULL);

  return self->time_zone != NULL ? self->time_zone : "";
}

void
paraat_organisation_set_time_zone (ParaatOrganisation *self,
                                   const char         *time_zone)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION (self));

  if (_paraat_model_set_string (&self->time_zone, time_zone))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIME_ZONE]);
}

const char *
paraat_organisation_get_region (ParaatOrganisation *self)
{
  g_return_val_if_fail (PARAAT_IS_ORGANISATION (self), NULL);

  return self->region != NULL ? self->region : "";
}

void
paraat_organisation_set_region (ParaatOrganisation *self,
                                const char         *region)
{
  g_return_if_fail (PARAAT_IS_ORGANISATION (self));

  if (_paraat_model_set_string (&self->region, region))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REGION]);
}
