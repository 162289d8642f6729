import { scalewayFunction } from "@coop/platform";
import { createAuthApp } from "./app.ts";
import { authServices } from "./configuration.ts";

export const handle = scalewayFunction((dependencies, config) =>
  createAuthApp({ ...dependencies, ...authServices(config) }),
);
