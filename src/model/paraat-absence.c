/* paraat-absence.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-absence.h"
#include "model/paraat-model-private.h"

struct _ParaatAbsence
{
  GObject parent_instance;

  gint64  id;
  gint64  person_id;
  gint64  starts_at;
  gint64  ends_at;
  char   *reason;
};

G_DEFINE_FINAL_TYPE (ParaatAbsence, paraat_absence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_absence_finalize (GObject *object)
{
  ParaatAbsence *self = (ParaatAbsence *) object;

  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (paraat_absence_parent_class)->finalize (object);
}

static void
paraat_absence_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ParaatAbsence *self = PARAAT_ABSENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_absence_get_id (self));
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, paraat_absence_get_person_id (self));
      break;

    case PROP_STARTS_AT:
      g_value_set_int64 (value, paraat_absence_get_starts_at (self));
      break;

    case PROP_ENDS_AT:
      g_value_set_int64 (value, paraat_absence_get_ends_at (self));
      break;

    case PROP_REASON:
      g_value_set_string (value, paraat_absence_get_reason (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_absence_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ParaatAbsence *self = PARAAT_ABSENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_absence_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      paraat_absence_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_STARTS_AT:
      paraat_absence_set_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_ENDS_AT:
      paraat_absence_set_ends_at (self, g_value_get_int64 (value));
      break;

    case PROP_REASON:
      paraat_absence_set_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_absence_class_init (ParaatAbsenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_absence_finalize;
  object_class->get_property = paraat_absence_get_property;
  object_class->set_property = paraat_absence_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
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

  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_absence_init (ParaatAbsence *self)
{
}

ParaatAbsence *
paraat_absence_new (void)
{
  return g_object_new (PARAAT_TYPE_ABSENCE, NULL);
}

gint64
paraat_absence_get_id (ParaatAbsence *self)
{
  g_return_val_if_fail (PARAAT_IS_ABSENCE (self), 0);

  return self->id;
}

void
paraat_absence_set_id (ParaatAbsence *self,
                       gint64         id)
{
  g_return_if_fail (PARAAT_IS_ABSENCE (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
paraat_absence_get_person_id (ParaatAbsence *self)
{
  g_return_val_if_fail (PARAAT_IS_ABSENCE (self), 0);

  return self->person_id;
}

void
paraat_absence_set_person_id (ParaatAbsence *self,
                              gint64         person_id)
{
  g_return_if_fail (PARAAT_IS_ABSENCE (self));

  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON_ID]);
    }
}

gint64
paraat_absence_get_starts_at (ParaatAbsence *self)
{
  g_return_val_if_fail (PARAAT_IS_ABSENCE (self), 0);

  return self->starts_at;
}

void
paraat_absence_set_starts_at (ParaatAbsence *self,
                              gint64         starts_at)
{
  g_return_if_fail (PARAAT_IS_ABSENCE (self));

  if (self->starts_at != starts_at)
    {
      self->starts_at = starts_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
    }
}

gint64
paraat_absence_get_ends_at (ParaatAbsence *self)
{
  g_return_val_if_fail (PARAAT_IS_ABSENCE (self), 0);

  return self->ends_at;
}

void
paraat_absence_set_ends_at (ParaatAbsence *self,
                            gint64         ends_at)
{
  g_return_if_fail (PARAAT_IS_ABSENCE (self));

  if (self->ends_at != ends_at)
    {
      self->ends_at = ends_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDS_AT]);
    }
}

const char *
paraat_absence_get_reason (ParaatAbsence *self)
{
  g_return_val_if_fail (PARAAT_IS_ABSENCE (self), NULL);

  return self->reason != NULL ? self->reason : "";
}

void
paraat_absence_set_reason (ParaatAbsence *self,
                           const char    *reason)
{
  g_return_if_fail (PARAAT_IS_ABSENCE (self));

  if (_paraat_model_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASON]);
}
