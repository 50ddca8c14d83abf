import type { Metadata } from "next";
import { cookies } from "next/headers";
import { PreferencesForm } from "@/components/preferences/preferences-form";
import { preferencesActions } from "./preferences-actions";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { parsePreferences, PREFERENCES_COOKIE } from "@/lib/preferences";

export const metadata: Metadata = {
  title: "Reading preferences",
  description: "Choose a font, text size, spacing, line length and colours that make the site easier to read.",
};

export default async function PreferencesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, jar, params] = await Promise.all([getViewer(), cookies(), searchParams]);
  const initial = parsePreferences(jar.get(PREFERENCES_COOKIE)?.value);
  return (
    <>
      <PageHeader
        title="Reading preferences"
        lead="Make the site easier to read: every change applies straight away. We remember your choices on this device, and on your account when you are signed in."
      />
      <Container className="py-10">
        <div className="readable max-w-3xl">
          {first(params.saved) === "1" && (
            <p role="status" className="mb-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
              Your reading preferences have been saved.
            </p>
          )}
          <PreferencesForm initial={initial} signedIn={Boolean(viewer)} returnTo="/preferences?saved=1" idPrefix="page-prefs" actions={preferencesActions} />
        </div>
      </Container>
    </>
  );
}
