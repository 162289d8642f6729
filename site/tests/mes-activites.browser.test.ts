import { expect, it } from "vitest";
import { type Appel, erreur, mediatheque, stubApi } from "./api-stubs.ts";
import { describeWithChromium, expectNoAxeViolations } from "./browser.ts";
import { serveurCoop } from "./coop-serveur.ts";
import { appareils, capture } from "./ecrans.ts";
import { dsfrReady, modaleOuverte, useSiteInChromium } from "./harness.ts";

// "Mes activités" and the dashboard against stubbed functions (tests/coop-serveur.ts); the real
// round trip through the activites function is covered by shared/local's end-to-end tests.

const listes = (appels: Appel[]) =>
  appels.filter((appel) => appel.method === "GET" && appel.path === "/activites");

describeWithChromium()("Mes activités", () => {
  const site = useSiteInChromium();

  it("reads its filters from the address, asks the function with them, and pages", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ activites: 45 });
    const appels = await stubApi(page, serveur.stubs);
    await page.goto(
      `${server.url}/coop/mes-activites?type=individuel&du=2026-05-01&au=2026-06-30&lieu=${mediatheque.id}&thematique=social_sante&recherche=martin&page=1`,
    );
    await page
      .getByRole("status")
      .filter({ hasText: /activité/ })
      .first()
      .waitFor();
    await page.waitForLoadState("networkidle");
    expect(Object.fromEntries(listes(appels)[0]?.query ?? [])).toEqual({
      du: "2026-05-01",
      au: "2026-06-30",
      types: "individuel",
      lieux: mediatheque.id,
      thematiqueAdministratives: "social_sante",
      recherche: "martin",
      tri: "date",
      ordre: "desc",
      page: "1",
      lignes: "20",
    });
    // The form shows them back, and "Filtrer" is a plain GET of this page (back to page 1).
    expect(await page.getByLabel("Type d'activité").inputValue()).toBe("individuel");
    expect(await page.getByLabel("Lieu d'activité").inputValue()).toBe(mediatheque.id);
    expect(await page.getByLabel("Thématique").inputValue()).toBe("social_sante");
    expect(await page.getByLabel("Du").inputValue()).toBe("2026-05-01");
    await page.getByLabel("Type d'activité").selectOption("collectif");
    await page.getByLabel("Rechercher").fill("");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(/type=collectif/);
    expect(new URL(page.url()).searchParams.get("recherche")).toBe("");
    await page.getByText(/^\d+ activités?$/).waitFor();
    expect(listes(appels).at(-1)?.query.get("types")).toBe("collectif");

    // Paging: 45 activités, 20 a page, real links.
    await page.goto(`${server.url}/coop/mes-activites`);
    await page.getByText("45 activités, page 1 sur 3").waitFor();
    expect(await page.locator("tbody tr").count()).toBe(20);
    const suivante = page.getByRole("link", { name: "Page suivante" });
    expect(await suivante.getAttribute("href")).toBe("/coop/mes-activites?page=2");
    await suivante.click();
    await page.getByText("45 activités, page 2 sur 3").waitFor();
    expect(listes(appels).at(-1)?.query.get("page")).toBe("2");
    await page.goto(`${server.url}/coop/mes-activites?page=3`);
    await page.getByText("45 activités, page 3 sur 3").waitFor();
    expect(await page.locator("tbody tr").count()).toBe(5);

    // Sorting: by date, most recent first by default; the column's link sorts the other way.
    const date = page.getByRole("columnheader", { name: /^Date/ });
    expect(await date.getAttribute("aria-sort")).toBe("descending");
    await date.getByRole("link").click();
    await page.waitForURL(`${server.url}/coop/mes-activites?ordre=asc`);
    await page.getByText("45 activités, page 1 sur 3").waitFor();
    expect(await page.getByRole("columnheader", { name: /^Date/ }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    expect(await page.locator("tbody tr").first().locator("td").first().textContent()).toBe("15/05/2026");
    await page
      .getByRole("columnheader", { name: /^Durée/ })
      .getByRole("link")
      .click();
    await page.waitForURL(`${server.url}/coop/mes-activites?tri=duree`);
  });

  it.each(appareils)(
    "lists the activités on $appareil (screenshot for a human look)",
    async ({ appareil, width, height }) => {
      const { page, server } = site;
      await page.setViewportSize({ width, height });
      await stubApi(page, serveurCoop({ activites: 45 }).stubs);
      await page.goto(`${server.url}/coop/mes-activites?succes=enregistree`);
      await page.getByText("L'activité est enregistrée.").waitFor();
      // The one-time notice leaves the address, so that a reload does not repeat it.
      expect(new URL(page.url()).search).toBe("");
      await page.getByText("45 activités, page 1 sur 3").waitFor();
      await dsfrReady(page);
      await expectNoAxeViolations(page);
      await capture(page, `mes-activites-${appareil}`);
    },
  );

  it("says when there is nothing yet, and when nothing matches", async () => {
    const { page, server } = site;
    await stubApi(page, serveurCoop({ activites: 0 }).stubs);
    await page.goto(`${server.url}/coop/mes-activites`);
    await page.getByText("Vous n'avez encore enregistré aucune activité.").waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/coop/mes-activites?recherche=zorro`);
    await page.getByText("Aucune activité ne correspond à ces critères.").waitFor();
    await page.getByRole("link", { name: "Effacer les filtres" }).waitFor();
  });

  it("says when the function does not answer, and tries again on demand", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ activites: 2 });
    const normal = serveur.stubs["GET /activites"];
    let enPanne = true;
    serveur.stubs["GET /activites"] = (appel) =>
      enPanne
        ? erreur(503, "service_unavailable", "Le service est momentanément indisponible.")
        : typeof normal === "function"
          ? normal(appel)
          : { status: 500 };
    await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop/mes-activites`);
    await page.getByText("Le service est momentanément indisponible.").waitFor();
    await expectNoAxeViolations(page);
    enPanne = false;
    await page.getByRole("button", { name: "Réessayer" }).click();
    await page.getByText("2 activités").waitFor();
  });

  it("shows an activité in a modal, then deletes one after confirmation", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ activites: 3 });
    const appels = await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop/mes-activites`);
    await page.getByText("3 activités").waitFor();
    await dsfrReady(page);

    await page
      .getByRole("button", { name: "Voir l'atelier « Premiers pas sur le smartphone » du 26 juin 2026" })
      .click();
    const detail = page.getByRole("dialog", { name: "Détail de l'activité" });
    await modaleOuverte(detail);
    await detail.getByText("6 participants anonymes").waitFor();
    expect(await detail.textContent()).toContain("2 Masculin, 3 Féminin, 1 Non communiqué");
    expect(await detail.getByRole("link", { name: "Modifier" }).getAttribute("href")).toBe(
      `/coop/mes-activites/cra/collectif?id=${serveur.activites[2]?.id}`,
    );
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await detail.waitFor({ state: "hidden" });

    // Delete: the modal says what goes; "Annuler" does nothing; confirming deletes and reloads.
    const nom = "l'accompagnement de Jeanne Martin du 28 juin 2026";
    await page.getByRole("button", { name: `Supprimer ${nom}` }).click();
    const confirmation = page.getByRole("dialog", { name: "Supprimer cette activité ?" });
    await modaleOuverte(confirmation);
    expect(await confirmation.textContent()).toContain(
      "L'accompagnement de Jeanne Martin du 28 juin 2026 sera supprimé",
    );
    await expectNoAxeViolations(page);
    await confirmation.getByRole("button", { name: "Annuler" }).click();
    await confirmation.waitFor({ state: "hidden" });
    expect(appels.filter((appel) => appel.method === "DELETE")).toHaveLength(0);

    await page.getByRole("button", { name: `Supprimer ${nom}` }).click();
    await modaleOuverte(confirmation);
    await confirmation.getByRole("button", { name: "Supprimer l'activité" }).click();
    await page.getByText("L'activité du 28 juin 2026 est supprimée.").waitFor();
    await confirmation.waitFor({ state: "hidden" });
    await page.getByText("2 activités").waitFor();
    expect(appels.filter((appel) => appel.method === "DELETE").map((appel) => appel.path)).toEqual([
      `/activites/${"a0000000-0000-4000-8000-000000000001"}`,
    ]);
    await expectNoAxeViolations(page);

    // From the detail, "Supprimer" leads to the same confirmation.
    await page.getByRole("button", { name: /^Voir l'accompagnement de Karim Benali/ }).click();
    await modaleOuverte(detail);
    await detail.getByText("Karim Benali").waitFor();
    await detail.getByRole("button", { name: "Supprimer" }).click();
    await modaleOuverte(confirmation);
    expect(await confirmation.textContent()).toContain("L'accompagnement de Karim Benali du 27 juin 2026");
    expect(await detail.isVisible()).toBe(false);
  });

  it("keeps the confirmation open with the server's message when a deletion fails", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ activites: 1 });
    serveur.stubs["DELETE /activites/:id"] = erreur(
      409,
      "conflict",
      "Cette activité vient d'être modifiée ailleurs.",
    );
    await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop/mes-activites`);
    await page.getByText("1 activité").waitFor();
    await dsfrReady(page);
    await page.getByRole("button", { name: /^Supprimer l'accompagnement/ }).click();
    const confirmation = page.getByRole("dialog", { name: "Supprimer cette activité ?" });
    await modaleOuverte(confirmation);
    await confirmation.getByRole("button", { name: "Supprimer l'activité" }).click();
    await confirmation
      .getByRole("alert")
      .getByText("Cette activité vient d'être modifiée ailleurs.")
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it("the dashboard shows the last 3 activités and the quick actions", async () => {
    const { page, server } = site;
    const serveur = serveurCoop({ activites: 10 });
    const appels = await stubApi(page, serveur.stubs);
    await page.goto(`${server.url}/coop`);
    await page.getByRole("heading", { name: "Jeanne Martin" }).waitFor();
    expect(await page.locator(".fr-card").count()).toBe(3);
    expect(Object.fromEntries(listes(appels)[0]?.query ?? [])).toMatchObject({
      tri: "date",
      ordre: "desc",
      lignes: "3",
    });
    expect(
      await page.getByRole("link", { name: "Nouvel accompagnement individuel" }).getAttribute("href"),
    ).toBe("/coop/mes-activites/cra/individuel");
    // The side menu: the new entries, the current page marked.
    const menu = page.getByRole("navigation", { name: "Espace médiateur" });
    expect(await menu.getByRole("link", { name: "Tableau de bord" }).getAttribute("aria-current")).toBe(
      "page",
    );
    for (const entree of [
      "Mes activités",
      "Mes bénéficiaires",
      "Accompagnement individuel",
      "Atelier collectif",
    ])
      expect(await menu.locator("a", { hasText: entree }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await capture(page, "tableau-de-bord");
  });
});
