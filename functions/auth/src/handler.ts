import { scalewayFunction } from "@coop/platform";
import { createAuthApp } from "./app.ts";

export const handle = scalewayFunction(createAuthApp);
