import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExportsApp } from "./app.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("exports health", () => {
  it("reports the database as reachable", async () => {
    const response = await createExportsApp({ db: database.db, security: testSecurity }).request(
      "/exports/health",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 404 outside its routes", async () => {
    const response = await createExportsApp({ db: database.db, security: testSecurity }).request(
      "/exports/inconnu",
    );
    expect(response.status).toBe(404);
  });
});
