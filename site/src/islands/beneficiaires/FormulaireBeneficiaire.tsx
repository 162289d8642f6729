import { genre, statutSocial, trancheAge } from "@coop/domain/enums";
import { type FormEvent, type ReactNode, useState } from "react";
import {
  type ChampBeneficiaire,
  corpsBeneficiaire,
  libellesBeneficiaire,
  trancheAffichee,
  type ValeursBeneficiaire,
  validerBeneficiaire,
} from "../../lib/beneficiaire-form.ts";
import { type Beneficiaire, creerBeneficiaire, modifierBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { AvertissementNotes } from "../commun/AvertissementNotes.tsx";
import { ChampCommune } from "../commun/ChampCommune.tsx";
import { CaseACocher, ChampTexte, GroupeRadios } from "../commun/Champs.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";

const ids = Object.fromEntries(
  Object.keys(libellesBeneficiaire).map((champ) => [champ, `beneficiaire-${champ}`]),
) as Record<ChampBeneficiaire, string>;

const optionsSansNonCommunique = <O extends { value: string }>(options: readonly O[]) =>
  options.filter((option) => option.value !== "non_communique");

/**
 * The bénéficiaire form: creation (`POST /beneficiaires`) or modification (`PUT /beneficiaires/:id`),
 * on its own page or in the CRA form's modal. The tranche d'âge follows the birth year once one is typed.
 */
export function FormulaireBeneficiaire({
  initial,
  beneficiaireId,
  onEnregistre,
  titre,
  niveauTitre = 2,
  libelleEnvoi,
  actions,
}: {
  initial: ValeursBeneficiaire;
  /** Set for a modification. */
  beneficiaireId?: string | undefined;
  onEnregistre: (beneficiaire: Beneficiaire) => void;
  /** Heading over the form, when the page has none for it. */
  titre?: string;
  niveauTitre?: 2 | 3;
  libelleEnvoi?: string;
  /** Buttons after the submit one (Annuler…), each in its `<li>`. */
  actions?: ReactNode;
}) {
  const [valeurs, setValeurs] = useState(initial);
  const [envoi, setEnvoi] = useState(false);
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(ids, libellesBeneficiaire);

  const changer =
    <C extends ChampBeneficiaire>(champ: C) =>
    (valeur: ValeursBeneficiaire[C]) => {
      setValeurs((actuelles) => ({ ...actuelles, [champ]: valeur }));
      effacer(champ);
    };

  const { tranche, derivee } = trancheAffichee(valeurs);

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    if (!verifier(validerBeneficiaire(valeurs))) return;
    setEnvoi(true);
    try {
      const corps = corpsBeneficiaire(valeurs);
      onEnregistre(
        beneficiaireId ? await modifierBeneficiaire(beneficiaireId, corps) : await creerBeneficiaire(corps),
      );
    } catch (error) {
      depuisApi(error);
    } finally {
      setEnvoi(false);
    }
  };

  const Titre = niveauTitre === 2 ? "h2" : "h3";
  const texte = (
    champ: "prenom" | "nom" | "adresse" | "email",
    options: Partial<Parameters<typeof ChampTexte>[0]> = {},
  ) => (
    <ChampTexte
      id={ids[champ]}
      label={libellesBeneficiaire[champ]}
      valeur={valeurs[champ]}
      onChange={changer(champ)}
      erreur={erreurs[champ]}
      {...options}
    />
  );

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={titre ? "beneficiaire-titre" : undefined}>
      {titre && (
        <Titre id="beneficiaire-titre" className="fr-h4">
          {titre}
        </Titre>
      )}
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} niveau={niveauTitre === 2 ? 2 : 3} />

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <div className="fr-col-12 fr-col-md-6">
          {texte("prenom", { obligatoire: true, autoComplete: "off", maxLength: 100 })}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {texte("nom", { obligatoire: true, autoComplete: "off", maxLength: 100 })}
        </div>
      </div>

      <ChampTexte
        id={ids.anneeNaissance}
        label={libellesBeneficiaire.anneeNaissance}
        indice="Facultatif. Quatre chiffres, par exemple 1984 : la tranche d'âge en est déduite."
        valeur={valeurs.anneeNaissance}
        onChange={changer("anneeNaissance")}
        erreur={erreurs.anneeNaissance}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
      />

      <ChampTexte
        id={ids.telephone}
        label={libellesBeneficiaire.telephone}
        indice="Facultatif. Par exemple 06 12 34 56 78."
        type="tel"
        valeur={valeurs.pasDeTelephone ? "" : valeurs.telephone}
        onChange={changer("telephone")}
        erreur={erreurs.telephone}
        enLectureSeule={valeurs.pasDeTelephone}
        autoComplete="off"
      />
      <div className="fr-mb-3w">
        <CaseACocher
          id={ids.pasDeTelephone}
          label="Le bénéficiaire n'a pas de téléphone"
          coche={valeurs.pasDeTelephone}
          onChange={(coche) => {
            changer("pasDeTelephone")(coche);
            if (coche) changer("telephone")("");
          }}
          erreur={erreurs.pasDeTelephone}
        />
      </div>

      {texte("email", {
        type: "email",
        indice: "Facultatif. Par exemple nom@exemple.fr",
        autoComplete: "off",
      })}

      <ChampCommune
        id={ids.commune}
        label={`${libellesBeneficiaire.commune} (facultatif)`}
        commune={valeurs.commune}
        onChange={changer("commune")}
        erreur={erreurs.commune}
      />
      {texte("adresse", {
        indice: "Facultatif. Numéro et rue, par exemple 12 rue de la Paix.",
        autoComplete: "off",
      })}

      <GroupeRadios
        id={ids.genre}
        legende={libellesBeneficiaire.genre}
        indice="Facultatif."
        options={optionsSansNonCommunique(genre.options)}
        valeur={valeurs.genre}
        onChange={changer("genre")}
        erreur={erreurs.genre}
        enLigne
        effacable
      />
      <GroupeRadios
        id={ids.trancheAge}
        legende={libellesBeneficiaire.trancheAge}
        indice={
          derivee
            ? "Déduite de l'année de naissance : effacez l'année pour la choisir vous-même."
            : "Facultatif."
        }
        options={optionsSansNonCommunique(trancheAge.options)}
        valeur={tranche}
        onChange={changer("trancheAge")}
        erreur={erreurs.trancheAge}
        desactive={derivee}
        enLigne
        effacable
      />
      <GroupeRadios
        id={ids.statutSocial}
        legende={libellesBeneficiaire.statutSocial}
        indice="Facultatif."
        options={optionsSansNonCommunique(statutSocial.options)}
        valeur={valeurs.statutSocial}
        onChange={changer("statutSocial")}
        erreur={erreurs.statutSocial}
        enLigne
        effacable
      />

      <AvertissementNotes />
      <ChampTexte
        id={ids.notes}
        label={libellesBeneficiaire.notes}
        indice="Facultatif. Chaque ligne devient un paragraphe."
        multiligne
        valeur={valeurs.notes}
        onChange={changer("notes")}
        erreur={erreurs.notes}
        maxLength={10_000}
      />

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w">
        <li>
          <button className="fr-btn" type="submit" disabled={envoi}>
            {envoi
              ? "Enregistrement…"
              : (libelleEnvoi ??
                (beneficiaireId ? "Enregistrer les modifications" : "Créer le bénéficiaire"))}
          </button>
        </li>
        {actions}
      </ul>
    </form>
  );
}
