/* paraat-event.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-event.h"
#include "model/paraat-model-private.h"

struct _ParaatEvent
{
  GObject parent_instance;

  gint64             id;
  char              *name;
  ParaatEventKind    kind;
  char              *organiser;
  char              *contact;
  char              *location;
  gint64             starts_at;
  gint64             ends_at;
  gint64             build_up_at;
  gint64             break_down_at;
  int                visitors_expected;
  int                visitors_max;
  ParaatEventStatus  status;
  ParaatRiskClass   scan_class;
  ParaatRiskClass   class_override;
  char              *override_reason;
  char              *description;
  char              *application_on;
  ParaatDateAnchor   anchor;
  char              *scan_answers;
};

G_DEFINE_FINAL_TYPE (ParaatEvent, paraat_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ORGANISER,
  PROP_CONTACT,
  PROP_LOCATION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_BUILD_UP_AT,
  PROP_BREAK_DOWN_AT,
  PROP_VISITORS_EXPECTED,
  PROP_VISITORS_MAX,
  PROP_STATUS,
  PROP_SCAN_CLASS,
  PROP_CLASS_OVERRIDE,
  PROP_OVERRIDE_REASON,
  PROP_EFFECTIVE_CLASS,
  PROP_DESCRIPTION,
  PROP_APPLICATION_ON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_event_finalize (GObject *object)
{
  ParaatEvent *self = (ParaatEvent *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organiser, g_free);
  g_clear_pointer (&self->contact, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->override_reason, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->application_on, g_free);
  g_clear_pointer (&self->scan_answers, g_free);

  G_OBJECT_CLASS (paraat_event_parent_class)->finalize (object);
}

static void
paraat_event_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ParaatEvent *self = PARAAT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, paraat_event_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, paraat_event_get_name (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, paraat_event_get_kind (self));
      break;

    case PROP_ORGANISER:
      g_value_set_string (value, paraat_event_get_organiser (self));
      break;

    case PROP_CONTACT:
      g_value_set_string (value, paraat_event_get_contact (self));
      break;

    case PROP_LOCATION:
      g_value_set_string (value, paraat_event_get_location (self));
      break;

    case PROP_STARTS_AT:
      g_value_set_int64 (value, paraat_event_get_starts_at (self));
      break;

    case PROP_ENDS_AT:
      g_value_set_int64 (value, paraat_event_get_ends_at (self));
      break;

    case PROP_BUILD_UP_AT:
      g_value_set_int64 (value, paraat_event_get_build_up_at (self));
      break;

    case PROP_BREAK_DOWN_AT:
      g_value_set_int64 (value, paraat_event_get_break_down_at (self));
      break;

    case PROP_VISITORS_EXPECTED:
      g_value_set_int (value, paraat_event_get_visitors_expected (self));
      break;

    case PROP_VISITORS_MAX:
      g_value_set_int (value, paraat_event_get_visitors_max (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, paraat_event_get_status (self));
      break;

    case PROP_SCAN_CLASS:
      g_value_set_enum (value, paraat_event_get_scan_class (self));
      break;

    case PROP_CLASS_OVERRIDE:
      g_value_set_enum (value, paraat_event_get_class_override (self));
      break;

    case PROP_OVERRIDE_REASON:
      g_value_set_string (value, paraat_event_get_override_reason (self));
      break;

    case PROP_EFFECTIVE_CLASS:
      g_value_set_enum (value, paraat_event_get_effective_class (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, paraat_event_get_description (self));
      break;

    case PROP_APPLICATION_ON:
      g_value_set_string (value, paraat_event_get_application_on (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_event_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ParaatEvent *self = PARAAT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_event_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      paraat_event_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      paraat_event_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ORGANISER:
      paraat_event_set_organiser (self, g_value_get_string (value));
      break;

    case PROP_CONTACT:
      paraat_event_set_contact (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      paraat_event_set_location (self, g_value_get_string (value));
      break;

    case PROP_STARTS_AT:
      paraat_event_set_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_ENDS_AT:
      paraat_event_set_ends_at (self, g_value_get_int64 (value));
      break;

    case PROP_BUILD_UP_AT:
      paraat_event_set_build_up_at (self, g_value_get_int64 (value));
      break;

    case PROP_BREAK_DOWN_AT:
      paraat_event_set_break_down_at (self, g_value_get_int64 (value));
      break;

    case PROP_VISITORS_EXPECTED:
      paraat_event_set_visitors_expected (self, g_value_get_int (value));
      break;

    case PROP_VISITORS_MAX:
      paraat_event_set_visitors_max (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      paraat_event_set_status (self, g_value_get_enum (value));
      break;

    case PROP_SCAN_CLASS:
      paraat_event_set_scan_class (self, g_value_get_enum (value));
      break;

    case PROP_CLASS_OVERRIDE:
      paraat_event_set_class_override (self, g_value_get_enum (value));
      break;

    case PROP_OVERRIDE_REASON:
      paraat_event_set_override_reason (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      paraat_event_set_description (self, g_value_get_string (value));
      break;

    case PROP_APPLICATION_ON:
      paraat_event_set_application_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_event_class_init (ParaatEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_event_finalize;
  object_class->get_property = paraat_event_get_property;
  object_class->set_property = paraat_event_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PARAAT_TYPE_EVENT_KIND, PARAAT_EVENT_KIND_EVENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_ORGANISER] =
    g_param_spec_string ("organiser", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
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

  /* When building starts before the event and breaking down ends after it;
   * 0 when there is none. */
  properties [PROP_BUILD_UP_AT] =
    g_param_spec_int64 ("build-up-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_BREAK_DOWN_AT] =
    g_param_spec_int64 ("break-down-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_VISITORS_EXPECTED] =
    g_param_spec_int ("visitors-expected", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_VISITORS_MAX] =
    g_param_spec_int ("visitors-max", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PARAAT_TYPE_EVENT_STATUS, PARAAT_EVENT_STATUS_ANNOUNCED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_SCAN_CLASS] =
    g_param_spec_enum ("scan-class", NULL, NULL,
                       PARAAT_TYPE_RISK_CLASS, PARAAT_RISK_CLASS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CLASS_OVERRIDE] =
    g_param_spec_enum ("class-override", NULL, NULL,
                       PARAAT_TYPE_RISK_CLASS, PARAAT_RISK_CLASS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_OVERRIDE_REASON] =
    g_param_spec_string ("override-reason", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_EFFECTIVE_CLASS] =
    g_param_spec_enum ("effective-class", NULL, NULL,
                       PARAAT_TYPE_RISK_CLASS, PARAAT_RISK_CLASS_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_APPLICATION_ON] =
    g_param_spec_string ("application-on", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_event_init (ParaatEvent *self)
{

  self->kind = PARAAT_EVENT_KIND_EVENT;
  self->status = PARAAT_EVENT_STATUS_ANNOUNCED;
  self->scan_class = PARAAT_RISK_CLASS_UNKNOWN;
  self->class_override = PARAAT_RISK_CLASS_UNKNOWN;
}

ParaatEvent *
paraat_event_new (void)
{
  return g_object_new (PARAAT_TYPE_EVENT, NULL);
}

gint64
paraat_event_get_id (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->id;
}

void
paraat_event_set_id (ParaatEvent *self,
                     gint64       id)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

const char *
paraat_event_get_name (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
paraat_event_set_name (ParaatEvent *self,
                       const char  *name)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

ParaatEventKind
paraat_event_get_kind (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_EVENT_KIND_EVENT);

  return self->kind;
}

void
paraat_event_set_kind (ParaatEvent     *self,
                       ParaatEventKind  kind)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_EVENT_KIND, kind) != NULL);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
    }
}

const char *
paraat_event_get_organiser (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->organiser != NULL ? self->organiser : "";
}

void
paraat_event_set_organiser (ParaatEvent *self,
                            const char  *organiser)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->organiser, organiser))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORGANISER]);
}

const char *
paraat_event_get_contact (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->contact != NULL ? self->contact : "";
}

void
paraat_event_set_contact (ParaatEvent *self,
                          const char  *contact)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTACT]);
}

const char *
paraat_event_get_location (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->location != NULL ? self->location : "";
}

void
paraat_event_set_location (ParaatEvent *self,
                           const char  *location)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCATION]);
}

gint64
paraat_event_get_starts_at (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->starts_at;
}

void
paraat_event_set_starts_at (ParaatEvent *self,
                            gint64       starts_at)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->starts_at != starts_at)
    {
      self->starts_at = starts_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
    }
}

gint64
paraat_event_get_ends_at (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->ends_at;
}

void
paraat_event_set_ends_at (ParaatEvent *self,
                          gint64       ends_at)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->ends_at != ends_at)
    {
      self->ends_at = ends_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDS_AT]);
    }
}

gint64
paraat_event_get_build_up_at (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->build_up_at;
}

void
paraat_event_set_build_up_at (ParaatEvent *self,
                              gint64       build_up_at)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->build_up_at != build_up_at)
    {
      self->build_up_at = build_up_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUILD_UP_AT]);
    }
}

gint64
paraat_event_get_break_down_at (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->break_down_at;
}

void
paraat_event_set_break_down_at (ParaatEvent *self,
                                gint64       break_down_at)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->break_down_at != break_down_at)
    {
      self->break_down_at = break_down_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BREAK_DOWN_AT]);
    }
}

int
paraat_event_get_visitors_expected (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->visitors_expected;
}

void
paraat_event_set_visitors_expected (ParaatEvent *self,
                                    int          visitors)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->visitors_expected != visitors)
    {
      self->visitors_expected = visitors;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VISITORS_EXPECTED]);
    }
}

int
paraat_event_get_visitors_max (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), 0);

  return self->visitors_max;
}

void
paraat_event_set_visitors_max (ParaatEvent *self,
                               int          visitors)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (self->visitors_max != visitors)
    {
      self->visitors_max = visitors;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VISITORS_MAX]);
    }
}

ParaatEventStatus
paraat_event_get_status (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_EVENT_STATUS_ANNOUNCED);

  return self->status;
}

void
paraat_event_set_status (ParaatEvent       *self,
                         ParaatEventStatus  status)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_EVENT_STATUS, status) != NULL);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
    }
}

ParaatRiskClass
paraat_event_get_scan_class (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_RISK_CLASS_UNKNOWN);

  return self->scan_class;
}

void
paraat_event_set_scan_class (ParaatEvent      *self,
                             ParaatRiskClass  klass)
{
  ParaatRiskClass effective;

  g_return_if_fail (PARAAT_IS_EVENT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, klass) != NULL);

  if (self->scan_class == klass)
    return;

  effective = paraat_event_get_effective_class (self);
  self->scan_class = klass;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCAN_CLASS]);
  if (paraat_event_get_effective_class (self) != effective)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EFFECTIVE_CLASS]);
}

ParaatRiskClass
paraat_event_get_class_override (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_RISK_CLASS_UNKNOWN);

  return self->class_override;
}

void
paraat_event_set_class_override (ParaatEvent      *self,
                                 ParaatRiskClass  klass)
{
  ParaatRiskClass effective;

  g_return_if_fail (PARAAT_IS_EVENT (self));
  g_return_if_fail (paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, klass) != NULL);

  if (self->class_override == klass)
    return;

  effective = paraat_event_get_effective_class (self);
  self->class_override = klass;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLASS_OVERRIDE]);
  if (paraat_event_get_effective_class (self) != effective)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EFFECTIVE_CLASS]);
}

const char *
paraat_event_get_override_reason (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->override_reason != NULL ? self->override_reason : "";
}

void
paraat_event_set_override_reason (ParaatEvent *self,
                                  const char  *reason)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->override_reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OVERRIDE_REASON]);
}

ParaatRiskClass
paraat_event_get_effective_class (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_RISK_CLASS_UNKNOWN);

  if (self->class_override != PARAAT_RISK_CLASS_UNKNOWN)
    return self->class_override;
  return self->scan_class;
}

const char *
paraat_event_get_description (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
paraat_event_set_description (ParaatEvent *self,
                              const char  *description)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

const char *
paraat_event_get_application_on (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->application_on;
}

void
paraat_event_set_application_on (ParaatEvent *self,
                                 const char  *date)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  if (_paraat_model_set_string (&self->application_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPLICATION_ON]);
}

/* How next year's edition finds its date (not a property: only the store and
 * the copy to next year use it). */
ParaatDateAnchor
paraat_event_get_anchor (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), PARAAT_ANCHOR_DATE);

  return self->anchor;
}

void
paraat_event_set_anchor (ParaatEvent      *self,
                         ParaatDateAnchor  anchor)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  self->anchor = anchor;
}

const char *
paraat_event_get_scan_answers (ParaatEvent *self)
{
  g_return_val_if_fail (PARAAT_IS_EVENT (self), NULL);

  return self->scan_answers != NULL ? self->scan_answers : "";
}

void
paraat_event_set_scan_answers (ParaatEvent *self,
                               const char  *answers)
{
  g_return_if_fail (PARAAT_IS_EVENT (self));

  g_free (self->scan_answers);
  self->scan_answers = g_strdup (answers);
}
