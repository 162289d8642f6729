import { type DataspaceStandin, startDataspaceStandin } from "@coop/standins";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDataspaceClient, ServiceExterneIndisponible } from "./index.ts";

let standin: DataspaceStandin;
let client: ReturnType<typeof createDataspaceClient>;

beforeAll(async () => {
  standin = await startDataspaceStandin();
  client = createDataspaceClient({ baseUrl: standin.url, apiKey: standin.apiKey, timeoutMs: 300 });
});
afterAll(() => standin.close());
beforeEach(() => standin.setUnavailable(false));

describe("Dataspace client (against the stand-in)", () => {
  it("returns a conseillère numérique with her contract and lieux", async () => {
    const mediateur = await client.getMediateur("  Lea.Moreau@COOP-demo.fr ");
    expect(mediateur).toMatchObject({
      is_conseiller_numerique: true,
      is_coordinateur: false,
      pg_id: 41257,
      conseillers_numeriques_coordonnes: [],
    });
    expect(mediateur?.structures_employeuses).toHaveLength(1);
    expect(mediateur?.structures_employeuses[0]).toMatchObject({
      siret: "81245637400014",
      adresse: { code_postal: "33400", code_insee: "33522", nom_commune: "Talence" },
      contrats: [{ type: "CDD", date_debut: "2023-09-01", date_rupture: null }],
    });
    expect(mediateur?.lieux_activite.map((lieu) => lieu.siret)).toEqual(["81245637400014", "88365201800010"]);
  });

  it("returns null for an unknown email", async () => {
    expect(await client.getMediateur("personne@exemple.fr")).toBeNull();
  });

  it("treats a refused API key as the service being unavailable", async () => {
    const wrongKey = createDataspaceClient({ baseUrl: standin.url, apiKey: "mauvaise-cle" });
    await expect(wrongKey.getMediateur("lea.moreau@coop-demo.fr")).rejects.toMatchObject({
      service: "Dataspace",
      message: "Le service Dataspace est momentanément indisponible. Réessayez plus tard.",
      detail: expect.stringContaining("HTTP 401"),
    });
  });

  it("throws ServiceExterneIndisponible when the service is down or silent", async () => {
    standin.setUnavailable(true);
    await expect(client.getMediateur("lea.moreau@coop-demo.fr")).rejects.toBeInstanceOf(
      ServiceExterneIndisponible,
    );
    standin.setUnavailable("timeout");
    const started = performance.now();
    await expect(client.getMediateur("lea.moreau@coop-demo.fr")).rejects.toMatchObject({
      detail: "no answer within 300 ms",
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
