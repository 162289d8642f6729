import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AllStandins, startAllStandins } from "./index.ts";

let standins: AllStandins;
let startupMs: number;

beforeAll(async () => {
  const started = performance.now();
  standins = await startAllStandins({
    proconnect: {
      clients: [{ clientId: "coop", clientSecret: "secret", redirectUris: ["http://127.0.0.1:9/callback"] }],
    },
  });
  startupMs = performance.now() - started;
});
afterAll(() => standins.close());

describe("startAllStandins", () => {
  it("starts everything on loopback in well under a second", () => {
    expect(startupMs).toBeLessThan(1000);
    for (const url of [
      standins.urls.proconnectIssuer,
      standins.urls.mailInboxUrl,
      standins.urls.rechercheEntreprisesUrl,
      standins.urls.dataspaceUrl,
    ]) {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    }
    expect(standins.urls.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe("Recherche d'entreprises stand-in", () => {
  const search = async (query: string) => {
    const response = await fetch(`${standins.urls.rechercheEntreprisesUrl}/search?${query}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("answers with the upstream JSON shape", async () => {
    const { status, body } = await search("q=35600000083410");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total_results: 1, page: 1, per_page: 10, total_pages: 1 });
    const [result] = body.results as Array<Record<string, unknown>>;
    expect(result).toMatchObject({
      siren: "356000000",
      nom_complet: expect.any(String),
      nom_raison_sociale: expect.any(String),
      siege: { siret: "35600000026440", est_siege: true, etat_administratif: "A", commune: "75115" },
      matching_etablissements: [
        {
          siret: "35600000083410",
          adresse: "27 AVENUE DE LA LIBERATION 33310 LORMONT",
          code_postal: "33310",
          commune: "33249",
          libelle_commune: "LORMONT",
          latitude: "44.8792",
          longitude: "-0.5217",
          activite_principale: "53.10Z",
          etat_administratif: "A",
        },
      ],
    });
  });

  it("pages results and rejects queries that are too short", async () => {
    const { body } = await search("q=numerique&per_page=2&page=2");
    expect(body).toMatchObject({ page: 2, per_page: 2 });
    expect((body.results as unknown[]).length).toBeLessThanOrEqual(2);
    expect(body.total_pages).toBe(Math.ceil((body.total_results as number) / 2));
    expect((await search("q=ab")).status).toBe(400);
    expect((await search("q=abc&per_page=26")).status).toBe(400);
  });

  it("marks a closed company", async () => {
    const { body } = await search("q=pixel%20ancien");
    expect(body.results).toMatchObject([{ etat_administratif: "C", siege: { etat_administratif: "F" } }]);
  });
});

describe("Dataspace stand-in", () => {
  const call = (email: string, key = standins.urls.dataspaceApiKey) =>
    fetch(`${standins.urls.dataspaceUrl}/rpc/get_mediateur?email=${encodeURIComponent(email)}`, {
      headers: { authorization: `Bearer ${key}` },
    });

  it("answers an array, empty when unknown, and 401 without the key", async () => {
    const found = (await (await call("lea.moreau@coop-demo.fr")).json()) as unknown[];
    expect(found).toHaveLength(1);
    expect(await (await call("inconnu@exemple.fr")).json()).toEqual([]);
    expect((await call("lea.moreau@coop-demo.fr", "autre")).status).toBe(401);
  });

  it("can be switched down", async () => {
    standins.dataspace.failNext(502);
    expect((await call("lea.moreau@coop-demo.fr")).status).toBe(502);
    expect((await call("lea.moreau@coop-demo.fr")).status).toBe(200);
  });
});

describe("mail catcher", () => {
  it("shows a French inbox, empty at first", async () => {
    const response = await fetch(standins.urls.mailInboxUrl);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Aucun e-mail reçu pour l'instant.");
    expect(await standins.mail.messages()).toEqual([]);
  });

  it("times out waitForMessage when nothing arrives", async () => {
    await expect(standins.mail.waitForMessage(() => true, 50)).rejects.toThrow(/No matching e-mail/);
  });
});
