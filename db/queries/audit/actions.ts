/**
 * Every action the audit log records, as stored. Each has its words for people in
 * lib/admin/audit-words.ts; its test fails for an action written here or in code without them.
 */
export const auditActions = [
  "create",
  "update",
  "publish",
  "schedule",
  "unpublish",
  "delete",
  "attach-file",
  "replace-file",
  "remove-file",
  "send-password-reset",
  "import",
  "view-links",
  "billing-update",
  "grant-complimentary",
  "change-settings",
  "export-data",
  "request-erasure",
  "cancel-erasure",
  "erase-account",
  "join-organisation",
  "leave-organisation",
  "invite",
  "issue-invoice",
  "mark-paid",
  "void-invoice",
  "add-second-factor",
  "remove-second-factor",
  "regenerate-recovery-codes",
  "send-newsletter",
  "send-test",
  "retry-failed",
  "cancel-send",
  "cancel-event",
  "mark-attendance",
  "unmark-attendance",
  "message-attendees",
] as const;

export type AuditAction = (typeof auditActions)[number];
