"use server";

import { redirect } from "next/navigation";
import { acceptInvite } from "@/db/queries/organisations";
import type { FormState } from "@/lib/actions";
import { hashToken } from "@/lib/auth/tokens";
import { getViewer } from "@/lib/auth/viewer";

/** Takes the seat an invitation offers, for the signed-in account the invitation was sent to. */
export async function acceptInviteAction(token: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "Your session has ended. Sign in again to continue." };
  if (typeof token !== "string" || token.length < 10 || token.length > 200) return { status: "error", message: "This invitation link is not complete. Open it from the email again." };
  const result = await acceptInvite(hashToken(token), viewer.id);
  if (!result.ok) {
    const name = "organisationName" in result ? result.organisationName : undefined;
    const message = {
      invalid: "This invitation has expired, been used or been withdrawn. Ask your organisation's admin to send a new one.",
      "wrong-account": `This invitation was sent to ${"invitedEmail" in result ? result.invitedEmail : "another address"}. Sign in with that address to accept it.`,
      full: `All of ${name ?? "the organisation"}'s seats are taken. Ask its admin to free or add a seat, then use this link again.`,
      elsewhere: `You already have a seat with ${name ?? "another organisation"}. Ask its admin to remove you first.`,
      "no-organisation": "This organisation no longer exists.",
      "no-account": "Your session has ended. Sign in again to continue.",
    }[result.reason];
    return { status: "error", message };
  }
  redirect("/account?organisation=joined");
}
