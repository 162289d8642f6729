import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { describeWithChromium, expectNoAxeViolations, launchChromium } from "./browser.ts";
import { buildIfMissing, distDir } from "./harness.ts";
import { json, type Routes, type StaticServer, startStaticServer } from "./static-server.ts";

const serviceName = "La Coop de la médiation numérique";

// Stand-ins for the six functions' `/health` routes, served by this test server only so that the
// /statut island has something to call. The real functions are exercised by the local-platform test.
const prefixes = ["auth", "beneficiaires", "activites", "structures", "exports", "imports"];
const healthStubs: Routes = Object.fromEntries(
  prefixes.map((prefix) => [`/${prefix}/health`, json(200, { status: "ok", database: "ok" })]),
);

const pages = [
  { path: "/", title: "Accueil", h1: serviceName },
  { path: "/connexion", title: "Connexion", h1: "Connexion" },
  { path: "/coop", title: "Tableau de bord", h1: "Tableau de bord" },
  { path: "/statut", title: "État des services", h1: "État des services" },
  { path: "/accessibilite", title: "Accessibilité", h1: "Déclaration d'accessibilité" },
  { path: "/mentions-legales", title: "Mentions légales", h1: "Mentions légales" },
  { path: "/confidentialite", title: "Données personnelles", h1: "Données personnelles" },
  { path: "/cgu", title: "Conditions générales d'utilisation", h1: "Conditions générales d'utilisation" },
  { path: "/connexion/erreur", title: "Connexion impossible", h1: "Connexion impossible" },
  { path: "/inscription", title: "Inscription", h1: "Votre inscription" },
  { path: "/coop/mon-compte", title: "Mon compte", h1: "Mon compte" },
  { path: "/coop/mes-activites", title: "Mes activités", h1: "Mes activités" },
  {
    path: "/coop/mes-activites/cra/individuel",
    title: "Enregistrer un accompagnement individuel",
    h1: "Enregistrer un accompagnement individuel",
  },
  {
    path: "/coop/mes-activites/cra/collectif",
    title: "Enregistrer un atelier collectif",
    h1: "Enregistrer un atelier collectif",
  },
  { path: "/coop/mes-beneficiaires", title: "Mes bénéficiaires", h1: "Mes bénéficiaires" },
  { path: "/coop/mes-beneficiaires/nouveau", title: "Créer un bénéficiaire", h1: "Créer un bénéficiaire" },
  {
    path: "/coop/mes-beneficiaires/modifier",
    title: "Modifier un bénéficiaire",
    h1: "Modifier un bénéficiaire",
  },
  { path: "/coop/mes-beneficiaires/fiche", title: "Fiche bénéficiaire", h1: "Fiche bénéficiaire" },
  { path: "/coop/mes-beneficiaires/doublons", title: "Doublons potentiels", h1: "Doublons potentiels" },
  {
    path: "/coop/mes-beneficiaires/importer",
    title: "Importer des bénéficiaires",
    h1: "Importer des bénéficiaires",
  },
  { path: "/administration", title: "Administration", h1: "Administration" },
  { path: "/administration/utilisateurs", title: "Utilisateurs", h1: "Utilisateurs" },
  { path: "/administration/clients-api", title: "Clients de l'API", h1: "Clients de l'API partenaires" },
];

describeWithChromium()("site pages in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requested: string[];

  beforeAll(async () => {
    // `pnpm test` builds first; a lone `vitest run` builds here when dist/ is missing.
    buildIfMissing();
    server = await startStaticServer(distDir, healthStubs);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    requested = [];
    page.on("request", (request) => requested.push(request.url()));
  });

  afterEach(async () => {
    await context.close();
  });

  it.each(pages)("$path is an accessible French DSFR page", async ({ path, title, h1 }) => {
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.title()).toBe(`${title} - ${serviceName}`);
    expect(await page.locator("h1").allTextContents()).toEqual([h1]);

    // DSFR styles, fonts and script are served from the package, and nothing comes from elsewhere.
    expect(await page.locator("header.fr-header").isVisible()).toBe(true);
    expect(await page.locator("footer.fr-footer").isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Marianne");
    const marianneLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((font) => font.family.includes("Marianne") && font.status === "loaded");
    });
    expect(marianneLoaded).toBe(true);
    await page.waitForFunction(() => document.documentElement.getAttribute("data-fr-js") === "true");
    expect(requested.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);

    const skipTargets = await page.$$eval(".fr-skiplinks a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    expect(skipTargets).toEqual(["#contenu", "#navigation-principale", "#pied-de-page"]);
    for (const target of skipTargets) expect(await page.locator(target ?? "").count()).toBe(1);
    expect(await page.locator("main#contenu").count()).toBe(1);

    if (path === "/statut") await page.getByText("Tous les services sont opérationnels.").waitFor();
    await expectNoAxeViolations(page);
  });

  it("/ renders as a DSFR page (full-page screenshot for a human look)", async () => {
    await page.goto(`${server.url}/`);
    const buttonColor = await page
      .getByRole("main")
      .getByRole("link", { name: "Se connecter" })
      .first()
      .evaluate((link) => getComputedStyle(link).backgroundColor);
    expect(buttonColor).toBe("rgb(0, 0, 145)");
    const file = join(tmpdir(), "coop-site-accueil.png");
    await page.screenshot({ path: file, fullPage: true });
    console.info(`Screenshot of / saved to ${file}`);
  });

  it("the first Tab reaches the skip link to the content, and Enter moves focus there", async () => {
    await page.goto(`${server.url}/connexion`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Contenu");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "contenu");
    expect(new URL(page.url()).hash).toBe("#contenu");
  });

  it("on a phone, the Menu button opens the DSFR header menu", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/`);
    const nav = page.locator("#navigation-principale");
    expect(await nav.isVisible()).toBe(false);
    await page.waitForFunction(() => document.documentElement.getAttribute("data-fr-js") === "true");
    await page.getByRole("button", { name: "Menu" }).click();
    await nav.waitFor({ state: "visible" });
    const menu = page.getByRole("dialog", { name: "Menu" });
    expect(await menu.getByRole("link", { name: "État des services" }).isVisible()).toBe(true);
    // DSFR copies the quick-access links into the phone menu.
    expect(await menu.getByRole("link", { name: "Se connecter" }).isVisible()).toBe(true);
  });

  it("/connexion offers the ProConnect button, pointing at the auth function", async () => {
    await page.goto(`${server.url}/connexion`);
    const button = page.getByRole("link", { name: "S’identifier avec ProConnect" });
    expect(await button.getAttribute("href")).toBe("/auth/proconnect/connexion");
    expect(await button.evaluate((link) => link.classList.contains("fr-connect--pro"))).toBe(true);
  });

  it("/statut checks the six services and shows each one as Opérationnel", async () => {
    await page.goto(`${server.url}/statut`);
    await page.getByText("Tous les services sont opérationnels.").waitFor();
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBe(6);
    expect(await rows.locator(".fr-badge").allTextContents()).toEqual(Array(6).fill("Opérationnel"));
    expect(await page.getByRole("status").getAttribute("aria-live")).toBe("polite");
    for (const prefix of prefixes) expect(requested).toContain(`${server.url}/${prefix}/health`);
  });

  it("/statut shows a service whose database is down as Indisponible", async () => {
    await page.route("**/exports/health", (route) =>
      route.fulfill({ status: 503, json: { status: "error", database: "error" } }),
    );
    await page.goto(`${server.url}/statut`);
    await page.getByText("1 service sur 6 indisponible.").waitFor();
    const exportsRow = page.locator("tbody tr", { hasText: "Exports" });
    expect(await exportsRow.locator(".fr-badge").textContent()).toBe("Indisponible");
    await expectNoAxeViolations(page);

    // Once the service is back, checking again from the keyboard shows it.
    await page.unroute("**/exports/health");
    await page.getByRole("button", { name: "Vérifier à nouveau" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Tous les services sont opérationnels.").waitFor();
    expect(await exportsRow.locator(".fr-badge").textContent()).toBe("Opérationnel");
  });

  it("an unknown path answers 404 with a French page", async () => {
    const response = await page.goto(`${server.url}/cette-page-nexiste-pas`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.title()).toBe(`Page non trouvée - ${serviceName}`);
    expect(await page.locator("h1").allTextContents()).toEqual(["Page non trouvée"]);
    await expectNoAxeViolations(page);
  });

  it("every link between pages leads to a page that exists", async () => {
    // Routes the functions answer, not the static site.
    const functionRoutes = new Set(["/auth/proconnect/connexion"]);
    for (const { path } of pages) {
      await page.goto(server.url + path);
      const hrefs = await page.$$eval("a[href^='/']", (links) =>
        links.map((a) => a.getAttribute("href") ?? ""),
      );
      for (const href of hrefs) {
        const [target = "", fragment] = href.split("#");
        if (functionRoutes.has(target)) continue;
        const response = await fetch(server.url + target);
        expect(response.status, `${href} linked from ${path}`).toBe(200);
        if (fragment)
          expect(await response.text(), `${href} linked from ${path}`).toContain(`id="${fragment}"`);
      }
    }
  });
});
