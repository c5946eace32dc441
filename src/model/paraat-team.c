/* paraat-team.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-team.h"
#include "model/paraat-model-private.h"

struct _ParaatTeam
{
  GObject parent_instance;

  gint64  id;
  char   *code;
  char   *name;
  char   *description;
  int     position;
};

G_DEFINE_FINAL_TYPE (ParaatTeam, paraat_team, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_team_finalize (GObject *object)
{
  ParaatTeam *self = (ParaatTeam *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (paraat_team_parent_class)->finalize (object);
}

static void
paraat_team_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ParaatTeam *self = PARAAT_TEAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_team_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, paraat_team_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, paraat_team_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, paraat_team_get_description (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, paraat_team_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_team_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ParaatTeam *self = PARAAT_TEAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_team_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      paraat_team_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      paraat_team_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      paraat_team_set_description (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      paraat_team_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_team_class_init (ParaatTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_team_finalize;
  object_class->get_property = paraat_team_get_property;
  object_class->set_property = paraat_team_set_property;

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

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_team_init (ParaatTeam *self)
{
}

ParaatTeam *
paraat_team_new (void)
{
  return g_object_new (PARAAT_TYPE_TEAM, NULL);
}

gint64
paraat_team_get_id (ParaatTeam *self)
{
  g_return_val_if_fail (PARAAT_IS_TEAM (self), 0);

  return self->id;
}

void
paraat_team_set_id (ParaatTeam *self,
                    gint64      id)
{
  g_return_if_fail (PARAAT_IS_TEAM (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

const char *
paraat_team_get_code (ParaatTeam *self)
{
  g_return_val_if_fail (PARAAT_IS_TEAM (self), NULL);

  return self->code != NULL ? self->code : "";
}

void
paraat_team_set_code (ParaatTeam *self,
                      const char *code)
{
  g_return_if_fail (PARAAT_IS_TEAM (self));

  if (_paraat_model_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CODE]);
}

const char *
paraat_team_get_name (ParaatTeam *self)
{
  g_return_val_if_fail (PARAAT_IS_TEAM (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
paraat_team_set_name (ParaatTeam *self,
                      const char *name)
{
  g_return_if_fail (PARAAT_IS_TEAM (self));

  if (_paraat_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
paraat_team_get_description (ParaatTeam *self)
{
  g_return_val_if_fail (PARAAT_IS_TEAM (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
paraat_team_set_description (ParaatTeam *self,
                             const char *description)
{
  g_return_if_fail (PARAAT_IS_TEAM (self));

  if (_paraat_model_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

int
paraat_team_get_position (ParaatTeam *self)
{
  g_return_val_if_fail (PARAAT_IS_TEAM (self), 0);

  return self->position;
}

void
paraat_team_set_position (ParaatTeam *self,
                          int         position)
{
  g_return_if_fail (PARAAT_IS_TEAM (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
    }
}
