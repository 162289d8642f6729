import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { testSecurity } from "@coop/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImportsApp } from "./app.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("imports health", () => {
  it("reports the database as reachable", async () => {
    const response = await createImportsApp({ db: database.db, security: testSecurity }).request(
      "/imports/health",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 404 outside its routes", async () => {
    const response = await createImportsApp({ db: database.db, security: testSecurity }).request(
      "/imports/inconnu",
    );
    expect(response.status).toBe(404);
  });
});
