import "server-only";
import { db } from "@/db";
import { getPerson } from "@/db/queries/privacy/person";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { site } from "@/lib/site";
import { describeErasure, privacySections } from "./sections";

export interface ExportSection {
  title: string;
  holds: string;
  onErasure: string;
  rows: Record<string, unknown>[];
}

export interface PersonalDataExport {
  about: string;
  generatedAt: string;
  accountId: string;
  /** By table name, in the registry's order. */
  sections: Record<string, ExportSection>;
}

/** Everything the portal holds about one account (UK GDPR art. 15 and 20), or null for no such account. */
export async function exportPersonalData(accountId: string): Promise<PersonalDataExport | null> {
  return db.transaction(async (tx) => {
    const person = await getPerson(tx, accountId);
    if (!person) return null;
    const sections: Record<string, ExportSection> = {};
    for (const section of privacySections) {
      sections[section.table] = {
        title: section.title,
        holds: section.holds,
        onErasure: describeErasure(section.erasure),
        rows: await section.access.read(tx, person),
      };
    }
    return { about: `Personal data held by ${site.name}`, generatedAt: new Date().toISOString(), accountId, sections };
  });
}

export function exportFilename(now = new Date()): string {
  return `send-network-my-data-${now.toISOString().slice(0, 10)}.json`;
}

/** The export as a download: never cached, never shown inline. */
export function personalDataResponse(data: PersonalDataExport, filename: string): Response {
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(filename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
