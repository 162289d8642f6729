import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@coop/db/testing";
import { z } from "@coop/domain";
import { createErrorReporter } from "@coop/observability";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./create-app.ts";
import { ApiError } from "./errors.ts";
import { healthRoutes } from "./health.ts";
import { callJson, testSecurity } from "./testing.ts";
import { requireJson, validate } from "./validation.ts";

let database: TestDatabase;
let sentryIngest: Server;
const envelopes: string[] = [];

const buildApp = (dsn?: string) => {
  const app = createApp({
    name: "essai",
    db: database.db,
    security: testSecurity,
    errorReporter: createErrorReporter({ dsn }),
  });
  app.route("/essai", healthRoutes());
  app.post(
    "/essai/beneficiaires",
    requireJson,
    validate("json", z.object({ prenom: z.string().min(1), anneeNaissance: z.number().int().min(1900) })),
    (c) => c.json({ recu: c.req.valid("json") }, 201),
  );
  app.get("/essai/conflit", () => {
    throw new ApiError("conflict", { message: "Ce bénéficiaire a déjà été fusionné." });
  });
  app.get("/essai/panne", () => {
    throw new Error("connection to 10.0.0.3 refused (secret internals)");
  });
  return app;
};

beforeAll(async () => {
  database = await createTestDatabase();
  // A Sentry-protocol ingest endpoint on loopback: receives the envelopes the SDK sends.
  sentryIngest = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      envelopes.push(`${request.url}\n${body}`);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => sentryIngest.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await database?.close();
  await new Promise((resolve) => sentryIngest?.close(resolve));
});

describe("createApp", () => {
  it("answers health with the database state, a request id and security headers", async () => {
    const { status, body, headers } = await callJson(buildApp(), "/essai/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok", database: "ok" });
    expect(headers.get("x-request-id")).toMatch(/.+/);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers 404 with the error shape for an unknown route", async () => {
    const { status, body } = await callJson(buildApp(), "/essai/nulle-part");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: "La ressource demandée est introuvable." } });
  });

  it("answers 405 with Allow for a known path and another method", async () => {
    const { status, body, headers } = await callJson(buildApp(), "/essai/health", { method: "DELETE" });
    expect(status).toBe(405);
    expect(headers.get("allow")).toBe("GET, HEAD");
    expect(body).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("names each invalid field in French with 400", async () => {
    const { status, body } = await callJson<{ error: { code: string; fields: Record<string, string> } }>(
      buildApp(),
      "/essai/beneficiaires",
      { method: "POST", json: { prenom: "", anneeNaissance: "1980" } },
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_error");
    expect(Object.keys(body.error.fields).sort()).toEqual(["anneeNaissance", "prenom"]);
    expect(body.error.fields.anneeNaissance).toMatch(/attendu|nombre/i);
  });

  it("refuses malformed JSON with 400 invalid_json", async () => {
    const response = await buildApp().request("/essai/beneficiaires", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"prenom": "Léa",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("refuses a body that is not JSON with 415", async () => {
    const response = await buildApp().request("/essai/beneficiaires", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "prenom=Léa",
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
  });

  it("refuses a body over 1 MB with 413, with or without a declared length", async () => {
    const big = JSON.stringify({ prenom: "x".repeat(1024 * 1024), anneeNaissance: 1980 });
    const declared = await buildApp().request("/essai/beneficiaires", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { code: "payload_too_large" } });

    const stream = new Blob([big]).stream();
    const streamed = await buildApp().request("/essai/beneficiaires", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("passes a deliberate ApiError through with its status and message", async () => {
    const { status, body } = await callJson(buildApp(), "/essai/conflit");
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: "conflict", message: "Ce bénéficiaire a déjà été fusionné." } });
  });

  it("hides internals of an unexpected error and reports it to Sentry when a DSN is set", async () => {
    const { port } = sentryIngest.address() as AddressInfo;
    const app = buildApp(`http://public@127.0.0.1:${port}/42`);
    const response = await app.request("/essai/panne");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "internal_error" } });
    expect(text).not.toContain("10.0.0.3");
    expect(
      envelopes.some(
        (envelope) => envelope.includes("/api/42/envelope/") && envelope.includes("secret internals"),
      ),
    ).toBe(true);
  });

  it("answers 503 on health when the database is gone", async () => {
    const lost = await createTestDatabase();
    const app = createApp({ name: "essai", db: lost.db, security: testSecurity }).route(
      "/essai",
      healthRoutes(),
    );
    await lost.close();
    const { status, body } = await callJson(app, "/essai/health");
    expect(status).toBe(503);
    expect(body).toEqual({ status: "error", database: "error" });
  });
});
