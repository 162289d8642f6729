import { scalewayFunction } from "@coop/platform";
import { createBeneficiairesApp } from "./app.ts";

export const handle = scalewayFunction(createBeneficiairesApp);
