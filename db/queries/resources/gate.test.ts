import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getConnection } from "@/db";
import { resources } from "@/db/schema";
import { forgetResourceGates, getLiveResourceGate } from ".";

const slug = "national-send-update";

/** Runs `check` with the gold resource made public behind the app's back, then puts it back. */
async function whileMadePublic(check: () => Promise<void>) {
  await db.update(resources).set({ visibility: "public" }).where(eq(resources.slug, slug));
  try {
    await check();
  } finally {
    await db.update(resources).set({ visibility: "tiers" }).where(eq(resources.slug, slug));
    forgetResourceGates();
  }
}

describe("the proxy's resource gate", () => {
  it("is read from the database; on the embedded one remembered until a staff change forgets it", async () => {
    forgetResourceGates();
    const before = await getLiveResourceGate(slug);
    expect(before).toMatchObject({ slug, visibility: "tiers", tiers: ["gold"] });

    // A change made behind the app's back (no staff action, so nothing is forgotten).
    await whileMadePublic(async () => {
      const unannounced = await getLiveResourceGate(slug);
      if (getConnection().kind === "pglite") expect(unannounced?.visibility).toBe("tiers");
      else expect(unannounced?.visibility).toBe("public");

      // What every staff change to a resource or a tier calls (lib/content/revalidate.ts).
      forgetResourceGates();
      expect((await getLiveResourceGate(slug))?.visibility).toBe("public");
    });
  });

  it("does not remember a read that was under way when a change forgot the gates", async () => {
    forgetResourceGates();
    const reading = getLiveResourceGate(slug);
    forgetResourceGates(); // a staff change lands while the read is in flight
    expect((await reading)?.visibility).toBe("tiers");
    await whileMadePublic(async () => {
      expect((await getLiveResourceGate(slug))?.visibility).toBe("public");
    });
  });

  it("remembers no gate of a resource that is not live", async () => {
    forgetResourceGates();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const [row] = await db.select({ publishedAt: resources.publishedAt }).from(resources).where(eq(resources.slug, slug));
    await db.update(resources).set({ publishedAt: tomorrow }).where(eq(resources.slug, slug));
    try {
      expect(await getLiveResourceGate(slug)).toBeNull();
      await db.update(resources).set({ publishedAt: row!.publishedAt }).where(eq(resources.slug, slug));
      // Live again (as a scheduled resource becomes at its time), with no staff change in between.
      expect(await getLiveResourceGate(slug)).toMatchObject({ slug });
    } finally {
      await db.update(resources).set({ publishedAt: row!.publishedAt }).where(eq(resources.slug, slug));
      forgetResourceGates();
    }
  });
});
