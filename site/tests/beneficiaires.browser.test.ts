import { beneficiaireFormulaireSchema } from "@coop/domain";
import { expect, it } from "vitest";
import { type Appel, erreur, stubApi } from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { serveurCoop } from "./coop-serveur.ts";
import { appareils, capture } from "./ecrans.ts";
import { dsfrReady, modaleOuverte, useSiteInChromium } from "./harness.ts";

// The bénéficiaires pages against a stubbed beneficiaires function (tests/coop-serveur.ts, which
// checks bodies with the shared schema); the real round trip is covered by shared/local's tests.

const appelsA = (appels: Appel[], cle: string) =>
  appels.filter((appel) => `${appel.method} ${appel.path}` === cle);

const anneeCourante = Number(
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(),
);

describeWithChromium()("Mes bénéficiaires", () => {
  const site = useSiteInChromium();

  it("searches, sorts and pages through the address", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, serveurCoop({ beneficiaires: 25 }).stubs);
    await page.goto(`${server.url}/coop/mes-beneficiaires`);
    await page.getByText("25 bénéficiaires, page 1 sur 2").waitFor();
    expect(Object.fromEntries(appelsA(appels, "GET /beneficiaires")[0]?.query ?? [])).toEqual({
      tri: "nom",
      ordre: "asc",
      page: "1",
      lignes: "20",
    });
    expect(await page.locator("tbody tr").count()).toBe(20);
    await page.getByRole("link", { name: "Page suivante" }).click();
    await page.getByText("25 bénéficiaires, page 2 sur 2").waitFor();
    expect(await page.locator("tbody tr").count()).toBe(5);

    await page
      .getByRole("columnheader", { name: /^Année de naissance/ })
      .getByRole("link")
      .click();
    await page.waitForURL(`${server.url}/coop/mes-beneficiaires?tri=anneeNaissance`);
    await page.getByText("25 bénéficiaires, page 1 sur 2").waitFor();
    expect(await page.locator("tbody tr td:nth-child(4)").first().textContent()).toBe("1950");
    expect(
      await page.getByRole("columnheader", { name: /^Année de naissance/ }).getAttribute("aria-sort"),
    ).toBe("ascending");

    await page.getByRole("searchbox", { name: /^Rechercher/ }).fill("pessac");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(`${server.url}/coop/mes-beneficiaires?tri=anneeNaissance&recherche=pessac`);
    await page.getByText(/^\d bénéficiaires?$/).waitFor();
    expect(appelsA(appels, "GET /beneficiaires").at(-1)?.query.get("recherche")).toBe("pessac");
    await page.getByRole("searchbox", { name: /^Rechercher/ }).fill("zorro");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByText("Aucun bénéficiaire ne correspond à cette recherche.").waitFor();
    await expectNoAxeViolations(page);
  });

  it("says when the function does not answer", async () => {
    const { page, server } = site;
    const serveur = serveurCoop();
    serveur.stubs["GET /beneficiaires"] = erreur(
      503,
      "service_unavailable",
      "Le service est momentanément indisponible.",
    );
    serveur.stubs["GET /beneficiaires/:id"] = erreur(404, "not_found", "Ce bénéficiaire est introuvable.");
    await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop/mes-beneficiaires`);
    await page.getByText("Le service est momentanément indisponible.").waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/coop/mes-beneficiaires/fiche?id=b0000000-0000-4000-8000-000000000099`);
    await page.getByText("Ce bénéficiaire est introuvable.").waitFor();
    await expectNoAxeViolations(page);
  });

  it.each(appareils)(
    "deletes a selection after confirmation ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop({ beneficiaires: 6 });
      const appels = await stubApi(page, serveur.stubs);
      await page.goto(`${server.url}/coop/mes-beneficiaires`);
      await page.getByText("6 bénéficiaires").waitFor();
      await dsfrReady(page);
      await expectNoAxeViolations(page);
      await capture(page, `mes-beneficiaires-${appareil}`);
      const bouton = page.getByRole("button", { name: /^Supprimer la sélection/ });
      expect(await bouton.isDisabled()).toBe(true);
      await page.getByRole("checkbox", { name: "Sélectionner Karim Benali" }).check({ force: true });
      await page.getByRole("checkbox", { name: "Sélectionner Lucie Bernard" }).check({ force: true });
      expect(await bouton.textContent()).toBe("Supprimer la sélection (2)");
      await bouton.click();
      const modale = page.getByRole("dialog", { name: "Supprimer 2 bénéficiaires ?" });
      await modaleOuverte(modale);
      expect(await modale.locator(".fr-modal__content li").allTextContents()).toEqual([
        "Karim Benali",
        "Lucie Bernard",
      ]);
      await expectNoAxeViolations(page);
      await modale.getByRole("button", { name: "Supprimer", exact: true }).click();
      await page.getByText("2 bénéficiaires supprimés.", { exact: false }).waitFor();
      await page.getByText("4 bénéficiaires").waitFor();
      expect(appelsA(appels, "POST /beneficiaires/suppression")[0]?.body).toEqual({
        ids: ["b0000000-0000-4000-8000-000000000002", "b0000000-0000-4000-8000-000000000003"],
      });
      // "Select all" takes the whole page, from the keyboard.
      await page.getByRole("checkbox", { name: "Sélectionner tous les bénéficiaires de la page" }).focus();
      await page.keyboard.press("Space");
      expect(await bouton.textContent()).toBe("Supprimer la sélection (4)");
    },
  );

  it.each(appareils)(
    "creates one: the tranche d'âge follows the year and locks, errors sit by their fields ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop();
      const appels = await stubApi(page, serveur.stubs);
      await page.goto(`${server.url}/coop/mes-beneficiaires/nouveau`);
      await page.getByRole("button", { name: "Créer le bénéficiaire" }).waitFor();
      await dsfrReady(page);
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaire-nouveau-${appareil}-vide`);

      await page.getByLabel("Numéro de téléphone").fill("12 34");
      await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
      await page.getByRole("textbox", { name: /^Année de naissance/ }).fill("1890");
      await page.getByRole("button", { name: "Créer le bénéficiaire" }).click();
      await page.getByRole("heading", { name: "Le formulaire contient 5 erreurs" }).waitFor();
      expect(await page.locator("#beneficiaire-prenom-erreur").textContent()).toBe("Indiquez le prénom.");
      expect(await page.locator("#beneficiaire-telephone-erreur").textContent()).toContain(
        "n'est pas valide",
      );
      expect(await page.locator("#beneficiaire-email-erreur").textContent()).toBe(
        "Indiquez une adresse e-mail valide.",
      );
      expect(await page.locator("#beneficiaire-anneeNaissance-erreur").textContent()).toBe(
        `L'année de naissance doit être comprise entre 1900 et ${anneeCourante}.`,
      );
      expect(appelsA(appels, "POST /beneficiaires")).toHaveLength(0);
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaire-nouveau-${appareil}-erreurs`);

      // The tranche is chosen by hand until a year is typed; then it is derived and locked.
      const tranches = page.locator("#beneficiaire-trancheAge");
      await page.getByRole("textbox", { name: /^Année de naissance/ }).fill("");
      await tranches.getByText("25 - 39 ans").click();
      expect(await tranches.getByRole("radio", { name: "25 - 39 ans" }).isChecked()).toBe(true);
      await page.getByRole("textbox", { name: /^Année de naissance/ }).fill(String(anneeCourante - 65));
      expect(await tranches.getByRole("radio", { name: "60 - 69 ans" }).isChecked()).toBe(true);
      expect(await tranches.getByRole("radio", { name: "25 - 39 ans" }).isDisabled()).toBe(true);
      await tranches.getByText("Déduite de l'année de naissance").waitFor();

      await page.getByLabel("Prénom").fill("Gisèle");
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Dupuis");
      await page.getByText("Le bénéficiaire n'a pas de téléphone").click();
      expect(await page.getByLabel("Numéro de téléphone").inputValue()).toBe("");
      await page.getByLabel("Adresse e-mail").fill("Gisele.Dupuis@Exemple.fr");
      const commune = page.getByRole("combobox", { name: /Commune de résidence/ });
      await commune.fill("bord");
      await page.getByRole("option", { name: /Bordeaux \(33800\)/ }).click();
      await page.getByText("Bordeaux (33800)", { exact: true }).waitFor();
      await page.locator("#beneficiaire-genre").getByText("Féminin").click();
      await page.locator("#beneficiaire-statutSocial").getByText("Retraité").click();
      await page.getByLabel("Notes supplémentaires").fill("Préfère le téléphone fixe du voisin.");
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaire-nouveau-${appareil}-rempli`);
      await page.getByRole("button", { name: "Créer le bénéficiaire" }).click();
      await page.waitForURL(/\/coop\/mes-beneficiaires\/fiche\?id=/);
      await page.getByText("Le bénéficiaire est créé.").waitFor();
      await page.getByRole("heading", { level: 1, name: "Gisèle Dupuis" }).waitFor();
      const corps = appelsA(appels, "POST /beneficiaires")[0]?.body;
      expect(corps).toEqual({
        prenom: "Gisèle",
        nom: "Dupuis",
        anneeNaissance: String(anneeCourante - 65),
        telephone: null,
        pasDeTelephone: true,
        email: "Gisele.Dupuis@Exemple.fr",
        commune: { nom: "Bordeaux", codePostal: "33800", codeInsee: "33063" },
        adresse: null,
        genre: "feminin",
        trancheAge: "soixante_soixante_neuf",
        statutSocial: "retraite",
        notes: "<p>Préfère le téléphone fixe du voisin.</p>",
      });
      expect(beneficiaireFormulaireSchema.safeParse(corps).error?.issues ?? []).toEqual([]);
    },
  );

  it("modifies one (PUT), prefilled", async () => {
    const { page, server } = site;
    const serveur = serveurCoop();
    const appels = await stubApi(page, serveur.stubs);
    const [jeanne] = serveur.beneficiaires;
    await page.goto(`${server.url}/coop/mes-beneficiaires/modifier?id=${jeanne?.id}`);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).waitFor();
    expect(await page.getByLabel("Prénom").inputValue()).toBe("Jeanne");
    expect(await page.getByRole("textbox", { name: /^Année de naissance/ }).inputValue()).toBe("1950");
    expect(await page.getByText("Le bénéficiaire n'a pas de téléphone").isVisible()).toBe(true);
    expect(
      await page.getByRole("checkbox", { name: "Le bénéficiaire n'a pas de téléphone" }).isChecked(),
    ).toBe(true);
    expect(await page.getByText("Pessac (33600)", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel("Notes supplémentaires").inputValue()).toBe(
      "Suivi des démarches CAF.\nPréfère les rendez-vous le matin.",
    );
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: /^Année de naissance/ }).fill("1951");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.waitForURL(/\/coop\/mes-beneficiaires\/fiche\?id=/);
    await page.getByText("Les modifications du bénéficiaire sont enregistrées.").waitFor();
    expect(appelsA(appels, `PUT /beneficiaires/${jeanne?.id}`)[0]?.body).toMatchObject({
      anneeNaissance: "1951",
      commune: { nom: "Pessac", codePostal: "33600", codeInsee: "33318" },
      notes: "<p>Suivi des démarches CAF.</p><p>Préfère les rendez-vous le matin.</p>",
    });
  });

  it.each(appareils)(
    "the fiche: tabs, duplicate alert, a prefilled activité, deletion ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop({ beneficiaires: 3, activites: 4 });
      const appels = await stubApi(page, serveur.stubs);
      const [jeanne] = serveur.beneficiaires;
      await page.goto(`${server.url}/coop/mes-beneficiaires/fiche?id=${jeanne?.id}`);
      await page.getByRole("heading", { level: 1, name: "Jeanne Martin" }).waitFor();
      expect(await page.title()).toMatch(/^Jeanne Martin - /);
      await dsfrReady(page);
      const alerte = page.getByRole("heading", { name: "Doublon potentiel" });
      await alerte.waitFor();
      expect(
        await page.getByRole("link", { name: "Voir les doublons et les fusionner" }).getAttribute("href"),
      ).toBe("/coop/mes-beneficiaires/doublons");
      expect(await page.getByRole("link", { name: "Enregistrer une activité" }).getAttribute("href")).toBe(
        `/coop/mes-activites/cra/individuel?beneficiaire=${jeanne?.id}`,
      );
      await page.getByText("Suivi des démarches CAF.").waitFor();
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaire-fiche-${appareil}`);

      // Tabs from the keyboard.
      await page.getByRole("tab", { name: "Informations" }).focus();
      await page.keyboard.press("ArrowRight");
      const onglet = page.getByRole("tab", { name: /^Accompagnements/ });
      expect(await onglet.getAttribute("aria-selected")).toBe("true");
      const panneau = page.getByRole("tabpanel", { name: /^Accompagnements/ });
      await panneau.getByText("2 accompagnements").waitFor();
      expect(await panneau.locator("tbody tr").count()).toBe(2);
      await expectNoAxeViolations(page);

      // "Enregistrer une activité" opens the individuel form with Jeanne already chosen.
      await page.getByRole("link", { name: "Enregistrer une activité" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Enregistrer un accompagnement individuel" })
        .waitFor();
      await page.getByText("Jeanne Martin", { exact: true }).waitFor();

      await page.goto(`${server.url}/coop/mes-beneficiaires/fiche?id=${jeanne?.id}`);
      await dsfrReady(page);
      await page.getByRole("button", { name: "Supprimer" }).click();
      const modale = page.getByRole("dialog", { name: "Supprimer ce bénéficiaire ?" });
      await modaleOuverte(modale);
      await expectNoAxeViolations(page);
      await modale.getByRole("button", { name: "Supprimer le bénéficiaire" }).click();
      await page.waitForURL(`${server.url}/coop/mes-beneficiaires`);
      await page.getByText("Le bénéficiaire est supprimé.", { exact: false }).waitFor();
      expect(appelsA(appels, `DELETE /beneficiaires/${jeanne?.id}`)).toHaveLength(1);
    },
  );

  it("duplicates: the pairs with their criteria, and a merge keeping the chosen one", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ beneficiaires: 3 });
    const appels = await stubApi(page, serveur.stubs);
    const [jeanne, karim] = serveur.beneficiaires;
    await page.goto(`${server.url}/coop/mes-beneficiaires/doublons`);
    await page.getByText("1 doublon potentiel").waitFor();
    await dsfrReady(page);
    expect(await page.locator(".fr-badge").allTextContents()).toEqual(["Nom similaire", "Même téléphone"]);
    await expectNoAxeViolations(page);
    await capture(page, "beneficiaires-doublons");
    await page.getByRole("button", { name: "Fusionner Jeanne Martin et Karim Benali" }).click();
    const modale = page.getByRole("dialog", { name: "Fusionner deux bénéficiaires" });
    await modaleOuverte(modale);
    // Nothing chosen: said in the modal, nothing sent.
    await modale.getByRole("button", { name: "Fusionner" }).click();
    await modale.getByText("Choisissez le bénéficiaire à conserver.").waitFor();
    expect(appelsA(appels, "POST /beneficiaires/fusion")).toHaveLength(0);
    await expectNoAxeViolations(page);
    await modale.getByText("Karim Benali").click();
    await modale.getByRole("button", { name: "Fusionner" }).click();
    await page
      .getByText("Jeanne Martin est fusionné dans Karim Benali, qui garde ses accompagnements.")
      .waitFor();
    expect(appelsA(appels, "POST /beneficiaires/fusion")[0]?.body).toEqual({
      sourceId: jeanne?.id,
      destinationId: karim?.id,
    });
    await page.getByText("1 doublon potentiel").waitFor();
  });

  it.each(appareils)(
    "imports a file: the row-by-row report, then the import once it is clean ($appareil)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const serveur = serveurCoop();
      const appels = await stubApi(page, serveur.stubs);
      await page.goto(`${server.url}/coop/mes-beneficiaires/importer`);
      await page.getByRole("button", { name: "Analyser le fichier" }).waitFor();
      expect(
        await page.getByRole("link", { name: /Télécharger le modèle d'import/ }).getAttribute("href"),
      ).toBe("/beneficiaires/import/modele");
      await expectNoAxeViolations(page);

      // No file, then a file that is not xlsx: said by the field, nothing sent.
      await page.getByRole("button", { name: "Analyser le fichier" }).click();
      await page.getByText("Choisissez le fichier à importer.").waitFor();
      const fichier = page.getByLabel("Fichier à importer");
      await fichier.setInputFiles({
        name: "liste.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("nom;prenom"),
      });
      await page.getByRole("button", { name: "Analyser le fichier" }).click();
      await page.getByText("Le fichier doit être au format xlsx, comme le modèle.").waitFor();
      expect(await fichier.getAttribute("aria-describedby")).toBe("import-fichier-erreur");
      await expectNoAxeViolations(page);

      serveur.rapportImport = {
        lignes: [
          {
            numero: 4,
            valeurs: {
              nom: "Lopez",
              prenom: "Inès",
              anneeNaissance: 1990,
              commune: "Talence",
              codeInsee: "33522",
              codePostal: "33400",
            },
            erreurs: {},
          },
          {
            numero: 5,
            valeurs: { nom: "", prenom: "Marc", anneeNaissance: 3000 },
            erreurs: { nom: "Le nom est obligatoire.", anneeNaissance: "Année de naissance invalide." },
          },
          {
            numero: 6,
            valeurs: { nom: "Nguyen", prenom: "Thi", codeInsee: "99999" },
            erreurs: { codeInsee: "Code INSEE inconnu." },
          },
        ],
        valides: 1,
        invalides: 2,
      };
      const xlsx = {
        name: "beneficiaires.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from("PK fake"),
      };
      await fichier.setInputFiles(xlsx);
      await page.getByRole("button", { name: "Analyser le fichier" }).click();
      await page.getByRole("heading", { name: "2 lignes à corriger" }).waitFor();
      expect(await page.locator("tbody tr").count()).toBe(3);
      await page.getByText("Nom : Le nom est obligatoire.").waitFor();
      await page.getByText("Code INSEE : Code INSEE inconnu.").waitFor();
      expect(await page.getByRole("button", { name: "Valider l'import" }).count()).toBe(0);
      const analyse = appelsA(appels, "POST /beneficiaires/import/analyse")[0];
      expect(String(analyse?.body)).toContain('name="file"; filename="beneficiaires.xlsx"');
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaires-import-${appareil}-erreurs`);

      // Corrected: every row valid, the import is offered and done.
      serveur.rapportImport = {
        lignes: [
          { numero: 4, valeurs: { nom: "Lopez", prenom: "Inès" }, erreurs: {} },
          { numero: 5, valeurs: { nom: "Morel", prenom: "Marc" }, erreurs: {} },
          { numero: 6, valeurs: { nom: "Nguyen", prenom: "Thi" }, erreurs: {} },
        ],
        valides: 3,
        invalides: 0,
      };
      await fichier.setInputFiles({ ...xlsx, name: "beneficiaires-corriges.xlsx" });
      await page.getByRole("button", { name: "Analyser le fichier" }).click();
      await page.getByText("3 lignes valides, aucune erreur : 3 bénéficiaires seront créés.").waitFor();
      await expectNoAxeViolations(page);
      await capture(page, `beneficiaires-import-${appareil}-valide`);
      await page.getByRole("button", { name: "Valider l'import" }).click();
      await page.waitForURL(`${server.url}/coop/mes-beneficiaires`);
      await page.getByText("3 bénéficiaires importés.").waitFor();
      expect(appelsA(appels, "POST /beneficiaires/import")).toHaveLength(1);
    },
  );

  it("an import refused by the server shows its report, nothing written", async () => {
    const { page, server } = site;
    const serveur = serveurCoop();
    await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop/mes-beneficiaires/importer`);
    serveur.rapportImport = {
      lignes: [{ numero: 4, valeurs: { nom: "A", prenom: "B" }, erreurs: {} }],
      valides: 1,
      invalides: 0,
    };
    const xlsx = { name: "b.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") };
    await page.getByLabel("Fichier à importer").setInputFiles(xlsx);
    await page.getByRole("button", { name: "Analyser le fichier" }).click();
    await page.getByRole("button", { name: "Valider l'import" }).waitFor();
    // Between the analysis and the import, the server finds an error: 400 with the report.
    serveur.rapportImport = {
      lignes: [{ numero: 4, valeurs: { nom: "A", prenom: "B" }, erreurs: { prenom: "Prénom trop court." } }],
      valides: 0,
      invalides: 1,
    };
    await page.getByRole("button", { name: "Valider l'import" }).click();
    await page.getByText("Le fichier contient des erreurs : rien n'a été importé.").waitFor();
    await page.getByText("Prénom : Prénom trop court.").waitFor();
    expect(await page.getByRole("button", { name: "Valider l'import" }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
