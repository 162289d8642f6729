// The one error every external client throws when its service cannot answer usefully.

export type ServiceExterne = "Recherche d'entreprises" | "Dataspace" | "Envoi d'e-mails";

const messages: Record<ServiceExterne, string> = {
  "Recherche d'entreprises":
    "Le service Recherche d'entreprises est momentanément indisponible. Réessayez plus tard.",
  Dataspace: "Le service Dataspace est momentanément indisponible. Réessayez plus tard.",
  "Envoi d'e-mails": "Le service d'envoi d'e-mails est momentanément indisponible. Réessayez plus tard.",
};

/** Timeout, network error, 5xx (or any unexpected status), unreadable answer: `message` is for a person. */
export class ServiceExterneIndisponible extends Error {
  override readonly name = "ServiceExterneIndisponible";
  readonly code = "service_externe_indisponible";
  readonly status = 503;
  readonly service: ServiceExterne;
  /** Technical reason, for logs only (English). */
  readonly detail: string;

  constructor(service: ServiceExterne, detail: string, options?: { cause?: unknown }) {
    super(messages[service], options);
    this.service = service;
    this.detail = detail;
  }
}
