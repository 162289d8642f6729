import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { Readable } from "node:stream";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() ?? false;

const fileResponse = (path: string, status: number, cacheControl: string) =>
  new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
    status,
    headers: {
      "content-type": contentTypes[extname(path)] ?? "application/octet-stream",
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
    },
  });

/**
 * Serves the built site (Astro static output) as the production bucket would:
 * /x → /x/index.html, hashed assets cached for good, unknown paths → 404.html with status 404.
 */
export const serveSite =
  (siteDir: string) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("Méthode non autorisée", { status: 405, headers: { allow: "GET, HEAD" } });
    }
    const pathname = decodeURIComponent(new URL(request.url).pathname);
    const relative = normalize(pathname).replace(/^([/\\])+/, "");
    if (relative.split(sep).includes("..")) return new Response("Requête invalide", { status: 400 });

    const direct = join(siteDir, relative);
    const candidates = pathname.endsWith("/")
      ? [join(direct, "index.html")]
      : [direct, join(direct, "index.html")];
    for (const candidate of candidates) {
      if (await isFile(candidate)) {
        const immutable = relative.startsWith(`_astro${sep}`);
        return fileResponse(candidate, 200, immutable ? "public, max-age=31536000, immutable" : "no-cache");
      }
    }
    const notFound = join(siteDir, "404.html");
    if (await isFile(notFound)) return fileResponse(notFound, 404, "no-cache");
    return new Response("Page introuvable", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  };
