// La Coop's own clients for external services, configured by URL (real services or local stand-ins).
export {
  createDataspaceClient,
  type DataspaceAdresse,
  type DataspaceClient,
  type DataspaceClientOptions,
  type DataspaceConseillerCoordonne,
  type DataspaceContact,
  type DataspaceContrat,
  type DataspaceLieuActivite,
  type DataspaceMediateur,
  type DataspaceStructureEmployeuse,
} from "./dataspace.ts";
export { type ContenuEmail, renderEmail } from "./email-template.ts";
export { type ServiceExterne, ServiceExterneIndisponible } from "./errors.ts";
export type { FetchLike } from "./fetch-json.ts";
export { createMailer, type EmailAEnvoyer, type Mailer, type MailerOptions } from "./mailer.ts";
export {
  createRechercheEntreprisesClient,
  type EntrepriseTrouvee,
  type RechercheEntreprisesClient,
  type RechercheEntreprisesClientOptions,
} from "./recherche-entreprises.ts";
