import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/** Extra answers for exact paths, checked before the files. */
export type Routes = Record<string, (request: IncomingMessage, response: ServerResponse) => void>;

export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves a built Astro site the way the platform does: `/x` → `x/index.html`,
 * anything else missing → `404.html` with status 404.
 */
export async function startStaticServer(root: string, routes: Routes = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    handle(resolve(root), routes, request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function handle(root: string, routes: Routes, request: IncomingMessage, response: ServerResponse) {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const route = routes[pathname];
  if (route) return route(request, response);
  await serveFile(root, pathname, response);
}

async function serveFile(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const file = await resolveFile(root, pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, "404.html");
  response.writeHead(status, {
    "content-type": contentTypes[extname(path)] ?? "application/octet-stream",
    "cache-control": "no-store",
  });
  createReadStream(path).pipe(response);
}

/** The file a path stands for, or undefined; never a file outside `root`. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const candidate = normalize(join(root, pathname));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const path of [candidate, join(candidate, "index.html")]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/** A JSON answer, for the stubbed routes. */
export const json =
  (status: number, body: unknown): Routes[string] =>
  (_request, response) => {
    response.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    response.end(JSON.stringify(body));
  };
