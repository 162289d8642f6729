import { type Database, schema } from "@coop/db";
import { countRows, type TestDatabase } from "@coop/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activite,
  compteursDe,
  compteursFaux,
  inserer,
  ligne,
  type MediateurDeTest,
  preparer,
} from "../testing.ts";

let database: TestDatabase;
let db: Database;
let moi: MediateurDeTest;
let autre: MediateurDeTest;

beforeAll(async () => {
  ({ database, db, moi, autre } = await preparer());
});
afterAll(() => database?.close());

const accompagnementsDe = (beneficiaireId: string) =>
  db
    .select({
      activiteId: schema.accompagnements.activiteId,
      premier: schema.accompagnements.premierAccompagnement,
    })
    .from(schema.accompagnements)
    .where(eq(schema.accompagnements.beneficiaireId, beneficiaireId));

describe("POST /beneficiaires/fusion", () => {
  it("keeps the destination's fields when present, else the source's, and the earliest creation", async () => {
    const source = await inserer(db, moi.mediateurId, {
      prenom: "Helene",
      nom: "Durant",
      telephone: "+33612345678",
      email: "helene@exemple.fr",
      anneeNaissance: 1960,
      commune: "Lyon",
      communeCodePostal: "69003",
      communeCodeInsee: "69123",
      genre: "feminin",
      statutSocial: "retraite",
      notes: "<p>Source</p>",
      creation: new Date("2025-01-01T10:00:00Z"),
    });
    const destination = await inserer(db, moi.mediateurId, {
      prenom: "Hélène",
      nom: "Durand",
      email: "h.durand@exemple.fr",
      genre: "non_communique",
      trancheAge: "non_communique",
      statutSocial: "en_emploi",
      creation: new Date("2026-01-01T10:00:00Z"),
    });
    const response = await moi.client.post("/beneficiaires/fusion", {
      sourceId: source.id,
      destinationId: destination.id,
    });
    expect(response.status).toBe(200);
    expect(response.body.beneficiaire).toMatchObject({
      id: destination.id,
      prenom: "Hélène",
      nom: "Durand",
      telephone: "+33612345678",
      email: "h.durand@exemple.fr",
      anneeNaissance: 1960,
      commune: "Lyon",
      communeCodePostal: "69003",
      communeCodeInsee: "69123",
      genre: "feminin",
      statutSocial: "en_emploi",
      notes: "<p>Source</p>",
      creation: "2025-01-01T10:00:00.000Z",
    });
    expect(response.body.beneficiaire.trancheAge).not.toBe("non_communique");
    expect(await ligne(db, source.id)).toMatchObject({
      suppression: expect.any(Date),
      fusionVersId: destination.id,
    });
    expect((await moi.client.get(`/beneficiaires/${source.id}`)).status).toBe(404);
    const [audit] = await db
      .select()
      .from(schema.mutations)
      .where(eq(schema.mutations.nom, "modifier_beneficiaire"));
    expect(audit?.data).toEqual({
      mediateurId: moi.mediateurId,
      fusion: { sourceId: source.id, destinationId: destination.id },
    });
  });

  it("moves the accompagnements, drops the same-activité duplicate, recounts and recomputes « premier »", async () => {
    const source = await inserer(db, moi.mediateurId, { prenom: "Paul", nom: "Source" });
    const destination = await inserer(db, moi.mediateurId, { prenom: "Paul", nom: "Destination" });
    const ancienne = await activite(db, moi.mediateurId, [source.id], { date: "2025-06-01" });
    const commune = await activite(db, moi.mediateurId, [source.id, destination.id], { date: "2026-02-01" });
    const recente = await activite(db, moi.mediateurId, [destination.id], { date: "2026-03-01" });
    const avant = await compteursDe(db, moi.mediateurId);

    const response = await moi.client.post("/beneficiaires/fusion", {
      sourceId: source.id,
      destinationId: destination.id,
    });
    expect(response.status).toBe(200);
    expect(response.body.beneficiaire.accompagnementsCount).toBe(3);

    const deplaces = await accompagnementsDe(destination.id);
    expect(deplaces.map(({ activiteId }) => activiteId).sort()).toEqual(
      [ancienne.id, commune.id, recente.id].sort(),
    );
    // The earliest activité is now the destination's first.
    expect(deplaces.filter(({ premier }) => premier).map(({ activiteId }) => activiteId)).toEqual([
      ancienne.id,
    ]);
    expect(await accompagnementsDe(source.id)).toEqual([]);
    const [atelier] = await db.select().from(schema.activites).where(eq(schema.activites.id, commune.id));
    expect(atelier!.accompagnementsCount).toBe(1);
    expect(await compteursDe(db, moi.mediateurId)).toMatchObject({
      beneficiaires: avant.beneficiaires - 1,
      accompagnements: avant.accompagnements - 1,
      activites: avant.activites,
    });
    expect((await ligne(db, source.id)).accompagnementsCount).toBe(0);
    expect(await compteursFaux(db)).toEqual([]);
  });

  it("re-points earlier merges into the source to the new destination", async () => {
    const premiere = await inserer(db, moi.mediateurId, { prenom: "Zoé", nom: "Un" });
    const intermediaire = await inserer(db, moi.mediateurId, { prenom: "Zoé", nom: "Deux" });
    const finale = await inserer(db, moi.mediateurId, { prenom: "Zoé", nom: "Trois" });
    const fusion = (sourceId: string, destinationId: string) =>
      moi.client.post("/beneficiaires/fusion", { sourceId, destinationId });
    expect((await fusion(premiere.id, intermediaire.id)).status).toBe(200);
    expect((await fusion(intermediaire.id, finale.id)).status).toBe(200);
    expect((await ligne(db, premiere.id)).fusionVersId).toBe(finale.id);
    expect((await ligne(db, intermediaire.id)).fusionVersId).toBe(finale.id);
  });

  it("answers 404 with the upstream errors' messages, and changes nothing", async () => {
    const mien = await inserer(db, moi.mediateurId);
    const chezAutre = await inserer(db, autre.mediateurId);
    const supprime = await inserer(db, moi.mediateurId, { suppression: new Date() });
    const avant = await countRows(db, schema.mutations, schema.accompagnements);

    const sourceIntrouvable = await moi.client.post("/beneficiaires/fusion", {
      sourceId: chezAutre.id,
      destinationId: mien.id,
    });
    expect(sourceIntrouvable.status).toBe(404);
    expect(sourceIntrouvable.body.error).toMatchObject({
      code: "not_found",
      message: "Le bénéficiaire à fusionner est introuvable.",
    });
    const destinationIntrouvable = await moi.client.post("/beneficiaires/fusion", {
      sourceId: mien.id,
      destinationId: supprime.id,
    });
    expect(destinationIntrouvable.status).toBe(404);
    expect(destinationIntrouvable.body.error.message).toBe(
      "Le bénéficiaire dans lequel fusionner est introuvable.",
    );
    expect(await countRows(db, schema.mutations, schema.accompagnements)).toEqual(avant);
    expect(await ligne(db, mien.id)).toMatchObject({ suppression: null, fusionVersId: null });
    const chezAutreApres = await db
      .select()
      .from(schema.beneficiaires)
      .where(
        and(
          eq(schema.beneficiaires.id, chezAutre.id),
          eq(schema.beneficiaires.mediateurId, autre.mediateurId),
        ),
      );
    expect(chezAutreApres[0]).toMatchObject({ suppression: null, fusionVersId: null });
  });

  it("answers 400 for the same bénéficiaire twice or malformed ids", async () => {
    const mien = await inserer(db, moi.mediateurId);
    const meme = await moi.client.post("/beneficiaires/fusion", {
      sourceId: mien.id,
      destinationId: mien.id,
    });
    expect(meme.status).toBe(400);
    expect(meme.body.error.fields).toEqual({ destinationId: "Choisissez deux bénéficiaires différents." });
    const invalide = await moi.client.post("/beneficiaires/fusion", { sourceId: "x" });
    expect(invalide.status).toBe(400);
    expect(Object.keys(invalide.body.error.fields).sort()).toEqual(["destinationId", "sourceId"]);
  });
});
