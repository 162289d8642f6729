import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch } from "../lib/api.ts";

type Etat = "verification" | "operationnel" | "indisponible";
type HealthBody = { status: "ok" | "error"; database: "ok" | "error" };

/** Each function answers `GET <prefix>/health` on the site's origin. */
const services = [
  { prefix: "/auth", label: "Connexion" },
  { prefix: "/beneficiaires", label: "Bénéficiaires" },
  { prefix: "/activites", label: "Activités" },
  { prefix: "/structures", label: "Structures et lieux" },
  { prefix: "/exports", label: "Exports" },
  { prefix: "/imports", label: "Imports" },
] as const;

type Prefix = (typeof services)[number]["prefix"];

const badges: Record<Etat, { label: string; className: string }> = {
  verification: { label: "Vérification…", className: "fr-badge--info" },
  operationnel: { label: "Opérationnel", className: "fr-badge--success" },
  indisponible: { label: "Indisponible", className: "fr-badge--error" },
};

const allChecking = (): Record<Prefix, Etat> =>
  Object.fromEntries(services.map((service) => [service.prefix, "verification"])) as Record<Prefix, Etat>;

async function check(prefix: Prefix, signal: AbortSignal): Promise<Etat> {
  try {
    const body = await apiFetch<HealthBody>(`${prefix}/health`, { signal });
    return body.status === "ok" && body.database === "ok" ? "operationnel" : "indisponible";
  } catch {
    // 503, network failure, timeout: for a person, the service is simply unavailable.
    return "indisponible";
  }
}

function summary(etats: Record<Prefix, Etat>): string {
  const values = Object.values(etats);
  if (values.includes("verification")) return "Vérification des services en cours…";
  const down = values.filter((etat) => etat === "indisponible").length;
  if (down === 0) return "Tous les services sont opérationnels.";
  const plural = down > 1 ? "s" : "";
  return `${down} service${plural} sur ${values.length} indisponible${plural}.`;
}

/** Checks the six functions once on load, and again on demand. */
export default function EtatDesServices() {
  const [etats, setEtats] = useState(allChecking);
  const running = useRef<AbortController | null>(null);

  const checkAll = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]);
    setEtats(allChecking());
    for (const { prefix } of services) {
      check(prefix, signal).then((etat) => {
        if (!controller.signal.aborted) setEtats((current) => ({ ...current, [prefix]: etat }));
      });
    }
  }, []);

  useEffect(() => {
    checkAll();
    return () => running.current?.abort();
  }, [checkAll]);

  const checking = Object.values(etats).includes("verification");

  return (
    <div>
      <p role="status" aria-live="polite">
        {summary(etats)}
      </p>
      <div className="fr-table">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table aria-busy={checking}>
                <caption>État de chaque service</caption>
                <thead>
                  <tr>
                    <th scope="col">Service</th>
                    <th scope="col">Adresse vérifiée</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  {services.map(({ prefix, label }) => {
                    const badge = badges[etats[prefix]];
                    return (
                      <tr key={prefix}>
                        <th scope="row">{label}</th>
                        <td>
                          <code>{prefix}/health</code>
                        </td>
                        <td>
                          <p className={`fr-badge ${badge.className}`}>{badge.label}</p>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <button className="fr-btn fr-btn--secondary" type="button" onClick={checkAll}>
        Vérifier à nouveau
      </button>
    </div>
  );
}
