"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions";
import { BillingError, choosePlan, customerPortalUrl, setAutoRenew } from "@/lib/billing/checkout";
import { getViewer } from "@/lib/auth/viewer";
import { logger } from "@/lib/logger";

const tierSlug = z.string().regex(/^[a-z0-9-]{1,40}$/);

const signedOut: FormState = { status: "error", message: "Your session has ended. Sign in again to continue." };

function failure(error: unknown): FormState {
  if (error instanceof BillingError) return { status: "error", message: error.message };
  logger.error({ err: error }, "billing action failed");
  return { status: "error", message: "We could not reach our payment provider. Nothing has been charged: please try again in a few minutes." };
}

/** Joins a tier (Stripe Checkout) or changes the member's plan to it (upgrade now, downgrade at renewal). */
export async function choosePlanAction(tier: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const slug = tierSlug.safeParse(tier);
  if (!slug.success) return { status: "error", message: "Choose a membership tier." };
  let destination: string;
  try {
    const result = await choosePlan(viewer, slug.data);
    destination = result.kind === "checkout" ? result.url : `/account/billing?changed=${result.kind}&tier=${slug.data}`;
  } catch (error) {
    return failure(error);
  }
  redirect(destination);
}

/** Turns automatic renewal off (membership ends with the period) or back on. */
export async function setAutoRenewAction(renew: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  if (typeof renew !== "boolean") return { status: "error", message: "Choose whether to renew." };
  try {
    if (!(await setAutoRenew(viewer.id, renew))) return { status: "error", message: "You have no membership that renews." };
  } catch (error) {
    return failure(error);
  }
  redirect(`/account/billing?changed=${renew ? "renewal-on" : "renewal-off"}`);
}

/** Stripe's customer portal, to update the card. */
export async function updateCardAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  let url: string | null;
  try {
    url = await customerPortalUrl(viewer.id);
  } catch (error) {
    return failure(error);
  }
  if (!url) return { status: "error", message: "There is no card on file yet." };
  redirect(url);
}
