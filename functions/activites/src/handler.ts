import { scalewayFunction } from "@coop/platform";
import { createActivitesApp } from "./app.ts";

export const handle = scalewayFunction(createActivitesApp);
