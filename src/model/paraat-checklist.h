/* paraat-checklist.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-enums.h"

G_BEGIN_DECLS

#define PARAAT_CHECKLIST_ERROR (paraat_checklist_error_quark ())

typedef enum
{
  PARAAT_CHECKLIST_ERROR_CYCLE,         /* items that follow each other round in a circle */
  PARAAT_CHECKLIST_ERROR_UNKNOWN_ITEM,  /* following an item that is not in the template */
  PARAAT_CHECKLIST_ERROR_PHASE,         /* a preparation due after the event, an evaluation before it */
  PARAAT_CHECKLIST_ERROR_INVALID,       /* a date that does not exist, an empty text, no class */
  PARAAT_CHECKLIST_ERROR_SCAN,          /* a risk scan answered wrongly */
} ParaatChecklistError;

GQuark   paraat_checklist_error_quark   (void);

/* Event safety as plain records: checklist templates, an event's tasks,
 * and the risk-scan questionnaire. Strings are owned by whoever filled the
 * array (the store frees them with the clear functions below). */

/* When an item falls due: an offset from T (the event's first day at its
 * start time, or its end for items of the after phase; whole days move the
 * calendar day in local time, what is left over is elapsed time), from another item's due moment, or a fixed
 * calendar date in T's year plus @year_offset. */
typedef struct
{
  gint64          id;
  gint64          template_id;
  guint           position;
  char           *text;
  char           *classes;         /* the risk classes it applies to: "ABC", "BC", "C", … */
  ParaatTaskPhase phase;
  gboolean        fixed;           /* a calendar date: fixed_month, fixed_day */
  int             fixed_month;
  int             fixed_day;
  int             year_offset;
  gint64          after_item_id;   /* 0, or the item whose due moment this one follows */
  gint64          offset_minutes;  /* from T, or from after_item_id's due */
  gboolean        working_days;    /* whole days of the offset count Monday–Friday only */
  gint64          partner_id;      /* the owner, or 0 */
} ParaatTemplateItem;

void paraat_template_item_clear (gpointer item);

typedef struct
{
  gint64          id;
  char           *code;
  char           *name;
  ParaatEventKind kind;          /* event: applied by risk class; programme: a yearly programme */
  char           *description;
  gboolean        active;        /* offered for new checklists */
} ParaatChecklistTemplate;

void paraat_checklist_template_clear (gpointer template_);

/* A task that came from the item at @item_index of its template (in the
 * template's order): what deleting a template unlinks and its undo links
 * again. */
typedef struct
{
  gint64 task_id;
  guint  item_index;
} ParaatTaskLink;

/* One task of an event's checklist. */
typedef struct
{
  gint64           id;
  gint64           event_id;
  gint64           template_item_id;  /* 0 for a task added by hand */
  guint            position;
  char            *text;
  gint64           due_at;            /* UTC seconds */
  ParaatTaskPhase  phase;
  gint64           partner_id;        /* 0: nobody named */
  ParaatTaskStatus status;
  gint64           done_at;           /* 0 while open */
  char            *done_by;
  char            *note;
} ParaatEventTask;

void paraat_event_task_clear (gpointer task);

/* The integrale schouw of an event: when, who walks along, the decision
 * (go or no-go, by whom, when) and notes; its findings (herstelpunten)
 * with an owner and a status. */
typedef enum
{
  PARAAT_SCHOUW_PENDING,
  PARAAT_SCHOUW_GO,
  PARAAT_SCHOUW_NO_GO,
} ParaatSchouwDecision;               /* stored as pending, go, no-go */

typedef struct
{
  gint64               id;
  gint64               event_id;
  gint64               starts_at;
  char                *participants;
  ParaatSchouwDecision decision;
  char                *decided_by;
  gint64               decided_at;
  char                *notes;
} ParaatSchouw;

void paraat_schouw_clear (gpointer schouw);

typedef enum
{
  PARAAT_FINDING_OPEN,
  PARAAT_FINDING_RESOLVED,
  PARAAT_FINDING_ACCEPTED,           /* accepted as it is */
} ParaatFindingStatus;                /* stored as open, resolved, accepted */

typedef struct
{
  gint64              id;
  gint64              schouw_id;
  char               *text;
  gint64              partner_id;
  ParaatFindingStatus status;
} ParaatFinding;

void paraat_finding_clear (gpointer finding);

/* A question of the risk scan and one of its answers. An answer adds
 * @points and may demand at least @min_class. */
typedef struct
{
  gint64  id;
  guint   position;
  char   *profile;   /* "activity", "spatial", "audience" or "organisation" */
  char   *text;
} ParaatScanQuestion;

void paraat_scan_question_clear (gpointer question);

typedef struct
{
  gint64          id;
  gint64          question_id;
  guint           position;
  char           *text;
  int             points;
  ParaatRiskClass min_class;  /* PARAAT_RISK_CLASS_UNKNOWN: no minimum */
} ParaatScanOption;

void paraat_scan_option_clear (gpointer option);

/* The questionnaire: questions, their options, and the least points for
 * class A, B and C (below A: class 0). */
typedef struct
{
  GArray *questions;   /* ParaatScanQuestion, by position */
  GArray *options;     /* ParaatScanOption, by question and position */
  int     threshold[3];
} ParaatScanForm;

ParaatScanForm *paraat_scan_form_new  (void);
void            paraat_scan_form_free (ParaatScanForm *form);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatScanForm, paraat_scan_form_free)

/* Reads a due rule written as text into @item (fixed, fixed_month,
 * fixed_day, year_offset, offset_minutes, working_days): "T-16w", "T-1d",
 * "T-2h", "T+4w", "T" (weeks, days, hours, minutes; "wd" for working days),
 * "F:10-01:Y-1" (1 October of the year before T), or "K:<key>+5wd" (five
 * working days after the item @key, returned in @after_key). */
gboolean paraat_due_spec_parse          (const char               *spec,
                                         ParaatTemplateItem       *item,
                                         char                    **after_key,
                                         GError                  **error);

/* The due rule of @item as text that paraat_due_spec_parse() reads back:
 * "T-16w", "T+1d-2h", "F:10-01:Y-1"; for an item that follows another,
 * only the offset from it ("+5wd"). */
char    *paraat_due_spec_format         (const ParaatTemplateItem *item);

/* Whether @classes names classes an item is for: 0, A, B, C or * (all). */
gboolean paraat_template_classes_valid  (const char               *classes);

/* Gives @items the negative ids of items not yet saved (-1, -2, … by
 * position), with what they follow renumbered to match: for writing them
 * as a new template (a copy, or back after a delete). */
void     paraat_template_items_as_new   (ParaatTemplateItem       *items,
                                         guint                     n_items);

/* The position of the item with @id among @items, or -1. */
gint     paraat_template_item_find      (const ParaatTemplateItem *items,
                                         guint                     n_items,
                                         gint64                    id);

/* Checks a template: texts and classes present, fixed dates that exist,
 * items that follow items of the template without a cycle, and no
 * preparation set after T or evaluation before it. */
gboolean paraat_checklist_validate      (const ParaatTemplateItem *items,
                                         guint                     n_items,
                                         GError                  **error);

/* The same, and @index (if not NULL) gets the position of the item with the
 * problem (G_MAXUINT when valid). */
gboolean paraat_checklist_find_problem  (const ParaatTemplateItem *items,
                                         guint                     n_items,
                                         guint                    *index,
                                         GError                  **error);

/* Checks a questionnaire before it is saved: at least one question; every
 * question with a profile, a text and at least one answer; answers with a
 * text and 0 to 100 points; the thresholds of A, B and C ascending from 0.
 * @question (if not NULL) gets the position of the question with the
 * problem, or G_MAXUINT for the thresholds or when valid. Options belong to
 * questions by question_id (which may be a negative id for a question not
 * yet saved). */
gboolean paraat_scan_form_check         (const ParaatScanForm     *form,
                                         guint                    *question,
                                         GError                  **error);

G_END_DECLS
