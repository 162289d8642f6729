import { expect, it } from "vitest";
import {
  administratrice,
  employeur,
  erreur,
  mediatheque,
  mediatrice,
  moi,
  nouvelleInscrite,
  stubApi,
} from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { dsfrReady, useSiteInChromium } from "./harness.ts";

// Sign-in pages, the header's account links, impersonation and "Mon compte", against stubbed functions
// (tests/api-stubs.ts). The real round trip through the auth function is covered by shared/local.

describeWithChromium()("sign-in, header and account", () => {
  const site = useSiteInChromium();

  it("/connexion keeps a local retour for ProConnect, never another site", async () => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(null) });
    const bouton = page.getByRole("link", { name: "S’identifier avec ProConnect" });
    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent("/coop/mon-compte")}`);
    await page.waitForFunction(() =>
      document.querySelector(".fr-connect")?.getAttribute("href")?.includes("retour"),
    );
    expect(await bouton.getAttribute("href")).toBe("/auth/proconnect/connexion?retour=%2Fcoop%2Fmon-compte");
    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent("//exemple.fr")}`);
    await dsfrReady(page);
    expect(await bouton.getAttribute("href")).toBe("/auth/proconnect/connexion");
  });

  it("/connexion says one is signed out, and offers the e-mail link where the server does", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, {
      "GET /auth/me": moi(null),
      "GET /auth/email/disponible": { body: { disponible: true } },
      "POST /auth/email/connexion": {
        status: 202,
        body: { message: "Si cette adresse peut se connecter, un lien vient de lui être envoyé." },
      },
    });
    await page.goto(`${server.url}/connexion?deconnexion=1`);
    await page.getByRole("heading", { name: "Vous êtes déconnecté" }).waitFor();
    const email = page.getByLabel("Adresse e-mail");
    await email.fill("pas-une-adresse");
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await page.getByText("Saisissez une adresse e-mail valide").waitFor();
    expect(await email.getAttribute("aria-describedby")).toBe("connexion-email-erreur");
    await expectNoAxeViolations(page);
    await email.fill("awa.diallo@liens-numeriques.fr");
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await page.getByText("Si cette adresse peut se connecter, un lien vient de lui être envoyé.").waitFor();
    expect(appels.find((appel) => appel.path === "/auth/email/connexion")?.body).toEqual({
      email: "awa.diallo@liens-numeriques.fr",
    });
    await expectNoAxeViolations(page);
  });

  it("/connexion hides the e-mail form where the server does not offer it", async () => {
    const { page, server } = site;
    await stubApi(page, {
      "GET /auth/me": moi(null),
      "GET /auth/email/disponible": { body: { disponible: false } },
    });
    await page.goto(`${server.url}/connexion`);
    await dsfrReady(page);
    await page.waitForLoadState("networkidle");
    expect(await page.getByLabel("Adresse e-mail").count()).toBe(0);
  });

  it.each([
    { raison: "compte_desactive", titre: "Compte désactivé", reessayer: false },
    { raison: "connexion_annulee", titre: "Connexion annulée", reessayer: true },
    { raison: "proconnect_indisponible", titre: "ProConnect est indisponible", reessayer: true },
    { raison: "inconnue", titre: "Connexion impossible", reessayer: true },
  ])("/connexion/erreur explains $raison", async ({ raison, titre, reessayer }) => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(null) });
    await page.goto(`${server.url}/connexion/erreur?raison=${raison}`);
    await page.getByRole("heading", { name: titre, level: 2 }).waitFor();
    expect(await page.getByRole("link", { name: "Réessayer" }).count()).toBe(reessayer ? 1 : 0);
    if (reessayer)
      expect(await page.getByRole("link", { name: "Réessayer" }).getAttribute("href")).toBe("/connexion");
    await expectNoAxeViolations(page);
  });

  it("/coop/mon-compte sends a signed-out visitor to /connexion?retour=…", async () => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(null) });
    await page.goto(`${server.url}/coop/mon-compte`);
    await page.waitForURL(`${server.url}/connexion?retour=%2Fcoop%2Fmon-compte`);
    await page.waitForFunction(() =>
      document.querySelector(".fr-connect")?.getAttribute("href")?.includes("retour"),
    );
    expect(await page.getByRole("link", { name: "S’identifier avec ProConnect" }).getAttribute("href")).toBe(
      "/auth/proconnect/connexion?retour=%2Fcoop%2Fmon-compte",
    );
  });

  it("/coop pages send an unfinished inscription to /inscription", async () => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(nouvelleInscrite) });
    await page.goto(`${server.url}/coop`);
    await page.waitForURL(`${server.url}/inscription`);
  });

  it("/coop/mon-compte shows identity, role, employer and lieux, and the header the account links", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, {
      "GET /auth/me": moi(mediatrice),
      "GET /structures/inscription/structure-employeuse": { body: { structureEmployeuse: employeur } },
      "GET /structures/inscription/lieux-activite": { body: { lieux: [employeur, mediatheque] } },
      "POST /auth/deconnexion": { body: { redirection: "/connexion?deconnexion=1" } },
    });
    await page.goto(`${server.url}/coop/mon-compte`);
    await page.getByText(mediatheque.nom).waitFor();
    expect(await page.getByText("Médiateur", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(`SIRET : ${employeur.siret}`).isVisible()).toBe(true);
    expect(await page.getByText("Inscription validée le 2 mars 2026.").isVisible()).toBe(true);

    // Header: the person's name (their account) and sign-out, in place of "Se connecter".
    const outils = page.locator(".fr-header__tools-links");
    await outils.getByRole("link", { name: "Awa Diallo - Mon compte" }).waitFor();
    expect(await outils.getByRole("link", { name: "Se connecter" }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await outils.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(`${server.url}/connexion?deconnexion=1`);
    const deconnexion = appels.find((appel) => appel.path === "/auth/deconnexion");
    expect(deconnexion?.method).toBe("POST");
  });

  it("on a phone, the menu carries the account links too", async () => {
    const { page, server } = site;
    await page.setViewportSize({ width: 375, height: 800 });
    await stubApi(page, { "GET /auth/me": moi(mediatrice) });
    await page.goto(`${server.url}/statut`);
    await dsfrReady(page);
    // Hidden until the menu opens: found by text, not by role.
    await page
      .locator(".fr-header__menu-links button", { hasText: "Se déconnecter" })
      .waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await menu.getByRole("link", { name: "Awa Diallo - Mon compte" }).waitFor();
    expect(await menu.getByRole("button", { name: "Se déconnecter" }).isVisible()).toBe(true);
    expect(await menu.getByRole("link", { name: "Se connecter" }).count()).toBe(0);
  });

  it("while impersonating, every page says so and offers to stop", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, {
      "GET /auth/me": moi(
        { ...mediatrice, isFixture: true },
        { id: administratrice.id, email: administratrice.email, name: "Claire Bernard" },
      ),
      "POST /auth/usurpation/fin": { body: { redirection: "/administration/utilisateurs" } },
      "GET /auth/administration/utilisateurs": erreur(
        404,
        "not_found",
        "La ressource demandée est introuvable.",
      ),
    });
    for (const chemin of ["/", "/statut", "/cgu"]) {
      await page.goto(server.url + chemin);
      await page.getByText("Vous agissez en tant que Awa Diallo (awa.diallo@liens-numeriques.fr).").waitFor();
    }
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Arrêter d'agir en tant que Awa Diallo" }).click();
    await page.waitForURL(`${server.url}/administration/utilisateurs`);
    expect(
      appels.filter((appel) => appel.path === "/auth/usurpation/fin").map((appel) => appel.method),
    ).toEqual(["POST"]);
  });
});
