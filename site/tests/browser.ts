import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { describe, expect } from "vitest";

const chromiumPath = "/usr/bin/chromium";

/**
 * `describe` when Debian's Chromium is installed. Without it the browser tests are skipped locally
 * with a warning, but fail loudly in CI, where a skipped suite would pass unnoticed.
 */
export function describeWithChromium(
  options: { everyDatabase?: boolean } = {},
): typeof describe | typeof describe.skip {
  // The site's own browser tests stub the functions and touch no database: CI runs them once, in the
  // PGlite pass. The platform's end-to-end tests (everyDatabase) run in both passes.
  if (process.env.DATABASE_URL && !options.everyDatabase) {
    console.warn(
      "Site browser tests skipped in the PostgreSQL pass: they use no database (run in the PGlite pass).",
    );
    return describe.skip;
  }
  if (existsSync(chromiumPath)) return describe;
  const reason = `${chromiumPath} not found (apt-get install -y chromium)`;
  if (process.env.CI) throw new Error(`Site browser tests cannot run in CI: ${reason}.`);
  console.warn(`Skipping the site browser tests: ${reason}.`);
  return describe.skip;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

/** Runs axe with the WCAG 2 A and AA rules; prints what it finds so a failure says why. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  if (violations.length > 0) {
    const report = violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
    console.error(`axe violations on ${page.url()}:\n${JSON.stringify(report, null, 2)}`);
  }
  expect(violations.map((violation) => violation.id)).toEqual([]);
}
