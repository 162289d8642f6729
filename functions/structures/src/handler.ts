import { createRechercheEntreprisesClient } from "@coop/external";
import { scalewayFunction } from "@coop/platform";
import { createStructuresApp } from "./app.ts";

export const handle = scalewayFunction((dependencies, config) =>
  createStructuresApp({
    ...dependencies,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: config.RECHERCHE_ENTREPRISES_URL }),
  }),
);
