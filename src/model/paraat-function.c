/* paraat-function.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-function.h"
#include "model/paraat-model-private.h"

struct _ParaatFunction
{
  GObject parent_instance;

  gint64           id;
  gint64           team_id;
  char            *code;
  char            *name;
  char            *description;
  ParaatPiketKind  piket_kind;
  int              response_minutes;
  int              lines;
  int              per_line;
  guint            regional_pool : 1;
  guint            allow_overlap : 1;
  int              position;
};

G_DEFINE_FINAL_TYPE (ParaatFunction, paraat_function, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEAM_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_PIKET_KIND,
  PROP_RESPONSE_MINUTES,
  PROP_LINES,
  PROP_PER_LINE,
  PROP_REGIONAL_POOL,
  PROP_ALLOW_OVERLAP,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_function_finalize (GObject *object)
{
  ParaatFunction *self = (ParaatFunction *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (paraat_function_parent_class)->finalize (object);
}

static void
paraat_function_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ParaatFunction *self = PARAAT_FUNCTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_function_get_id (self));
      break;

    case PROP_TEAM_ID:
      g_value_set_int64 (value, paraat_function_get_team_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, paraat_function_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, paraat_function_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, paraat_function_get_description (self));
      break;

    case PROP_PIKET_KIND:
      g_value_set_enum (value, paraat_function_get_piket_kind (self));
      break;

    case PROP_RESPONSE_MINUTES:
      g_value_set_int (value, paraat_function_get_response_minutes (self));
      break;

    case PROP_LINES:
      g_value_set_int (value, paraat_function_get_lines (self));
      break;

    case PROP_PER_LINE:
      g_value_set_int (value, paraat_function_get_per_line (self));
      break;

    case PROP_REGIONAL_POOL:
      g_value_set_boolean (value, paraat_function_get_regional_pool (self));
      break;

    case PROP_ALLOW_OVERLAP:
      g_value_set_boolean (value, paraat_function_get_allow_overlap (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, paraat_function_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_function_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ParaatFunction *self = PARAAT_FUNCTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_function_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEAM_ID:
      paraat_function_set_team_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      paraat_function_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      paraat_function_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      paraat_function_set_description (self, g_value_get_string (value));
      break;

    case PROP_PIKET_KIND:
      paraat_function_set_piket_kind (self, g_value_get_enum (value));
      break;

    case PROP_RESPONSE_MINUTES:
      paraat_function_set_response_minutes (self, g_value_get_int (value));
      break;

    case PROP_LINES:
      paraat_function_set_lines (self, g_value_get_int (value));
      break;

    case PROP_PER_LINE:
      paraat_function_set_per_line (self, g_value_get_int (value));
      break;

    case PROP_REGIONAL_POOL:
      paraat_function_set_regional_pool (self, g_value_get_boolean (value));
      break;

    case PROP_ALLOW_OVERLAP:
      paraat_function_set_allow_overlap (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      paraat_function_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_function_class_init (ParaatFunctionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_function_finalize;
  object_class->get_property = paraat_function_get_property;
  object_class->set_property = paraat_function_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_TEAM_ID] =
    g_param_spec_int64 ("team-id", NULL, NULL,
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

  properties [PROP_PIKET_KIND] =
    g_param_spec_enum ("piket-kind", NULL, NULL,
                       PARAAT_TYPE_PIKET_KIND, PARAAT_PIKET_KIND_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_RESPONSE_MINUTES] =
    g_param_spec_int ("response-minutes", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_LINES] =
    g_param_spec_int ("lines", NULL, NULL,
                      1, 2, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PER_LINE] =
    g_param_spec_int ("per-line", NULL, NULL,
                      1, G_MAXINT, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_REGIONAL_POOL] =
    g_param_spec_boolean ("regional-pool", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ALLOW_OVERLAP] =
    g_param_spec_boolean ("allow-overlap", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_function_init (ParaatFunction *self)
{
  self->piket_kind = PARAAT_PIKET_KIND_NONE;
  self->response_minutes = -1;
  self->lines = 1;
  self->per_line = 1;
}

ParaatFunction *
paraat_function_new (void)
{
  return g_object_new (PARAAT_TYPE_FUNCTION, NULL);
}

gint64
paraat_function_get_id (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->id;
}

void
paraat_function_set_id (ParaatFunction *self,
                        gint64          id)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
paraat_function_get_team_id (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->team_id;
}

void
paraat_function_set_team_id (ParaatFunction *self,
                             gint64          team_id)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->team_id != team_id)
    {
      self->team_id = team_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEAM_ID]);
    }
}

const char *
paraat_function_get_code (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), NULL);

  return self->code != NULL ? self->code : "";
}

void
paraat_function_set_code (ParaatFunction *self,
                          const char     *code)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (_paraat_model_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CODE]);
}

const char *
paraat_function_get_name (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
paraat_function_set_name (ParaatFunction *self,
                          const char     *name)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (_paraat_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
paraat_function_get_description (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
paraat_function_set_description (ParaatFunction *self,
                                 const char     *description)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (_paraat_model_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

ParaatPiketKind
paraat_function_get_piket_kind (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), PARAAT_PIKET_KIND_NONE);

  return self->piket_kind;
}

void
paraat_function_set_piket_kind (ParaatFunction  *self,
                                ParaatPiketKind  kind)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_PIKET_KIND, kind) != NULL);

  if (self->piket_kind != kind)
    {
      self->piket_kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PIKET_KIND]);
    }
}

int
paraat_function_get_response_minutes (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->response_minutes;
}

void
paraat_function_set_response_minutes (ParaatFunction *self,
                                      int             minutes)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->response_minutes != minutes)
    {
      self->response_minutes = minutes;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RESPONSE_MINUTES]);
    }
}

int
paraat_function_get_lines (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->lines;
}

void
paraat_function_set_lines (ParaatFunction *self,
                           int             lines)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->lines != lines)
    {
      self->lines = lines;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LINES]);
    }
}

int
paraat_function_get_per_line (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->per_line;
}

void
paraat_function_set_per_line (ParaatFunction *self,
                              int             per_line)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->per_line != per_line)
    {
      self->per_line = per_line;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PER_LINE]);
    }
}

gboolean
paraat_function_get_regional_pool (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), FALSE);

  return self->regional_pool;
}

void
paraat_function_set_regional_pool (ParaatFunction *self,
                                   gboolean        regional_pool)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  regional_pool = !!regional_pool;

  if (self->regional_pool != regional_pool)
    {
      self->regional_pool = regional_pool;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REGIONAL_POOL]);
    }
}

gboolean
paraat_function_get_allow_overlap (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), FALSE);

  return self->allow_overlap;
}

void
paraat_function_set_allow_overlap (ParaatFunction *self,
                                   gboolean        allow_overlap)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  allow_overlap = !!allow_overlap;

  if (self->allow_overlap != allow_overlap)
    {
      self->allow_overlap = allow_overlap;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ALLOW_OVERLAP]);
    }
}

int
paraat_function_get_position (ParaatFunction *self)
{
  g_return_val_if_fail (PARAAT_IS_FUNCTION (self), 0);

  return self->position;
}

void
paraat_function_set_position (ParaatFunction *self,
                              int             position)
{
  g_return_if_fail (PARAAT_IS_FUNCTION (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
    }
}
