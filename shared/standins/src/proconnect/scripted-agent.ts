// A scripted user agent for tests: fetch with manual redirects and a cookie jar, filling the stand-in's forms,
// so an HTTP test can run a whole ProConnect login or logout without a browser.

export interface LoginOptions {
  /** For a brand-new person (ignored when the email is already known). */
  prenom?: string;
  nom?: string;
  siret?: string;
  /** Reuse a browser session (cookies) across calls, e.g. to log out the same session later. */
  agent?: ScriptedAgent;
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
};

/** Every POST form of a page with its action and its named inputs' values (hidden or pre-filled). */
export function parseForms(
  html: string,
  baseUrl: string,
): Array<{ action: string; fields: URLSearchParams }> {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, attrs = "", inner = ""]) => {
    const fields = new URLSearchParams();
    for (const [tag] of inner.matchAll(/<input\b[^>]*>|<button\b[^>]*>/gi)) {
      const name = attribute(tag, "name");
      if (name) fields.append(name, attribute(tag, "value") ?? "");
    }
    return { action: new URL(attribute(`<form ${attrs}`, "action") ?? baseUrl, baseUrl).href, fields };
  });
}

export class ScriptedAgent {
  readonly #cookies = new Map<string, Map<string, string>>();

  #cookieHeader(url: URL) {
    const jar = this.#cookies.get(url.host);
    return jar && jar.size > 0 ? [...jar].map(([name, value]) => `${name}=${value}`).join("; ") : undefined;
  }

  #store(url: URL, response: Response) {
    const jar = this.#cookies.get(url.host) ?? new Map<string, string>();
    this.#cookies.set(url.host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => {
        const [key = "", val = ""] = a.split("=").map((s) => s.trim());
        if (key.toLowerCase() === "max-age") return Number(val) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(val) <= Date.now();
        return false;
      });
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** One request, no redirect followed; cookies are sent and stored. */
  async request(url: string, init: { method?: string; form?: URLSearchParams } = {}): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookie = this.#cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      ...(init.form ? { body: init.form.toString() } : {}),
      redirect: "manual",
    });
    this.#store(target, response);
    return response;
  }

  /**
   * Follows redirects until one points where `stop` says (returned without being fetched)
   * or a page is reached (returned with its HTML).
   */
  async follow(
    url: string,
    stop: (url: string) => boolean,
    init: { form?: URLSearchParams } = {},
  ): Promise<{ stoppedAt: string } | { pageUrl: string; status: number; html: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) {
        return { pageUrl: current, status: response.status, html: await response.text() };
      }
      await response.body?.cancel();
      current = new URL(location, current).href;
      if (stop(current)) return { stoppedAt: current };
      response = await this.request(current);
    }
    throw new Error(`Too many redirects from ${url}`);
  }
}

const pageError = (page: { pageUrl: string; status: number; html: string }) => {
  const alert = /role="alert"[^>]*>([\s\S]*?)</.exec(page.html)?.[1];
  const title = /<h1>([\s\S]*?)<\/h1>/.exec(page.html)?.[1];
  const code = /<code>([\s\S]*?)<\/code>/.exec(page.html)?.[1];
  return new Error(
    `Stopped on ${page.pageUrl} (HTTP ${page.status}): ${[alert, title, code].filter(Boolean).join(" — ")}`,
  );
};

/**
 * Runs the provider's pages from an authorization URL and returns the final redirect to the client's
 * redirect_uri (carrying `code` and `state`, or `error`). Throws if the flow stops on a provider page.
 */
export async function loginAs(
  authorizationUrl: string,
  email: string,
  options: LoginOptions = {},
): Promise<{ callbackUrl: string; agent: ScriptedAgent }> {
  const agent = options.agent ?? new ScriptedAgent();
  const redirectUri = new URL(authorizationUrl).searchParams.get("redirect_uri");
  if (!redirectUri) throw new Error("The authorization URL has no redirect_uri");
  const atClient = (url: string) => url.startsWith(redirectUri);

  const first = await agent.follow(authorizationUrl, atClient);
  if ("stoppedAt" in first) return { callbackUrl: first.stoppedAt, agent };
  const form = parseForms(first.html, first.pageUrl).find((f) => f.action.endsWith("/login"));
  if (!form) throw pageError(first);

  const fields = new URLSearchParams({ email });
  if (options.prenom) fields.set("prenom", options.prenom);
  if (options.nom) fields.set("nom", options.nom);
  if (options.siret) fields.set("siret", options.siret);
  const result = await agent.follow(form.action, atClient, { form: fields });
  if ("stoppedAt" in result) return { callbackUrl: result.stoppedAt, agent };
  throw pageError(result);
}

/**
 * Calls the end-session URL and submits the logout form(s) like a browser would, then returns the
 * redirect to the post_logout_redirect_uri (with `state`) or the provider's own "logged out" page.
 */
export async function logoutVia(
  endSessionUrl: string,
  options: { agent?: ScriptedAgent } = {},
): Promise<{ redirectUrl: string }> {
  const agent = options.agent ?? new ScriptedAgent();
  const providerOrigin = new URL(endSessionUrl).origin;
  const away = (url: string) => new URL(url).origin !== providerOrigin;

  let step = await agent.follow(endSessionUrl, away);
  for (let pages = 0; pages < 3; pages++) {
    if ("stoppedAt" in step) return { redirectUrl: step.stoppedAt };
    const form = parseForms(step.html, step.pageUrl)[0];
    if (!form) return { redirectUrl: step.pageUrl };
    if (!form.fields.has("logout")) form.fields.set("logout", "yes");
    step = await agent.follow(form.action, away, { form: form.fields });
  }
  throw new Error(`Logout did not complete from ${endSessionUrl}`);
}
