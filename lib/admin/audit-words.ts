import type { AuditAction } from "@/db/queries/audit/actions";

/** Each audit action as staff read it in the log and its filter. */
export const auditActionWords: Record<AuditAction, string> = {
  create: "Created",
  update: "Edited",
  publish: "Published",
  schedule: "Scheduled",
  unpublish: "Unpublished",
  delete: "Deleted",
  "attach-file": "Attached a file",
  "replace-file": "Replaced a file",
  "remove-file": "Removed a file",
  "send-password-reset": "Sent a password-reset link",
  import: "Imported members",
  "view-links": "Opened an email with its links",
  "billing-update": "Membership changed by a payment",
  "grant-complimentary": "Granted a complimentary membership",
  "change-settings": "Changed a setting",
  "export-data": "Exported a member's data",
  "request-erasure": "Asked for an account to be erased",
  "cancel-erasure": "Cancelled an erasure request",
  "erase-account": "Erased an account",
  "join-organisation": "Gave a seat in an organisation",
  "leave-organisation": "Freed a seat in an organisation",
  invite: "Invited someone to an organisation",
  "issue-invoice": "Issued an invoice",
  "mark-paid": "Marked an invoice paid",
  "void-invoice": "Cancelled an invoice",
  "add-second-factor": "Added a second factor",
  "remove-second-factor": "Removed a second factor",
  "regenerate-recovery-codes": "Made new recovery codes",
  "send-newsletter": "Sent a newsletter",
  "send-test": "Sent a test newsletter",
  "retry-failed": "Retried failed newsletter messages",
  "cancel-send": "Cancelled a scheduled newsletter",
  "cancel-event": "Cancelled an event",
  "mark-attendance": "Marked attended",
  "unmark-attendance": "Unmarked attended",
  "message-attendees": "Emailed an event's attendees",
};

/** The words for a stored action; one no longer written (older rows) still reads as words. */
export function describeAuditAction(action: string): string {
  if (Object.hasOwn(auditActionWords, action)) return auditActionWords[action as AuditAction];
  const words = action.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "Changed";
}
