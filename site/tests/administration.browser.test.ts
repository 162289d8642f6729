import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { administratrice, erreur, mediatrice, moi, type Stubs, stubApi, support } from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { dsfrReady, modaleOuverte, useSiteInChromium } from "./harness.ts";

// The back-office islands against stubbed auth-function endpoints (tests/api-stubs.ts); shared/local
// exercises the real ones.

const prenoms = ["Awa", "Bruno", "Chloé", "David", "Élodie", "Farid", "Gaëlle", "Hugo", "Inès", "Jules"];

const compte = (rang: number) => ({
  id: `00000000-0000-4000-8000-${String(rang).padStart(12, "0")}`,
  email: `${(prenoms[rang % prenoms.length] ?? "x").toLowerCase()}.${rang}@exemple.fr`,
  firstName: prenoms[rang % prenoms.length] ?? null,
  lastName: `Démo ${rang}`,
  role: rang === 0 ? "admin" : rang === 1 ? "support" : "user",
  isFixture: rang % 3 === 0,
  isConseillerNumerique: rang % 4 === 0,
  inscriptionValidee: rang % 5 === 4 ? null : "2026-02-01T10:00:00.000Z",
  lastLogin: rang % 6 === 5 ? null : "2026-06-20T08:15:00.000Z",
  disabled: rang === 7 ? "2026-06-01T00:00:00.000Z" : null,
  deleted: rang === 8 ? "2026-06-02T00:00:00.000Z" : null,
  created: "2026-01-15T00:00:00.000Z",
  mediateur: rang % 2 === 0,
  coordinateur: rang % 7 === 3,
});

const comptes = Array.from({ length: 20 }, (_, rang) => compte(rang));

const listeStubs = (qui = administratrice): Stubs => ({
  "GET /auth/me": moi(qui),
  "GET /auth/administration/utilisateurs": { body: { utilisateurs: comptes, total: 45 } },
});

const client = {
  id: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
  name: "Région Nouvelle-Aquitaine",
  scopes: ["statistiques", "lieux_activite"],
  validFrom: "2026-01-01T00:00:00.000Z",
  validUntil: null,
  created: "2026-01-01T00:00:00.000Z",
  updated: "2026-01-01T00:00:00.000Z",
};

describeWithChromium()("/administration", () => {
  const site = useSiteInChromium();

  it("/administration/utilisateurs lists accounts with filters from the address, and pages", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, listeStubs());
    await page.goto(`${server.url}/administration/utilisateurs?recherche=d%C3%A9mo&statut=actif&page=2`);
    await page.getByText("45 comptes, page 2 sur 3").waitFor();
    const appel = appels.find((a) => a.path === "/auth/administration/utilisateurs");
    expect(Object.fromEntries(appel?.query ?? [])).toEqual({
      recherche: "démo",
      statut: "actif",
      page: "2",
      parPage: "20",
    });
    expect(await page.locator("tbody tr").count()).toBe(20);
    expect(await page.getByLabel("Rechercher").inputValue()).toBe("démo");
    expect(await page.getByLabel("Statut").inputValue()).toBe("actif");
    expect(await page.getByRole("link", { name: "Page suivante" }).getAttribute("href")).toBe(
      "/administration/utilisateurs?recherche=d%C3%A9mo&statut=actif&page=3",
    );
    // Demo accounts only can be impersonated; one's own row has no action.
    expect(await page.getByRole("button", { name: /^Usurper/ }).count()).toBe(
      comptes.filter((c) => c.isFixture && !c.disabled && !c.deleted).length,
    );
    await expectNoAxeViolations(page);

    // Filtering is a plain form: it reloads the page with the filters, back to page 1.
    await page.getByLabel("Rôle").selectOption("support");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(
      `${server.url}/administration/utilisateurs?recherche=d%C3%A9mo&role=support&statut=actif`,
    );
  });

  it.each([
    { appareil: "bureau", width: 1280, height: 900 },
    { appareil: "telephone", width: 375, height: 812 },
  ])(
    "/administration/utilisateurs on $appareil (screenshot for a human look)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      await stubApi(page, listeStubs());
      await page.goto(`${server.url}/administration/utilisateurs`);
      await page.getByText("45 comptes, page 1 sur 3").waitFor();
      await dsfrReady(page);
      // Wide tables scroll inside their frame: the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({
        path: join(tmpdir(), `coop-admin-utilisateurs-${appareil}.png`),
        fullPage: true,
      });
    },
  );

  it("deactivating an account asks for confirmation in a DSFR modal, then reloads the list", async () => {
    const { page, server } = site;
    const stubs = listeStubs();
    stubs[`POST /auth/administration/utilisateurs/${comptes[2]?.id}/desactivation`] = { status: 204 };
    const appels = await stubApi(page, stubs);
    await page.goto(`${server.url}/administration/utilisateurs`);
    await dsfrReady(page);
    const nom = `${comptes[2]?.firstName} ${comptes[2]?.lastName}`;
    await page.getByRole("button", { name: `Désactiver ${nom}` }).click();
    const modale = page.getByRole("dialog", { name: "Désactiver ce compte ?" });
    await modaleOuverte(modale);
    expect(await modale.textContent()).toContain(`${nom} (${comptes[2]?.email}) ne pourra plus se connecter`);
    await expectNoAxeViolations(page);
    await modale.getByRole("button", { name: "Désactiver le compte" }).click();
    await page.getByText(`Le compte de ${nom} est désactivé`).waitFor();
    await modale.waitFor({ state: "hidden" });
    expect(appels.filter((a) => a.method === "POST").map((a) => a.path)).toEqual([
      `/auth/administration/utilisateurs/${comptes[2]?.id}/desactivation`,
    ]);
    expect(appels.filter((a) => a.path === "/auth/administration/utilisateurs")).toHaveLength(2);

    // "Annuler" closes without acting.
    await page
      .getByRole("button", { name: `Réactiver ${comptes[7]?.firstName} ${comptes[7]?.lastName}` })
      .click();
    await page
      .getByRole("dialog", { name: "Réactiver ce compte ?" })
      .getByRole("button", { name: "Annuler" })
      .click();
    await page.getByRole("dialog", { name: "Réactiver ce compte ?" }).waitFor({ state: "hidden" });
    expect(appels.filter((a) => a.method === "POST")).toHaveLength(1);
    // From the keyboard: Enter opens, Escape closes, and the focus returns to the button.
    const bouton = page.getByRole("button", {
      name: `Désactiver ${comptes[3]?.firstName} ${comptes[3]?.lastName}`,
    });
    await bouton.focus();
    await page.keyboard.press("Enter");
    await modaleOuverte(modale);
    expect(await page.evaluate(() => document.activeElement?.closest("dialog")?.id)).toBe(
      "modale-activation",
    );
    await page.keyboard.press("Escape");
    await modale.waitFor({ state: "hidden" });
    expect(await bouton.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("impersonating a demo account goes to /coop", async () => {
    const { page, server } = site;
    const stubs = listeStubs();
    const cible = comptes.find((c) => c.isFixture && c.role === "user");
    stubs[`POST /auth/administration/utilisateurs/${cible?.id}/usurpation`] = {
      body: { redirection: "/coop" },
    };
    await stubApi(page, stubs);
    await page.goto(`${server.url}/administration/utilisateurs`);
    await page.getByRole("button", { name: `Usurper ${cible?.firstName} ${cible?.lastName}` }).click();
    await page.waitForURL(`${server.url}/coop`);
  });

  it("support reads the list without actions; a mediator is refused", async () => {
    const { page, server } = site;
    await stubApi(page, listeStubs(support));
    await page.goto(`${server.url}/administration/utilisateurs`);
    await page.getByText("45 comptes, page 1 sur 3").waitFor();
    expect(await page.getByRole("columnheader", { name: "Actions" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^(Usurper|Désactiver)/ }).count()).toBe(0);
    await page.getByText("permet de consulter cette liste, sans la modifier").waitFor();

    await page.unrouteAll();
    await stubApi(page, listeStubs(mediatrice));
    await page.goto(`${server.url}/administration/utilisateurs`);
    await page.getByRole("heading", { name: "Accès réservé" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("/administration/clients-api lists clients, and shows a new secret once", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, {
      "GET /auth/me": moi(administratrice),
      "GET /auth/administration/clients-api": { body: { clients: [client] } },
      "POST /auth/administration/clients-api": ({ body }) => {
        const { name } = body as { name: string };
        if (name === "Région Nouvelle-Aquitaine")
          return erreur(409, "conflict", "Cette action entre en conflit avec l'état actuel des données.", {
            name: "Un client porte déjà ce nom.",
          });
        return {
          status: 201,
          body: {
            client: {
              ...client,
              ...(body as object),
              id: "1a2b3c4d-0000-4000-8000-00000000abcd",
              validUntil: null,
            },
            secret: "a".repeat(64),
          },
        };
      },
    });
    await page.goto(`${server.url}/administration/clients-api`);
    await page
      .getByRole("cell", { name: /Région Nouvelle-Aquitaine/ })
      .or(page.getByRole("rowheader", { name: /Région Nouvelle-Aquitaine/ }))
      .first()
      .waitFor();
    expect(await page.locator("tbody").getByText("Lieux d'activité", { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Empty form: errors next to the fields and in the summary.
    await page.getByRole("button", { name: "Créer le client et son secret" }).click();
    await page.getByRole("heading", { name: "Le formulaire contient 2 erreurs" }).waitFor();
    expect(await page.locator("#client-portees").getAttribute("aria-labelledby")).toBe(
      "client-portees-legende client-portees-erreur",
    );
    await expectNoAxeViolations(page);

    // The server's own field error lands on the name.
    await page.getByLabel("Nom du partenaire").fill("Région Nouvelle-Aquitaine");
    await page.locator("label", { hasText: "Statistiques" }).click();
    await page.getByRole("button", { name: "Créer le client et son secret" }).click();
    await page.locator("#client-nom-erreur", { hasText: "Un client porte déjà ce nom." }).waitFor();

    await page.getByLabel("Nom du partenaire").fill("Département de la Gironde");
    await page.getByLabel("Valide jusqu'au (inclus)").fill("2027-12-31");
    await page.getByRole("button", { name: "Créer le client et son secret" }).click();
    const enTete = page.getByLabel("En-tête à envoyer par le partenaire");
    await enTete.waitFor();
    expect(await enTete.inputValue()).toBe(`Bearer 1a2b3c4d-0000-4000-8000-00000000abcd:${"a".repeat(64)}`);
    const creation = appels.find(
      (a) => a.method === "POST" && (a.body as { name: string }).name === "Département de la Gironde",
    );
    expect(creation?.body).toMatchObject({ name: "Département de la Gironde", scopes: ["statistiques"] });
    const { validUntil } = (creation?.body ?? {}) as { validUntil?: string };
    expect(new Date(validUntil ?? "").getDate()).toBe(31);
    await page.getByRole("button", { name: "Copier l'en-tête" }).click();
    await page.getByText(/L'en-tête (copié|sélectionné)/).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(tmpdir(), "coop-admin-clients-api-secret.png"), fullPage: true });

    await page.getByRole("button", { name: "J'ai copié le secret, le masquer" }).click();
    expect(await page.getByText("a".repeat(64)).count()).toBe(0);
    expect(await page.locator(`input[value*="${"a".repeat(64)}"]`).count()).toBe(0);
    expect(await page.locator("tbody tr").count()).toBe(2);
  });

  it("rotates a secret, revokes and edits a client through DSFR modals", async () => {
    const { page, server } = site;
    const appels = await stubApi(page, {
      "GET /auth/me": moi(administratrice),
      "GET /auth/administration/clients-api": { body: { clients: [client] } },
      [`POST /auth/administration/clients-api/${client.id}/secret`]: {
        body: { client: { ...client, updated: "2026-07-01T00:00:00.000Z" }, secret: "b".repeat(64) },
      },
      [`POST /auth/administration/clients-api/${client.id}/revocation`]: {
        body: { client: { ...client, validUntil: "2026-07-01T00:00:00.000Z" } },
      },
      [`PATCH /auth/administration/clients-api/${client.id}`]: ({ body }) => ({
        body: { client: { ...client, ...(body as object), updated: "2026-07-02T00:00:00.000Z" } },
      }),
    });
    await page.goto(`${server.url}/administration/clients-api`);
    await dsfrReady(page);

    await page.getByRole("button", { name: `Renouveler le secret : ${client.name}` }).click();
    const rotation = page.getByRole("dialog", { name: "Renouveler le secret ?" });
    await modaleOuverte(rotation);
    await expectNoAxeViolations(page);
    await rotation.getByRole("button", { name: "Renouveler le secret" }).click();
    await page.getByLabel("Secret seul").waitFor();
    expect(await page.getByLabel("Secret seul").inputValue()).toBe("b".repeat(64));
    await page.getByRole("button", { name: "J'ai copié le secret, le masquer" }).click();

    await page.getByRole("button", { name: `Modifier : ${client.name}` }).click();
    const modification = page.getByRole("dialog", { name: `Modifier le client « ${client.name} »` });
    await modaleOuverte(modification);
    await modification.locator("label", { hasText: "Activités" }).click();
    await expectNoAxeViolations(page);
    await modification.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText(`Le client « ${client.name} » est modifié.`).waitFor();
    expect(appels.find((a) => a.method === "PATCH")?.body).toEqual({
      scopes: ["statistiques", "lieux_activite", "activites"],
      validUntil: null,
    });

    await page.getByRole("button", { name: `Révoquer : ${client.name}` }).click();
    const revocation = page.getByRole("dialog", { name: "Révoquer ce client ?" });
    await modaleOuverte(revocation);
    await revocation.getByRole("button", { name: "Révoquer le client" }).click();
    await page.getByText(`Le client « ${client.name} » est révoqué`).waitFor();
    await revocation.waitFor({ state: "hidden" });
    expect(await page.locator("tbody .fr-badge--error").textContent()).toBe("Inactif");
    await expectNoAxeViolations(page);
  });

  it("/administration/clients-api is refused to support", async () => {
    const { page, server } = site;
    await stubApi(page, { "GET /auth/me": moi(support) });
    await page.goto(`${server.url}/administration/clients-api`);
    await page.getByRole("heading", { name: "Accès réservé" }).waitFor();
  });
});
