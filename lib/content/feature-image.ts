import "server-only";
import { isStoredImage } from "@/db/queries/media";
import type { FormState } from "@/lib/actions";
import { parseMediaPath } from "@/lib/uploads/media-path";
import { invalidContent } from "./save-messages";

/** The refusal when a form names a feature image this site does not hold (the form checks only its shape). */
export async function unknownFeatureImage(featureImage: string): Promise<FormState | null> {
  if (!featureImage) return null;
  const parsed = parseMediaPath(featureImage);
  if (parsed && (await isStoredImage(parsed.sha256, parsed.filename))) return null;
  return invalidContent({ featureImage: ["That image is not on this site: choose the feature image again."] });
}
