/* paraat-oto.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/paraat-oto.h"

ParaatOtoFacts *
paraat_oto_facts_new (void)
{
  ParaatOtoFacts *facts = g_new0 (ParaatOtoFacts, 1);

  facts->requirements = g_array_new (FALSE, TRUE, sizeof (ParaatRequirement));
  facts->records = g_array_new (FALSE, TRUE, sizeof (ParaatAttendanceRecord));
  facts->targets = g_array_new (FALSE, TRUE, sizeof (gint64));
  return facts;
}

void
paraat_oto_facts_free (ParaatOtoFacts *facts)
{
  if (facts == NULL)
    return;
  g_array_unref (facts->requirements);
  g_array_unref (facts->records);
  g_array_unref (facts->targets);
  g_free (facts);
}
