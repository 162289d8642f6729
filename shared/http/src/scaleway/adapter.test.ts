import type { AddressInfo } from "node:net";
import { z } from "@coop/domain";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../create-app.ts";
import { testSecurity } from "../testing.ts";
import { requireJson, validate } from "../validation.ts";
import { fromResponse, toRequest, toScalewayHandler } from "./adapter.ts";
import type { ScalewayEvent } from "./event.ts";
import getWithQuery from "./fixtures/get-with-query.json" with { type: "json" };
import postBinary from "./fixtures/post-binary.json" with { type: "json" };
import postJson from "./fixtures/post-json.json" with { type: "json" };

/** An app that reflects what it received, to see the request the adapter built. */
const echo = new Hono().all("*", async (c) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return c.json({
    method: c.req.method,
    url: c.req.url,
    query: Object.fromEntries([...new URL(c.req.url).searchParams.keys()].map((k) => [k, c.req.queries(k)])),
    cookie: c.req.header("cookie") ?? null,
    contentType: c.req.header("content-type") ?? null,
    bodyHex: Buffer.from(bytes).toString("hex"),
    bodyText: new TextDecoder().decode(bytes),
  });
});

const handle = toScalewayHandler(echo);
type Echo = {
  method: string;
  url: string;
  query: Record<string, string[]>;
  cookie: string | null;
  bodyHex: string;
  bodyText: string;
};
const echoed = async (event: ScalewayEvent) => JSON.parse((await handle(event)).body) as Echo;

describe("Scaleway adapter: platform events → Request", () => {
  it("rebuilds a GET with its host, protocol, query and cookies (body flagged base64 but empty)", async () => {
    const seen = await echoed(getWithQuery as ScalewayEvent);
    expect(seen.method).toBe("GET");
    const url = new URL(seen.url);
    expect(url.origin).toBe("https://coop-numerique-activites.functions.fnc.fr-par.scw.cloud");
    expect(url.pathname).toBe("/activites/tableau");
    expect(seen.query).toEqual({
      du: ["2026-01-01"],
      types: ["individuel,collectif"],
      recherche: ["Léa Martin"],
    });
    expect(seen.cookie).toBe("coop_session=abc; theme=clair");
  });

  it("keeps repeated query keys from multiValueQueryStringParameters and from the emulator's arrays", async () => {
    const multi = await echoed({
      ...(getWithQuery as ScalewayEvent),
      queryStringParameters: { lieux: "b" },
      multiValueQueryStringParameters: { lieux: ["a", "b"] },
    });
    expect(multi.query).toEqual({ lieux: ["a", "b"] });
    const emulator = await echoed({
      ...(getWithQuery as ScalewayEvent),
      queryStringParameters: { lieux: ["a", "b"], page: "2" },
    });
    expect(emulator.query).toEqual({ lieux: ["a", "b"], page: ["2"] });
  });

  it("passes a JSON body through as UTF-8 text", async () => {
    const seen = await echoed(postJson as ScalewayEvent);
    expect(JSON.parse(seen.bodyText)).toEqual({ prenom: "Léa", nom: "Martin", annee: 1954 });
  });

  it("decodes a base64 binary body to its exact bytes", async () => {
    const seen = await echoed(postBinary as ScalewayEvent);
    expect(seen.bodyHex).toBe(Buffer.from(postBinary.body, "base64").toString("hex"));
    expect(seen.bodyHex.startsWith("504b0304")).toBe(true); // a zip (xlsx) signature
  });

  it("does not decode a text body that the platform's heuristic flagged as base64", async () => {
    const seen = await echoed({
      ...(postJson as ScalewayEvent),
      headers: { "Content-Type": "text/plain; charset=utf-8", Host: "fn.example" },
      body: "abcd",
      isBase64Encoded: true,
    });
    expect(seen.bodyText).toBe("abcd");
  });

  it("decodes a text body that really is base64-encoded UTF-8", async () => {
    const seen = await echoed({
      ...(postJson as ScalewayEvent),
      body: Buffer.from('{"nom":"Élodie"}').toString("base64"),
      isBase64Encoded: true,
    });
    expect(seen.bodyText).toBe('{"nom":"Élodie"}');
  });

  it("answers 400 with the error shape to an event that is not an HTTP call", async () => {
    const response = await handle({ source: "cron" } as unknown as ScalewayEvent);
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: "bad_request" } });
  });
});

describe("Scaleway adapter: Response → platform response", () => {
  it("returns binary bodies as base64 and several cookies as a header list", async () => {
    const headers = new Headers({ "content-type": "image/png" });
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const result = await fromResponse(new Response(bytes, { status: 201, headers }));
    expect(result.statusCode).toBe(201);
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body, "base64")).toEqual(Buffer.from(bytes));
    expect(result.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
  });

  it("returns JSON as text", async () => {
    const result = await fromResponse(Response.json({ nom: "Élodie" }));
    expect(result).toMatchObject({ statusCode: 200, isBase64Encoded: false, body: '{"nom":"Élodie"}' });
  });

  it("carries an app's 4xx errors unchanged", async () => {
    const app = createApp({ name: "essai", db: undefined as never, security: testSecurity });
    const response = await toScalewayHandler(app)({ ...(postJson as ScalewayEvent), path: "/inconnu" });
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: "not_found" } });
  });

  it("builds a Request whose URL has no double slash for a path without leading slash", () => {
    const request = toRequest({ path: "activites", httpMethod: "get", headers: { host: "h" } });
    expect(request.url).toBe("https://h/activites");
    expect(request.method).toBe("GET");
  });
});

describe("bad input through the adapter gets the error shape with 4xx, never 500", () => {
  const app = createApp({ name: "essai", db: undefined as never, security: testSecurity });
  app.post("/essai", requireJson, validate("json", z.object({ nom: z.string() })), (c) =>
    c.json(c.req.valid("json")),
  );
  const handler = toScalewayHandler(app);
  const post = (headers: Record<string, string>, body: string, isBase64Encoded = false) =>
    handler({
      ...(postJson as ScalewayEvent),
      path: "/essai",
      headers: { host: "fn.example", ...headers },
      body,
      isBase64Encoded,
    });

  it.each([
    ["malformed JSON", { "content-type": "application/json" }, '{"nom":', 400, "invalid_json"],
    ["a wrong content type", { "content-type": "text/csv" }, "nom\nLéa", 415, "unsupported_media_type"],
    ["a missing field", { "content-type": "application/json" }, "{}", 400, "validation_error"],
    [
      "a body over 1 MB",
      { "content-type": "application/json" },
      JSON.stringify({ nom: "x".repeat(1_100_000) }),
      413,
      "payload_too_large",
    ],
  ] as const)("%s", async (_label, headers, body, status, code) => {
    const response = await post(headers, body);
    expect(response.statusCode).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code } });
  });

  it("a binary body over 1 MB sent as base64", async () => {
    const response = await post(
      { "content-type": "application/octet-stream" },
      Buffer.alloc(1_100_000, 7).toString("base64"),
      true,
    );
    expect(response.statusCode).toBe(413);
  });

  it("an unknown route", async () => {
    const response = await handler({
      path: "/inconnu",
      httpMethod: "PATCH",
      headers: { host: "fn.example" },
    });
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("behind the Scaleway functions emulator over HTTP", () => {
  // biome-ignore lint/suspicious/noExplicitAny: the emulator is untyped CommonJS
  let server: any;
  let base: string;

  beforeAll(async () => {
    const { serveHandler } = (await import("@scaleway/serverless-functions")) as unknown as {
      // biome-ignore lint/suspicious/noExplicitAny: see above
      serveHandler: (handler: any, port: number) => any;
    };
    server = serveHandler(handle, 0);
    await server.ready();
    if (!server.server.listening) await new Promise((resolve) => server.server.once("listening", resolve));
    const address = server.server.address() as AddressInfo;
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => server?.close());

  it("serves a GET with repeated query keys and a POST of JSON", async () => {
    const get = (await (await fetch(`${base}/activites?lieux=a&lieux=b&du=2026-01-01`)).json()) as Echo;
    expect(get.query).toEqual({ lieux: ["a", "b"], du: ["2026-01-01"] });

    const post = await fetch(`${base}/beneficiaires`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ prenom: "Léa" }),
    });
    expect(JSON.parse(((await post.json()) as Echo).bodyText)).toEqual({ prenom: "Léa" });
  });
});
