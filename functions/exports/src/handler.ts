import { scalewayFunction } from "@coop/platform";
import { createExportsApp } from "./app.ts";

export const handle = scalewayFunction(createExportsApp);
