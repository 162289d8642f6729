import { schema } from "@coop/db";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { callJson, testSecurity } from "@coop/http/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthApp } from "../app.ts";
import type { Mailer } from "./routes.ts";

let database: TestDatabase;
const sent: Array<{ to: string; text: string }> = [];
// The SMTP path itself is exercised against the local SMTP server in shared/local's platform test.
const mailer: Mailer = {
  send: async (message) => {
    sent.push(message);
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const app = () => createAuthApp({ db: database.db, security: testSecurity, magicLinkMailer: mailer });
const ask = (email: string, forwardedFor = "203.0.113.7") =>
  callJson<{ message?: string; error?: { code: string } }>(app(), "/auth/email/connexion", {
    method: "POST",
    headers: { "x-forwarded-for": forwardedFor },
    json: { email },
  });
const linkOf = (text: string) => new URL(/http\S+/.exec(text)![0]);

describe("sign-in by e-mail link", () => {
  it("is off unless configured", async () => {
    const off = createAuthApp({ db: database.db, security: testSecurity });
    expect((await callJson(off, "/auth/email/disponible")).body).toEqual({ disponible: false });
    expect(
      (await callJson(off, "/auth/email/connexion", { method: "POST", json: { email: "a@b.fr" } })).status,
    ).toBe(404);
    expect((await callJson(app(), "/auth/email/disponible")).body).toEqual({ disponible: true });
  });

  it("answers the same whatever the address, and refuses an invalid one with a field error", async () => {
    const first = await ask("inconnue@exemple.fr");
    expect(first.status).toBe(202);
    expect(first.body.message).toContain("15 minutes");
    const bad = await callJson<{ error: { fields: Record<string, string> } }>(
      app(),
      "/auth/email/connexion",
      {
        method: "POST",
        json: { email: "pas-une-adresse" },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.email).toBeTruthy();
  });

  it("stores only a digest of the token and refuses an expired link", async () => {
    sent.length = 0;
    await ask("expire@exemple.fr");
    const link = linkOf(sent[0]!.text);
    const token = link.searchParams.get("token")!;
    const stored = await database.db.select().from(schema.verificationTokens);
    expect(stored.some((row) => row.token === token)).toBe(false);

    await database.db.update(schema.verificationTokens).set({ expires: sql`now() - interval '1 second'` });
    const response = await app().request(`${link.pathname}${link.search}`);
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie().some((line) => line.startsWith("coop_session="))).toBe(false);
  });

  it("refuses a link whose token was altered or sent to another address", async () => {
    sent.length = 0;
    await ask("altere@exemple.fr");
    const link = linkOf(sent[0]!.text);
    link.searchParams.set("email", "autre@exemple.fr");
    expect((await app().request(`${link.pathname}${link.search}`)).status).toBe(400);
  });

  it("limits requests per address", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await ask("insistante@exemple.fr", `198.51.100.${attempt}`)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const limited = await ask("insistante@exemple.fr", "198.51.100.99");
    expect(limited.body.error?.code).toBe("too_many_requests");
  });
});
