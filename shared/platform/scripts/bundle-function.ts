// Bundles one function into dist/<name>/index.js at the repository root, as serverless.yml expects.
// Usage: node shared/platform/scripts/bundle-function.ts <name>
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { functionNames } from "../src/routes.ts";

const name = process.argv[2] ?? "";
if (!(functionNames as readonly string[]).includes(name)) {
  console.error(`Fonction inconnue « ${name} » : attendu l'une de ${functionNames.join(", ")}.`);
  process.exit(2);
}

const root = fileURLToPath(new URL("../../../", import.meta.url));
const outdir = `${root}dist/${name}`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  entryPoints: { index: `${root}functions/${name}/src/handler.ts` },
  outdir,
  bundle: true,
  splitting: true, // lazy parts (the Sentry SDK) stay out of the cold-start path
  platform: "node",
  format: "esm",
  target: "node22",
  minify: true,
  sourcemap: "linked",
  metafile: true,
  legalComments: "linked",
  logLevel: "warning",
  // Some dependencies still call require(); give ESM output a require of its own.
  banner: {
    js: "import { createRequire as __coopCreateRequire } from 'node:module'; const require = __coopCreateRequire(import.meta.url);",
  },
});
await writeFile(`${root}dist/package.json`, '{ "type": "module" }\n');

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith(".js"))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`dist/${name}/index.js: ${(bytes / 1024).toFixed(0)} KiB of JavaScript`);
