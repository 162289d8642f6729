/** The deployed functions, one per domain. */
export const functionNames = [
  "auth",
  "beneficiaires",
  "activites",
  "structures",
  "exports",
  "imports",
] as const;

export type FunctionName = (typeof functionNames)[number];

/**
 * Which function serves which path prefix, behind the one public domain. Production's edge routing
 * and the local platform both follow this table (docs/decisions/003-routing.md). Longest prefix wins.
 */
export const routeTable: ReadonlyArray<{ prefix: string; fn: FunctionName }> = [
  { prefix: "/auth", fn: "auth" },
  { prefix: "/beneficiaires", fn: "beneficiaires" },
  { prefix: "/activites", fn: "activites" },
  { prefix: "/structures", fn: "structures" },
  { prefix: "/exports", fn: "exports" },
  { prefix: "/imports", fn: "imports" },
];

/** The function that serves a path, or undefined when no function does (the site does). */
export const functionForPath = (path: string): FunctionName | undefined => {
  let best: { prefix: string; fn: FunctionName } | undefined;
  for (const route of routeTable) {
    const matches = path === route.prefix || path.startsWith(`${route.prefix}/`);
    if (matches && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best?.fn;
};
