// The whole account journey in a real browser against the real platform: the site, the functions,
// the local ProConnect, Recherche d'entreprises and Dataspace stand-ins, a real database.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeWithChromium,
  expectNoAxeViolations,
  launchChromium,
} from "../../../../site/tests/browser.ts";
import { startE2ePlatform } from "./platform.ts";

let platform: Awaited<ReturnType<typeof startE2ePlatform>>;
let browser: Browser;

beforeAll(async () => {
  platform = await startE2ePlatform();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const continuer = (page: Page) => page.getByRole("button", { name: "Continuer" }).click();

describeWithChromium({ everyDatabase: true })("a new mediator, in Chromium, on the local platform", () => {
  it("signs in with ProConnect, completes the inscription, lands in the mediator space and signs out", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();

    // Sign-in: the site's ProConnect button, then the local provider's form for a person it never saw.
    await page.goto(`${platform.url}/connexion`);
    await expectNoAxeViolations(page);
    await page.locator("a.fr-connect").click();
    await page.getByLabel("Adresse e-mail professionnelle").fill("ines.garnier@exemple.fr");
    await page.getByLabel("Prénom").fill("Inès");
    await page.getByLabel("Nom", { exact: true }).fill("Garnier");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();

    // 1. Role and terms.
    await page.waitForURL(`${platform.url}/inscription`);
    await page.getByRole("heading", { name: "Choisir votre rôle" }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator("label", { hasText: "Médiateur·rice numérique" }).click();
    await page.getByText("J'accepte les conditions générales").click();
    await continuer(page);

    // 2. Information from ProConnect, with a phone number added.
    await page.getByRole("heading", { name: "Vérifier vos informations" }).waitFor();
    expect(await page.getByLabel("Prénom").inputValue()).toBe("Inès");
    await page.getByLabel("Téléphone professionnel").fill("06 12 34 56 78");
    await expectNoAxeViolations(page);
    await continuer(page);

    // 3. Employer by SIRET, looked up in Recherche d'entreprises (the stand-in).
    await page.getByRole("heading", { name: "Votre structure employeuse" }).waitFor();
    await page.getByLabel("SIRET de votre structure employeuse").fill("804 621 399 00018");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("heading", { name: "Est-ce bien votre structure ?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Confirmer cette structure" }).click();

    // 4. Lieux: the employer itself, and a new lieu created with the structure form.
    await page.getByRole("heading", { name: "Vos lieux d'activité" }).first().waitFor();
    await page.getByText("Ma structure employeuse est aussi mon lieu d'activité").click();
    await page.getByRole("button", { name: "Créer un lieu" }).click();
    await page.getByRole("heading", { name: "Créer un lieu d'activité" }).waitFor();
    await page.getByLabel("Nom du lieu").fill("Atelier numérique des Chartrons");
    await page.getByLabel("Type de structure").selectOption("EPN");
    await page.getByLabel("Numéro et rue").fill("12 rue Notre-Dame");
    await page.getByLabel("Code postal").fill("33000");
    await page.locator("#structure-commune").fill("Bordeaux");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Créer ce lieu" }).click();
    await page.getByRole("heading", { name: "Vos lieux d'activité (2)" }).waitFor();
    await continuer(page);

    // 5. Summary, validation, and the mediator space.
    await page.getByRole("heading", { name: "Récapitulatif" }).waitFor();
    await page.getByText("Atelier numérique des Chartrons").waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Valider mon inscription" }).click();
    await page.waitForURL(`${platform.url}/coop`);
    await page.getByRole("heading", { name: "Tableau de bord", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    const me = await page.evaluate(async () => (await fetch("/auth/me")).json());
    expect(me.user).toMatchObject({
      email: "ines.garnier@exemple.fr",
      firstName: "Inès",
      mediateurId: expect.any(String),
    });
    expect(me.user.inscriptionValidee).toBeTruthy();

    // Sign-out ends the session here and at the provider, and comes back to the site.
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await page.waitForURL(/\/connexion\?deconnexion=1/);
    expect(await page.evaluate(async () => (await fetch("/auth/me")).status)).toBe(401);
    await context.close();
  });

  it("sends a signed-out visitor of the mediator space to the sign-in page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.url}/coop/mon-compte`);
    await page.waitForURL(/\/connexion\?retour=%2Fcoop%2Fmon-compte/);
    await context.close();
  });
});
