/* paraat-enums.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-model"

#include "config.h"

#include "model/paraat-enums.h"

/* The nicks below are written to the database: never rename one. */

GType
paraat_shift_origin_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_SHIFT_ORIGIN_GENERATED, "PARAAT_SHIFT_ORIGIN_GENERATED", "generated" },
        { PARAAT_SHIFT_ORIGIN_MANUAL, "PARAAT_SHIFT_ORIGIN_MANUAL", "manual" },
        { PARAAT_SHIFT_ORIGIN_SWAP, "PARAAT_SHIFT_ORIGIN_SWAP", "swap" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatShiftOrigin"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_rotation_pattern_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_ROTATION_WEEKLY, "PARAAT_ROTATION_WEEKLY", "weekly" },
        { PARAAT_ROTATION_DAILY, "PARAAT_ROTATION_DAILY", "daily" },
        { PARAAT_ROTATION_SPLIT, "PARAAT_ROTATION_SPLIT", "split" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatRotationPattern"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_piket_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_PIKET_KIND_HARD, "PARAAT_PIKET_KIND_HARD", "hard" },
        { PARAAT_PIKET_KIND_SOFT, "PARAAT_PIKET_KIND_SOFT", "soft" },
        { PARAAT_PIKET_KIND_NONE, "PARAAT_PIKET_KIND_NONE", "none" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatPiketKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_assignment_level_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_ASSIGNMENT_LEVEL_PRIMARY, "PARAAT_ASSIGNMENT_LEVEL_PRIMARY", "primary" },
        { PARAAT_ASSIGNMENT_LEVEL_BACKUP, "PARAAT_ASSIGNMENT_LEVEL_BACKUP", "backup" },
        { PARAAT_ASSIGNMENT_LEVEL_TRAINEE, "PARAAT_ASSIGNMENT_LEVEL_TRAINEE", "trainee" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatAssignmentLevel"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_partner_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_PARTNER_KIND_INTERNAL, "PARAAT_PARTNER_KIND_INTERNAL", "internal" },
        { PARAAT_PARTNER_KIND_EXTERNAL, "PARAAT_PARTNER_KIND_EXTERNAL", "external" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatPartnerKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_risk_class_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_RISK_CLASS_UNKNOWN, "PARAAT_RISK_CLASS_UNKNOWN", "unknown" },
        { PARAAT_RISK_CLASS_0, "PARAAT_RISK_CLASS_0", "0" },
        { PARAAT_RISK_CLASS_A, "PARAAT_RISK_CLASS_A", "A" },
        { PARAAT_RISK_CLASS_B, "PARAAT_RISK_CLASS_B", "B" },
        { PARAAT_RISK_CLASS_C, "PARAAT_RISK_CLASS_C", "C" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatRiskClass"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_event_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_EVENT_STATUS_ANNOUNCED, "PARAAT_EVENT_STATUS_ANNOUNCED", "announced" },
        { PARAAT_EVENT_STATUS_APPLICATION_RECEIVED, "PARAAT_EVENT_STATUS_APPLICATION_RECEIVED",
          "application-received" },
        { PARAAT_EVENT_STATUS_IN_ADVICE, "PARAAT_EVENT_STATUS_IN_ADVICE", "in-advice" },
        { PARAAT_EVENT_STATUS_PERMIT_GRANTED, "PARAAT_EVENT_STATUS_PERMIT_GRANTED", "permit-granted" },
        { PARAAT_EVENT_STATUS_REFUSED, "PARAAT_EVENT_STATUS_REFUSED", "refused" },
        { PARAAT_EVENT_STATUS_HELD, "PARAAT_EVENT_STATUS_HELD", "held" },
        { PARAAT_EVENT_STATUS_EVALUATED, "PARAAT_EVENT_STATUS_EVALUATED", "evaluated" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatEventStatus"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_event_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_EVENT_KIND_EVENT, "PARAAT_EVENT_KIND_EVENT", "event" },
        { PARAAT_EVENT_KIND_PROGRAMME, "PARAAT_EVENT_KIND_PROGRAMME", "programme" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatEventKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_date_anchor_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_ANCHOR_DATE, "PARAAT_ANCHOR_DATE", "date" },
        { PARAAT_ANCHOR_WEEK, "PARAAT_ANCHOR_WEEK", "week" },
        { PARAAT_ANCHOR_KONINGSDAG, "PARAAT_ANCHOR_KONINGSDAG", "koningsdag" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatDateAnchor"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_task_phase_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_TASK_PHASE_BEFORE, "PARAAT_TASK_PHASE_BEFORE", "before" },
        { PARAAT_TASK_PHASE_DURING, "PARAAT_TASK_PHASE_DURING", "during" },
        { PARAAT_TASK_PHASE_AFTER, "PARAAT_TASK_PHASE_AFTER", "after" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatTaskPhase"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_task_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_TASK_OPEN, "PARAAT_TASK_OPEN", "open" },
        { PARAAT_TASK_DONE, "PARAAT_TASK_DONE", "done" },
        { PARAAT_TASK_NOT_APPLICABLE, "PARAAT_TASK_NOT_APPLICABLE", "not-applicable" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatTaskStatus"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_session_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_SESSION_STATUS_PLANNED, "PARAAT_SESSION_STATUS_PLANNED", "planned" },
        { PARAAT_SESSION_STATUS_HELD, "PARAAT_SESSION_STATUS_HELD", "held" },
        { PARAAT_SESSION_STATUS_CANCELLED, "PARAAT_SESSION_STATUS_CANCELLED", "cancelled" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatSessionStatus"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_attendance_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_ATTENDANCE_INVITED, "PARAAT_ATTENDANCE_INVITED", "invited" },
        { PARAAT_ATTENDANCE_PRESENT, "PARAAT_ATTENDANCE_PRESENT", "present" },
        { PARAAT_ATTENDANCE_ABSENT, "PARAAT_ATTENDANCE_ABSENT", "absent" },
        { PARAAT_ATTENDANCE_EXCUSED, "PARAAT_ATTENDANCE_EXCUSED", "excused" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatAttendanceStatus"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_attendance_result_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_RESULT_NONE, "PARAAT_RESULT_NONE", "none" },
        { PARAAT_RESULT_PASSED, "PARAAT_RESULT_PASSED", "passed" },
        { PARAAT_RESULT_FAILED, "PARAAT_RESULT_FAILED", "failed" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatAttendanceResult"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_lesson_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_LESSON_KIND_LESSON, "PARAAT_LESSON_KIND_LESSON", "lesson" },
        { PARAAT_LESSON_KIND_IMPROVEMENT, "PARAAT_LESSON_KIND_IMPROVEMENT", "improvement" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatLessonKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_lesson_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_LESSON_OPEN, "PARAAT_LESSON_OPEN", "open" },
        { PARAAT_LESSON_IN_PROGRESS, "PARAAT_LESSON_IN_PROGRESS", "in-progress" },
        { PARAAT_LESSON_DONE, "PARAAT_LESSON_DONE", "done" },
        { PARAAT_LESSON_DROPPED, "PARAAT_LESSON_DROPPED", "dropped" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatLessonStatus"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
paraat_audit_action_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PARAAT_AUDIT_ACTION_CREATE, "PARAAT_AUDIT_ACTION_CREATE", "create" },
        { PARAAT_AUDIT_ACTION_UPDATE, "PARAAT_AUDIT_ACTION_UPDATE", "update" },
        { PARAAT_AUDIT_ACTION_DELETE, "PARAAT_AUDIT_ACTION_DELETE", "delete" },
        { PARAAT_AUDIT_ACTION_IMPORT, "PARAAT_AUDIT_ACTION_IMPORT", "import" },
        { PARAAT_AUDIT_ACTION_MIGRATE, "PARAAT_AUDIT_ACTION_MIGRATE", "migrate" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("ParaatAuditAction"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

/* The class of @enum_type. Enum classes of static types are never unloaded, so the
 * reference taken the first time is kept on purpose. */
static GEnumClass *
enum_class (GType enum_type)
{
  gpointer klass = g_type_class_peek (enum_type);

  if (klass == NULL)
    klass = g_type_class_ref (enum_type);

  return G_ENUM_CLASS (klass);
}

const char *
paraat_enum_to_nick (GType enum_type,
                     int   value)
{
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  enum_value = g_enum_get_value (enum_class (enum_type), value);
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
paraat_enum_from_nick (GType       enum_type,
                       const char *nick,
                       int        *value)
{
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  /* A NULL nick (a NULL column, say) is just another unknown nick. */
  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (enum_class (enum_type), nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}
