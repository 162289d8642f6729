import { dateMaximaleActivite } from "@coop/domain";
import { materiel, typeActivite } from "@coop/domain/enums";
import { type FormEvent, useCallback, useRef, useState } from "react";
import { creerActivite, modifierActivite, type Tag, type TypeActivite } from "../../lib/activites-api.ts";
import { type Beneficiaire, nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import {
  adresseApresEnregistrement,
  champDeChemin,
  corpsCra,
  idCra,
  idsCra,
  libellesCra,
  type ValeursCra,
  validerCra,
} from "../../lib/cra-form.ts";
import { formaterJour } from "../../lib/format.ts";
import { AvertissementNotes } from "../commun/AvertissementNotes.tsx";
import { ChampTexte, GroupeCases } from "../commun/Champs.tsx";
import { fermerModale } from "../commun/Modale.tsx";
import { ResumeErreurs } from "../commun/ResumeErreurs.tsx";
import { useErreurs } from "../commun/useErreurs.ts";
import { ChampDuree } from "./ChampDuree.tsx";
import { ChampLieu } from "./ChampLieu.tsx";
import { ChampsSuite } from "./ChampsSuite.tsx";
import { ChampTags } from "./ChampTags.tsx";
import { ChampThematiques } from "./ChampThematiques.tsx";
import { ChoixBeneficiaire } from "./ChoixBeneficiaire.tsx";
import { CompteursAnonymes } from "./CompteursAnonymes.tsx";
import type { Contexte } from "./FormulaireCra.tsx";
import { idModaleCreation, ModaleCreationBeneficiaire } from "./ModaleCreationBeneficiaire.tsx";
import { Participants } from "./Participants.tsx";

/** The form itself, once everything it offers is loaded. */
export function SaisieCra({ type, contexte }: { type: TypeActivite; contexte: Contexte }) {
  const [valeurs, setValeurs] = useState<ValeursCra>(contexte.initial);
  const [tags, setTags] = useState<Tag[]>(contexte.tags);
  const [envoi, setEnvoi] = useState(false);
  const [annonce, setAnnonce] = useState("");
  const { erreurs, verifier, depuisApi, effacer, resume, tentative } = useErreurs(
    idsCra,
    libellesCra,
    champDeChemin,
  );
  const dateMax = useRef(dateMaximaleActivite());

  const changer = useCallback(
    (changes: Partial<ValeursCra>) => {
      setValeurs((actuelles) => ({ ...actuelles, ...changes }));
      for (const cle of Object.keys(changes)) {
        const champ = cle === "heures" || cle === "minutes" ? "duree" : cle === "anonymes" ? null : cle;
        if (champ && champ in libellesCra) effacer(champ as keyof typeof libellesCra);
      }
    },
    [effacer],
  );

  const envoyer = async (event: FormEvent) => {
    event.preventDefault();
    if (!verifier(validerCra(type, valeurs))) return;
    setEnvoi(true);
    try {
      const corps = corpsCra(type, valeurs);
      if (contexte.mode === "modification" && contexte.activiteId)
        await modifierActivite(contexte.activiteId, corps);
      else await creerActivite(type, corps);
      window.location.assign(
        adresseApresEnregistrement(contexte.mode === "modification" ? "modification" : "creation"),
      );
    } catch (error) {
      depuisApi(error);
      setEnvoi(false);
    }
  };

  const beneficiaireCree = (beneficiaire: Beneficiaire) => {
    const personne = { id: beneficiaire.id, prenom: beneficiaire.prenom, nom: beneficiaire.nom };
    if (type === "individuel") changer({ modeBeneficiaire: "suivi", beneficiaire: personne });
    else changer({ participants: [...valeurs.participants, personne] });
    fermerModale(idModaleCreation);
    setAnnonce(
      `${nomBeneficiaire(personne)} est créé et ${type === "individuel" ? "choisi comme bénéficiaire" : "ajouté aux participants"}.`,
    );
  };

  const origine = contexte.origine;
  return (
    <>
      {contexte.mode === "duplication" && origine && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>
            Le formulaire reprend l'activité du {formaterJour(origine.date)}. Vérifiez la date et les
            participants : l'enregistrement crée une nouvelle activité.
          </p>
        </div>
      )}
      <p className="fr-text--sm">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      <ResumeErreurs erreurs={resume} tentative={tentative} />
      <p className="fr-sr-only" role="status">
        {annonce}
      </p>

      <form onSubmit={envoyer} noValidate aria-label={typeActivite.label(type)}>
        {type === "individuel" ? (
          <section className="fr-mb-4w" aria-labelledby="cra-section-beneficiaire">
            <h2 className="fr-h5" id="cra-section-beneficiaire">
              Bénéficiaire
            </h2>
            <ChoixBeneficiaire
              valeurs={valeurs}
              erreurs={erreurs}
              idModaleCreation={idModaleCreation}
              onChange={changer}
            />
          </section>
        ) : (
          <section className="fr-mb-4w" aria-labelledby="cra-section-atelier">
            <h2 className="fr-h5" id="cra-section-atelier">
              Atelier et participants
            </h2>
            <ChampTexte
              id={idCra("titreAtelier")}
              label="Titre de l'atelier"
              indice="Facultatif. Par exemple : Premiers pas sur le smartphone."
              valeur={valeurs.titreAtelier}
              onChange={(titreAtelier) => changer({ titreAtelier })}
              erreur={erreurs.titreAtelier}
              maxLength={200}
            />
            <Participants
              participants={valeurs.participants}
              erreurs={erreurs}
              idModaleCreation={idModaleCreation}
              onChange={(participants) => changer({ participants })}
            />
            <h3 className="fr-h6">Participants anonymes</h3>
            <CompteursAnonymes
              compteurs={valeurs.anonymes}
              erreurs={erreurs}
              onChange={(anonymes) => {
                changer({ anonymes });
                for (const champ of [
                  "anonymesTotal",
                  "anonymesDejaAccompagne",
                  "anonymesGenres",
                  "anonymesTranches",
                  "anonymesStatuts",
                  "participants",
                ] as const)
                  effacer(champ);
              }}
            />
          </section>
        )}

        <section className="fr-mb-4w" aria-labelledby="cra-section-activite">
          <h2 className="fr-h5" id="cra-section-activite">
            Date, durée et lieu
          </h2>
          <div className="fr-grid-row fr-mb-2w">
            <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
              <ChampTexte
                id={idCra("date")}
                label="Date de l'activité"
                type="date"
                obligatoire
                max={dateMax.current}
                valeur={valeurs.date}
                onChange={(date) => changer({ date })}
                erreur={erreurs.date}
              />
            </div>
          </div>
          <ChampDuree
            id={idCra("duree")}
            frequentes={contexte.frequentes}
            duree={valeurs.duree}
            heures={valeurs.heures}
            minutes={valeurs.minutes}
            erreur={erreurs.duree}
            onChange={changer}
          />
          <ChampLieu
            lieux={contexte.lieux}
            valeur={valeurs.typeLieu}
            structureId={valeurs.structureId}
            commune={valeurs.lieuCommune}
            erreurs={erreurs}
            onChange={changer}
          />
        </section>

        <section className="fr-mb-4w" aria-labelledby="cra-section-thematiques">
          <h2 className="fr-h5" id="cra-section-thematiques">
            Thématiques et matériel
          </h2>
          <ChampThematiques
            valeurs={valeurs.thematiques}
            precisionsDemarche={valeurs.precisionsDemarche}
            erreurs={erreurs}
            onChange={(thematiques) => changer({ thematiques })}
            onPrecisions={(precisionsDemarche) => changer({ precisionsDemarche })}
          />
          <GroupeCases
            id={idCra("materiel")}
            legende="Matériel utilisé"
            indice="Facultatif."
            options={materiel.options}
            valeurs={valeurs.materiel}
            onChange={(choisis) => changer({ materiel: choisis })}
            erreur={erreurs.materiel}
            enLigne
          />
        </section>

        <ChampsSuite type={type} valeurs={valeurs} erreurs={erreurs} onChange={changer} />

        <section className="fr-mb-4w" aria-labelledby="cra-section-notes">
          <h2 className="fr-h5" id="cra-section-notes">
            Tags et notes
          </h2>
          <ChampTags
            id={idCra("tags")}
            disponibles={tags}
            choisis={valeurs.tags}
            erreur={erreurs.tags}
            onChange={(choisis) => changer({ tags: choisis })}
            onCree={(tag) => setTags((actuels) => [...actuels, tag])}
          />
          <AvertissementNotes />
          <ChampTexte
            id={idCra("notes")}
            label="Notes sur l'activité"
            indice="Facultatif. Chaque ligne devient un paragraphe."
            multiligne
            valeur={valeurs.notes}
            onChange={(notes) => changer({ notes })}
            erreur={erreurs.notes}
            maxLength={10_000}
          />
        </section>

        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse">
          <li>
            <button className="fr-btn" type="submit" disabled={envoi}>
              {envoi
                ? "Enregistrement…"
                : contexte.mode === "modification"
                  ? "Enregistrer les modifications"
                  : "Enregistrer l'activité"}
            </button>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary" href="/coop/mes-activites">
              Annuler
            </a>
          </li>
        </ul>
      </form>

      <ModaleCreationBeneficiaire type={type} onCree={beneficiaireCree} />
    </>
  );
}
