// The deployed artifacts: each function bundled by the platform's own script, and its size.
import { execFile } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type Bundle = {
  name: string;
  /** The file the platform imports: dist/<name>/index.js. */
  handlerPath: string;
  handlerBytes: number;
  /** index.js and the chunks it imports statically: what a cold start loads. */
  startupBytes: number;
  /** index.js and every chunk beside it, the lazily loaded ones included (source maps excluded). */
  javascriptBytes: number;
  buildMs: number;
};

// esbuild's ESM output imports its chunks as `from"./chunk-X.js"` or `import"./chunk-X.js"`;
// `import("./x.js")` (lazy, e.g. the Sentry SDK) has a parenthesis and is left out.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g;

/** The bytes of a module and of everything it imports statically, within its directory. */
const staticClosureBytes = async (dir: string, entry: string): Promise<number> => {
  const seen = new Set<string>();
  const pending = [entry];
  let bytes = 0;
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(join(dir, file), "utf8");
    bytes += Buffer.byteLength(source);
    for (const match of source.matchAll(STATIC_IMPORT)) pending.push(match[1]!.slice(2));
  }
  return bytes;
};

export const bundleFunction = async (root: string, name: string): Promise<Bundle> => {
  const started = performance.now();
  await run(process.execPath, [join(root, "shared/platform/scripts/bundle-function.ts"), name], {
    cwd: root,
    timeout: 60_000,
  });
  const buildMs = performance.now() - started;
  const dir = join(root, "dist", name);
  const files = (await readdir(dir)).filter((file) => file.endsWith(".js"));
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  const handlerPath = join(dir, "index.js");
  return {
    name,
    handlerPath,
    handlerBytes: (await stat(handlerPath)).size,
    startupBytes: await staticClosureBytes(dir, "index.js"),
    javascriptBytes: sizes.reduce((sum, size) => sum + size, 0),
    buildMs,
  };
};
