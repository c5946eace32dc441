/* paraat-allowance.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-planning"

#include "config.h"

#include "planning/paraat-allowance.h"
#include "planning/paraat-calendar.h"
#include "planning/paraat-csv.h"

typedef struct
{
  gint64   person_id;
  gint64   starts_at;
  gint64   ends_at;
  gboolean hard;
} Interval;

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  const Interval *x = a;
  const Interval *y = b;

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;
  return (x->ends_at > y->ends_at) - (x->ends_at < y->ends_at);
}

static gint64
month_start (GTimeZone *tz,
             int        year,
             int        month)
{
  gint64 instant = 0;

  while (month > 12)
    month -= 12, year++;
  paraat_calendar_local_to_utc (tz, year, month, 1, 0, 0, &instant);
  return instant;
}

/* Adds [start, end) of one person and kind to the monthly rows. */
static void
add_time (GArray    *rows,
          GTimeZone *tz,
          gint64     person_id,
          gint64     start,
          gint64     end,
          gboolean   hard)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (start);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  int year = g_date_time_get_year (local);
  int month = g_date_time_get_month (local);

  while (start < end)
    {
      gint64 next = month_start (tz, year, month + 1);
      gint64 part_end = MIN (end, next);
      ParaatAllowanceRow *row = NULL;

      if (rows->len > 0)
        {
          row = &g_array_index (rows, ParaatAllowanceRow, rows->len - 1);
          if (row->person_id != person_id || row->year != year || row->month != month)
            row = NULL;
        }
      if (row == NULL)
        {
          g_array_append_val (rows, ((ParaatAllowanceRow) { person_id, year, month, 0, 0 }));
          row = &g_array_index (rows, ParaatAllowanceRow, rows->len - 1);
        }
      if (hard)
        row->hard_seconds += part_end - start;
      else
        row->soft_seconds += part_end - start;

      start = part_end;
      if (++month > 12)
        month = 1, year++;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const ParaatAllowanceRow *x = a;
  const ParaatAllowanceRow *y = b;

  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  if (x->year != y->year)
    return x->year - y->year;
  return x->month - y->month;
}

/* Merges rows of the same person and month (hard and soft time of one
 * person reach add_time() separately). */
static void
merge_rows (GArray *rows)
{
  guint out = 0;

  g_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      ParaatAllowanceRow *row = &g_array_index (rows, ParaatAllowanceRow, i);

      if (out > 0 && compare_rows (&g_array_index (rows, ParaatAllowanceRow, out - 1), row) == 0)
        {
          g_array_index (rows, ParaatAllowanceRow, out - 1).hard_seconds += row->hard_seconds;
          g_array_index (rows, ParaatAllowanceRow, out - 1).soft_seconds += row->soft_seconds;
        }
      else
        g_array_index (rows, ParaatAllowanceRow, out++) = *row;
    }
  g_array_set_size (rows, out);
}

GArray *
paraat_allowance_compute (const ParaatPiketShift *shifts,
                          guint                   n_shifts,
                          ParaatPiketKindFunc     kind_of,
                          gpointer                user_data,
                          GTimeZone              *tz,
                          gint64                  from,
                          gint64                  to)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (ParaatAllowanceRow));
  g_autoptr (GArray) intervals = g_array_new (FALSE, FALSE, sizeof (Interval));
  guint i = 0;

  g_return_val_if_fail (shifts != NULL || n_shifts == 0, rows);
  g_return_val_if_fail (kind_of != NULL, rows);
  g_return_val_if_fail (tz != NULL, rows);

  for (guint s = 0; s < n_shifts; s++)
    {
      const ParaatPiketShift *shift = &shifts[s];
      ParaatPiketKind kind;
      Interval interval;

      if (shift->person_id == 0 || shift->ends_at <= from || shift->starts_at >= to)
        continue;
      kind = kind_of (shift->function_id, user_data);
      if (kind == PARAAT_PIKET_KIND_NONE)
        continue;
      interval = (Interval) { shift->person_id, MAX (shift->starts_at, from), MIN (shift->ends_at, to),
                              kind == PARAAT_PIKET_KIND_HARD };
      g_array_append_val (intervals, interval);
    }
  g_array_sort (intervals, compare_intervals);

  /* Per person: the union of the hard periods counts as hard; the union of
   * the soft periods, minus what is hard, as soft. Swept in start order. */
  while (i < intervals->len)
    {
      gint64 person_id = g_array_index (intervals, Interval, i).person_id;
      guint end = i;
      gint64 hard_start = 0, hard_end = G_MININT64;
      g_autoptr (GArray) hard = g_array_new (FALSE, FALSE, sizeof (Interval));
      gint64 soft_start = 0, soft_end = G_MININT64;

      while (end < intervals->len && g_array_index (intervals, Interval, end).person_id == person_id)
        end++;

      /* The hard union, as disjoint periods. */
      for (guint j = i; j < end; j++)
        {
          const Interval *interval = &g_array_index (intervals, Interval, j);

          if (!interval->hard)
            continue;
          if (interval->starts_at > hard_end)
            {
              if (hard_end > G_MININT64)
                g_array_append_val (hard, ((Interval) { person_id, hard_start, hard_end, TRUE }));
              hard_start = interval->starts_at;
              hard_end = interval->ends_at;
            }
          else
            hard_end = MAX (hard_end, interval->ends_at);
        }
      if (hard_end > G_MININT64)
        g_array_append_val (hard, ((Interval) { person_id, hard_start, hard_end, TRUE }));
      for (guint h = 0; h < hard->len; h++)
        add_time (rows, tz, person_id, g_array_index (hard, Interval, h).starts_at,
                  g_array_index (hard, Interval, h).ends_at, TRUE);

      /* The soft union, with the hard periods cut out. */
      for (guint j = i; j <= end; j++)
        {
          const Interval *interval = j < end ? &g_array_index (intervals, Interval, j) : NULL;

          if (interval != NULL && interval->hard)
            continue;
          if (interval != NULL && interval->starts_at <= soft_end)
            {
              soft_end = MAX (soft_end, interval->ends_at);
              continue;
            }
          if (soft_end > G_MININT64)
            {
              gint64 at = soft_start;

              for (guint h = 0; h < hard->len && at < soft_end; h++)
                {
                  const Interval *cut = &g_array_index (hard, Interval, h);

                  if (cut->ends_at <= at || cut->starts_at >= soft_end)
                    continue;
                  if (cut->starts_at > at)
                    add_time (rows, tz, person_id, at, cut->starts_at, FALSE);
                  at = MAX (at, cut->ends_at);
                }
              if (at < soft_end)
                add_time (rows, tz, person_id, at, soft_end, FALSE);
            }
          if (interval != NULL)
            {
              soft_start = interval->starts_at;
              soft_end = interval->ends_at;
            }
        }

      i = end;
    }

  merge_rows (rows);
  return rows;
}

GArray *
paraat_allowance_year_totals (const ParaatAllowanceRow *rows,
                              guint                     n_rows)
{
  GArray *totals = g_array_new (FALSE, FALSE, sizeof (ParaatAllowanceRow));

  g_return_val_if_fail (rows != NULL || n_rows == 0, totals);

  for (guint i = 0; i < n_rows; i++)
    {
      ParaatAllowanceRow *last = totals->len > 0 ? &g_array_index (totals, ParaatAllowanceRow, totals->len - 1) : NULL;

      if (last == NULL || last->person_id != rows[i].person_id || last->year != rows[i].year)
        {
          g_array_append_val (totals, ((ParaatAllowanceRow) { rows[i].person_id, rows[i].year, 0, 0, 0 }));
          last = &g_array_index (totals, ParaatAllowanceRow, totals->len - 1);
        }
      last->hard_seconds += rows[i].hard_seconds;
      last->soft_seconds += rows[i].soft_seconds;
    }
  return totals;
}

static char *
format_hours (gint64 seconds,
              char   delimiter)
{
  /* Whole hundredths of an hour, rounded half up, without floating point. */
  gint64 hundredths = (seconds * 100 + 1800) / 3600;
  char *text = g_strdup_printf ("%" G_GINT64_FORMAT "%c%02d", hundredths / 100, delimiter == ';' ? ',' : '.',
                                (int) (hundredths % 100));

  return text;
}

static void
append_row (GString                  *out,
            char                      delimiter,
            const char               *name,
            const ParaatAllowanceRow *row)
{
  g_autofree char *year = g_strdup_printf ("%d", row->year);
  g_autofree char *month = row->month > 0 ? g_strdup_printf ("%d", row->month) : g_strdup ("totaal");
  g_autofree char *hard = format_hours (row->hard_seconds, delimiter);
  g_autofree char *soft = format_hours (row->soft_seconds, delimiter);
  const char *fields[] = { name, year, month, hard, soft };

  paraat_csv_append_row (out, delimiter, fields, G_N_ELEMENTS (fields));
}

char *
paraat_allowance_to_csv (const ParaatAllowanceRow *rows,
                         guint                     n_rows,
                         ParaatPersonNameFunc      name_of,
                         gpointer                  user_data,
                         char                      delimiter)
{
  static const char * const header[] = { "Naam", "Jaar", "Maand", "Uren hard piket", "Uren zacht piket" };
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GArray) totals = NULL;
  guint t = 0;

  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);
  g_return_val_if_fail (name_of != NULL, NULL);
  g_return_val_if_fail (delimiter == ';' || delimiter == ',', NULL);

  paraat_csv_append_row (out, delimiter, header, G_N_ELEMENTS (header));
  totals = paraat_allowance_year_totals (rows, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      const char *name = name_of (rows[i].person_id, user_data);

      append_row (out, delimiter, name != NULL ? name : "", &rows[i]);
      /* After the last month of this person's year, its total. */
      if (i + 1 == n_rows || rows[i + 1].person_id != rows[i].person_id || rows[i + 1].year != rows[i].year)
        append_row (out, delimiter, name != NULL ? name : "", &g_array_index (totals, ParaatAllowanceRow, t++));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
