import type { Hono } from "hono";
import { METHOD_NAME_ALL } from "hono/router";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type RouteInfo = { method: string };
type Match = [[unknown, RouteInfo], unknown][];

/**
 * The methods that have a handler (not a middleware) for this path.
 * Empty when the path itself is unknown, which makes the difference between 404 and 405.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env and schema
export const allowedMethods = (app: Hono<any, any, any>, path: string): string[] => {
  const allowed: string[] = [];
  for (const method of METHODS) {
    const [matches] = app.router.match(method, path) as unknown as [Match];
    if (matches.some(([[, route]]) => route.method !== METHOD_NAME_ALL)) allowed.push(method);
  }
  if (allowed.includes("GET")) allowed.push("HEAD");
  return allowed;
};
