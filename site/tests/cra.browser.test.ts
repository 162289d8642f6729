import { craCollectifSchema, craIndividuelSchema } from "@coop/domain";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Appel, erreur, mediatheque, stubApi } from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { franceServices, serveurCoop, tagsConnus } from "./coop-serveur.ts";
import { appareils, capture } from "./ecrans.ts";
import { dsfrReady, modaleOuverte, useSiteInChromium } from "./harness.ts";

// The CRA forms (individuel, collectif) against stubbed activites and beneficiaires functions
// (tests/coop-serveur.ts, which checks bodies with the shared schemas). The real round trip through
// the functions, with the database, is covered by shared/local's end-to-end tests.

const appelsA = (appels: Appel[], cle: string) =>
  appels.filter((appel) => `${appel.method} ${appel.path}` === cle);

const ouvrir = async (page: Page, url: string, titre: string) => {
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: titre }).waitFor();
  await page.getByRole("button", { name: /^Enregistrer (l'activité|les modifications)$/ }).waitFor();
  await dsfrReady(page);
};

/** Picks in a combobox: types, waits for the suggestion, chooses it with the keyboard. */
const choisirDans = async (page: Page, champ: string, texte: string, option: string | RegExp) => {
  const combobox = page.getByRole("combobox", { name: champ });
  await combobox.fill(texte);
  await page.getByRole("option", { name: option }).first().waitFor();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
};

describeWithChromium()("CRA forms", () => {
  const site = useSiteInChromium();

  it.each(appareils)(
    "an accompagnement individuel with a bénéficiaire created on the spot ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop();
      const appels = await stubApi(page, serveur.stubs);
      await ouvrir(
        page,
        `${server.url}/coop/mes-activites/cra/individuel`,
        "Enregistrer un accompagnement individuel",
      );

      // Empty: today's date, the lieu d'activité type chosen, one of two lieux to pick.
      expect(await page.getByLabel("Date de l'activité").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await page.getByRole("radio", { name: "Lieu d'activité" }).isChecked()).toBe(true);
      // The frequent 20 min is offered next to the standard durations; 60 is standard already.
      expect(await page.locator("#cra-duree label").allTextContents()).toEqual([
        "15 min",
        "30 min",
        "45 min",
        "1 h",
        "1 h 30",
        "2 h",
        "20 min",
        "Personnaliser",
      ]);
      await expectNoAxeViolations(page);
      await capture(page, `cra-individuel-${appareil}-vide`);

      // Sent empty: checked in the browser, nothing is posted, each error next to its field.
      await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
      await page.getByRole("heading", { name: "Le formulaire contient 4 erreurs" }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains("fr-alert"))).toBe(true);
      expect(await page.locator("#cra-beneficiaire-erreur").textContent()).toContain(
        "Choisissez un bénéficiaire",
      );
      expect(await page.locator("#cra-duree-erreur").textContent()).toBe("Indiquez la durée de l'activité.");
      expect(await page.locator("#cra-structureId-erreur").textContent()).toBe(
        "Choisissez un de vos lieux d'activité.",
      );
      expect(await page.locator("#cra-thematiques-erreur").textContent()).toBe(
        "Choisissez au moins une thématique.",
      );
      expect(appelsA(appels, "POST /activites/individuel")).toHaveLength(0);
      await expectNoAxeViolations(page);
      await capture(page, `cra-individuel-${appareil}-erreurs`);

      // A new bénéficiaire, in the modal, with the bénéficiaire form (and its own errors).
      await page.getByRole("button", { name: "Créer un bénéficiaire" }).click();
      const modale = page.getByRole("dialog", { name: "Créer un bénéficiaire" });
      await modaleOuverte(modale);
      await modale.getByRole("button", { name: "Créer et choisir ce bénéficiaire" }).click();
      await modale.getByText("Indiquez le prénom.").first().waitFor();
      await expectNoAxeViolations(page);
      await modale.getByLabel("Prénom").fill("Odette");
      await modale.getByRole("textbox", { name: "Nom", exact: true }).fill("Lefèvre");
      await modale.getByLabel("Année de naissance").fill("1948");
      await modale.getByRole("button", { name: "Créer et choisir ce bénéficiaire" }).click();
      await modale.waitFor({ state: "hidden" });
      await page.getByText("Odette Lefèvre", { exact: true }).waitFor();
      expect(appelsA(appels, "POST /beneficiaires")[0]?.body).toMatchObject({
        prenom: "Odette",
        nom: "Lefèvre",
        anneeNaissance: "1948",
        trancheAge: "soixante_dix_plus",
      });
      const creee = serveur.beneficiaires.find((b) => b.nom === "Lefèvre");

      // The rest of the form, from the keyboard where it matters.
      await page.getByText("30 min", { exact: true }).click();
      await page.getByRole("combobox", { name: "Lieu d'activité" }).selectOption(franceServices.id);
      await page.getByText("Aide aux démarches administratives").click();
      await page.getByText("Social - Santé").click();
      await page.getByLabel("Nom de la démarche").fill("Complémentaire santé solidaire");
      await page.getByText("E-mail", { exact: true }).click();
      await page.getByText("Téléphone", { exact: true }).click();
      await page.getByText("Autonome avec guidage en cas de besoin").click();
      await page.locator("#cra-orienteVersStructure").getByText("Oui").click();
      await page.getByLabel("Vers quelle structure ?").selectOption("aide_sociale");
      await choisirDans(page, "Tags", "perm", "Permanence CAF");
      await page.getByRole("combobox", { name: "Tags" }).fill("Mutuelle");
      await page.getByRole("option", { name: "Créer le tag « Mutuelle »" }).click();
      await page.getByRole("button", { name: "Retirer le tag Mutuelle" }).waitFor();
      await page
        .getByLabel("Notes sur l'activité")
        .fill("Dossier déposé.\n\nRappeler dans 15 jours <b>sans faute</b>");
      await expectNoAxeViolations(page);
      await capture(page, `cra-individuel-${appareil}-rempli`);

      await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
      await page.waitForURL(`${server.url}/coop/mes-activites`);
      await page.getByText("L'activité est enregistrée.").waitFor();
      const corps = appelsA(appels, "POST /activites/individuel")[0]?.body as Record<string, unknown>;
      expect(corps).toMatchObject({
        duree: 30,
        typeLieu: "lieu_activite",
        structureId: franceServices.id,
        lieuCommune: null,
        thematiques: ["aide_aux_demarches_administratives", "email", "social_sante"],
        precisionsDemarche: "Complémentaire santé solidaire",
        materiel: ["telephone"],
        beneficiaireId: creee?.id,
        beneficiaireAnonyme: null,
        autonomie: "partiellement_autonome",
        orienteVersStructure: true,
        structureDeRedirection: "aide_sociale",
        notes: "<p>Dossier déposé.</p><p>Rappeler dans 15 jours &lt;b&gt;sans faute&lt;/b&gt;</p>",
      });
      expect(corps.tags).toEqual([tagsConnus[0]?.id, serveur.tags.find((tag) => tag.nom === "Mutuelle")?.id]);
      expect(appelsA(appels, "POST /activites/tags")[0]?.body).toEqual({ nom: "Mutuelle" });
      expect(craIndividuelSchema.safeParse(corps).error?.issues ?? []).toEqual([]);
    },
  );

  it("an anonymous bénéficiaire at home: the commune is searched, the optional fields are sent", async () => {
    const { page, server } = site;
    const serveur = serveurCoop();
    const appels = await stubApi(page, serveur.stubs);
    await ouvrir(
      page,
      `${server.url}/coop/mes-activites/cra/individuel`,
      "Enregistrer un accompagnement individuel",
    );
    await page.getByText("Un bénéficiaire anonyme").click();
    await page.getByText("J'ai déjà accompagné ce bénéficiaire").click();
    await choisirDans(page, "Commune de résidence du bénéficiaire", "pess", /Pessac \(33600\)/);
    await page.getByText("Pessac (33600)", { exact: true }).waitFor();
    await page.locator("#cra-anonymeGenre").getByText("Féminin").click();
    await page.locator("#cra-anonymeTrancheAge").getByText("60 - 69 ans").click();
    await page.getByText("1 h", { exact: true }).click();
    await page.getByText("À domicile").click();
    await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
    // The commune of the home is required, and the thématique still missing.
    await page.getByRole("heading", { name: "Le formulaire contient 2 erreurs" }).waitFor();
    expect(await page.locator("#cra-lieuCommune-erreur").textContent()).toBe(
      "Indiquez la commune de l'activité.",
    );
    await expectNoAxeViolations(page);
    await choisirDans(page, "Commune du domicile du bénéficiaire", "33400", /Talence/);
    await page.getByText("Navigation sur internet").click();
    await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
    await page.waitForURL(`${server.url}/coop/mes-activites`);
    expect(appelsA(appels, "POST /activites/individuel")[0]?.body).toMatchObject({
      duree: 60,
      typeLieu: "domicile",
      structureId: null,
      lieuCommune: { nom: "Talence", codePostal: "33400", codeInsee: "33522" },
      beneficiaireId: null,
      beneficiaireAnonyme: {
        dejaAccompagne: true,
        commune: { nom: "Pessac", codePostal: "33600", codeInsee: "33318" },
        genre: "feminin",
        trancheAge: "soixante_soixante_neuf",
        statutSocial: null,
      },
    });
  });

  it.each(appareils)(
    "an atelier collectif with 5 anonymous participants, counters checked in the browser ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop({ beneficiaires: 4 });
      const appels = await stubApi(page, serveur.stubs);
      await ouvrir(
        page,
        `${server.url}/coop/mes-activites/cra/collectif`,
        "Enregistrer un atelier collectif",
      );
      await expectNoAxeViolations(page);
      await capture(page, `cra-collectif-${appareil}-vide`);

      await page.getByLabel("Titre de l'atelier").fill("Démarches en ligne");
      await choisirDans(page, "Ajouter un participant suivi", "karim", "Karim Benali");
      await page.getByRole("heading", { name: "Participants suivis (1)" }).waitFor();
      await page.getByLabel("Nombre de participants anonymes").fill("5");
      await page.getByLabel("Dont déjà accompagnés").fill("2");
      const genres = page.locator("#cra-anonymesGenres");
      await genres.getByLabel("Féminin").fill("3");
      await genres.getByLabel("Masculin").fill("3");
      // One too many, said as one types, then refused on sending, without any call.
      await genres.getByText("1 de trop par rapport aux 5 participants anonymes.").waitFor();
      await page.locator("#cra-anonymesTranches").getByLabel("70 ans et plus").fill("4");
      await page.locator("#cra-anonymesStatuts").getByLabel("Retraité").fill("4");
      await page.getByText("Personnaliser").click();
      await page.getByRole("spinbutton", { name: "Heures" }).fill("1");
      await page.getByRole("spinbutton", { name: "Minutes" }).fill("15");
      await page.getByText("Autre lieu").click();
      await choisirDans(page, "Commune du lieu", "mérig", /Mérignac/);
      await page.getByText("Navigation sur internet").click();
      await page.getByText("Intermédiaire").click();
      await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
      await page.getByRole("heading", { name: "Le formulaire contient une erreur" }).waitFor();
      expect(await page.locator("#cra-anonymesGenres-erreur").textContent()).toBe(
        "La somme dépasse le nombre de participants anonymes.",
      );
      expect(await genres.getAttribute("aria-labelledby")).toContain("cra-anonymesGenres-erreur");
      expect(appelsA(appels, "POST /activites/collectif")).toHaveLength(0);
      await expectNoAxeViolations(page);
      await capture(page, `cra-collectif-${appareil}-erreurs`);

      await genres.getByLabel("Masculin").fill("2");
      await genres.getByText("Non communiqué : 0").waitFor();
      await expectNoAxeViolations(page);
      await capture(page, `cra-collectif-${appareil}-rempli`);
      await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
      await page.waitForURL(`${server.url}/coop/mes-activites`);
      const corps = appelsA(appels, "POST /activites/collectif")[0]?.body as Record<string, unknown>;
      expect(corps).toMatchObject({
        titreAtelier: "Démarches en ligne",
        duree: 75,
        typeLieu: "autre",
        lieuCommune: { nom: "Mérignac", codePostal: "33700", codeInsee: "33281" },
        participants: [serveur.beneficiaires[1]?.id],
        participantsAnonymes: {
          total: 5,
          dejaAccompagne: 2,
          genres: { masculin: 2, feminin: 3 },
          tranches: { soixanteDixPlus: 4 },
          statuts: { retraite: 4 },
        },
        niveau: "intermediaire",
      });
      expect(craCollectifSchema.safeParse(corps).error?.issues ?? []).toEqual([]);
    },
  );

  it("puts the server's field errors next to their fields, the others in the summary", async () => {
    const { page, server } = site;
    const serveur = serveurCoop();
    serveur.stubs["POST /activites/collectif"] = erreur(
      400,
      "validation_error",
      "Certains champs sont invalides.",
      {
        "participantsAnonymes.total": "Pas plus de 10000 participants.",
        "lieuCommune.codeInsee": "Cette commune est inconnue.",
        rdvServicePublicId: "Rendez-vous inconnu.",
      },
    );
    await stubApi(page, serveur.stubs);
    await ouvrir(page, `${server.url}/coop/mes-activites/cra/collectif`, "Enregistrer un atelier collectif");
    await page.getByLabel("Nombre de participants anonymes").fill("12");
    await page.getByText("45 min", { exact: true }).click();
    await page.getByText("Autre lieu").click();
    await choisirDans(page, "Commune du lieu", "cenon", /Cenon/);
    await page.getByText("Bureautique").click();
    await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
    // The server's general message heads the fields it could not place.
    await page.getByRole("heading", { name: "Le formulaire contient 4 erreurs" }).waitFor();
    expect(await page.locator("#cra-anonymesTotal-erreur").textContent()).toBe(
      "Pas plus de 10000 participants.",
    );
    expect(await page.locator("#cra-lieuCommune").getByText("Cette commune est inconnue.").isVisible()).toBe(
      true,
    );
    await page.getByText("Rendez-vous inconnu.").waitFor();
    expect(
      await page.getByRole("link", { name: /Participants anonymes : Pas plus/ }).getAttribute("href"),
    ).toBe("#cra-anonymesTotal");
    await expectNoAxeViolations(page);
  });

  it("modifies a saved activité (PUT), and records a copy of it as a new one", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ beneficiaires: 3, activites: 3 });
    const appels = await stubApi(page, serveur.stubs);
    const [individuel, , collectif] = serveur.activites;
    await ouvrir(
      page,
      `${server.url}/coop/mes-activites/cra/individuel?id=${individuel?.id}`,
      "Modifier un accompagnement individuel",
    );
    expect(await page.title()).toMatch(/^Modifier un accompagnement individuel - /);
    await page.getByText("Jeanne Martin", { exact: true }).waitFor();
    expect(await page.getByLabel("Date de l'activité").inputValue()).toBe(individuel?.date);
    expect(await page.getByRole("radio", { name: "30 min" }).isChecked()).toBe(true);
    expect(await page.getByRole("combobox", { name: "Lieu d'activité" }).inputValue()).toBe(mediatheque.id);
    expect(await page.getByRole("checkbox", { name: "Social - Santé" }).isChecked()).toBe(true);
    expect(await page.getByRole("button", { name: "Retirer le tag Permanence CAF" }).isVisible()).toBe(true);
    await page.getByText("2 h", { exact: true }).click();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.waitForURL(`${server.url}/coop/mes-activites`);
    await page.getByText("Les modifications de l'activité sont enregistrées.").waitFor();
    const modification = appelsA(appels, `PUT /activites/${individuel?.id}`)[0]?.body;
    expect(modification).toMatchObject({ duree: 120, beneficiaireId: serveur.beneficiaires[0]?.id });

    // A collectif asked on the individuel page goes to its own form; "dupliquer" posts a new one.
    await page.goto(`${server.url}/coop/mes-activites/cra/individuel?dupliquer=${collectif?.id}`);
    await page.waitForURL(`${server.url}/coop/mes-activites/cra/collectif?dupliquer=${collectif?.id}`);
    await page.getByRole("heading", { level: 1, name: "Dupliquer un atelier collectif" }).waitFor();
    await page.getByText("Le formulaire reprend l'activité du 26 juin 2026.").waitFor();
    expect(await page.getByLabel("Titre de l'atelier").inputValue()).toBe("Premiers pas sur le smartphone");
    expect(await page.getByLabel("Nombre de participants anonymes").inputValue()).toBe("6");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
    await page.waitForURL(`${server.url}/coop/mes-activites`);
    expect(appelsA(appels, "POST /activites/collectif")[0]?.body).toMatchObject({
      titreAtelier: "Premiers pas sur le smartphone",
      participantsAnonymes: { total: 6, genres: { masculin: 2, feminin: 3 } },
    });
    expect(serveur.activites).toHaveLength(4);
  });
});
