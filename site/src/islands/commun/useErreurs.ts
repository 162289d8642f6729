import { useCallback, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import type { ErreurResumee } from "./ResumeErreurs.tsx";

const messageInattendu = "L'enregistrement n'a pas abouti. Réessayez dans quelques instants.";

/**
 * Errors of a small form: the browser's own checks, then the server's `fields` put next to the
 * matching field (a path "phone.0" belongs to "phone"), and everything else in the summary.
 * `ids` maps each field name (as the server spells it) to the id of its input; `champDe` reads a path
 * the server sends ("participantsAnonymes.genres") when its first segment is not enough.
 */
export function useErreurs<K extends string>(
  ids: Readonly<Record<K, string>>,
  libelles: Readonly<Record<K, string>>,
  champDe?: (chemin: string) => K | undefined,
) {
  const [erreurs, setErreurs] = useState<Partial<Record<K, string>>>({});
  const [autres, setAutres] = useState<string[]>([]);
  const [tentative, setTentative] = useState(0);

  /** Shows the browser's findings; true when there are none. */
  const verifier = useCallback((trouvees: Partial<Record<K, string>>) => {
    setErreurs(trouvees);
    setAutres([]);
    setTentative((n) => n + 1);
    return Object.keys(trouvees).length === 0;
  }, []);

  const depuisApi = useCallback(
    (error: unknown) => {
      const parChamp: Partial<Record<K, string>> = {};
      const restantes: string[] = [];
      if (error instanceof ApiError) {
        for (const [chemin, message] of Object.entries(error.fields)) {
          const racine = chemin.split(/[.[]/)[0] ?? "";
          const champ = champDe ? champDe(chemin) : Object.hasOwn(ids, racine) ? (racine as K) : undefined;
          if (champ) parChamp[champ] ??= message;
          else restantes.push(message);
        }
        if (Object.keys(parChamp).length === 0 || restantes.length > 0) restantes.unshift(error.message);
      } else {
        restantes.push(messageInattendu);
      }
      setErreurs(parChamp);
      setAutres(restantes);
      setTentative((n) => n + 1);
    },
    [ids, champDe],
  );

  /** Drops a field's message once the person changes it. */
  const effacer = useCallback(
    (champ: K) =>
      setErreurs((actuelles) => {
        if (!(champ in actuelles)) return actuelles;
        const restantes = { ...actuelles };
        delete restantes[champ];
        return restantes;
      }),
    [],
  );

  const resume: ErreurResumee[] = [
    ...(Object.entries(erreurs) as [K, string][]).map(([champ, message]) => ({
      id: ids[champ],
      message: `${libelles[champ]} : ${message}`,
    })),
    ...autres.map((message) => ({ message })),
  ];

  return { erreurs, verifier, depuisApi, effacer, resume, tentative };
}
