/* paraat-org-actions.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ui/paraat-import-dialog.h"
#include "ui/paraat-org-actions.h"
#include "ui/paraat-print-callout.h"
#include "ui/paraat-ui-util.h"

#define UNDO_KEY "paraat-org-undo"
#define TOAST_KEY "paraat-org-undo-toast"

/* What one delete removed, kept so that it can be put back. Restoring inserts
 * the records again (they get new ids) and points their dependants at them. */
typedef struct
{
  GPtrArray *teams;
  GPtrArray *functions;
  GPtrArray *people;
  GPtrArray *assignments;
  GPtrArray *absences;
  GPtrArray *unteamed;     /* functions whose team was deleted: (function, team id) */
  GArray    *unteamed_team_ids;
} Deleted;

static Deleted *
deleted_new (void)
{
  Deleted *deleted = g_new0 (Deleted, 1);

  deleted->teams = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->functions = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->people = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->assignments = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->absences = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->unteamed = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->unteamed_team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return deleted;
}

static void
deleted_free (Deleted *deleted)
{
  g_ptr_array_unref (deleted->teams);
  g_ptr_array_unref (deleted->functions);
  g_ptr_array_unref (deleted->people);
  g_ptr_array_unref (deleted->assignments);
  g_ptr_array_unref (deleted->absences);
  g_ptr_array_unref (deleted->unteamed);
  g_array_unref (deleted->unteamed_team_ids);
  g_free (deleted);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Deleted, deleted_free)

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
tell (GtkWidget  *widget,
      const char *heading,
      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (widget), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *widget)
{
  ParaatStore *store = g_object_get_data (G_OBJECT (toast), "store");

  paraat_org_undo (widget, store);
}

static void
toast (GtkWidget   *widget,
       ParaatStore *store,
       const char  *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), widget, 0);
  /* Undone some other way (Ctrl+Z), the toast goes too. */
  g_object_set_data_full (G_OBJECT (widget), TOAST_KEY, g_object_ref (toast), g_object_unref);
  paraat_ui_show_toast (overlay, toast);
}

/* Removes everything in @deleted in one transaction; on success keeps it for
 * undo and shows @title in a toast. */
static gboolean
run_delete (GtkWidget   *widget,
            ParaatStore *store,
            Deleted     *deleted,
            const char  *title,
            GError     **error)
{
  if (!paraat_store_begin (store, error))
    {
      deleted_free (deleted);
      return FALSE;
    }

  for (guint i = 0; i < deleted->assignments->len; i++)
    if (!paraat_store_delete_assignment (store, paraat_assignment_get_id (g_ptr_array_index (deleted->assignments, i)), error))
      goto failed;
  for (guint i = 0; i < deleted->absences->len; i++)
    if (!paraat_store_delete_absence (store, paraat_absence_get_id (g_ptr_array_index (deleted->absences, i)), error))
      goto failed;
  for (guint i = 0; i < deleted->unteamed->len; i++)
    {
      ParaatFunction *function = g_ptr_array_index (deleted->unteamed, i);

      paraat_function_set_team_id (function, 0);
      if (!paraat_store_save_function (store, function, error))
        goto failed;
    }
  for (guint i = 0; i < deleted->functions->len; i++)
    if (!paraat_store_delete_function (store, paraat_function_get_id (g_ptr_array_index (deleted->functions, i)), error))
      goto failed;
  for (guint i = 0; i < deleted->people->len; i++)
    if (!paraat_store_delete_person (store, paraat_person_get_id (g_ptr_array_index (deleted->people, i)), error))
      goto failed;
  for (guint i = 0; i < deleted->teams->len; i++)
    if (!paraat_store_delete_team (store, paraat_team_get_id (g_ptr_array_index (deleted->teams, i)), error))
      goto failed;

  if (!paraat_store_commit (store, error))
    goto failed_committed;

  g_object_set_data_full (G_OBJECT (widget), UNDO_KEY, deleted, (GDestroyNotify) deleted_free);
  toast (widget, store, title);
  return TRUE;

failed:
  paraat_store_rollback (store);
failed_committed:
  /* The functions keep the team they still have in the file. */
  for (guint i = 0; i < deleted->unteamed->len; i++)
    paraat_function_set_team_id (g_ptr_array_index (deleted->unteamed, i),
                                 g_array_index (deleted->unteamed_team_ids, gint64, i));
  deleted_free (deleted);
  return FALSE;
}

static gint64
mapped (GHashTable *map,
        gint64      old_id)
{
  gpointer value = g_hash_table_lookup (map, &old_id);

  return value != NULL ? *(gint64 *) value : old_id;
}

static void
map_id (GHashTable *map,
        gint64      old_id,
        gint64      new_id)
{
  g_hash_table_insert (map, g_memdup2 (&old_id, sizeof old_id), g_memdup2 (&new_id, sizeof new_id));
}

gboolean
paraat_org_undo (GtkWidget   *widget,
                 ParaatStore *store)
{
  Deleted *deleted = g_object_steal_data (G_OBJECT (widget), UNDO_KEY);
  g_autoptr (GHashTable) teams = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) functions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);

  if (deleted == NULL)
    return FALSE;

  {
    g_autoptr (AdwToast) shown = g_object_steal_data (G_OBJECT (widget), TOAST_KEY);

    if (shown != NULL)
      paraat_ui_withdraw_toast (widget, shown);
  }

  if (!paraat_store_begin (store, &error))
    goto failed;

  for (guint i = 0; i < deleted->teams->len; i++)
    {
      ParaatTeam *team = g_ptr_array_index (deleted->teams, i);
      gint64 old_id = paraat_team_get_id (team);

      paraat_team_set_id (team, 0);
      if (!paraat_store_save_team (store, team, &error))
        goto rollback;
      map_id (teams, old_id, paraat_team_get_id (team));
    }
  for (guint i = 0; i < deleted->functions->len; i++)
    {
      ParaatFunction *function = g_ptr_array_index (deleted->functions, i);
      gint64 old_id = paraat_function_get_id (function);

      paraat_function_set_id (function, 0);
      paraat_function_set_team_id (function, mapped (teams, paraat_function_get_team_id (function)));
      if (!paraat_store_save_function (store, function, &error))
        goto rollback;
      map_id (functions, old_id, paraat_function_get_id (function));
    }
  for (guint i = 0; i < deleted->unteamed->len; i++)
    {
      ParaatFunction *function = g_ptr_array_index (deleted->unteamed, i);

      paraat_function_set_team_id (function, mapped (teams, g_array_index (deleted->unteamed_team_ids, gint64, i)));
      if (!paraat_store_save_function (store, function, &error))
        goto rollback;
    }
  for (guint i = 0; i < deleted->people->len; i++)
    {
      ParaatPerson *person = g_ptr_array_index (deleted->people, i);
      gint64 old_id = paraat_person_get_id (person);

      paraat_person_set_id (person, 0);
      if (!paraat_store_save_person (store, person, &error))
        goto rollback;
      map_id (people, old_id, paraat_person_get_id (person));
    }
  for (guint i = 0; i < deleted->assignments->len; i++)
    {
      ParaatAssignment *assignment = g_ptr_array_index (deleted->assignments, i);

      paraat_assignment_set_id (assignment, 0);
      paraat_assignment_set_person_id (assignment, mapped (people, paraat_assignment_get_person_id (assignment)));
      paraat_assignment_set_function_id (assignment, mapped (functions, paraat_assignment_get_function_id (assignment)));
      if (!paraat_store_save_assignment (store, assignment, &error))
        goto rollback;
    }
  for (guint i = 0; i < deleted->absences->len; i++)
    {
      ParaatAbsence *absence = g_ptr_array_index (deleted->absences, i);

      paraat_absence_set_id (absence, 0);
      paraat_absence_set_person_id (absence, mapped (people, paraat_absence_get_person_id (absence)));
      if (!paraat_store_save_absence (store, absence, &error))
        goto rollback;
    }

  if (!paraat_store_commit (store, &error))
    goto failed;

  deleted_free (deleted);
  return TRUE;

rollback:
  paraat_store_rollback (store);
failed:
  deleted_free (deleted);
  tell (widget, _("The Delete Cannot Be Undone"), error->message);
  return FALSE;
}

static void
delete_failed (GtkWidget    *widget,
               const char   *name,
               const GError *error)
{
  g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Deleted"), name);

  tell (widget, heading, error->message);
}

/*
 * People
 */

typedef struct
{
  GtkWidget   *widget;
  ParaatStore *store;
  ParaatPerson *person;
} PersonRequest;

static void
person_request_free (PersonRequest *request)
{
  g_object_unref (request->widget);
  g_object_unref (request->store);
  g_object_unref (request->person);
  g_free (request);
}

static void
make_inactive (PersonRequest *request)
{
  g_autoptr (GError) error = NULL;

  paraat_person_set_active (request->person, FALSE);
  if (!paraat_store_save_person (request->store, request->person, &error))
    {
      paraat_person_set_active (request->person, TRUE);
      tell (request->widget, _("The Person Cannot Be Changed"), error->message);
    }
}

static void
offer_inactive_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            PersonRequest    *request)
{
  if (g_str_equal (response, "inactive"))
    make_inactive (request);
}

/* The piket shifts of @person_id, past and future. */
static guint
count_shifts (ParaatStore *store,
              gint64       person_id)
{
  g_autoptr (GListModel) shifts = paraat_store_list_shifts (store, 0, G_MININT64 / 2, G_MAXINT64 / 2, NULL);
  guint n = 0;

  for (guint i = 0; shifts != NULL && i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr (ParaatShift) shift = g_list_model_get_item (shifts, i);

      if (paraat_shift_get_person_id (shift) == person_id)
        n++;
    }

  return n;
}

static void
delete_person_now (PersonRequest *request)
{
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GListModel) absences = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;
  gint64 id = paraat_person_get_id (request->person);

  assignments = paraat_store_list_assignments (request->store, id, 0, &error);
  if (assignments != NULL)
    absences = paraat_store_list_absences (request->store, id, G_MININT64 / 2, G_MAXINT64 / 2, &error);
  if (absences == NULL)
    {
      delete_failed (request->widget, paraat_person_get_display_name (request->person), error);
      return;
    }

  deleted = deleted_new ();
  g_ptr_array_add (deleted->people, g_object_ref (request->person));
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    g_ptr_array_add (deleted->assignments, g_list_model_get_item (assignments, i));
  for (guint i = 0; i < g_list_model_get_n_items (absences); i++)
    g_ptr_array_add (deleted->absences, g_list_model_get_item (absences, i));

  title = g_strdup_printf (_("“%s” deleted"), paraat_person_get_display_name (request->person));
  if (!run_delete (request->widget, request->store, deleted, title, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Deleted"),
                                                  paraat_person_get_display_name (request->person));
      g_autofree char *reason = NULL;
      GtkWidget *dialog;
      guint n_shifts;

      if (!g_error_matches (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE))
        {
          tell (request->widget, heading, error->message);
          return;
        }

      /* Shifts or attendance keep the person in the records: say which, and
       * offer what the coordinator most likely wants. */
      n_shifts = count_shifts (request->store, id);
      if (n_shifts > 0)
        reason = g_strdup_printf (ngettext ("%s is on the piket roster for %u shift, which stays in the records.",
                                            "%s is on the piket roster for %u shifts, which stay in the records.",
                                            n_shifts),
                                  paraat_person_get_display_name (request->person), n_shifts);
      else
        reason = g_strdup (error->message);
      dialog = adw_message_dialog_new (window_of (request->widget), heading, NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", reason,
                                      _("Make the person inactive instead: they stay in past rosters and attendance, but are no longer scheduled or invited."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "inactive", _("Make _Inactive"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "inactive", ADW_RESPONSE_SUGGESTED);
      g_signal_connect_data (dialog, "response", G_CALLBACK (offer_inactive_response_cb),
                             g_memdup2 (&(PersonRequest) { g_object_ref (request->widget), g_object_ref (request->store),
                                                           g_object_ref (request->person) }, sizeof (PersonRequest)),
                             (GClosureNotify) person_request_free, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
delete_person_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           PersonRequest    *request)
{
  if (g_str_equal (response, "delete"))
    delete_person_now (request);
  else if (g_str_equal (response, "inactive"))
    make_inactive (request);
}

void
paraat_org_delete_person (GtkWidget    *widget,
                          ParaatStore  *store,
                          ParaatPerson *person)
{
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GError) error = NULL;
  PersonRequest request = { widget, store, person };
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  guint n;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if (person == NULL)
    return;

  assignments = paraat_store_list_assignments (store, paraat_person_get_id (person), 0, &error);
  if (assignments == NULL)
    {
      delete_failed (widget, paraat_person_get_display_name (person), error);
      return;
    }

  n = g_list_model_get_n_items (assignments);
  if (n == 0)
    {
      delete_person_now (&request);
      return;
    }

  heading = g_strdup_printf (_("Delete “%s”?"), paraat_person_get_display_name (person));
  dialog = adw_message_dialog_new (window_of (widget), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("%s fills %u crisis function. Deleting the person also removes that assignment and their absences. If they only left the crisis organisation, make them inactive instead: their history stays.",
                                            "%s fills %u crisis functions. Deleting the person also removes those assignments and their absences. If they only left the crisis organisation, make them inactive instead: their history stays.",
                                            n),
                                  paraat_person_get_display_name (person), n);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "inactive", _("Make _Inactive"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_person_response_cb),
                         g_memdup2 (&(PersonRequest) { g_object_ref (widget), g_object_ref (store), g_object_ref (person) },
                                    sizeof (PersonRequest)),
                         (GClosureNotify) person_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Functions and teams
 */

typedef struct
{
  GtkWidget   *widget;
  ParaatStore *store;
  Deleted     *deleted;
  char        *name;
  char        *title;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->widget);
  g_object_unref (request->store);
  g_clear_pointer (&request->deleted, deleted_free);
  g_free (request->name);
  g_free (request->title);
  g_free (request);
}

static void
run_request (Request *request)
{
  g_autoptr (GError) error = NULL;

  if (!run_delete (request->widget, request->store, g_steal_pointer (&request->deleted),
                   request->title, &error))
    delete_failed (request->widget, request->name, error);
}

static void
request_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Request          *request)
{
  if (g_str_equal (response, "delete"))
    run_request (request);
}

/* Asks with @heading and @body before deleting, or deletes at once when
 * @body is NULL. Takes @deleted. */
static void
confirm_delete (GtkWidget   *widget,
                ParaatStore *store,
                Deleted     *deleted,
                const char  *name,
                const char  *body)
{
  Request *request = g_new0 (Request, 1);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  request->widget = g_object_ref (widget);
  request->store = g_object_ref (store);
  request->deleted = deleted;
  request->name = g_strdup (name);
  request->title = g_strdup_printf (_("“%s” deleted"), name);

  if (body == NULL)
    {
      run_request (request);
      request_free (request);
      return;
    }

  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = adw_message_dialog_new (window_of (widget), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (request_response_cb),
                         request, (GClosureNotify) request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
paraat_org_delete_function (GtkWidget      *widget,
                            ParaatStore    *store,
                            ParaatFunction *function)
{
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL;
  Deleted *deleted;
  guint n;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if (function == NULL)
    return;

  assignments = paraat_store_list_assignments (store, 0, paraat_function_get_id (function), &error);
  if (assignments == NULL)
    {
      delete_failed (widget, paraat_function_get_code (function), error);
      return;
    }

  deleted = deleted_new ();
  g_ptr_array_add (deleted->functions, g_object_ref (function));
  n = g_list_model_get_n_items (assignments);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (deleted->assignments, g_list_model_get_item (assignments, i));

  if (n > 0)
    body = g_strdup_printf (ngettext ("%u person is assigned to %s. Deleting the function also removes that assignment.",
                                      "%u people are assigned to %s. Deleting the function also removes those assignments.",
                                      n),
                            n, paraat_function_get_name (function));

  confirm_delete (widget, store, deleted, paraat_function_get_code (function), body);
}

void
paraat_org_delete_team (GtkWidget   *widget,
                        ParaatStore *store,
                        ParaatTeam  *team)
{
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL;
  Deleted *deleted;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if (team == NULL)
    return;

  functions = paraat_store_list_functions (store, &error);
  if (functions == NULL)
    {
      delete_failed (widget, paraat_team_get_name (team), error);
      return;
    }

  deleted = deleted_new ();
  g_ptr_array_add (deleted->teams, g_object_ref (team));
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr (ParaatFunction) function = g_list_model_get_item (functions, i);
      gint64 team_id = paraat_team_get_id (team);

      if (paraat_function_get_team_id (function) != team_id)
        continue;
      g_ptr_array_add (deleted->unteamed, g_steal_pointer (&function));
      g_array_append_val (deleted->unteamed_team_ids, team_id);
    }

  if (deleted->unteamed->len > 0)
    body = g_strdup_printf (ngettext ("The team has %u function. It is kept, without a team, with the people assigned to it.",
                                      "The team has %u functions. They are kept, without a team, with the people assigned to them.",
                                      deleted->unteamed->len),
                            deleted->unteamed->len);

  confirm_delete (widget, store, deleted, paraat_team_get_name (team), body);
}

void
paraat_org_delete_assignment (GtkWidget        *widget,
                              ParaatStore      *store,
                              ParaatAssignment *assignment,
                              ParaatPerson     *person,
                              ParaatFunction   *function)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));
  g_return_if_fail (PARAAT_IS_ASSIGNMENT (assignment));

  deleted = deleted_new ();
  g_ptr_array_add (deleted->assignments, g_object_ref (assignment));

  /* Translators: "Jan Jansen removed from OVD-BZ" */
  title = g_strdup_printf (_("%s removed from %s"),
                           person != NULL ? paraat_person_get_display_name (person) : "?",
                           function != NULL ? paraat_function_get_code (function) : "?");
  if (!run_delete (widget, store, deleted, title, &error))
    tell (widget, _("The Assignment Cannot Be Removed"), error->message);
}

void
paraat_org_delete_absence (GtkWidget     *widget,
                           ParaatStore   *store,
                           ParaatAbsence *absence)
{
  g_autoptr (GError) error = NULL;
  Deleted *deleted;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));
  g_return_if_fail (PARAAT_IS_ABSENCE (absence));

  deleted = deleted_new ();
  g_ptr_array_add (deleted->absences, g_object_ref (absence));

  if (!run_delete (widget, store, deleted, _("Absence deleted"), &error))
    tell (widget, _("The Absence Cannot Be Deleted"), error->message);
}

/*
 * Documents
 */

void
paraat_org_run_document_action (GtkWidget   *widget,
                                ParaatStore *store,
                                const char  *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PARAAT_IS_STORE (store));

  if (g_strcmp0 (name, "print-callout") == 0)
    paraat_print_callout (widget, store);
  else if (g_strcmp0 (name, "export-callout") == 0)
    paraat_print_callout_export_pdf (widget, store);
  else if (g_strcmp0 (name, "import-people") == 0)
    paraat_import_people (widget, store);
  else if (g_strcmp0 (name, "export-people") == 0)
    paraat_export_people (widget, store);
  else
    g_return_if_reached ();
}
