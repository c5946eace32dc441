/* paraat-periods.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-rotation.h"
#include "model/paraat-piket.h"

G_BEGIN_DECLS

/* When a function's piket changes hands: the wall-clock rule of a rotation
 * (DOMAIN.md §2.2), evaluated in the organisation's time zone, so a weekly
 * hand-over at Monday 09:00 stays at 09:00 across the DST changes and the
 * week around them lasts 167 or 169 hours. Pure: no I/O. */

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
