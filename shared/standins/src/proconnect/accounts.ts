// The people who can sign in on the ProConnect stand-in: the demo accounts plus anyone typed on the login page.
import { randomUUID } from "node:crypto";

export interface Account {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  phone_number?: string;
  siret?: string;
}

/** The demo accounts of shared/local (fictional people), with the SIRET of their employer in the fixtures. */
export const demoAccounts: readonly Account[] = [
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b01",
    email: "lea.moreau@coop-demo.fr",
    given_name: "Léa",
    usual_name: "Moreau",
    phone_number: "+33612345601",
    siret: "81245637400014",
  },
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b02",
    email: "thomas.girard@coop-demo.fr",
    given_name: "Thomas",
    usual_name: "Girard",
    siret: "79834512000017",
  },
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b03",
    email: "nadia.benali@coop-demo.fr",
    given_name: "Nadia",
    usual_name: "Benali",
    siret: "80462139900018",
  },
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b04",
    email: "julien.le-goff@coop-demo.fr",
    given_name: "Julien",
    usual_name: "Le Goff",
    siret: "90127364900011",
  },
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b05",
    email: "sophie.marchand@coop-demo.fr",
    given_name: "Sophie",
    usual_name: "Marchand",
    phone_number: "+33612345605",
    siret: "84213579000017",
  },
  {
    sub: "5b0f0a1e-7d1c-4a57-9d0e-1c7a2f3e4b06",
    email: "antoine.dupuis@coop-demo.fr",
    given_name: "Antoine",
    usual_name: "Dupuis",
    siret: "83571946900016",
  },
];

/** ProConnect names the identity provider that authenticated the user; ours is a fixed, invented one. */
export const STANDIN_IDP_ID = "3f1c9a52-6a0b-4c1e-8f57-2d9e0b7a4c11";

export class AccountStore {
  readonly #bySub = new Map<string, Account>();
  readonly #byEmail = new Map<string, Account>();

  constructor(accounts: readonly Account[]) {
    for (const account of accounts) this.add(account);
  }

  add(account: Account): Account {
    this.#bySub.set(account.sub, account);
    this.#byEmail.set(account.email.toLowerCase(), account);
    return account;
  }

  /** Remembers a person typed on the login page for the lifetime of the process. */
  create(person: Omit<Account, "sub">): Account {
    return this.add({ ...person, sub: randomUUID() });
  }

  findBySub(sub: string): Account | undefined {
    return this.#bySub.get(sub);
  }

  findByEmail(email: string): Account | undefined {
    return this.#byEmail.get(email.trim().toLowerCase());
  }

  list(): Account[] {
    return [...this.#bySub.values()];
  }
}

/** The claims ProConnect can release; oidc-provider keeps only those of the granted scopes. */
export const accountClaims = (account: Account) => ({
  sub: account.sub,
  email: account.email,
  given_name: account.given_name,
  usual_name: account.usual_name,
  ...(account.phone_number ? { phone_number: account.phone_number } : {}),
  ...(account.siret ? { siret: account.siret } : {}),
  uid: account.sub,
  idp_id: STANDIN_IDP_ID,
});
