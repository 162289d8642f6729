import type { Config } from "@coop/config";
import { createRechercheEntreprisesClient } from "@coop/external";
import { createActivitesApp } from "@coop/fn-activites";
import { createAuthApp } from "@coop/fn-auth";
import { authServices } from "@coop/fn-auth/configuration";
import { createBeneficiairesApp } from "@coop/fn-beneficiaires";
import { createExportsApp } from "@coop/fn-exports";
import { createImportsApp } from "@coop/fn-imports";
import { createStructuresApp } from "@coop/fn-structures";
import type { AppDependencies } from "@coop/http";
import type { FunctionName } from "@coop/platform";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/**
 * Every function app, built with the same dependencies and the same configuration as production
 * deploys them side by side (external services pointing at the local stand-ins).
 */
export const createFunctionApps = (
  dependencies: AppDependencies,
  config: Config,
): Record<FunctionName, FetchApp> => ({
  auth: createAuthApp({ ...dependencies, ...authServices(config) }),
  beneficiaires: createBeneficiairesApp(dependencies),
  activites: createActivitesApp(dependencies),
  structures: createStructuresApp({
    ...dependencies,
    rechercheEntreprises: createRechercheEntreprisesClient({ baseUrl: config.RECHERCHE_ENTREPRISES_URL }),
  }),
  exports: createExportsApp(dependencies),
  imports: createImportsApp(dependencies),
});
