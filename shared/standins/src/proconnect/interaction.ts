// The login step of the ProConnect stand-in: pick a demo account or type a new person, no password.
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { readBody, sendHtml } from "../http.ts";
import type { Account, AccountStore } from "./accounts.ts";
import { errorPage, loginPage, type NewPersonValues } from "./pages.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Choice = { account: Account } | { error: string; values: NewPersonValues };

/** An existing account by email, or a new person when first and last names are given. */
export function chooseAccount(store: AccountStore, form: URLSearchParams): Choice {
  const values: NewPersonValues = {
    email: form.get("email")?.trim() ?? "",
    prenom: form.get("prenom")?.trim() ?? "",
    nom: form.get("nom")?.trim() ?? "",
    siret: form.get("siret")?.replace(/\s+/g, "") ?? "",
  };
  if (!values.email || !EMAIL.test(values.email)) {
    return { error: "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.", values };
  }
  const existing = store.findByEmail(values.email);
  if (existing) return { account: existing };
  if (!values.prenom || !values.nom) {
    return { error: "Pour une nouvelle personne, le prénom et le nom sont obligatoires.", values };
  }
  if (values.siret && !/^\d{14}$/.test(values.siret)) {
    return { error: "Le SIRET doit comporter 14 chiffres.", values };
  }
  return {
    account: store.create({
      email: values.email,
      given_name: values.prenom,
      usual_name: values.nom,
      ...(values.siret ? { siret: values.siret } : {}),
    }),
  };
}

export async function handleInteraction(
  provider: Provider,
  store: AccountStore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let details: Awaited<ReturnType<Provider["interactionDetails"]>>;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(
      res,
      400,
      errorPage(
        "session_not_found",
        "Cette demande de connexion a expiré. Recommencez depuis l'application.",
      ),
    );
    return;
  }
  const action = `/interaction/${details.uid}/login`;
  const clientId = String(details.params.client_id ?? "");
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;

  if (details.prompt.name !== "login") {
    // Consent is granted by loadExistingGrant; any other prompt simply resumes the flow.
    await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
    return;
  }
  if (req.method === "GET" && path === `/interaction/${details.uid}`) {
    sendHtml(res, 200, loginPage({ action, clientId, accounts: store.list() }));
    return;
  }
  if (req.method !== "POST" || path !== action) {
    sendHtml(res, 404, errorPage("not_found"));
    return;
  }
  const choice = chooseAccount(store, new URLSearchParams(await readBody(req)));
  if ("error" in choice) {
    sendHtml(res, 400, loginPage({ action, clientId, accounts: store.list(), ...choice }));
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: choice.account.sub, acr: "eidas1", amr: ["pwd"] } },
    { mergeWithLastSubmission: false },
  );
}
