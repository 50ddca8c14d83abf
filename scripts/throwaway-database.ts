import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * The PostgreSQL server the tests make their throwaway databases on: TEST_POSTGRES_ADMIN_URL, else
 * the local server this project's machines run (trust auth, user postgres).
 */
export function testAdminUrl(): string {
  return process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

export interface ThrowawayDatabase {
  name: string;
  /** `adminUrl` with this database's name. */
  url: string;
  /** Drops it, with any connections still open to it. */
  drop: () => Promise<void>;
}

/**
 * A new, empty database (or a copy of `template`) on the PostgreSQL server `adminUrl` reaches, named
 * `portal_<purpose>_<pid>_<random>`, for a test, a test server or a bench run to use and drop.
 */
export async function throwawayDatabase(adminUrl: string, purpose: string, template?: string): Promise<ThrowawayDatabase> {
  const name = `portal_${purpose}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await a.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await a.end();
    }
  };
  return { name, url: url.toString(), drop };
}
