import { createActivitesApp } from "@coop/fn-activites";
import { createAuthApp } from "@coop/fn-auth";
import { createBeneficiairesApp } from "@coop/fn-beneficiaires";
import { createExportsApp } from "@coop/fn-exports";
import { createImportsApp } from "@coop/fn-imports";
import { createStructuresApp } from "@coop/fn-structures";
import type { AppDependencies } from "@coop/http";
import type { FunctionName } from "@coop/platform";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/** Every function app, built with the same dependencies, as production deploys them side by side. */
export const createFunctionApps = (dependencies: AppDependencies): Record<FunctionName, FetchApp> => ({
  auth: createAuthApp(dependencies),
  beneficiaires: createBeneficiairesApp(dependencies),
  activites: createActivitesApp(dependencies),
  structures: createStructuresApp(dependencies),
  exports: createExportsApp(dependencies),
  imports: createImportsApp(dependencies),
});
