import {
  autonomie,
  genre,
  materiel,
  niveauAtelier,
  statutSocial,
  structureDeRedirection,
  thematique,
  trancheAge,
  typeActivite,
} from "@coop/domain/enums";
import type { ReactNode } from "react";
import type { Activite } from "../../lib/activites-api.ts";
import { libelleLieu } from "../../lib/activites-liste.ts";
import { nomBeneficiaire } from "../../lib/beneficiaires-api.ts";
import { formaterDate, formaterDuree, formaterJour, pluriel } from "../../lib/format.ts";
import { htmlVersTexte } from "../../lib/notes.ts";

const libelle = <V extends string>(
  enumeration: { is: (v: unknown) => v is V; label: (v: V) => string },
  valeur: string | null | undefined,
) => (valeur && enumeration.is(valeur) ? enumeration.label(valeur) : (valeur ?? ""));

function Ligne({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <div className="fr-mb-2w">
      <dt className="fr-text--bold fr-mb-0">{titre}</dt>
      <dd className="fr-ml-0">{children}</dd>
    </div>
  );
}

/** Counters of the anonymous participants, "2 Féminin, 1 Masculin". */
const repartition = (compteurs: Record<string, number> | undefined, libelles: (cle: string) => string) =>
  Object.entries(compteurs ?? {})
    .filter(([, nombre]) => nombre > 0)
    .map(([cle, nombre]) => `${nombre} ${libelles(cle)}`)
    .join(", ");

const cleVersValeur = (cle: string) => cle.replace(/[A-Z]/g, (lettre) => `_${lettre.toLowerCase()}`);

/** Everything recorded about one activité, read-only (the "Voir" modal of Mes activités). */
export function DetailActivite({ activite }: { activite: Activite }) {
  const lieu = libelleLieu(
    activite.typeLieu,
    activite.structure?.nom ?? activite.lieu ?? activite.lieuCommune?.nom,
  );
  const notes = htmlVersTexte(activite.notes);
  return (
    <dl>
      <Ligne titre="Type">{typeActivite.label(activite.type)}</Ligne>
      <Ligne titre="Date">{formaterJour(activite.date)}</Ligne>
      <Ligne titre="Durée">{formaterDuree(activite.duree)}</Ligne>
      <Ligne titre="Lieu">
        {lieu}
        {activite.lieuCommune && activite.typeLieu !== "lieu_activite"
          ? ` (${activite.lieuCommune.nom}, ${activite.lieuCommune.codePostal})`
          : ""}
      </Ligne>
      {activite.type === "individuel" ? (
        <Ligne titre="Bénéficiaire">
          {activite.beneficiaire ? (
            <a href={`/coop/mes-beneficiaires/fiche?id=${encodeURIComponent(activite.beneficiaire.id)}`}>
              {nomBeneficiaire(activite.beneficiaire)}
            </a>
          ) : (
            "Bénéficiaire anonyme"
          )}
        </Ligne>
      ) : (
        <>
          {activite.titreAtelier && <Ligne titre="Titre de l'atelier">{activite.titreAtelier}</Ligne>}
          <Ligne titre="Participants">
            {activite.participants.length > 0 && (
              <>
                {activite.participants.map((p) => nomBeneficiaire(p)).join(", ")}
                <br />
              </>
            )}
            {pluriel(
              activite.participantsAnonymes?.total ?? 0,
              "participant anonyme",
              "participants anonymes",
            )}
            {activite.participantsAnonymes?.total ? (
              <span className="fr-text--sm">
                {" "}
                (
                {[
                  repartition(activite.participantsAnonymes.genres, (c) => libelle(genre, cleVersValeur(c))),
                  repartition(activite.participantsAnonymes.tranches, (c) =>
                    libelle(trancheAge, cleVersValeur(c)),
                  ),
                  repartition(activite.participantsAnonymes.statuts, (c) =>
                    libelle(statutSocial, cleVersValeur(c)),
                  ),
                ]
                  .filter(Boolean)
                  .join(" ; ")}
                )
              </span>
            ) : null}
          </Ligne>
          {activite.niveau && <Ligne titre="Niveau">{libelle(niveauAtelier, activite.niveau)}</Ligne>}
        </>
      )}
      <Ligne titre="Thématiques">
        {activite.thematiques.map((valeur) => libelle(thematique, valeur)).join(", ") || "Aucune"}
      </Ligne>
      {activite.precisionsDemarche && <Ligne titre="Nom de la démarche">{activite.precisionsDemarche}</Ligne>}
      {activite.materiel.length > 0 && (
        <Ligne titre="Matériel utilisé">
          {activite.materiel.map((valeur) => libelle(materiel, valeur)).join(", ")}
        </Ligne>
      )}
      {activite.type === "individuel" && activite.autonomie && (
        <Ligne titre="Autonomie">{libelle(autonomie, activite.autonomie)}</Ligne>
      )}
      {activite.type === "individuel" && activite.orienteVersStructure !== null && (
        <Ligne titre="Orientation">
          {activite.orienteVersStructure
            ? `Oui${activite.structureDeRedirection ? ` : ${libelle(structureDeRedirection, activite.structureDeRedirection)}` : ""}`
            : "Non"}
        </Ligne>
      )}
      {activite.tags.length > 0 && (
        <Ligne titre="Tags">{activite.tags.map((tag) => tag.nom).join(", ")}</Ligne>
      )}
      {notes && (
        <Ligne titre="Notes">
          {notes.split("\n").map((ligne, rang) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of text have no identity of their own.
            <p className="fr-mb-1w" key={rang}>
              {ligne}
            </p>
          ))}
        </Ligne>
      )}
      <Ligne titre="Enregistrée le">{formaterDate(activite.creation)}</Ligne>
    </dl>
  );
}
