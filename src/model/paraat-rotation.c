/* paraat-rotation.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-rotation.h"

G_DEFINE_QUARK (paraat-rotation-error-quark, paraat_rotation_error)

void
paraat_rotation_rule_init_weekly (ParaatRotationRule *rule,
                                  int                 year,
                                  int                 month,
                                  int                 day)
{
  g_return_if_fail (rule != NULL);

  *rule = (ParaatRotationRule) {
    .pattern = PARAAT_ROTATION_WEEKLY,
    .handover_weekday = 1,
    .handover_minute = 9 * 60,
    .split_weekday = 5,
    .split_minute = 17 * 60,
    .parts = PARAAT_ROTATION_PART_BOTH,
    .period_days = 7,
    .start_year = year,
    .start_month = month,
    .start_day = day,
  };
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PARAAT_ROTATION_ERROR, PARAAT_ROTATION_ERROR_INVALID, message);
  return FALSE;
}

gboolean
paraat_rotation_rule_check (const ParaatRotationRule *rule,
                            GError                  **error)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  if (rule->handover_weekday < 1 || rule->handover_weekday > 7)
    return invalid (error, _("The hand-over day must be a day of the week."));
  if (rule->handover_minute < 0 || rule->handover_minute >= 24 * 60)
    return invalid (error, _("The hand-over time must lie between 00:00 and 23:59."));
  if (rule->start_year < 1900 || rule->start_year > 2200 ||
      !g_date_valid_dmy ((GDateDay) rule->start_day, (GDateMonth) rule->start_month,
                         (GDateYear) rule->start_year))
    return invalid (error, _("The rotation needs a first day that exists."));

  switch (rule->pattern)
    {
    case PARAAT_ROTATION_WEEKLY:
    case PARAAT_ROTATION_DAILY:
      if (rule->period_days < 1)
        return invalid (error, _("A piket period must last at least one day."));
      if (rule->period_days > 28)
        return invalid (error, _("A piket period lasts at most 28 days."));
      break;

    case PARAAT_ROTATION_SPLIT:
      if (rule->split_weekday < 1 || rule->split_weekday > 7)
        return invalid (error, _("The split day must be a day of the week."));
      if (rule->split_minute < 0 || rule->split_minute >= 24 * 60)
        return invalid (error, _("The split time must lie between 00:00 and 23:59."));
      if (rule->split_weekday == rule->handover_weekday &&
          rule->split_minute == rule->handover_minute)
        return invalid (error, _("The split cannot be at the hand-over itself: one part would last no time."));
      if ((rule->parts & PARAAT_ROTATION_PART_BOTH) == 0)
        return invalid (error, _("A split rotation fills the first part of the week, the second, or both."));
      break;

    default:
      return invalid (error, _("Unknown rotation pattern."));
    }

  return TRUE;
}

struct _ParaatRotation
{
  GObject            parent_instance;

  gint64             id;
  gint64             function_id;
  ParaatRotationRule rule;
  int                lines;
  int                max_consecutive;
  double             holiday_weight;
  gboolean           allow_overlap;
  GArray            *members;
};

G_DEFINE_FINAL_TYPE (ParaatRotation, paraat_rotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FUNCTION_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
paraat_rotation_finalize (GObject *object)
{
  ParaatRotation *self = (ParaatRotation *) object;

  g_clear_pointer (&self->members, g_array_unref);

  G_OBJECT_CLASS (paraat_rotation_parent_class)->finalize (object);
}

static void
paraat_rotation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ParaatRotation *self = PARAAT_ROTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FUNCTION_ID:
      g_value_set_int64 (value, self->function_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_rotation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ParaatRotation *self = PARAAT_ROTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      paraat_rotation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_FUNCTION_ID:
      paraat_rotation_set_function_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
paraat_rotation_class_init (ParaatRotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = paraat_rotation_finalize;
  object_class->get_property = paraat_rotation_get_property;
  object_class->set_property = paraat_rotation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FUNCTION_ID] =
    g_param_spec_int64 ("function-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
paraat_rotation_init (ParaatRotation *self)
{
  paraat_rotation_rule_init_weekly (&self->rule, 2026, 1, 1);
  self->lines = 1;
  self->max_consecutive = 1;
  self->holiday_weight = 2.0;
  self->members = g_array_new (FALSE, FALSE, sizeof (gint64));
}

ParaatRotation *
paraat_rotation_new (void)
{
  return g_object_new (PARAAT_TYPE_ROTATION, NULL);
}

gint64
paraat_rotation_get_id (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), 0);

  return self->id;
}

void
paraat_rotation_set_id (ParaatRotation *self,
                        gint64          id)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
paraat_rotation_get_function_id (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), 0);

  return self->function_id;
}

void
paraat_rotation_set_function_id (ParaatRotation *self,
                                 gint64          function_id)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  if (self->function_id != function_id)
    {
      self->function_id = function_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNCTION_ID]);
    }
}

const ParaatRotationRule *
paraat_rotation_get_rule (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), NULL);

  return &self->rule;
}

void
paraat_rotation_set_rule (ParaatRotation           *self,
                          const ParaatRotationRule *rule)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));
  g_return_if_fail (rule != NULL);

  self->rule = *rule;
}

int
paraat_rotation_get_lines (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), 1);

  return self->lines;
}

void
paraat_rotation_set_lines (ParaatRotation *self,
                           int             lines)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  self->lines = lines;
}

int
paraat_rotation_get_max_consecutive (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), 1);

  return self->max_consecutive;
}

void
paraat_rotation_set_max_consecutive (ParaatRotation *self,
                                     int             max_consecutive)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  self->max_consecutive = max_consecutive;
}

double
paraat_rotation_get_holiday_weight (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), 1.0);

  return self->holiday_weight;
}

void
paraat_rotation_set_holiday_weight (ParaatRotation *self,
                                    double          holiday_weight)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  self->holiday_weight = holiday_weight;
}

gboolean
paraat_rotation_get_allow_overlap (ParaatRotation *self)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), FALSE);

  return self->allow_overlap;
}

void
paraat_rotation_set_allow_overlap (ParaatRotation *self,
                                   gboolean        allow_overlap)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));

  self->allow_overlap = !!allow_overlap;
}

const gint64 *
paraat_rotation_get_members (ParaatRotation *self,
                             guint          *n_members)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), NULL);

  if (n_members != NULL)
    *n_members = self->members->len;
  return (const gint64 *) self->members->data;
}

void
paraat_rotation_set_members (ParaatRotation *self,
                             const gint64   *members,
                             guint           n_members)
{
  g_return_if_fail (PARAAT_IS_ROTATION (self));
  g_return_if_fail (members != NULL || n_members == 0);

  g_array_set_size (self->members, 0);
  g_array_append_vals (self->members, members, n_members);
}

gboolean
paraat_rotation_check (ParaatRotation *self,
                       GError        **error)
{
  g_return_val_if_fail (PARAAT_IS_ROTATION (self), FALSE);

  if (!paraat_rotation_rule_check (&self->rule, error))
    return FALSE;
  if (self->lines < 1 || self->lines > 2)
    return invalid (error, _("A rotation has a 1st line, or a 1st and a 2nd line."));
  if (self->max_consecutive < 1)
    return invalid (error, _("Someone must be allowed at least one period in a row."));
  if (!(self->holiday_weight >= 1.0 && self->holiday_weight <= 10.0))
    return invalid (error, _("A holiday period weighs between 1 and 10 ordinary periods."));
  if (self->members->len == 0)
    return invalid (error, _("A rotation needs at least one member."));

  for (guint i = 0; i < self->members->len; i++)
    {
      gint64 member = g_array_index (self->members, gint64, i);

      if (member <= 0)
        return invalid (error, _("A rotation member must be a person in the register."));
      for (guint j = 0; j < i; j++)
        if (g_array_index (self->members, gint64, j) == member)
          return invalid (error, _("Someone is in the rotation twice."));
    }

  return TRUE;
}
