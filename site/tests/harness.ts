import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchChromium } from "./browser.ts";
import { type Routes, type StaticServer, startStaticServer } from "./static-server.ts";

const siteDir = fileURLToPath(new URL("..", import.meta.url));
export const distDir = join(siteDir, "dist");

/** Builds the site when dist/ is missing (`pnpm test` builds first; a lone `vitest run` may not have). */
export function buildIfMissing(): void {
  if (existsSync(join(distDir, "index.html"))) return;
  execFileSync(join(siteDir, "node_modules/.bin/astro"), ["build"], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
}

export type Harness = { server: StaticServer; browser: Browser; context: BrowserContext; page: Page };

/**
 * The built site on a loopback server and one Chromium, with a fresh context and page per test.
 * Call inside a describe; read the fields inside tests.
 */
export function useSiteInChromium(routes: Routes = {}): Harness {
  const harness = {} as Harness;

  beforeAll(async () => {
    buildIfMissing();
    harness.server = await startStaticServer(distDir, routes);
    harness.browser = await launchChromium();
  });

  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });

  beforeEach(async () => {
    // As a mediator's browser would be: French, in metropolitan France.
    harness.context = await harness.browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
    harness.page = await harness.context.newPage();
  });

  afterEach(async () => {
    await harness.context?.close();
  });

  return harness;
}

/** Waits until DSFR's script has initialised the page (modals, menus). */
export const dsfrReady = (page: Page) =>
  page.waitForFunction(() => document.documentElement.getAttribute("data-fr-js") === "true");

/** Waits for a DSFR modal to be fully open: its fade-in would otherwise blend colours under axe. */
export async function modaleOuverte(modale: Locator): Promise<void> {
  await modale.waitFor();
  await modale.evaluate(
    (element) =>
      new Promise<void>((done) => {
        const verifier = () =>
          getComputedStyle(element).opacity === "1" && element.getAnimations({ subtree: true }).length === 0
            ? done()
            : requestAnimationFrame(verifier);
        verifier();
      }),
  );
}
