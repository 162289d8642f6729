import { THEMATIQUE_DEMARCHES } from "@coop/domain";
import { thematiqueAdministrative, thematiqueNonAdministrative } from "@coop/domain/enums";
import type { ErreursCra } from "../../lib/cra-form.ts";
import { idCra } from "../../lib/cra-form.ts";
import { ChampTexte, GroupeCases } from "../commun/Champs.tsx";

/**
 * The thématiques in two groups: the administrative ones, and the name of the démarche, appear only
 * once "Aide aux démarches administratives" is checked.
 */
export function ChampThematiques({
  valeurs,
  precisionsDemarche,
  erreurs,
  onChange,
  onPrecisions,
}: {
  valeurs: readonly string[];
  precisionsDemarche: string;
  erreurs: ErreursCra;
  onChange: (valeurs: string[]) => void;
  onPrecisions: (valeur: string) => void;
}) {
  const administratives = valeurs.filter((valeur) => thematiqueAdministrative.is(valeur));
  const autres = valeurs.filter((valeur) => !thematiqueAdministrative.is(valeur));
  const demarches = autres.includes(THEMATIQUE_DEMARCHES);
  return (
    <>
      <GroupeCases
        id={idCra("thematiques")}
        legende="Thématiques d'accompagnement"
        indice="Cochez au moins une thématique."
        obligatoire
        colonnes
        options={thematiqueNonAdministrative.options}
        valeurs={autres}
        onChange={(choisies) => onChange([...choisies, ...administratives])}
        erreur={erreurs.thematiques}
      />
      {demarches && (
        <div className="fr-pl-md-4w fr-mb-3w">
          <GroupeCases
            id="cra-thematiques-administratives"
            legende="Démarches administratives"
            indice="Facultatif. Les domaines de la démarche accompagnée."
            colonnes
            options={thematiqueAdministrative.options}
            valeurs={administratives}
            onChange={(choisies) => onChange([...autres, ...choisies])}
          />
          <ChampTexte
            id={idCra("precisionsDemarche")}
            label="Nom de la démarche"
            indice="Facultatif. Par exemple : demande de prime d'activité."
            valeur={precisionsDemarche}
            onChange={onPrecisions}
            erreur={erreurs.precisionsDemarche}
            maxLength={500}
          />
        </div>
      )}
    </>
  );
}
