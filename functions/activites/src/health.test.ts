import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivitesApp } from "./app.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("activites health", () => {
  it("reports the database as reachable", async () => {
    const response = await createActivitesApp({ db: database.db, security: testSecurity }).request(
      "/activites/health",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 404 outside its routes, 401 inside them without a session", async () => {
    const app = createActivitesApp({ db: database.db, security: testSecurity });
    expect((await app.request("/inconnu")).status).toBe(404);
    expect((await app.request("/activites/inconnu")).status).toBe(401);
  });
});
