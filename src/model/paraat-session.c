/* paraat-session.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-session.h"
#include "model/paraat-model-private.h"

struct _ParaatSession
{
  GObject parent_instance;

  gint64               id;
  char                *kind;
  char                *title;
  gint64               starts_at;
  gint64               ends_at;
  char                *location;
  char                *organiser;
  char                *partners;
  int                  capacity;
  ParaatSessionStatus  status;
  char                *description;
};

G_DEFINE_FINAL_TYPE (ParaatSession, paraat_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_LOCATION,
  PROP_ORGANISER,
  PROP_PARTNERS,
  PROP_CAPACITY,
  PROP_STATUS,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_session_finalize (GObject *object)
{
  ParaatSession *self = (ParaatSession *) object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->organiser, g_free);
  g_clear_pointer (&self->partners, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (paraat_session_parent_class)->finalize (object);
}

static void
paraat_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ParaatSession *self = PARAAT_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_session_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_string (value, paraat_session_get_kind (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, paraat_session_get_title (self));
      break;

    case PROP_STARTS_AT:
      g_value_set_int64 (value, paraat_session_get_starts_at (self));
      break;

    case PROP_ENDS_AT:
      g_value_set_int64 (value, paraat_session_get_ends_at (self));
      break;

    case PROP_LOCATION:
      g_value_set_string (value, paraat_session_get_location (self));
      break;

    case PROP_ORGANISER:
      g_value_set_string (value, paraat_session_get_organiser (self));
      break;

    case PROP_PARTNERS:
      g_value_set_string (value, paraat_session_get_partners (self));
      break;

    case PROP_CAPACITY:
      g_value_set_int (value, paraat_session_get_capacity (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, paraat_session_get_status (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, paraat_session_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ParaatSession *self = PARAAT_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_session_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      paraat_session_set_kind (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      paraat_session_set_title (self, g_value_get_string (value));
      break;

    case PROP_STARTS_AT:
      paraat_session_set_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_ENDS_AT:
      paraat_session_set_ends_at (self, g_value_get_int64 (value));
      break;

    case PROP_LOCATION:
      paraat_session_set_location (self, g_value_get_string (value));
      break;

    case PROP_ORGANISER:
      paraat_session_set_organiser (self, g_value_get_string (value));
      break;

    case PROP_PARTNERS:
      paraat_session_set_partners (self, g_value_get_string (value));
      break;

    case PROP_CAPACITY:
      paraat_session_set_capacity (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      paraat_session_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DESCRIPTION:
      paraat_session_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_session_class_init (ParaatSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_session_finalize;
  object_class->get_property = paraat_session_get_property;
  object_class->set_property = paraat_session_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ORGANISER] =
    g_param_spec_string ("organiser", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PARTNERS] =
    g_param_spec_string ("partners", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PARAAT_TYPE_SESSION_STATUS, PARAAT_SESSION_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_session_init (ParaatSession *self)
{
  self->status = PARAAT_SESSION_STATUS_PLANNED;
}

ParaatSession *
paraat_session_new (void)
{
  return g_object_new (PARAAT_TYPE_SESSION, NULL);
}

gint64
paraat_session_get_id (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), 0);

  return self->id;
}

void
paraat_session_set_id (ParaatSession *self,
                       gint64         id)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

const char *
paraat_session_get_kind (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->kind != NULL ? self->kind : "";
}

void
paraat_session_set_kind (ParaatSession *self,
                         const char    *kind)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
paraat_session_get_title (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
paraat_session_set_title (ParaatSession *self,
                          const char    *title)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

gint64
paraat_session_get_starts_at (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), 0);

  return self->starts_at;
}

void
paraat_session_set_starts_at (ParaatSession *self,
                              gint64         starts_at)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (self->starts_at != starts_at)
    {
      self->starts_at = starts_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
    }
}

gint64
paraat_session_get_ends_at (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), 0);

  return self->ends_at;
}

void
paraat_session_set_ends_at (ParaatSession *self,
                            gint64         ends_at)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (self->ends_at != ends_at)
    {
      self->ends_at = ends_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDS_AT]);
    }
}

const char *
paraat_session_get_location (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->location != NULL ? self->location : "";
}

void
paraat_session_set_location (ParaatSession *self,
                             const char    *location)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCATION]);
}

const char *
paraat_session_get_organiser (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->organiser != NULL ? self->organiser : "";
}

void
paraat_session_set_organiser (ParaatSession *self,
                              const char    *organiser)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->organiser, organiser))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORGANISER]);
}

const char *
paraat_session_get_partners (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->partners != NULL ? self->partners : "";
}

void
paraat_session_set_partners (ParaatSession *self,
                             const char    *partners)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->partners, partners))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PARTNERS]);
}

int
paraat_session_get_capacity (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), 0);

  return self->capacity;
}

void
paraat_session_set_capacity (ParaatSession *self,
                             int            capacity)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (self->capacity != capacity)
    {
      self->capacity = capacity;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAPACITY]);
    }
}

ParaatSessionStatus
paraat_session_get_status (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), PARAAT_SESSION_STATUS_PLANNED);

  return self->status;
}

void
paraat_session_set_status (ParaatSession       *self,
                           ParaatSessionStatus  status)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_SESSION_STATUS, status) != NULL);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
    }
}

const char *
paraat_session_get_description (ParaatSession *self)
{
  g_return_val_if_fail (PARAAT_IS_SESSION (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
paraat_session_set_description (ParaatSession *self,
                                const char    *description)
{
  g_return_if_fail (PARAAT_IS_SESSION (self));

  if (_paraat_model_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}
