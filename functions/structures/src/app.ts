import { createRechercheEntreprisesClient, type RechercheEntreprisesClient } from "@coop/external";
import { type AppDependencies, createApp, healthRoutes } from "@coop/http";
import { inscriptionStructuresRoutes } from "./inscription/routes.ts";
import { mesLieuxRoutes } from "./mes-lieux/routes.ts";
import { structuresRoutes } from "./structures/routes.ts";

/** The public API, used where the deployment passes no client (it needs no key). */
export const RECHERCHE_ENTREPRISES_URL = "https://recherche-entreprises.api.gouv.fr";

export type StructuresDependencies = AppDependencies & {
  /** Recherche d'entreprises (SIRET lookups); the local platform and tests pass a stand-in's client. */
  rechercheEntreprises?: RechercheEntreprisesClient;
};

/** The structures function: structures employeuses and lieux d'activité. */
export const createStructuresApp = ({
  rechercheEntreprises = createRechercheEntreprisesClient({
    baseUrl: RECHERCHE_ENTREPRISES_URL,
    timeoutMs: 5000,
  }),
  ...dependencies
}: StructuresDependencies) =>
  createApp({ name: "structures", ...dependencies })
    .route("/structures", healthRoutes())
    .route("/structures/inscription", inscriptionStructuresRoutes({ rechercheEntreprises }))
    .route("/structures/mes-lieux", mesLieuxRoutes())
    .route("/structures", structuresRoutes({ rechercheEntreprises }));

export type StructuresApp = ReturnType<typeof createStructuresApp>;
