/* paraat-shift.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-shift.h"
#include "model/paraat-model-private.h"

struct _ParaatShift
{
  GObject parent_instance;

  gint64             id;
  gint64             function_id;
  int                line;
  gint64             person_id;
  gint64             starts_at;
  gint64             ends_at;
  ParaatShiftOrigin  origin;
  gint64             request_id;
};

G_DEFINE_FINAL_TYPE (ParaatShift, paraat_shift, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FUNCTION_ID,
  PROP_LINE,
  PROP_PERSON_ID,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ORIGIN,
  PROP_REQUEST_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_shift_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ParaatShift *self = PARAAT_SHIFT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_shift_get_id (self));
      break;

    case PROP_FUNCTION_ID:
      g_value_set_int64 (value, paraat_shift_get_function_id (self));
      break;

    case PROP_LINE:
      g_value_set_int (value, paraat_shift_get_line (self));
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, paraat_shift_get_person_id (self));
      break;

    case PROP_REQUEST_ID:
      g_value_set_int64 (value, paraat_shift_get_request_id (self));
      break;

    case PROP_STARTS_AT:
      g_value_set_int64 (value, paraat_shift_get_starts_at (self));
      break;

    case PROP_ENDS_AT:
      g_value_set_int64 (value, paraat_shift_get_ends_at (self));
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, paraat_shift_get_origin (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_shift_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ParaatShift *self = PARAAT_SHIFT (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_shift_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_FUNCTION_ID:
      paraat_shift_set_function_id (self, g_value_get_int64 (value));
      break;

    case PROP_LINE:
      paraat_shift_set_line (self, g_value_get_int (value));
      break;

    case PROP_PERSON_ID:
      paraat_shift_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_REQUEST_ID:
      paraat_shift_set_request_id (self, g_value_get_int64 (value));
      break;

    case PROP_STARTS_AT:
      paraat_shift_set_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_ENDS_AT:
      paraat_shift_set_ends_at (self, g_value_get_int64 (value));
      break;

    case PROP_ORIGIN:
      paraat_shift_set_origin (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_shift_class_init (ParaatShiftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = paraat_shift_get_property;
  object_class->set_property = paraat_shift_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_FUNCTION_ID] =
    g_param_spec_int64 ("function-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_LINE] =
    g_param_spec_int ("line", NULL, NULL,
                      1, 2, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       PARAAT_TYPE_SHIFT_ORIGIN, PARAAT_SHIFT_ORIGIN_GENERATED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_shift_init (ParaatShift *self)
{
  self->line = 1;
  self->origin = PARAAT_SHIFT_ORIGIN_GENERATED;
}

ParaatShift *
paraat_shift_new (void)
{
  return g_object_new (PARAAT_TYPE_SHIFT, NULL);
}

gint64
paraat_shift_get_id (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->id;
}

void
paraat_shift_set_id (ParaatShift *self,
                     gint64       id)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
paraat_shift_get_function_id (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->function_id;
}

void
paraat_shift_set_function_id (ParaatShift *self,
                              gint64       function_id)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->function_id != function_id)
    {
      self->function_id = function_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FUNCTION_ID]);
    }
}

int
paraat_shift_get_line (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->line;
}

void
paraat_shift_set_line (ParaatShift *self,
                       int          line)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->line != line)
    {
      self->line = line;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LINE]);
    }
}

gint64
paraat_shift_get_person_id (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->person_id;
}

void
paraat_shift_set_person_id (ParaatShift *self,
                            gint64       person_id)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON_ID]);
    }
}

gint64
paraat_shift_get_starts_at (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->starts_at;
}

void
paraat_shift_set_starts_at (ParaatShift *self,
                            gint64       starts_at)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->starts_at != starts_at)
    {
      self->starts_at = starts_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
    }
}

gint64
paraat_shift_get_ends_at (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->ends_at;
}

void
paraat_shift_set_ends_at (ParaatShift *self,
                          gint64       ends_at)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->ends_at != ends_at)
    {
      self->ends_at = ends_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDS_AT]);
    }
}

ParaatShiftOrigin
paraat_shift_get_origin (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), PARAAT_SHIFT_ORIGIN_GENERATED);

  return self->origin;
}

void
paraat_shift_set_origin (ParaatShift       *self,
                         ParaatShiftOrigin  origin)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_SHIFT_ORIGIN, origin) != NULL);

  if (self->origin != origin)
    {
      self->origin = origin;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORIGIN]);
    }
}

gint64
paraat_shift_get_request_id (ParaatShift *self)
{
  g_return_val_if_fail (PARAAT_IS_SHIFT (self), 0);

  return self->request_id;
}

void
paraat_shift_set_request_id (ParaatShift *self,
                             gint64       request_id)
{
  g_return_if_fail (PARAAT_IS_SHIFT (self));

  if (self->request_id != request_id)
    {
      self->request_id = request_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REQUEST_ID]);
    }
}
