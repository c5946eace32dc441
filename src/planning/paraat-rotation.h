/* paraat-rotation.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "planning/paraat-piket.h"

G_BEGIN_DECLS

/* When a function's piket changes hands: the wall-clock rule of a rotation
 * (DOMAIN.md §2.2), evaluated in the organisation's time zone, so a weekly
 * hand-over at Monday 09:00 stays at 09:00 across the DST changes and the
 * week around them lasts 167 or 169 hours. Pure: no I/O. */

#define PARAAT_ROTATION_ERROR (paraat_rotation_error_quark ())

typedef enum
{
  PARAAT_ROTATION_ERROR_INVALID,
} ParaatRotationError;

GQuark paraat_rotation_error_quark (void);

typedef enum
{
  PARAAT_ROTATION_WEEKLY,   /* from the hand-over weekday and time, every period_days days */
  PARAAT_ROTATION_DAILY,    /* at the hand-over time, every period_days days, any weekday */
  PARAAT_ROTATION_SPLIT,    /* every week in two parts: hand-over → split, split → hand-over */
} ParaatRotationPattern;

/* Which parts of a split week a function fills. */
typedef enum
{
  PARAAT_ROTATION_PART_FIRST = 1 << 0,   /* e.g. Monday 09:00 – Friday 17:00 */
  PARAAT_ROTATION_PART_SECOND = 1 << 1,  /* e.g. Friday 17:00 – Monday 09:00 */
  PARAAT_ROTATION_PART_BOTH = PARAAT_ROTATION_PART_FIRST | PARAAT_ROTATION_PART_SECOND,
} ParaatRotationParts;

typedef struct
{
  ParaatRotationPattern pattern;
  int                   handover_weekday;  /* 1 = Monday … 7 = Sunday */
  int                   handover_minute;   /* minutes after local midnight, 0 … 1439 */
  int                   split_weekday;     /* SPLIT only */
  int                   split_minute;      /* SPLIT only */
  ParaatRotationParts   parts;             /* SPLIT only */
  int                   period_days;       /* WEEKLY and DAILY: 1 … 28 */
  int                   start_year;        /* the first day the rotation runs */
  int                   start_month;
  int                   start_day;
} ParaatRotationRule;

/* A weekly rule from Monday 09:00, starting on @year-@month-@day. */
void     paraat_rotation_rule_init_weekly (ParaatRotationRule       *rule,
                                           int                       year,
                                           int                       month,
                                           int                       day);

/* Whether @rule can produce periods: a weekday outside 1 … 7, a time outside
 * the day, a period of zero days or longer than 28, a start that is no real
 * day, or a split that coincides with the hand-over is
 * PARAAT_ROTATION_ERROR_INVALID with a translated message. */
gboolean paraat_rotation_rule_check       (const ParaatRotationRule *rule,
                                           GError                  **error);

/* The periods of @rule that overlap [@from, @to), in order, as an array of
 * ParaatPiketSlot. A period starts at or after the rule's start day. @rule
 * must pass paraat_rotation_rule_check(). */
GArray  *paraat_rotation_slots            (const ParaatRotationRule *rule,
                                           GTimeZone                *tz,
                                           gint64                    from,
                                           gint64                    to);

/* The local date and wall-clock time of a period, written "Mon 2026-03-30
 * 09:00"-like for messages and command-line output in the user's language. */
char    *paraat_rotation_format_instant   (GTimeZone                *tz,
                                           gint64                    instant);

G_END_DECLS
