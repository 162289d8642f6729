import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RechercheEntreprisesStandin, startRechercheEntreprisesStandin } from "@coop/standins";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRechercheEntreprisesClient, ServiceExterneIndisponible } from "./index.ts";

let standin: RechercheEntreprisesStandin;
let client: ReturnType<typeof createRechercheEntreprisesClient>;

beforeAll(async () => {
  standin = await startRechercheEntreprisesStandin();
  client = createRechercheEntreprisesClient({ baseUrl: standin.url, timeoutMs: 300 });
});
afterAll(() => standin.close());
beforeEach(() => standin.setUnavailable(false));

const indisponible = {
  name: "ServiceExterneIndisponible",
  service: "Recherche d'entreprises",
  message: "Le service Recherche d'entreprises est momentanément indisponible. Réessayez plus tard.",
};

describe("Recherche d'entreprises client (against the stand-in)", () => {
  it("finds a siège by SIRET, with its address split and coordinates as numbers", async () => {
    expect(await client.rechercherParSiret("812 456 374 00014")).toEqual({
      siret: "81245637400014",
      siren: "812456374",
      nom: "PÔLE SOLIDARITÉS DE TALENCE",
      adresse: "45 RUE PEYDAVANT",
      codePostal: "33400",
      commune: "TALENCE",
      codeInsee: "33522",
      latitude: 44.8083,
      longitude: -0.5886,
      actif: true,
    });
  });

  it("finds a secondary établissement, a closed one and a La Poste one by SIRET", async () => {
    expect(await client.rechercherParSiret("80462139900026")).toMatchObject({
      siren: "804621399",
      nom: "ASSOCIATION LIENS NUMERIQUES",
      commune: "CENON",
      enseigne: "ANTENNE DES COTEAUX",
      actif: true,
    });
    expect(await client.rechercherParSiret("77412589200018")).toMatchObject({ actif: false });
    expect(await client.rechercherParSiret("85294613600029")).toMatchObject({ actif: false });
    expect(await client.rechercherParSiret("35600000083410")).toMatchObject({
      siren: "356000000",
      commune: "LORMONT",
      actif: true,
    });
  });

  it("answers null for an unknown or malformed SIRET", async () => {
    expect(await client.rechercherParSiret("12345678900011")).toBeNull();
    expect(await client.rechercherParSiret("1234")).toBeNull();
  });

  it("searches names accent- and case-insensitively", async () => {
    const pole = await client.rechercherParNom("pole solidarites");
    expect(pole.map((e) => e.siret)).toEqual(["81245637400014"]);
    const emile = await client.rechercherParNom("Émile et zoe");
    expect(emile.map((e) => e.nom)).toEqual(["ASSOCIATION ÉMILE ET ZOÉ NUMÉRIQUE"]);
    const liens = await client.rechercherParNom("LIENS NUMÉRIQUES");
    expect(liens.map((e) => e.siret)).toEqual(["80462139900018", "80462139900026", "80462139900034"]);
    expect(await client.rechercherParNom("introuvable quelque part")).toEqual([]);
    expect(await client.rechercherParNom("ab")).toEqual([]);
  });

  it("throws ServiceExterneIndisponible when the service answers 503, then recovers", async () => {
    standin.failNext(503);
    await expect(client.rechercherParSiret("81245637400014")).rejects.toMatchObject(indisponible);
    standin.setUnavailable(true);
    await expect(client.rechercherParNom("liens")).rejects.toBeInstanceOf(ServiceExterneIndisponible);
    standin.setUnavailable(false);
    expect(await client.rechercherParSiret("81245637400014")).not.toBeNull();
  });

  it("gives up quickly when the service does not answer", async () => {
    standin.setUnavailable("timeout");
    const started = performance.now();
    await expect(client.rechercherParSiret("81245637400014")).rejects.toMatchObject({
      ...indisponible,
      detail: "no answer within 300 ms",
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("throws ServiceExterneIndisponible on a refused connection or an unreadable answer", async () => {
    const garbage = createServer((_req, res) => res.end("<html>pas du JSON</html>"));
    await new Promise<void>((resolve) => garbage.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}`;
    await expect(
      createRechercheEntreprisesClient({ baseUrl: url }).rechercherParNom("liens"),
    ).rejects.toMatchObject({ ...indisponible, detail: "invalid JSON" });
    await new Promise((resolve) => garbage.close(resolve));
    await expect(
      createRechercheEntreprisesClient({ baseUrl: url }).rechercherParNom("liens"),
    ).rejects.toMatchObject({ ...indisponible, detail: "network error" });
  });
});
