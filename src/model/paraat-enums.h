/* paraat-enums.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every enum here is stored in the database as its GEnumValue nick, so the
 * nicks are part of the file format: never rename one. */

typedef enum
{
  PARAAT_PIKET_KIND_HARD,
  PARAAT_PIKET_KIND_SOFT,
  PARAAT_PIKET_KIND_NONE,
} ParaatPiketKind;                    /* nicks: hard, soft, none */

typedef enum
{
  PARAAT_ASSIGNMENT_LEVEL_PRIMARY,
  PARAAT_ASSIGNMENT_LEVEL_BACKUP,
  PARAAT_ASSIGNMENT_LEVEL_TRAINEE,
} ParaatAssignmentLevel;              /* nicks: primary, backup, trainee */

typedef enum
{
  PARAAT_PARTNER_KIND_INTERNAL,
  PARAAT_PARTNER_KIND_EXTERNAL,
} ParaatPartnerKind;                  /* nicks: internal, external */

typedef enum
{
  PARAAT_RISK_CLASS_UNKNOWN,
  PARAAT_RISK_CLASS_0,
  PARAAT_RISK_CLASS_A,
  PARAAT_RISK_CLASS_B,
  PARAAT_RISK_CLASS_C,
} ParaatRiskClass;                   /* nicks: unknown, 0, A, B, C */

typedef enum
{
  PARAAT_EVENT_STATUS_ANNOUNCED,
  PARAAT_EVENT_STATUS_APPLICATION_RECEIVED,
  PARAAT_EVENT_STATUS_IN_ADVICE,
  PARAAT_EVENT_STATUS_PERMIT_GRANTED,
  PARAAT_EVENT_STATUS_REFUSED,
  PARAAT_EVENT_STATUS_HELD,
  PARAAT_EVENT_STATUS_EVALUATED,
} ParaatEventStatus;                  /* nicks: announced, application-received, in-advice,
                                       * permit-granted, refused, held, evaluated */

typedef enum
{
  PARAAT_EVENT_KIND_EVENT,
  PARAAT_EVENT_KIND_PROGRAMME,
} ParaatEventKind;                    /* nicks: event, programme */

typedef enum
{
  PARAAT_ANCHOR_DATE,                 /* next year: the same calendar day */
  PARAAT_ANCHOR_WEEK,                 /* the same ISO week and weekday */
  PARAAT_ANCHOR_KONINGSDAG,           /* 27 April, or the 26th when the 27th is a Sunday */
} ParaatDateAnchor;                   /* nicks: date, week, koningsdag */

typedef enum
{
  PARAAT_TASK_PHASE_BEFORE,           /* preparation: due before the event starts */
  PARAAT_TASK_PHASE_DURING,           /* on the day (schouw, go/no-go, safety meetings) */
  PARAAT_TASK_PHASE_AFTER,            /* clean-up and evaluation: due after it ends */
} ParaatTaskPhase;                    /* nicks: before, during, after */

typedef enum
{
  PARAAT_TASK_OPEN,
  PARAAT_TASK_DONE,
  PARAAT_TASK_NOT_APPLICABLE,
} ParaatTaskStatus;                   /* nicks: open, done, not-applicable */

typedef enum
{
  PARAAT_SESSION_STATUS_PLANNED,
  PARAAT_SESSION_STATUS_HELD,
  PARAAT_SESSION_STATUS_CANCELLED,
} ParaatSessionStatus;                /* nicks: planned, held, cancelled */

typedef enum
{
  PARAAT_ATTENDANCE_INVITED,
  PARAAT_ATTENDANCE_PRESENT,
  PARAAT_ATTENDANCE_ABSENT,
  PARAAT_ATTENDANCE_EXCUSED,
} ParaatAttendanceStatus;             /* nicks: invited, present, absent, excused */

typedef enum
{
  PARAAT_RESULT_NONE,                 /* not assessed */
  PARAAT_RESULT_PASSED,
  PARAAT_RESULT_FAILED,
} ParaatAttendanceResult;             /* nicks: none, passed, failed */

typedef enum
{
  PARAAT_LESSON_KIND_LESSON,          /* leerpunt */
  PARAAT_LESSON_KIND_IMPROVEMENT,     /* verbeterpunt */
} ParaatLessonKind;                   /* nicks: lesson, improvement */

typedef enum
{
  PARAAT_LESSON_OPEN,
  PARAAT_LESSON_IN_PROGRESS,
  PARAAT_LESSON_DONE,
  PARAAT_LESSON_DROPPED,
} ParaatLessonStatus;                 /* nicks: open, in-progress, done, dropped */

typedef enum
{
  PARAAT_AUDIT_ACTION_CREATE,
  PARAAT_AUDIT_ACTION_UPDATE,
  PARAAT_AUDIT_ACTION_DELETE,
  PARAAT_AUDIT_ACTION_IMPORT,
  PARAAT_AUDIT_ACTION_MIGRATE,
} ParaatAuditAction;                  /* nicks: create, update, delete, import, migrate */

typedef enum
{
  PARAAT_SHIFT_ORIGIN_GENERATED,
  PARAAT_SHIFT_ORIGIN_MANUAL,
  PARAAT_SHIFT_ORIGIN_SWAP,
} ParaatShiftOrigin;                  /* nicks: generated, manual, swap */

typedef enum
{
  PARAAT_ROTATION_WEEKLY,   /* from the hand-over weekday and time, every period_days days */
  PARAAT_ROTATION_DAILY,    /* at the hand-over time, every period_days days, any weekday */
  PARAAT_ROTATION_SPLIT,    /* every week in two parts: hand-over → split, split → hand-over */
} ParaatRotationPattern;              /* nicks: weekly, daily, split */

#define PARAAT_TYPE_SHIFT_ORIGIN      (paraat_shift_origin_get_type ())
#define PARAAT_TYPE_ROTATION_PATTERN  (paraat_rotation_pattern_get_type ())
#define PARAAT_TYPE_PIKET_KIND        (paraat_piket_kind_get_type ())
#define PARAAT_TYPE_ASSIGNMENT_LEVEL  (paraat_assignment_level_get_type ())
#define PARAAT_TYPE_PARTNER_KIND      (paraat_partner_kind_get_type ())
#define PARAAT_TYPE_RISK_CLASS       (paraat_risk_class_get_type ())
#define PARAAT_TYPE_EVENT_STATUS      (paraat_event_status_get_type ())
#define PARAAT_TYPE_EVENT_KIND        (paraat_event_kind_get_type ())
#define PARAAT_TYPE_DATE_ANCHOR       (paraat_date_anchor_get_type ())
#define PARAAT_TYPE_TASK_PHASE        (paraat_task_phase_get_type ())
#define PARAAT_TYPE_TASK_STATUS       (paraat_task_status_get_type ())
#define PARAAT_TYPE_SESSION_STATUS    (paraat_session_status_get_type ())
#define PARAAT_TYPE_AUDIT_ACTION      (paraat_audit_action_get_type ())
#define PARAAT_TYPE_ATTENDANCE_STATUS (paraat_attendance_status_get_type ())
#define PARAAT_TYPE_ATTENDANCE_RESULT (paraat_attendance_result_get_type ())
#define PARAAT_TYPE_LESSON_KIND       (paraat_lesson_kind_get_type ())
#define PARAAT_TYPE_LESSON_STATUS     (paraat_lesson_status_get_type ())

GType paraat_shift_origin_get_type     (void) G_GNUC_CONST;
GType paraat_rotation_pattern_get_type (void) G_GNUC_CONST;
GType paraat_piket_kind_get_type       (void) G_GNUC_CONST;
GType paraat_assignment_level_get_type (void) G_GNUC_CONST;
GType paraat_partner_kind_get_type     (void) G_GNUC_CONST;
GType paraat_risk_class_get_type      (void) G_GNUC_CONST;
GType paraat_event_status_get_type     (void) G_GNUC_CONST;
GType paraat_event_kind_get_type       (void) G_GNUC_CONST;
GType paraat_date_anchor_get_type      (void) G_GNUC_CONST;
GType paraat_task_phase_get_type       (void) G_GNUC_CONST;
GType paraat_task_status_get_type      (void) G_GNUC_CONST;
GType paraat_session_status_get_type   (void) G_GNUC_CONST;
GType paraat_audit_action_get_type     (void) G_GNUC_CONST;
GType paraat_attendance_status_get_type (void) G_GNUC_CONST;
GType paraat_attendance_result_get_type (void) G_GNUC_CONST;
GType paraat_lesson_kind_get_type      (void) G_GNUC_CONST;
GType paraat_lesson_status_get_type    (void) G_GNUC_CONST;

/* The nick of @value in @enum_type, or NULL when @value is not a member. */
const char *paraat_enum_to_nick   (GType       enum_type,
                                   int         value);
/* Looks @nick up in @enum_type; FALSE (and @value untouched) when unknown. */
gboolean    paraat_enum_from_nick (GType       enum_type,
                                   const char *nick,
                                   int        *value);

G_END_DECLS
