// A médiateur's core loop in a real browser against the real platform (functions, demo data, database):
// a CRA individuel with a new bénéficiaire, a CRA collectif with 5 anonymous participants, both seen in
// "Mes activités", one edited, one deleted.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeWithChromium,
  expectNoAxeViolations,
  launchChromium,
} from "../../../../site/tests/browser.ts";
import { seedDemoData } from "../demo/index.ts";
import { startE2ePlatform } from "./platform.ts";

let platform: Awaited<ReturnType<typeof startE2ePlatform>>;
let browser: Browser;

beforeAll(async () => {
  platform = await startE2ePlatform((db) => seedDemoData(db, { scale: 0.1 }).then(() => undefined));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const enregistrer = async (page: Page) => {
  await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
  await page.waitForURL(`${platform.url}/coop/mes-activites`);
  await page.getByText("L'activité est enregistrée.").waitFor();
};

describeWithChromium({ everyDatabase: true })(
  "a demo médiateur's core loop, in Chromium, on the local platform",
  () => {
    it("records an individuel CRA with a new bénéficiaire and a collectif one, edits one, deletes one", async () => {
      const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      await page.goto(`${platform.url}/connexion`);
      await page.locator("a.fr-connect").click();
      await page.getByRole("button", { name: /thomas\.girard@coop-demo\.fr/ }).click();
      await page.waitForURL(`${platform.url}/coop`);

      // Individuel, with a bénéficiaire created on the spot.
      await page.goto(`${platform.url}/coop/mes-activites/cra/individuel`);
      await page.getByRole("button", { name: "Enregistrer l'activité" }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Créer un bénéficiaire" }).click();
      const modale = page.getByRole("dialog", { name: "Créer un bénéficiaire" });
      await modale.getByLabel("Prénom").fill("Odette");
      await modale.getByRole("textbox", { name: "Nom", exact: true }).fill("Lefèvre");
      await modale.getByLabel("Année de naissance").fill("1948");
      await modale.getByRole("button", { name: "Créer et choisir ce bénéficiaire" }).click();
      await modale.waitFor({ state: "hidden" });
      await page.getByText("30 min", { exact: true }).click();
      await page.getByRole("combobox", { name: "Lieu d'activité" }).selectOption({ index: 1 });
      await page.getByText("Navigation sur internet").click();
      await enregistrer(page);

      // Collectif, with 5 anonymous participants.
      await page.goto(`${platform.url}/coop/mes-activites/cra/collectif`);
      await page.getByRole("button", { name: "Enregistrer l'activité" }).waitFor();
      await page.getByLabel("Titre de l'atelier").fill("Premiers pas avec l'e-mail");
      await page.getByLabel("Nombre de participants anonymes").fill("5");
      await page.getByText("1 h", { exact: true }).click();
      await page.getByRole("combobox", { name: "Lieu d'activité" }).selectOption({ index: 1 });
      await page.getByText("E-mail", { exact: true }).click();
      await enregistrer(page);

      // Both in "Mes activités", as the functions stored them.
      await page.getByText("Odette Lefèvre").first().waitFor();
      await page.getByText("Premiers pas avec l'e-mail").first().waitFor();
      await expectNoAxeViolations(page);
      const stored = await page.evaluate(async () =>
        (await fetch("/activites?tri=creation&lignes=2")).json(),
      );
      const collectif = stored.activites.find((activite: { type: string }) => activite.type === "collectif");
      expect(collectif).toMatchObject({ participantsCount: 5, titreAtelier: "Premiers pas avec l'e-mail" });

      // Edit the collectif's title.
      await page.goto(`${platform.url}/coop/mes-activites/cra/collectif?id=${collectif.id}`);
      const titre = page.getByLabel("Titre de l'atelier");
      await expect.poll(() => titre.inputValue()).toBe("Premiers pas avec l'e-mail");
      await titre.fill("Atelier e-mail, deuxième séance");
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await page.waitForURL(`${platform.url}/coop/mes-activites`);
      await page.getByText("Atelier e-mail, deuxième séance").first().waitFor();

      // Delete the individuel one.
      await page
        .getByRole("button", { name: /^Supprimer .*Odette Lefèvre/ })
        .first()
        .click();
      const confirmation = page.getByRole("dialog", { name: "Supprimer cette activité ?" });
      await confirmation.getByRole("button", { name: "Supprimer l'activité" }).click();
      await confirmation.waitFor({ state: "hidden" });
      const after = await page.evaluate(async () => (await fetch("/activites?recherche=Lefèvre")).json());
      expect(after.total).toBe(0);
    });
  },
);
