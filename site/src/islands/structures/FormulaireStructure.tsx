import { type FormEvent, useState } from "react";
import { ApiError, apiFetch } from "../../lib/api.ts";
import type { Structure } from "../../lib/inscription.ts";
import {
  type ChampStructure,
  type ErreursStructure,
  erreursServeurStructure,
  libellesStructure,
  longueurResume,
  optionsStructure,
  requeteStructure,
  structureVide,
  type ValeursStructure,
  validerStructure,
} from "../../lib/structure-form.ts";
import { creerStructure } from "../../lib/structures-api.ts";
import { optionsTypologies } from "../../lib/typologies.ts";
import { CaseACocher, ChampSelect, ChampTexte, GroupeCases } from "../commun/Champs.tsx";
import { type ErreurResumee, ResumeErreurs } from "../commun/ResumeErreurs.tsx";

const id = (champ: ChampStructure) => `structure-${champ}`;

/**
 * Creates a lieu (`POST /structures`). The short form asks only what locates the lieu; publishing it on
 * the national map opens the fields the map shows.
 */
export function FormulaireStructure({
  onCreee,
  onAnnuler,
}: {
  onCreee: (structure: Structure) => void;
  onAnnuler: () => void;
}) {
  const [valeurs, setValeurs] = useState<ValeursStructure>(structureVide);
  const [erreurs, setErreurs] = useState<ErreursStructure>({});
  const [autres, setAutres] = useState<string[]>([]);
  const [tentative, setTentative] = useState(0);
  const [envoi, setEnvoi] = useState(false);

  const changer =
    <C extends ChampStructure>(champ: C) =>
    (valeur: ValeursStructure[C]) => {
      setValeurs((actuelles) => ({ ...actuelles, [champ]: valeur }));
      // A corrected field loses its message; the others keep theirs until the next try.
      setErreurs((actuelles) => {
        if (!(champ in actuelles)) return actuelles;
        const { [champ]: _corrigee, ...autresErreurs } = actuelles;
        return autresErreurs;
      });
    };

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    const trouvees = validerStructure(valeurs);
    setErreurs(trouvees);
    setAutres([]);
    setTentative((n) => n + 1);
    if (Object.keys(trouvees).length > 0) return;
    setEnvoi(true);
    try {
      onCreee(await creerStructure(requeteStructure(valeurs)));
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        const { parChamp, autres: restantes } = erreursServeurStructure(error.fields);
        setErreurs(parChamp);
        setAutres(
          restantes.length > 0 || Object.keys(parChamp).length === 0 ? [error.message, ...restantes] : [],
        );
      } else {
        setAutres([error instanceof ApiError ? error.message : "La création n'a pas abouti. Réessayez."]);
      }
      setTentative((n) => n + 1);
    } finally {
      setEnvoi(false);
    }
  };

  const resume: ErreurResumee[] = [
    ...(Object.entries(erreurs) as [ChampStructure, string][]).map(([champ, message]) => ({
      id: id(champ),
      message: `${libellesStructure[champ]} : ${message}`,
    })),
    ...autres.map((message) => ({ message })),
  ];

  const texte = (
    champ: ChampStructure & keyof ValeursStructure,
    options: Partial<Parameters<typeof ChampTexte>[0]> = {},
  ) => (
    <ChampTexte
      id={id(champ)}
      label={libellesStructure[champ]}
      valeur={valeurs[champ] as string}
      onChange={changer(champ) as (valeur: string) => void}
      erreur={erreurs[champ]}
      {...options}
    />
  );

  const cases = (
    champ: keyof typeof optionsStructure,
    options: Partial<Parameters<typeof GroupeCases>[0]> = {},
  ) => (
    <GroupeCases
      id={id(champ)}
      legende={libellesStructure[champ]}
      options={optionsStructure[champ]}
      valeurs={valeurs[champ]}
      onChange={changer(champ)}
      erreur={erreurs[champ]}
      {...options}
    />
  );

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby="structure-titre">
      <h3 id="structure-titre">Créer un lieu d'activité</h3>
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={3} />

      {texte("nom", { obligatoire: true, autoComplete: "organization" })}
      <ChampSelect
        id={id("typologies")}
        label={libellesStructure.typologies}
        obligatoire
        options={optionsTypologies}
        invite="Choisissez un type"
        valeur={valeurs.typologies[0] ?? ""}
        onChange={(valeur) => changer("typologies")(valeur ? [valeur] : [])}
        erreur={erreurs.typologies}
      />
      {texte("siret", {
        indice: "Facultatif. 14 chiffres pour un SIRET, ou W suivi de 9 chiffres pour une association (RNA).",
        spellCheck: false,
      })}

      <fieldset className="fr-fieldset" aria-labelledby="structure-adresse-legende">
        <legend className="fr-fieldset__legend" id="structure-adresse-legende">
          Adresse
        </legend>
        <div className="fr-fieldset__element">
          {texte("adresse", {
            obligatoire: true,
            autoComplete: "address-line1",
            indice: "Par exemple : 12 rue de la Paix",
          })}
        </div>
        <div className="fr-fieldset__element">
          {texte("complementAdresse", {
            indice: "Facultatif. Bâtiment, étage…",
            autoComplete: "address-line2",
          })}
        </div>
        <div className="fr-fieldset__element">
          {texte("codePostal", {
            obligatoire: true,
            inputMode: "numeric",
            autoComplete: "postal-code",
            maxLength: 5,
          })}
        </div>
        <div className="fr-fieldset__element">
          {texte("commune", { obligatoire: true, autoComplete: "address-level2" })}
        </div>
        <div className="fr-fieldset__element">
          {texte("codeInsee", { indice: "Facultatif. Par exemple 33063 pour Bordeaux.", maxLength: 5 })}
        </div>
      </fieldset>

      <CaseACocher
        id={id("visiblePourCartographieNationale")}
        label="Publier ce lieu sur la cartographie nationale des lieux d'inclusion numérique"
        indice="Le public pourra le trouver. Indiquez alors au moins un service proposé."
        coche={valeurs.visiblePourCartographieNationale}
        onChange={changer("visiblePourCartographieNationale")}
        erreur={erreurs.visiblePourCartographieNationale}
      />

      {valeurs.visiblePourCartographieNationale && (
        <div className="fr-mt-4w">
          {cases("services", { obligatoire: true })}
          {cases("modalitesAccompagnement", { indice: "Facultatif." })}
          {texte("presentationResume", {
            multiligne: true,
            indice: `Facultatif. ${longueurResume} caractères au plus (${valeurs.presentationResume.length} saisis).`,
          })}
          {texte("presentationDetail", { multiligne: true, indice: "Facultatif." })}
          {texte("siteWeb", { type: "url", indice: "Facultatif. Par exemple https://www.exemple.fr" })}
          {texte("priseRdv", {
            type: "url",
            indice: "Facultatif. Adresse de votre outil de rendez-vous en ligne.",
          })}
          {texte("ficheAccesLibre", {
            type: "url",
            indice: "Facultatif. Adresse de la fiche du lieu sur acceslibre.beta.gouv.fr",
          })}
          {cases("modalitesAcces", { indice: "Facultatif." })}
          {texte("telephone", {
            type: "tel",
            autoComplete: "tel",
            indice: "Obligatoire si le public peut téléphoner. Par exemple 05 56 00 00 00.",
          })}
          {texte("courriels", {
            type: "email",
            autoComplete: "email",
            indice: "Obligatoire si le public peut écrire. Par exemple accueil@exemple.fr",
          })}
          {cases("fraisACharge", { indice: "Facultatif.", enLigne: true })}
          {cases("publicsSpecifiquementAdresses", {
            indice: "Facultatif. Laissez vide si le lieu accueille tout public.",
          })}
          {cases("priseEnChargeSpecifique", { indice: "Facultatif." })}
        </div>
      )}

      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
        <li>
          <button className="fr-btn" type="submit" disabled={envoi}>
            Créer ce lieu
          </button>
        </li>
        <li>
          <button className="fr-btn fr-btn--secondary" type="button" onClick={onAnnuler}>
            Annuler
          </button>
        </li>
      </ul>
    </form>
  );
}
