/* paraat-store.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/paraat-assignment.h"
#include "model/paraat-absence.h"
#include "model/paraat-audit-entry.h"
#include "model/paraat-checklist.h"
#include "model/paraat-event.h"
#include "model/paraat-feed.h"
#include "model/paraat-function.h"
#include "model/paraat-organisation.h"
#include "model/paraat-partner.h"
#include "model/paraat-person.h"
#include "model/paraat-session.h"
#include "model/paraat-oto.h"
#include "model/paraat-piket.h"
#include "model/paraat-rotation.h"
#include "model/paraat-shift.h"
#include "model/paraat-team.h"

G_BEGIN_DECLS

/* The store is the only way into the database file: it hands out model objects
 * and list models, and every change it makes is one transaction with an audit
 * row. Failures are PARAAT_STORE_ERROR errors whose message a coordinator can
 * read (in the user's language). */

#define PARAAT_STORE_ERROR (paraat_store_error_quark ())

typedef enum
{
  PARAAT_STORE_ERROR_NOT_FOUND,      /* the file (or a row asked for) does not exist */
  PARAAT_STORE_ERROR_ACCESS,         /* no permission to read or write the file */
  PARAAT_STORE_ERROR_READ_ONLY,      /* the file or its folder is read-only */
  PARAAT_STORE_ERROR_BUSY,           /* another program holds a lock on the file */
  PARAAT_STORE_ERROR_CORRUPT,        /* not a Paraat database, or damaged */
  PARAAT_STORE_ERROR_TOO_NEW,        /* made by a newer Paraat */
  PARAAT_STORE_ERROR_MIGRATION,      /* upgrading the file failed; it was left unchanged */
  PARAAT_STORE_ERROR_INVALID,        /* bad input: a required field, a range, a format */
  PARAAT_STORE_ERROR_DUPLICATE,      /* a unique value (a code, a combination) already exists */
  PARAAT_STORE_ERROR_IN_USE,         /* still referenced: would orphan other records */
  PARAAT_STORE_ERROR_FAILED,         /* anything else */
} ParaatStoreError;

GQuark paraat_store_error_quark (void);

typedef enum
{
  PARAAT_STORE_OPEN_DEFAULT = 0,
  /* Create the file (and its folder) when it does not exist. Without it a
   * missing file is PARAAT_STORE_ERROR_NOT_FOUND. */
  PARAAT_STORE_OPEN_CREATE    = 1 << 0,
  /* Only read: nothing is written, not even the journal mode, so a backup or
   * a file on a read-only share can be inspected. A file that would need an
   * upgrade is refused with PARAAT_STORE_ERROR_MIGRATION. */
  PARAAT_STORE_OPEN_READ_ONLY = 1 << 1,
} ParaatStoreOpenFlags;

/* Counts of the main records, for status pages, `paraatctl check` and tests. */
typedef struct
{
  guint teams;
  guint functions;
  guint people;
  guint assignments;
  guint partners;
  guint absences;
  guint shifts;
  guint sessions;
  guint events;
  guint event_tasks;
  guint lessons;
  guint feeds;
  guint audit;
} ParaatStoreCounts;

#define PARAAT_TYPE_STORE (paraat_store_get_type ())

G_DECLARE_FINAL_TYPE (ParaatStore, paraat_store, PARAAT, STORE, GObject)

/* Signal ParaatStore::changed (const char *entity): emitted on the thread that
 * made the change, after it was committed, with the table that changed
 * ("person", "function", …), or "*" after a batch. */

/* The schema version this build writes (PRAGMA user_version). */
int          paraat_store_schema_version      (void);

/* $XDG_DATA_HOME/paraat/paraat.db (newly allocated). */
char        *paraat_store_default_path        (void);

/* Opens (and, with PARAAT_STORE_OPEN_CREATE, creates) @path, checks that it is a
 * Paraat database, and migrates an older schema after copying the file to
 * "<path>.v<N>.bak" with SQLite's backup API. ":memory:" opens a private
 * in-memory database (tests). */
ParaatStore *paraat_store_open                (const char           *path,
                                               ParaatStoreOpenFlags  flags,
                                               GError              **error);

const char  *paraat_store_get_path            (ParaatStore          *self);
/* The copy made before the last migration, or NULL when none was needed. */
const char  *paraat_store_get_backup_path     (ParaatStore          *self);

/* The name written to audit rows ("actor"); defaults to the login name. */
const char  *paraat_store_get_actor           (ParaatStore          *self);
void         paraat_store_set_actor           (ParaatStore          *self,
                                               const char           *actor);

/* PRAGMA integrity_check and foreign_key_check. On problems returns FALSE with
 * PARAAT_STORE_ERROR_CORRUPT and one problem per line in the message. */
gboolean     paraat_store_check               (ParaatStore          *self,
                                               GError              **error);
gboolean     paraat_store_get_counts          (ParaatStore          *self,
                                               ParaatStoreCounts    *counts,
                                               GError              **error);
/* TRUE when the database holds no organisation yet (a first run); FALSE with
 * @error set when that cannot be read. */
gboolean     paraat_store_is_empty            (ParaatStore          *self,
                                               GError              **error);

/* Batches: everything between begin and commit is one transaction. A change
 * that fails in the database (a constraint, the disk) poisons the batch: later
 * changes are refused and commit rolls everything back. A change refused by
 * validation before it reached the database leaves the batch as it was; the
 * caller decides whether to go on or to roll back. Changes made outside a
 * batch are each their own transaction. Batches may not nest. */
gboolean     paraat_store_begin               (ParaatStore          *self,
                                               GError              **error);
gboolean     paraat_store_commit              (ParaatStore          *self,
                                               GError              **error);
void         paraat_store_rollback            (ParaatStore          *self);

/* Organisation (a single row). */
ParaatOrganisation *paraat_store_get_organisation (ParaatStore        *self,
                                                   GError            **error);
gboolean     paraat_store_save_organisation   (ParaatStore          *self,
                                               ParaatOrganisation   *organisation,
                                               GError              **error);
/* The organisation's time zone (Europe/Amsterdam when it names none this
 * system knows); NULL with @error when there is no organisation. */
GTimeZone   *paraat_store_get_time_zone       (ParaatStore          *self,
                                               GError              **error);

/* Save: inserts when the object's id is 0 (and sets the id), else updates.
 * Validation failures are PARAAT_STORE_ERROR_INVALID or _DUPLICATE and change
 * nothing. Delete refuses with PARAAT_STORE_ERROR_IN_USE while other records
 * refer to the row: nothing cascades silently. */
gboolean     paraat_store_save_team           (ParaatStore          *self,
                                               ParaatTeam           *team,
                                               GError              **error);
gboolean     paraat_store_delete_team         (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
GListModel  *paraat_store_list_teams          (ParaatStore          *self,
                                               GError              **error);

gboolean     paraat_store_save_function       (ParaatStore          *self,
                                               ParaatFunction       *function,
                                               GError              **error);
gboolean     paraat_store_delete_function     (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
GListModel  *paraat_store_list_functions      (ParaatStore          *self,
                                               GError              **error);
ParaatFunction *paraat_store_find_function    (ParaatStore          *self,
                                               const char           *code,
                                               GError              **error);

gboolean     paraat_store_save_person         (ParaatStore          *self,
                                               ParaatPerson         *person,
                                               GError              **error);
gboolean     paraat_store_delete_person       (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
GListModel  *paraat_store_list_people         (ParaatStore          *self,
                                               GError              **error);
ParaatPerson *paraat_store_get_person         (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* Adds @people and @assignments (whose person is
 * people[@person_of_assignment[i]]) in one transaction with audit rows, and
 * sets their ids; writes nothing, and returns FALSE saying which record was
 * refused, when any of them is. */
gboolean     paraat_store_import_people       (ParaatStore          *self,
                                               GPtrArray            *people,
                                               GPtrArray            *assignments,
                                               const guint          *person_of_assignment,
                                               GError              **error);

gboolean     paraat_store_save_assignment     (ParaatStore          *self,
                                               ParaatAssignment     *assignment,
                                               GError              **error);
gboolean     paraat_store_delete_assignment   (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* All assignments; person_id and/or function_id > 0 restrict the list. */
GListModel  *paraat_store_list_assignments    (ParaatStore          *self,
                                               gint64                person_id,
                                               gint64                function_id,
                                               GError              **error);

gboolean     paraat_store_save_partner        (ParaatStore          *self,
                                               ParaatPartner        *partner,
                                               GError              **error);
GListModel  *paraat_store_list_partners       (ParaatStore          *self,
                                               GError              **error);

gboolean     paraat_store_save_absence        (ParaatStore          *self,
                                               ParaatAbsence        *absence,
                                               GError              **error);
gboolean     paraat_store_delete_absence      (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* Absences of @person_id (all people when 0) that overlap [from, until). */
GListModel  *paraat_store_list_absences       (ParaatStore          *self,
                                               gint64                person_id,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
/* Adds @absences (ParaatAbsence, of one or more people) in one transaction
 * with an audit row each, and sets their ids; writes nothing, and says which
 * one was refused, when any is. */
gboolean     paraat_store_import_absences     (ParaatStore          *self,
                                               GPtrArray            *absences,
                                               GError              **error);
/* Deletes the absences @ids in one transaction (an audit row each), or none. */
gboolean     paraat_store_delete_absences     (ParaatStore          *self,
                                               const gint64         *ids,
                                               guint                 n_ids,
                                               GError              **error);

/* Public holidays the organisation imported from a calendar: whole local
 * days (@last_day included), which the roster weighs like the holidays it
 * knows itself (paraat_roster_holidays()). */
typedef struct
{
  gint64  id;
  char   *first_day;                 /* "YYYY-MM-DD" */
  char   *last_day;                  /* "YYYY-MM-DD", ≥ first_day */
  char   *name;
  char   *uid;                       /* of the calendar event, "" when none */
} ParaatHoliday;

void         paraat_holiday_clear             (ParaatHoliday        *holiday);

/* All imported holidays (ParaatHoliday, cleared with the array), by day. */
GArray      *paraat_store_list_holidays       (ParaatStore          *self,
                                               GError              **error);
/* Adds @holidays (ParaatHoliday) in one transaction with an audit row each,
 * and sets their ids; writes nothing when any is refused (a day that is no
 * date, a last day before the first, no name, the same days and name twice). */
gboolean     paraat_store_import_holidays     (ParaatStore          *self,
                                               GArray               *holidays,
                                               GError              **error);
/* Deletes the holidays @ids in one transaction (an audit row each), or none. */
gboolean     paraat_store_delete_holidays     (ParaatStore          *self,
                                               const gint64         *ids,
                                               guint                 n_ids,
                                               GError              **error);

/* Shifts are unique per (function, line, start). */
gboolean     paraat_store_save_shift          (ParaatStore          *self,
                                               ParaatShift          *shift,
                                               GError              **error);
/* Shifts of @function_id (all functions when 0) that overlap [from, until), by start. */
GListModel  *paraat_store_list_shifts         (ParaatStore          *self,
                                               gint64                function_id,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
/* The shift of @function_id and @line that covers the instant @at, or NULL
 * (without an error) when nobody is on duty. */
ParaatShift *paraat_store_find_shift_at       (ParaatStore          *self,
                                               gint64                function_id,
                                               int                   line,
                                               gint64                at,
                                               GError              **error);

/* Rotations, one per function, with their members in order. Saving checks
 * the rule (paraat_rotation_check()) and replaces the members. */
gboolean     paraat_store_save_rotation       (ParaatStore          *self,
                                               ParaatRotation       *rotation,
                                               GError              **error);
gboolean     paraat_store_delete_rotation     (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
GListModel  *paraat_store_list_rotations      (ParaatStore          *self,
                                               GError              **error);

/* The shifts (ParaatPiketShift; fixed = set by hand or by a swap) and
 * absences (ParaatPiketAbsence) that overlap [@from, @until), for the roster
 * rules. */
GArray      *paraat_store_read_piket_shifts   (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
GArray      *paraat_store_read_piket_absences (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);

typedef struct
{
  guint added;
  guint changed;
  guint removed;
  guint unchanged;
} ParaatRosterChanges;

/* Writes a generated roster for @function_ids, for the shifts that start in
 * [@from, @until), in one transaction with one audit row: a shift of the
 * same function, line, slot and start is updated in place (its sequence
 * goes up, so calendar feeds replace it rather than add one), a new one is
 * added, and generated shifts the roster no longer has are removed. Shifts
 * set by hand or by a swap are never changed. A person 0 is stored as a gap
 * (no person). Nothing is written when any shift is refused. */
gboolean     paraat_store_write_roster        (ParaatStore          *self,
                                               const gint64         *function_ids,
                                               guint                 n_functions,
                                               gint64                from,
                                               gint64                until,
                                               const ParaatPiketShift *shifts,
                                               guint                 n_shifts,
                                               ParaatRosterChanges  *changes,
                                               GError              **error);

/* Extra piket asked by an event or a programme ("a 2nd OvD-Bz on
 * Koningsdag", "communications on standby"): one more person on @line of
 * a piket function for [starts_at, ends_at). On the roster it is a slot of
 * its own, filled by the generator or by hand like any other; the shift that
 * fills it names the request, so it is never taken for the regular week. */
typedef struct
{
  gint64    id;
  gint64    event_id;
  gint64    function_id;
  int       line;           /* 1 or 2 */
  gint64    starts_at;
  gint64    ends_at;
  char     *note;           /* why it is asked: "2e OvD-Bz voor Koningsdag" */
  /* Filled when listed; when adding, person_id and fixed put the request's
   * shift back as it was (what undoing a delete needs). */
  char     *event_name;
  char     *function_code;
  char     *function_name;
  gint64    person_id;      /* who fills it; 0: nobody yet */
  char     *person_name;    /* "" when nobody */
  gboolean  fixed;          /* filled by hand (the generator keeps it) */
  gboolean  planned;        /* the roster has its shift (with or without someone) */
} ParaatDutyRequest;

void         paraat_duty_request_free         (ParaatDutyRequest    *request);
ParaatDutyRequest *paraat_duty_request_copy   (const ParaatDutyRequest *request);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatDutyRequest, paraat_duty_request_free)

/* The requests of @event_id, by start (a GPtrArray of ParaatDutyRequest). */
GPtrArray   *paraat_store_list_event_duty_requests (ParaatStore     *self,
                                               gint64                event_id,
                                               GError              **error);
/* Every request that overlaps [@from, @until), by start. */
GPtrArray   *paraat_store_list_duty_requests  (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
/* Adds (id 0; sets it) or changes a request, in one transaction with an
 * audit row. Refused with PARAAT_STORE_ERROR_INVALID, changing nothing,
 * unless the event exists, the function exists and has piket (hard or
 * soft), the line is 1 or 2, the end lies after the start and at most 31
 * days later, and the period lies within the event's days: from the first
 * day of its build-up (or of the event) through the last day of its
 * break-down (or of the event), whole local days in the organisation's
 * time zone. PARAAT_STORE_ERROR_DUPLICATE when the event already asks the
 * same function on the same line for an overlapping period. Changing the
 * function, line or period takes whoever filled it off (the shift goes):
 * the roster shows the request as not yet filled. */
gboolean     paraat_store_save_duty_request   (ParaatStore          *self,
                                               ParaatDutyRequest    *request,
                                               GError              **error);
/* The checks of paraat_store_save_duty_request(), reading only: what a
 * form shows before it lets the request be saved. */
gboolean     paraat_store_check_duty_request  (ParaatStore          *self,
                                               const ParaatDutyRequest *request,
                                               GError              **error);
/* Deletes a request and the shift that fills it, in one transaction with
 * audit rows. */
gboolean     paraat_store_delete_duty_request (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* Puts @person_id (0: nobody, kept as a gap) on the request's shift by
 * hand: the shift becomes manual, so generating again keeps it. Whether the
 * person may take it is the caller's check (the roster rules). */
gboolean     paraat_store_fill_duty_request   (ParaatStore          *self,
                                               gint64                id,
                                               gint64                person_id,
                                               GError              **error);

/* Swaps (ruilen): a request to hand one shift to someone else, decided by
 * someone other than the requester. */
typedef enum
{
  PARAAT_SWAP_REQUESTED,
  PARAAT_SWAP_APPROVED,
  PARAAT_SWAP_REJECTED,
  PARAAT_SWAP_CANCELLED,
} ParaatSwapStatus;

typedef struct
{
  gint64           id;
  gint64           function_id;
  int              line;
  gint64           starts_at;
  gint64           ends_at;
  gint64           from_person_id;
  gint64           to_person_id;
  char            *requested_by;
  gint64           requested_at;
  ParaatSwapStatus status;
  char            *decided_by;      /* NULL while requested */
  char            *note;
} ParaatSwap;

void         paraat_swap_free                 (ParaatSwap           *swap);

/* Asks that the shift of @function_id, @line starting at @starts_at goes to
 * @to_person_id. The shift must exist and have someone, who is not
 * @to_person_id; @requested_by names who asks; a shift has at most one open
 * request. Whether @to_person_id may take it is the caller's check (the
 * roster rules). Returns the request's id, or 0 with @error. */
gint64       paraat_store_request_swap        (ParaatStore          *self,
                                               gint64                function_id,
                                               int                   line,
                                               gint64                starts_at,
                                               gint64                to_person_id,
                                               const char           *requested_by,
                                               const char           *note,
                                               GError              **error);
/* Approves or rejects an open request in one transaction with audit rows.
 * @decided_by must name someone other than the requester. Approving hands
 * the shift over in place (origin "swap", its sequence up, so calendar feeds
 * replace the entry); it is refused when the shift no longer has the person
 * it had when the swap was asked. */
gboolean     paraat_store_decide_swap         (ParaatStore          *self,
                                               gint64                swap_id,
                                               gboolean              approve,
                                               const char           *decided_by,
                                               GError              **error);
/* Requests (only the open ones when @open_only), newest first: a GPtrArray
 * of ParaatSwap. */
GPtrArray   *paraat_store_list_swaps          (ParaatStore          *self,
                                               gboolean              open_only,
                                               GError              **error);

/* OTO session kinds are data: code (e.g. "TTX"), name and whether the kind
 * counts as an exercise, a training, an education, a test or an evaluation. */
gboolean     paraat_store_save_session_kind   (ParaatStore          *self,
                                               const char           *code,
                                               const char           *name,
                                               const char           *category,
                                               GError              **error);

gboolean     paraat_store_save_session        (ParaatStore          *self,
                                               ParaatSession        *session,
                                               GError              **error);
/* Replaces the session's target functions. */
gboolean     paraat_store_set_session_targets (ParaatStore         *self,
                                               gint64                session_id,
                                               const gint64         *function_ids,
                                               gsize                 n_function_ids,
                                               GError              **error);
/* Sessions whose start lies in [from, until) (UTC seconds), by start time. */
GListModel  *paraat_store_list_sessions       (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);

/* The session with @id, or NULL with PARAAT_STORE_ERROR_NOT_FOUND. */
ParaatSession *paraat_store_get_session       (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* The ids of the session's target functions, in id order. */
GArray      *paraat_store_read_session_targets (ParaatStore         *self,
                                               gint64                session_id,
                                               GError              **error);
/* Every session kind (ParaatSessionKind), by name. */
GArray      *paraat_store_read_session_kinds  (ParaatStore          *self,
                                               GError              **error);

/* Requirements and attendance in the plain form the proficiency rules
 * read; days are local days in @tz. */
ParaatOtoFacts *paraat_store_read_oto_facts   (ParaatStore          *self,
                                               GTimeZone            *tz,
                                               GError              **error);
/* Every requirement (ParaatRequirement, interned strings), by function. */
GArray      *paraat_store_read_requirements   (ParaatStore          *self,
                                               GError              **error);
/* Adds (id 0; sets it) or changes a requirement of a function. */
gboolean     paraat_store_save_requirement    (ParaatStore          *self,
                                               ParaatRequirement    *requirement,
                                               GError              **error);
gboolean     paraat_store_delete_requirement  (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);

/* The session's attendance list (ParaatAttendance, with a clear function),
 * by person id. */
GArray      *paraat_store_read_attendance     (ParaatStore          *self,
                                               gint64                session_id,
                                               GError              **error);
/* Replaces the session's whole attendance list (invitations and what was
 * registered) in one transaction. Refused, changing nothing, for a cancelled
 * session, a person listed twice, more people than the capacity, negative
 * hours, or a result for someone who was not present. */
gboolean     paraat_store_write_attendance    (ParaatStore          *self,
                                               gint64                session_id,
                                               const ParaatAttendance *rows,
                                               guint                 n_rows,
                                               GError              **error);
/* Per session starting in [from, until): how many are on its list, how many
 * were present, and how many have anything registered (not only invited). */
typedef struct
{
  gint64 session_id;
  guint  listed;
  guint  present;
  guint  registered;
} ParaatAttendanceCount;

GArray      *paraat_store_count_attendance    (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
/* Sessions that ended before @before, were not cancelled, and have
 * invitations but nothing registered (ParaatSession). */
GListModel  *paraat_store_list_unregistered_sessions (ParaatStore   *self,
                                               gint64                before,
                                               GError              **error);

/* Lessons learned (ParaatLesson, with a clear function): open ones first by
 * due date, then the rest. */
GArray      *paraat_store_read_lessons        (ParaatStore          *self,
                                               GError              **error);
/* Adds (id 0; sets it) or changes a lesson. */
gboolean     paraat_store_save_lesson         (ParaatStore          *self,
                                               ParaatLesson         *lesson,
                                               GError              **error);
gboolean     paraat_store_delete_lesson       (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);

gboolean     paraat_store_save_event          (ParaatStore          *self,
                                               ParaatEvent          *event,
                                               GError              **error);
GListModel  *paraat_store_list_events         (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);

/* The event with @id, or NULL with PARAAT_STORE_ERROR_NOT_FOUND. */
ParaatEvent *paraat_store_get_event           (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);

/* Checklist templates (ParaatChecklistTemplate, by code) and the items of
 * one (ParaatTemplateItem, in order). */
GArray      *paraat_store_list_templates      (ParaatStore          *self,
                                               GError              **error);
GArray      *paraat_store_read_template_items (ParaatStore          *self,
                                               gint64                template_id,
                                               GError              **error);
/* The risk scan's questionnaire (the questions still asked) and thresholds. */
ParaatScanForm *paraat_store_read_scan_form   (ParaatStore          *self,
                                               GError              **error);

/* Writes template @template_ (inserted when its id is 0, setting it) with
 * exactly @items, in this order, in one transaction with audit rows.
 * An item with the id of one of this template's items updates it (the tasks
 * events got from it stay linked); an item with id 0 or a negative id is
 * new, and other items may follow it by that negative id. Items no longer
 * in @items are removed; tasks made from them stay on their events. All is
 * checked first (code, name, due rules, phases, items followed, cycles,
 * owners): PARAAT_STORE_ERROR_INVALID naming the item and the problem (and
 * @bad_item, if not NULL, its position, G_MAXUINT for the template itself),
 * _DUPLICATE for a code in use; nothing changes then. On success the items
 * get their ids, positions and template id. */
gboolean     paraat_store_write_template      (ParaatStore              *self,
                                               ParaatChecklistTemplate  *template_,
                                               ParaatTemplateItem       *items,
                                               guint                     n_items,
                                               guint                    *bad_item,
                                               GError                  **error);
/* A copy of template @id with all its items, named "Copy of …", with a
 * code of its own; its id in @new_id. */
gboolean     paraat_store_copy_template       (ParaatStore              *self,
                                               gint64                    id,
                                               gint64                   *new_id,
                                               GError                  **error);
/* How many events have checklist items made from template @id. */
gboolean     paraat_store_count_template_events (ParaatStore            *self,
                                               gint64                    id,
                                               guint                    *n_events,
                                               GError                  **error);
/* Deletes template @id and its items (one transaction, an audit row with
 * what it held). The items events got from it stay on their checklists,
 * no longer linked to it (so next year's copy of such an event does not
 * get this template's items). @links (if not NULL) gets a ParaatTaskLink
 * per task that was linked, for paraat_store_restore_template(). */
gboolean     paraat_store_delete_template     (ParaatStore              *self,
                                               gint64                    id,
                                               GArray                  **links,
                                               GError                  **error);
/* Undoes a delete: writes the template and items again (new ids; set the
 * item ids to 0 or negative as for a new template) and links the tasks of
 * @links to them again, in one transaction. */
gboolean     paraat_store_restore_template    (ParaatStore              *self,
                                               ParaatChecklistTemplate  *template_,
                                               ParaatTemplateItem       *items,
                                               guint                     n_items,
                                               const ParaatTaskLink     *links,
                                               guint                     n_links,
                                               GError                  **error);

/* Writes the risk scan's questionnaire: exactly the questions and answers
 * of @form, in order, and its thresholds, in one transaction with an audit
 * row. Ids work as for templates: an existing id updates, 0 or a negative
 * id is new (options name their question by its id, negative for a new
 * one). A question or answer left out is removed, unless an event's stored
 * scan chose it: then it is retired (no longer asked, but kept, so that
 * event's answers and class stay as they were). Checked first with
 * paraat_scan_form_check(): PARAAT_STORE_ERROR_INVALID and @bad_question
 * (if not NULL; G_MAXUINT for the thresholds) and nothing changed. On
 * success @form holds the stored ids. */
gboolean     paraat_store_write_scan_form     (ParaatStore              *self,
                                               ParaatScanForm           *form,
                                               guint                    *bad_question,
                                               GError                  **error);
/* How many questions of the scan are retired (kept for earlier answers). */
gboolean     paraat_store_count_retired_questions (ParaatStore          *self,
                                               guint                    *n_questions,
                                               GError                  **error);

/* An event's checklist (ParaatEventTask), by due moment. */
GArray      *paraat_store_read_event_tasks    (ParaatStore          *self,
                                               gint64                event_id,
                                               GError              **error);
/* Adds @tasks to the checklist of @event_id in one transaction with one
 * audit row; sets their ids. Refuses (and adds nothing) a task without
 * text, one for an unknown partner, or one not open. */
gboolean     paraat_store_add_event_tasks     (ParaatStore          *self,
                                               gint64                event_id,
                                               ParaatEventTask      *tasks,
                                               guint                 n_tasks,
                                               GError              **error);
/* Updates one task (text, due moment, owner, status with who and when,
 * note). A task done or not applicable needs done_at and done_by. */
gboolean     paraat_store_save_event_task     (ParaatStore          *self,
                                               const ParaatEventTask *task,
                                               GError              **error);
gboolean     paraat_store_delete_event_task   (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);
/* Saves @event and the new due moments of its tasks (@task_ids[i] gets
 * @due_at[i]) and the new periods of its extra piket (@requests, with their
 * id, start and end) in one transaction: moving an event moves its open
 * tasks and its requests. A moved request is checked as when saved (it
 * must still lie within the event's days) and whoever filled it is taken
 * off: the roster shows it as not yet filled. */
gboolean     paraat_store_move_event          (ParaatStore          *self,
                                               ParaatEvent          *event,
                                               const gint64         *task_ids,
                                               const gint64         *due_at,
                                               guint                 n_tasks,
                                               const ParaatDutyRequest *requests,
                                               guint                 n_requests,
                                               GError              **error);

/* The partners involved in an event (partner ids, in id order), and
 * replacing them in one transaction (an unknown partner refuses all). */
GArray      *paraat_store_read_event_partners  (ParaatStore          *self,
                                                gint64                event_id,
                                                GError              **error);
gboolean     paraat_store_write_event_partners (ParaatStore          *self,
                                                gint64                event_id,
                                                const gint64         *partner_ids,
                                                guint                 n_partners,
                                                GError              **error);

/* The schouw of an event, or NULL without error when none is planned
 * (the first if there are several). */
/* The people of the crisis organisation who go to schouw @schouw_id (their
 * calendars show it), as person ids; replaced all at once. */
GArray      *paraat_store_read_schouw_people  (ParaatStore          *self,
                                               gint64                schouw_id,
                                               GError              **error);
gboolean     paraat_store_write_schouw_people (ParaatStore          *self,
                                               gint64                schouw_id,
                                               const gint64         *person_ids,
                                               guint                 n_people,
                                               GError              **error);
ParaatSchouw *paraat_store_read_schouw        (ParaatStore          *self,
                                               gint64                event_id,
                                               GError              **error);
/* Plans (id 0) or changes a schouw: it needs a moment no later than the
 * event's end, and go or no-go needs who decided and when. Whether the
 * findings are settled is the decider's judgement, not checked. */
gboolean     paraat_store_save_schouw         (ParaatStore          *self,
                                               ParaatSchouw         *schouw,
                                               GError              **error);
/* The findings of a schouw (ParaatFinding), in the order they were found. */
GArray      *paraat_store_read_findings       (ParaatStore          *self,
                                               gint64                schouw_id,
                                               GError              **error);
gboolean     paraat_store_save_finding        (ParaatStore          *self,
                                               ParaatFinding        *finding,
                                               GError              **error);
void         paraat_schouw_free               (ParaatSchouw         *schouw);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatSchouw, paraat_schouw_free)

/* An open task with its event, for the lists of deadlines. */
typedef struct
{
  gint64          task_id;
  gint64          event_id;
  char           *event_name;
  char           *text;
  gint64          due_at;
  ParaatTaskPhase phase;
  char           *owner;   /* the partner's name, "" when nobody is named */
} ParaatDeadline;

void         paraat_deadline_clear            (gpointer              deadline);

/* The open tasks of every event due before @until (so also the overdue
 * ones), by due moment (ParaatDeadline). */
GArray      *paraat_store_read_deadlines      (ParaatStore          *self,
                                               gint64                until,
                                               GError              **error);

/* Calendar feeds. Everything the feeds of [@from, @until) are made of, in
 * one read (ParaatFeedFacts): also the feeds with a token and what each
 * published last. */
ParaatFeedFacts *paraat_store_read_feed_facts (ParaatStore          *self,
                                               gint64                from,
                                               gint64                until,
                                               GError              **error);
/* Records what the feeds now publish (inserting or replacing by UID) and
 * forgets the items @dropped, all at once. */
gboolean     paraat_store_write_feed_states   (ParaatStore          *self,
                                               const ParaatFeedItemState *states,
                                               guint                 n_states,
                                               const char * const   *dropped,
                                               guint                 n_dropped,
                                               GError              **error);
/* A feed with the hash of its token (see paraat_feed_token_hash()); returns
 * its id, or 0 with @error set. */
gint64       paraat_store_add_feed            (ParaatStore          *self,
                                               ParaatFeedScope       scope,
                                               gint64                scope_id,
                                               const char           *token_hash,
                                               GError              **error);
typedef enum
{
  PARAAT_FEED_SETTING_BASE_URL,        /* where subscribers find TOKEN.ics: "https://agenda.example.nl/feed/" */
  PARAAT_FEED_SETTING_PUBLISH_FOLDER,  /* the folder the application publishes to after each change */
} ParaatFeedSetting;

/* A feed setting ("" when not set), or NULL with @error set. */
char        *paraat_store_get_feed_setting    (ParaatStore          *self,
                                               ParaatFeedSetting     setting,
                                               GError              **error);
/* Sets (or with "" clears) a feed setting; a base URL must be http(s) without
 * query, a folder a full path. */
gboolean     paraat_store_set_feed_setting    (ParaatStore          *self,
                                               ParaatFeedSetting     setting,
                                               const char           *value,
                                               GError              **error);
/* The feeds (ParaatFeedLink) of @scope and @scope_id, or of every scope when
 * @scope is -1; only those in use when @in_use_only. */
GArray      *paraat_store_list_feeds          (ParaatStore          *self,
                                               ParaatFeedScope       scope,
                                               gint64                scope_id,
                                               gboolean              in_use_only,
                                               GError              **error);
/* A number that changes whenever another connection (the desktop
 * application, paraatctl) commits a change to the database; -1 on error. */
gint64       paraat_store_get_data_version    (ParaatStore          *self,
                                               GError              **error);
/* The feed's link stops working; its file is removed at the next publish. */
gboolean     paraat_store_revoke_feed         (ParaatStore          *self,
                                               gint64                id,
                                               GError              **error);

/* The newest @limit audit rows, newest first. */
GListModel  *paraat_store_list_audit          (ParaatStore          *self,
                                               guint                 limit,
                                               GError              **error);

G_END_DECLS
