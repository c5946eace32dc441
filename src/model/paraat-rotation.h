/* paraat-rotation.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/paraat-enums.h"

G_BEGIN_DECLS

/* A function's piket rotation (DOMAIN.md §2.2): when piket changes hands,
 * how many lines there are, and who takes turns in which order. */

#define PARAAT_ROTATION_ERROR (paraat_rotation_error_quark ())

typedef enum
{
  PARAAT_ROTATION_ERROR_INVALID,
} ParaatRotationError;

GQuark paraat_rotation_error_quark (void);

/* Which parts of a split week a function fills. */
typedef enum
{
  PARAAT_ROTATION_PART_FIRST = 1 << 0,   /* e.g. Monday 09:00 – Friday 17:00 */
  PARAAT_ROTATION_PART_SECOND = 1 << 1,  /* e.g. Friday 17:00 – Monday 09:00 */
  PARAAT_ROTATION_PART_BOTH = PARAAT_ROTATION_PART_FIRST | PARAAT_ROTATION_PART_SECOND,
} ParaatRotationParts;

/* The wall-clock rule, evaluated in the organisation's time zone. */
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

#define PARAAT_TYPE_ROTATION (paraat_rotation_get_type ())

G_DECLARE_FINAL_TYPE (ParaatRotation, paraat_rotation, PARAAT, ROTATION, GObject)

/* A new weekly rotation from Monday 09:00 on 1 January 2026, one line, at
 * most one period in a row, holidays weighing 2, no members. Properties:
 * "id" and "function-id"; the rest is read and written as a whole. */
ParaatRotation           *paraat_rotation_new                 (void);

gint64                    paraat_rotation_get_id              (ParaatRotation           *self);
void                      paraat_rotation_set_id              (ParaatRotation           *self,
                                                               gint64                    id);
gint64                    paraat_rotation_get_function_id     (ParaatRotation           *self);
void                      paraat_rotation_set_function_id     (ParaatRotation           *self,
                                                               gint64                    function_id);
const ParaatRotationRule *paraat_rotation_get_rule            (ParaatRotation           *self);
void                      paraat_rotation_set_rule            (ParaatRotation           *self,
                                                               const ParaatRotationRule *rule);
int                       paraat_rotation_get_lines           (ParaatRotation           *self);
void                      paraat_rotation_set_lines           (ParaatRotation           *self,
                                                               int                       lines);
int                       paraat_rotation_get_max_consecutive (ParaatRotation           *self);
void                      paraat_rotation_set_max_consecutive (ParaatRotation           *self,
                                                               int                       max_consecutive);
double                    paraat_rotation_get_holiday_weight  (ParaatRotation           *self);
void                      paraat_rotation_set_holiday_weight  (ParaatRotation           *self,
                                                               double                    holiday_weight);
gboolean                  paraat_rotation_get_allow_overlap   (ParaatRotation           *self);
void                      paraat_rotation_set_allow_overlap   (ParaatRotation           *self,
                                                               gboolean                  allow_overlap);
/* The members' person ids in rotation order. */
const gint64             *paraat_rotation_get_members         (ParaatRotation           *self,
                                                               guint                    *n_members);
void                      paraat_rotation_set_members         (ParaatRotation           *self,
                                                               const gint64             *members,
                                                               guint                     n_members);

/* paraat_rotation_rule_check() of the rule, and the rest: one or two lines,
 * at least one member and nobody twice, max consecutive ≥ 1, holiday weight
 * between 1 and 10. */
gboolean                  paraat_rotation_check               (ParaatRotation           *self,
                                                               GError                  **error);

G_END_DECLS
