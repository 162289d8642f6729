import { tmpdir } from "node:os";
import { join } from "node:path";
import { structureFormulaireSchema } from "@coop/domain";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Appel, employeur, erreur, mediatheque, moi, nouvelleInscrite, stubApi } from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { useSiteInChromium } from "./harness.ts";
import { messageDataspace, serveurInscription } from "./inscription-serveur.ts";

// The inscription island against stubbed functions (tests/api-stubs.ts); shared/local runs the real ones.

const appelsA = (appels: Appel[], cle: string) =>
  appels.filter((appel) => `${appel.method} ${appel.path}` === cle);

describeWithChromium()("/inscription", () => {
  const site = useSiteInChromium();

  const capture = async (page: Page, nom: string) => {
    // Usable at 375 px: nothing makes the page scroll sideways.
    const largeur = page.viewportSize()?.width ?? 0;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(largeur);
    const file = join(tmpdir(), `coop-inscription-${nom}.png`);
    await page.screenshot({ path: file, fullPage: true });
  };

  const etape = async (page: Page, titre: string, numero: string) => {
    await page.locator(".fr-stepper__title", { hasText: titre }).waitFor();
    expect(await page.locator(".fr-stepper__state").textContent()).toBe(numero);
  };

  it.each([
    { appareil: "bureau", width: 1280, height: 900 },
    { appareil: "telephone", width: 375, height: 812 },
  ])(
    "a mediator walks every step ($appareil), with field errors on the way",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      const appels = await stubApi(page, serveurInscription());
      await page.goto(`${server.url}/inscription`);

      // 1. Role and terms, with Dataspace down: an info, not a stop.
      await etape(page, "Choisir votre rôle", "Étape 1 sur 5");
      await page.getByText(messageDataspace).waitFor();
      expect(appelsA(appels, "POST /auth/inscription/initialiser")).toHaveLength(1);
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-1-role`);
      await page.getByRole("button", { name: "Continuer" }).click();
      await page.getByRole("heading", { name: "Le formulaire contient 2 erreurs" }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains("fr-alert"))).toBe(true);
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-1-role-erreurs`);
      await page.locator("label", { hasText: "Médiateur·rice numérique" }).click();
      await page.getByText("J'accepte les conditions générales").click();
      await page.getByRole("button", { name: "Continuer" }).click();

      // 2. Identity: ProConnect's name, an optional phone.
      await etape(page, "Vérifier vos informations", "Étape 2 sur 5");
      expect(appelsA(appels, "POST /auth/inscription/role")[0]?.body).toEqual({
        profil: "mediateur",
        acceptationCgu: true,
      });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        "Vérifier vos informations",
      );
      await page.getByLabel("Prénom").fill("");
      await page.getByLabel("Téléphone professionnel").fill("12");
      await page.getByRole("button", { name: "Continuer" }).click();
      const prenom = page.getByLabel("Prénom");
      await page.locator("#inscription-prenom-erreur").waitFor();
      expect(await prenom.getAttribute("aria-describedby")).toBe("inscription-prenom-erreur");
      expect(await page.locator("#inscription-prenom-erreur").textContent()).toBe("Saisissez votre prénom.");
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-2-informations-erreurs`);
      await prenom.fill("Léa");
      await page.getByLabel("Téléphone professionnel").fill("06 12 34 56 78");
      await page.getByRole("button", { name: "Continuer" }).click();

      // 3. Employer: a wrong SIRET is caught before any call, a right one is previewed then confirmed.
      await etape(page, "Votre structure employeuse", "Étape 3 sur 5");
      expect(appelsA(appels, "PUT /auth/inscription/informations")[0]?.body).toEqual({
        firstName: "Léa",
        lastName: "Martin",
        phone: "06 12 34 56 78",
      });
      const siret = page.getByLabel("SIRET de votre structure employeuse");
      await siret.fill("804 621 399 00019");
      await page.getByRole("button", { name: "Rechercher" }).click();
      await page.getByText("n'est pas un SIRET valide").first().waitFor();
      expect(appelsA(appels, "GET /structures/entreprises")).toHaveLength(0);
      await expectNoAxeViolations(page);
      await siret.fill("804 621 399 00018");
      await page.getByRole("button", { name: "Rechercher" }).click();
      await page.getByRole("heading", { name: "Est-ce bien votre structure ?" }).waitFor();
      expect(appelsA(appels, "GET /structures/entreprises")[0]?.query.get("siret")).toBe("80462139900018");
      expect(await page.getByText("112 COURS DE LA SOMME 33000 BORDEAUX").isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-3-structure`);
      await page.getByRole("button", { name: "Confirmer cette structure" }).click();

      // 4. Lieux: the employer, one found by search, one created on the spot.
      await etape(page, "Vos lieux d'activité", "Étape 4 sur 5");
      expect(appelsA(appels, "PUT /structures/inscription/structure-employeuse")[0]?.body).toEqual({
        siret: "80462139900018",
      });
      await page.getByRole("button", { name: "Continuer" }).click();
      await page.getByText("Indiquez au moins un lieu d'activité.").first().waitFor();
      await expectNoAxeViolations(page);
      await page.getByText("Ma structure employeuse est aussi mon lieu d'activité").click();
      await page.getByLabel("Rechercher un lieu").fill("média");
      await page.getByText("1 lieu trouvé.").waitFor();
      await page.getByRole("button", { name: `Ajouter ${mediatheque.nom}` }).click();
      await page.getByRole("heading", { name: "Vos lieux d'activité (2)" }).waitFor();
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-4-lieux`);

      await page.getByRole("button", { name: "Créer un lieu" }).click();
      await page.getByRole("heading", { name: "Créer un lieu d'activité" }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Créer ce lieu" }).click();
      await page.getByRole("heading", { name: "Le formulaire contient 5 erreurs" }).waitFor();
      expect(await page.locator("#structure-nom").getAttribute("aria-invalid")).toBe("true");
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-4-creer-lieu-erreurs`);
      await page.getByLabel("Nom du lieu").fill("Tiers-lieu La Fabrique");
      await page.getByLabel("Type de structure").selectOption("TIERS_LIEUX");
      await page.getByLabel("Numéro et rue").fill("3 rue des Tilleuls");
      await page.getByLabel("Code postal").fill("33150");
      await page.locator("#structure-commune").fill("Cenon");
      await page.getByText("Publier ce lieu sur la cartographie nationale").click();
      await page.getByText("Aide aux démarches administratives").click();
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-4-creer-lieu-rempli`);
      await page.getByRole("button", { name: "Créer ce lieu" }).click();
      await page.getByRole("heading", { name: "Vos lieux d'activité (3)" }).waitFor();
      const lieuCree = appelsA(appels, "POST /structures")[0]?.body;
      expect(lieuCree).toMatchObject({
        nom: "Tiers-lieu La Fabrique",
        typologies: ["TIERS_LIEUX"],
        adresse: { voie: "3 rue des Tilleuls", codePostal: "33150", commune: "Cenon" },
        visiblePourCartographieNationale: true,
        services: ["Aide aux démarches administratives"],
        toutPublic: true,
      });
      // What the form sends is what the server's own schema accepts.
      expect(structureFormulaireSchema.safeParse(lieuCree).error?.issues ?? []).toEqual([]);
      await page.getByRole("button", { name: "Continuer" }).click();

      // 5. Summary, then validation: off to /coop.
      await etape(page, "Récapitulatif", "Étape 5 sur 5");
      expect(appelsA(appels, "PUT /structures/inscription/lieux-activite")[0]?.body).toEqual({
        structureIds: [employeur.id, mediatheque.id, "5a1b2c3d-0000-4000-8000-000000000099"],
      });
      await page.getByText("Tiers-lieu La Fabrique").waitFor();
      await expectNoAxeViolations(page);
      await capture(page, `${appareil}-5-recapitulatif`);
      await page.getByRole("button", { name: "Valider mon inscription" }).click();
      await page.waitForURL(`${server.url}/coop`);
      expect(await page.locator("h1").textContent()).toBe("Tableau de bord");
    },
  );

  it("a coordinator has no lieux step", async () => {
    const { page, server } = site;
    await stubApi(page, serveurInscription());
    await page.goto(`${server.url}/inscription`);
    await etape(page, "Choisir votre rôle", "Étape 1 sur 5");
    await page.locator("label", { hasText: "Coordinateur·rice" }).click();
    expect(await page.locator(".fr-stepper__state").textContent()).toBe("Étape 1 sur 4");
    await page.getByText("J'accepte les conditions générales").click();
    await page.getByRole("button", { name: "Continuer" }).click();
    await etape(page, "Vérifier vos informations", "Étape 2 sur 4");
    await page.getByRole("button", { name: "Continuer" }).click();
    await etape(page, "Votre structure employeuse", "Étape 3 sur 4");
    expect(await page.locator(".fr-stepper__details").textContent()).toBe("Étape suivante : Récapitulatif");
  });

  it("when Recherche d'entreprises is down, says so in French and offers to try again", async () => {
    const { page, server } = site;
    const stubs = serveurInscription();
    let enPanne = true;
    const normal = stubs["GET /structures/entreprises"];
    stubs["GET /structures/entreprises"] = (appel) =>
      enPanne
        ? erreur(
            503,
            "service_unavailable",
            "La recherche d'entreprises est indisponible. Réessayez dans quelques minutes.",
          )
        : typeof normal === "function"
          ? normal(appel)
          : { status: 500 };
    stubs["GET /auth/inscription"] = () => ({
      body: {
        etape: "structure-employeuse",
        utilisateur: {
          ...nouvelleInscrite,
          phone: null,
          siret: employeur.siret,
          profilInscription: "mediateur",
          acceptationCgu: "2026-01-01",
        },
        roles: { mediateur: true, coordinateur: false },
      },
    });
    await stubApi(page, stubs);
    await page.goto(`${server.url}/inscription`);
    await etape(page, "Votre structure employeuse", "Étape 3 sur 5");
    // The SIRET ProConnect gave is already there.
    expect(await page.getByLabel("SIRET de votre structure employeuse").inputValue()).toBe(employeur.siret);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page
      .getByText("La recherche d'entreprises est indisponible. Réessayez dans quelques minutes.")
      .waitFor();
    await expectNoAxeViolations(page);
    enPanne = false;
    await page.getByRole("button", { name: "Réessayer" }).click();
    await page.getByRole("heading", { name: "Est-ce bien votre structure ?" }).waitFor();
  });

  it("shows the server's field errors of a new lieu next to its fields, and the others in the summary", async () => {
    const { page, server } = site;
    const stubs = serveurInscription();
    stubs["GET /auth/inscription"] = () => ({
      body: {
        etape: "lieux-activite",
        utilisateur: {
          ...nouvelleInscrite,
          phone: null,
          siret: null,
          profilInscription: "mediateur",
          acceptationCgu: "2026-01-01",
        },
        roles: { mediateur: true, coordinateur: false },
      },
    });
    stubs["POST /structures"] = erreur(
      400,
      "validation_error",
      "Certains champs sont invalides. Corrigez-les puis réessayez.",
      {
        nom: "Un lieu porte déjà ce nom dans cette commune.",
        "horaires.lundi": "Horaires invalides.",
      },
    );
    await stubApi(page, stubs);
    await page.goto(`${server.url}/inscription`);
    await etape(page, "Vos lieux d'activité", "Étape 4 sur 5");
    await page.getByRole("button", { name: "Créer un lieu" }).click();
    await page.getByLabel("Nom du lieu").fill("Médiathèque Jacques Ellul");
    await page.getByLabel("Type de structure").selectOption("BIB");
    await page.getByLabel("Numéro et rue").fill("21 rue du Professeur Pierre Mauriac");
    await page.getByLabel("Code postal").fill("33600");
    await page.locator("#structure-commune").fill("Pessac");
    await page.getByRole("button", { name: "Créer ce lieu" }).click();
    await page.locator("#structure-nom-erreur").waitFor();
    expect(await page.locator("#structure-nom-erreur").textContent()).toBe(
      "Un lieu porte déjà ce nom dans cette commune.",
    );
    const resume = page.locator(".fr-alert--error");
    expect(await resume.textContent()).toContain("Horaires invalides.");
    expect(await resume.getByRole("link").first().getAttribute("href")).toBe("#structure-nom");
    await expectNoAxeViolations(page);
    // Following the summary link puts the focus in the field.
    await resume.getByRole("link").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("structure-nom");
  });

  it("is usable with the keyboard alone", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, serveurInscription());
    await page.goto(`${server.url}/inscription`);
    await etape(page, "Choisir votre rôle", "Étape 1 sur 5");
    await page.locator("#inscription-profil-0").focus();
    await page.keyboard.press("Space");
    // Next stops: the terms link, then the consent box.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inscription-cgu");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await etape(page, "Vérifier vos informations", "Étape 2 sur 5");
    expect(appelsA(appels, "POST /auth/inscription/role")[0]?.body).toEqual({
      profil: "mediateur",
      acceptationCgu: true,
    });
    // Focus is on the new step's title, so that the next Tab continues from there.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("fr-stepper__title"))).toBe(
      true,
    );
  });

  it("when validation says a step is missing, leads back to it", async () => {
    const { page, server } = site;
    const stubs = serveurInscription();
    stubs["GET /auth/inscription"] = () => ({
      body: {
        etape: "recapitulatif",
        utilisateur: {
          ...nouvelleInscrite,
          phone: null,
          siret: null,
          profilInscription: "mediateur",
          acceptationCgu: "2026-01-01",
        },
        roles: { mediateur: true, coordinateur: false },
      },
    });
    stubs["POST /auth/inscription/validation"] = erreur(
      409,
      "conflict",
      "Indiquez au moins un lieu d'activité avant de valider.",
      {
        etape: "lieux-activite",
      },
    );
    await stubApi(page, stubs);
    await page.goto(`${server.url}/inscription`);
    await etape(page, "Récapitulatif", "Étape 5 sur 5");
    await page.getByRole("button", { name: "Valider mon inscription" }).click();
    await page.getByText("Indiquez au moins un lieu d'activité avant de valider.").waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Compléter : vos lieux d'activité" }).click();
    await etape(page, "Vos lieux d'activité", "Étape 4 sur 5");
  });

  it("a signed-out visitor is sent to the sign-in page, coming back here afterwards", async () => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(null) });
    await page.goto(`${server.url}/inscription`);
    await page.waitForURL(`${server.url}/connexion?retour=%2Finscription`);
  });
});
