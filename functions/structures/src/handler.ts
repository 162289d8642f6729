import { scalewayFunction } from "@coop/platform";
import { createStructuresApp } from "./app.ts";

export const handle = scalewayFunction(createStructuresApp);
