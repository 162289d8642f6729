// Starts every stand-in at once (used by the local platform) and closes them together.
import {
  type DataspaceStandin,
  type DataspaceStandinOptions,
  startDataspaceStandin,
} from "./dataspace/server.ts";
import { type MailCatcher, type MailCatcherOptions, startMailCatcher } from "./mail/catcher.ts";
import {
  type ProConnectStandin,
  type ProConnectStandinOptions,
  startProConnectStandin,
} from "./proconnect/provider.ts";
import {
  type RechercheEntreprisesStandin,
  type RechercheEntreprisesStandinOptions,
  startRechercheEntreprisesStandin,
} from "./recherche-entreprises/server.ts";

export interface AllStandinsOptions {
  proconnect: ProConnectStandinOptions;
  mail?: MailCatcherOptions;
  rechercheEntreprises?: RechercheEntreprisesStandinOptions;
  dataspace?: DataspaceStandinOptions;
}

export interface AllStandins {
  proconnect: ProConnectStandin;
  mail: MailCatcher;
  rechercheEntreprises: RechercheEntreprisesStandin;
  dataspace: DataspaceStandin;
  /** What the functions' configuration needs. */
  urls: {
    proconnectIssuer: string;
    smtpUrl: string;
    mailInboxUrl: string;
    rechercheEntreprisesUrl: string;
    dataspaceUrl: string;
    dataspaceApiKey: string;
  };
  close(): Promise<void>;
}

export async function startAllStandins(options: AllStandinsOptions): Promise<AllStandins> {
  const started = await Promise.allSettled([
    startProConnectStandin(options.proconnect),
    startMailCatcher(options.mail),
    startRechercheEntreprisesStandin(options.rechercheEntreprises),
    startDataspaceStandin(options.dataspace),
  ] as const);
  const [proconnect, mail, rechercheEntreprises, dataspace] = started;
  if (
    proconnect.status === "rejected" ||
    mail.status === "rejected" ||
    rechercheEntreprises.status === "rejected" ||
    dataspace.status === "rejected"
  ) {
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.close() : undefined)));
    const failure = started.find((s) => s.status === "rejected");
    throw failure?.reason;
  }
  return {
    proconnect: proconnect.value,
    mail: mail.value,
    rechercheEntreprises: rechercheEntreprises.value,
    dataspace: dataspace.value,
    urls: {
      proconnectIssuer: proconnect.value.issuer,
      smtpUrl: mail.value.smtpUrl,
      mailInboxUrl: mail.value.webUrl,
      rechercheEntreprisesUrl: rechercheEntreprises.value.url,
      dataspaceUrl: dataspace.value.url,
      dataspaceApiKey: dataspace.value.apiKey,
    },
    async close() {
      await Promise.all([
        proconnect.value.close(),
        mail.value.close(),
        rechercheEntreprises.value.close(),
        dataspace.value.close(),
      ]);
    },
  };
}
