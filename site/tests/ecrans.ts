import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const appareils = [
  { appareil: "bureau", width: 1280, height: 900 },
  { appareil: "telephone", width: 375, height: 812 },
] as const;

/**
 * Usable at every width: nothing makes the page scroll sideways (wide tables scroll inside their own
 * frame). Then a full-page screenshot in the temporary directory, for a human look.
 */
export async function capture(page: Page, nom: string): Promise<string> {
  const largeur = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(largeur);
  const fichier = join(tmpdir(), `coop-${nom}.png`);
  await page.screenshot({ path: fichier, fullPage: true });
  return fichier;
}
