/* paraat-person.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-person.h"
#include "model/paraat-model-private.h"

struct _ParaatPerson
{
  GObject parent_instance;

  gint64  id;
  char   *given_name;
  char   *family_name;
  char   *display_name;
  char   *phone;
  char   *phone_alt;
  char   *email;
  char   *department;
  char   *municipality;
  guint   active : 1;
  guint   fictitious : 1;
  char   *notes;
};

G_DEFINE_FINAL_TYPE (ParaatPerson, paraat_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_DISPLAY_NAME,
  PROP_PHONE,
  PROP_PHONE_ALT,
  PROP_EMAIL,
  PROP_DEPARTMENT,
  PROP_MUNICIPALITY,
  PROP_ACTIVE,
  PROP_FICTITIOUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* "given family", leaving out an empty part; TRUE when that changed the display name. */
static gboolean
update_display_name (ParaatPerson *self)
{
  g_autofree char *display_name = NULL;

  if (self->given_name != NULL && self->family_name != NULL)
    display_name = g_strconcat (self->given_name, " ", self->family_name, NULL);
  else
    display_name = g_strdup (self->given_name != NULL ? self->given_name : self->family_name);

  return _paraat_model_set_string (&self->display_name, display_name);
}

static void
paraat_person_finalize (GObject *object)
{
  ParaatPerson *self = (ParaatPerson *) object;

  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->phone_alt, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (paraat_person_parent_class)->finalize (object);
}

static void
paraat_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ParaatPerson *self = PARAAT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_person_get_id (self));
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, paraat_person_get_given_name (self));
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, paraat_person_get_family_name (self));
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, paraat_person_get_display_name (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, paraat_person_get_phone (self));
      break;

    case PROP_PHONE_ALT:
      g_value_set_string (value, paraat_person_get_phone_alt (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, paraat_person_get_email (self));
      break;

    case PROP_DEPARTMENT:
      g_value_set_string (value, paraat_person_get_department (self));
      break;

    case PROP_MUNICIPALITY:
      g_value_set_string (value, paraat_person_get_municipality (self));
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, paraat_person_get_active (self));
      break;

    case PROP_FICTITIOUS:
      g_value_set_boolean (value, paraat_person_get_fictitious (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, paraat_person_get_notes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ParaatPerson *self = PARAAT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_person_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GIVEN_NAME:
      paraat_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      paraat_person_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      paraat_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_PHONE_ALT:
      paraat_person_set_phone_alt (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      paraat_person_set_email (self, g_value_get_string (value));
      break;

    case PROP_DEPARTMENT:
      paraat_person_set_department (self, g_value_get_string (value));
      break;

    case PROP_MUNICIPALITY:
      paraat_person_set_municipality (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      paraat_person_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_FICTITIOUS:
      paraat_person_set_fictitious (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      paraat_person_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_person_class_init (ParaatPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_person_finalize;
  object_class->get_property = paraat_person_get_property;
  object_class->set_property = paraat_person_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PHONE_ALT] =
    g_param_spec_string ("phone-alt", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_FICTITIOUS] =
    g_param_spec_boolean ("fictitious", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_person_init (ParaatPerson *self)
{
  self->active = TRUE;
}

ParaatPerson *
paraat_person_new (void)
{
  return g_object_new (PARAAT_TYPE_PERSON, NULL);
}

gint64
paraat_person_get_id (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), 0);

  return self->id;
}

void
paraat_person_set_id (ParaatPerson *self,
                      gint64        id)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

const char *
paraat_person_get_given_name (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->given_name != NULL ? self->given_name : "";
}

void
paraat_person_set_given_name (ParaatPerson *self,
                              const char   *given_name)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (!_paraat_model_set_string (&self->given_name, given_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GIVEN_NAME]);
  if (update_display_name (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISPLAY_NAME]);
}

const char *
paraat_person_get_family_name (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->family_name != NULL ? self->family_name : "";
}

void
paraat_person_set_family_name (ParaatPerson *self,
                               const char   *family_name)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (!_paraat_model_set_string (&self->family_name, family_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAMILY_NAME]);
  if (update_display_name (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISPLAY_NAME]);
}

const char *
paraat_person_get_display_name (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->display_name != NULL ? self->display_name : "";
}

const char *
paraat_person_get_phone (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->phone != NULL ? self->phone : "";
}

void
paraat_person_set_phone (ParaatPerson *self,
                         const char   *phone)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHONE]);
}

const char *
paraat_person_get_phone_alt (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->phone_alt != NULL ? self->phone_alt : "";
}

void
paraat_person_set_phone_alt (ParaatPerson *self,
                             const char   *phone_alt)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->phone_alt, phone_alt))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHONE_ALT]);
}

const char *
paraat_person_get_email (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->email != NULL ? self->email : "";
}

void
paraat_person_set_email (ParaatPerson *self,
                         const char   *email)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMAIL]);
}

const char *
paraat_person_get_department (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->department != NULL ? self->department : "";
}

void
paraat_person_set_department (ParaatPerson *self,
                              const char   *department)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEPARTMENT]);
}

const char *
paraat_person_get_municipality (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->municipality != NULL ? self->municipality : "";
}

void
paraat_person_set_municipality (ParaatPerson *self,
                                const char   *municipality)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->municipality, municipality))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MUNICIPALITY]);
}

gboolean
paraat_person_get_active (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), FALSE);

  return self->active;
}

void
paraat_person_set_active (ParaatPerson *self,
                          gboolean      active)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  active = !!active;

  if (self->active != active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIVE]);
    }
}

gboolean
paraat_person_get_fictitious (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), FALSE);

  return self->fictitious;
}

void
paraat_person_set_fictitious (ParaatPerson *self,
                              gboolean      fictitious)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  fictitious = !!fictitious;

  if (self->fictitious != fictitious)
    {
      self->fictitious = fictitious;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FICTITIOUS]);
    }
}

const char *
paraat_person_get_notes (ParaatPerson *self)
{
  g_return_val_if_fail (PARAAT_IS_PERSON (self), NULL);

  return self->notes != NULL ? self->notes : "";
}

void
paraat_person_set_notes (ParaatPerson *self,
                         const char   *notes)
{
  g_return_if_fail (PARAAT_IS_PERSON (self));

  if (_paraat_model_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}
