/* paraat-assignment.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-assignment.h"
#include "model/paraat-model-private.h"

struct _ParaatAssignment
{
  GObject parent_instance;

  gint64                 id;
  gint64                 person_id;
  gint64                 function_id;
  ParaatAssignmentLevel  level;
  int                    position;
  char                  *valid_from;
  char                  *valid_until;
};

G_DEFINE_FINAL_TYPE (ParaatAssignment, paraat_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_FUNCTION_ID,
  PROP_LEVEL,
  PROP_POSITION,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_assignment_finalize (GObject *object)
{
  ParaatAssignment *self = (ParaatAssignment *) object;

  g_clear_pointer (&self->valid_from, g_free);
  g_clear_pointer (&self->valid_until, g_free);

  G_OBJECT_CLASS (paraat_assignment_parent_class)->finalize (object);
}

static void
paraat_assignment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ParaatAssignment *self = PARAAT_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_assignment_get_id (self));
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, paraat_assignment_get_person_id (self));
      break;

    case PROP_FUNCTION_ID:
      g_value_set_int64 (value, paraat_assignment_get_function_id (self));
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, paraat_assignment_get_level (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, paraat_assignment_get_position (self));
      break;

    case PROP_VALID_FROM:
      g_value_set_string (value, paraat_assignment_get_valid_from (self));
      break;

    case PROP_VALID_UNTIL:
      g_value_set_string (value, paraat_assignment_get_valid_until (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_assignment_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ParaatAssignment *self = PARAAT_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_assignment_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      paraat_assignment_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_FUNCTION_ID:
      paraat_assignment_set_function_id (self, g_value_get_int64 (value));
      break;

    case PROP_LEVEL:
      paraat_assignment_set_level (self, g_value_get_enum (value));
      break;

    case PROP_POSITION:
      paraat_assignment_set_position (self, g_value_get_int (value));
      break;

    case PROP_VALID_FROM:
      paraat_assignment_set_valid_from (self, g_value_get_string (value));
      break;

    case PROP_VALID_UNTIL:
      paraat_assignment_set_valid_until (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_assignment_class_init (ParaatAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_assignment_finalize;
  object_class->get_property = paraat_assignment_get_property;
  object_class->set_property = paraat_assignment_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_FUNCTION_ID] =
    g_param_spec_int64 ("function-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       PARAAT_TYPE_ASSIGNMENT_LEVEL, PARAAT_ASSIGNMENT_LEVEL_PRIMARY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      1, G_MAXINT, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_VALID_UNTIL] =
    g_param_spec_string ("valid-until", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_assignment_init (ParaatAssignment *self)
{
  self->level = PARAAT_ASSIGNMENT_LEVEL_PRIMARY;
  self->position = 1;
}

ParaatAssignment *
paraat_assignment_new (void)
{
  return g_object_new (PARAAT_TYPE_ASSIGNMENT, NULL);
}

gint64
paraat_assignment_get_id (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), 0);

  return self->id;
}

void
paraat_assignment_set_id (ParaatAssignment *self,
                          gint64            id)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
paraat_assignment_get_person_id (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), 0);

  return self->person_id;
}

void
paraat_assignment_set_person_id (ParaatAssignment *self,
                                 gint64            person_id)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON_ID]);
    }
}

gint64
paraat_assignment_get_function_id (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), 0);

  return self->function_id;
}

void
paraat_assignment_set_function_id (ParaatAssignment *self,
                                   gint64            function_id)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (self->function_id != function_id)
    {
      self->function_id = function_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FUNCTION_ID]);
    }
}

ParaatAssignmentLevel
paraat_assignment_get_level (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), PARAAT_ASSIGNMENT_LEVEL_PRIMARY);

  return self->level;
}

void
paraat_assignment_set_level (ParaatAssignment      *self,
                             ParaatAssignmentLevel  level)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_ASSIGNMENT_LEVEL, level) != NULL);

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LEVEL]);
    }
}

int
paraat_assignment_get_position (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), 0);

  return self->position;
}

void
paraat_assignment_set_position (ParaatAssignment *self,
                                int               position)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
    }
}

const char *
paraat_assignment_get_valid_from (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), NULL);

  return self->valid_from;
}

void
paraat_assignment_set_valid_from (ParaatAssignment *self,
                                  const char       *valid_from)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (_paraat_model_set_string (&self->valid_from, valid_from))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALID_FROM]);
}

const char *
paraat_assignment_get_valid_until (ParaatAssignment *self)
{
  g_return_val_if_fail (PARAAT_IS_ASSIGNMENT (self), NULL);

  return self->valid_until;
}

void
paraat_assignment_set_valid_until (ParaatAssignment *self,
                                   const char       *valid_until)
{
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (self));

  if (_paraat_model_set_string (&self->valid_until, valid_until))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALID_UNTIL]);
}
