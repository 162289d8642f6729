// Stand-in for the ANCT Dataspace (PostgREST): GET /rpc/get_mediateur?email= behind a Bearer key.
import { createDownSwitch, type DownControls, type Unavailability } from "../down-switch.ts";
import { listen, sendJson } from "../http.ts";
import { type DataspaceMediateurFixture, dataspaceFixture } from "./fixture.ts";

export const DATASPACE_STANDIN_API_KEY = "cle-dataspace-locale";

export interface DataspaceStandinOptions {
  port?: number;
  /** Answers keyed by email (compared lower-cased). Defaults to the demo fixture. */
  mediateurs?: Readonly<Record<string, DataspaceMediateurFixture>>;
  apiKey?: string;
  unavailable?: Unavailability;
}

export interface DataspaceStandin extends DownControls {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function startDataspaceStandin(
  options: DataspaceStandinOptions = {},
): Promise<DataspaceStandin> {
  const apiKey = options.apiKey ?? DATASPACE_STANDIN_API_KEY;
  const mediateurs = new Map(
    Object.entries(options.mediateurs ?? dataspaceFixture).map(([email, value]) => [
      email.toLowerCase(),
      value,
    ]),
  );
  const down = createDownSwitch(options.unavailable);

  const running = await listen((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (down.intercept(res)) return;
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      sendJson(res, 401, { code: "PGRST301", message: "Jeton d'accès absent ou invalide" });
      return;
    }
    if (req.method !== "GET" || url.pathname !== "/rpc/get_mediateur") {
      sendJson(res, 404, { code: "PGRST202", message: "Fonction introuvable" });
      return;
    }
    const email = url.searchParams.get("email")?.trim().toLowerCase();
    if (!email) {
      sendJson(res, 400, { code: "PGRST100", message: "Le paramètre email est obligatoire" });
      return;
    }
    const mediateur = mediateurs.get(email);
    sendJson(res, 200, mediateur ? [mediateur] : []);
  }, options.port);

  return {
    url: running.url,
    apiKey,
    failNext: down.failNext,
    setUnavailable: down.setUnavailable,
    close: running.close,
  };
}
