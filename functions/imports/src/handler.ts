import { scalewayFunction } from "@coop/platform";
import { createImportsApp } from "./app.ts";

export const handle = scalewayFunction(createImportsApp);
