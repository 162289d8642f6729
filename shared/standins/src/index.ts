// Real local servers standing in for external services, for `pnpm dev` and for tests. Loopback only.
export { type AllStandins, type AllStandinsOptions, startAllStandins } from "./all.ts";
export { type DataspaceMediateurFixture, dataspaceFixture } from "./dataspace/fixture.ts";
export {
  DATASPACE_STANDIN_API_KEY,
  type DataspaceStandin,
  type DataspaceStandinOptions,
  startDataspaceStandin,
} from "./dataspace/server.ts";
export type { DownControls, Failure, Unavailability } from "./down-switch.ts";
export {
  type CaughtMessage,
  type MailCatcher,
  type MailCatcherOptions,
  startMailCatcher,
} from "./mail/catcher.ts";
export { type Account, demoAccounts, STANDIN_IDP_ID } from "./proconnect/accounts.ts";
export {
  type ProConnectClient,
  type ProConnectStandin,
  type ProConnectStandinOptions,
  startProConnectStandin,
} from "./proconnect/provider.ts";
export { type LoginOptions, loginAs, logoutVia, ScriptedAgent } from "./proconnect/scripted-agent.ts";
export {
  type EntrepriseFixture,
  type EtablissementFixture,
  entreprisesFixture,
} from "./recherche-entreprises/fixture.ts";
export {
  type RechercheEntreprisesStandin,
  type RechercheEntreprisesStandinOptions,
  startRechercheEntreprisesStandin,
} from "./recherche-entreprises/server.ts";
