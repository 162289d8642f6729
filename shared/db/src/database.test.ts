import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseReachable } from "./health.ts";
import { activites, beneficiaires, mediateurs, users } from "./schema/index.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe(`database layer on ${process.env.DATABASE_URL ? "postgres (neon driver)" : "pglite"}`, () => {
  it("is migrated into the coop schema with its enums", async () => {
    const result = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'coop'`,
    );
    expect(result.rows[0]?.n).toBeGreaterThanOrEqual(22);
    const labels = await database.db.execute<{ v: string }>(
      sql`select unnest(enum_range(null::coop.type_lieu))::text as v`,
    );
    expect(labels.rows.map((row) => row.v)).toEqual(["lieu_activite", "domicile", "a_distance", "autre"]);
    expect(await isDatabaseReachable(database.db)).toBe(true);
  });

  it("commits a transaction and rolls one back whole on a fault", async () => {
    const [user] = await database.db.insert(users).values({ email: "camille@example.fr" }).returning();
    const [mediateur] = await database.db.insert(mediateurs).values({ userId: user!.id }).returning();

    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(beneficiaires).values({ mediateurId: mediateur!.id, prenom: "Léa", nom: "Martin" });
        await tx.insert(activites).values({
          type: "individuel",
          mediateurId: mediateur!.id,
          date: "2026-01-15",
          duree: 0, // violates the duree > 0 check
          typeLieu: "domicile",
        });
      }),
    ).rejects.toThrow();

    const rows = await database.db
      .select()
      .from(beneficiaires)
      .where(eq(beneficiaires.mediateurId, mediateur!.id));
    expect(rows).toEqual([]);
  });

  it("refuses an activity at a lieu d'activité without its structure", async () => {
    const [user] = await database.db.insert(users).values({ email: "sam@example.fr" }).returning();
    const [mediateur] = await database.db.insert(mediateurs).values({ userId: user!.id }).returning();
    await expect(
      database.db.insert(activites).values({
        type: "individuel",
        mediateurId: mediateur!.id,
        date: "2026-01-15",
        duree: 30,
        typeLieu: "lieu_activite",
      }),
    ).rejects.toThrow();
  });

  it("enforces unique e-mails", async () => {
    await database.db.insert(users).values({ email: "unique@example.fr" });
    await expect(database.db.insert(users).values({ email: "unique@example.fr" })).rejects.toThrow();
  });
});

describe("accent- and case-insensitive text", () => {
  it("folds French accents, capitals and ligatures the same way on every driver", async () => {
    const result = await database.db.execute<{ v: string }>(
      sql`select coop.sans_accents(${"Hélène ÉLODIE Œuvre Çà Noël Ñuñez"}) as v`,
    );
    expect(result.rows[0]?.v).toBe("helene elodie oeuvre ca noel nunez");
  });
});

describe("trigram similarity", () => {
  it("is available on every driver", async () => {
    const result = await database.db.execute<{ s: number }>(
      sql`select similarity(coop.sans_accents(${"Hélène Dupont"}), coop.sans_accents(${"helene dupond"})) as s`,
    );
    expect(Number(result.rows[0]?.s)).toBeGreaterThan(0.4);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("server connections", () => {
  it("keep their own proxy settings when another pool uses another proxy", async () => {
    const { startWsBridge } = await import("./ws-bridge.ts");
    const { openNeonDatabase } = await import("./neon.ts");
    const [first, second] = await Promise.all([startWsBridge(), startWsBridge()]);
    const url = process.env.DATABASE_URL!;
    const a = openNeonDatabase({ url, wsProxy: first.proxy, secureWebSocket: false, poolMax: 1 });
    const b = openNeonDatabase({ url, wsProxy: second.proxy, secureWebSocket: false, poolMax: 1 });
    expect(await isDatabaseReachable(b.db)).toBe(true);
    await b.close();
    await second.close();
    // `a` opens its first connection after `b`'s proxy is gone: it must still use its own.
    expect(await isDatabaseReachable(a.db)).toBe(true);
    await a.close();
    await first.close();
  });
});
