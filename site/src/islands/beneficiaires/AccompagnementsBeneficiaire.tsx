import { thematique, typeActivite } from "@coop/domain/enums";
import { useEffect, useState } from "react";
import { adresseCra, libelleLieu } from "../../lib/activites-liste.ts";
import { ApiError } from "../../lib/api.ts";
import { type Accompagnement, lireAccompagnements } from "../../lib/beneficiaires-api.ts";
import { formaterDuree, formaterJour, pluriel } from "../../lib/format.ts";
import { AlerteErreur } from "../commun/EtatPage.tsx";
import { Tableau } from "../commun/Tableau.tsx";

const parPage = 20;

/** The Accompagnements tab: the bénéficiaire's activités, latest first, 20 at a time. */
export function AccompagnementsBeneficiaire({ beneficiaireId }: { beneficiaireId: string }) {
  const [page, setPage] = useState(1);
  const [liste, setListe] = useState<{ accompagnements: Accompagnement[]; total: number } | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);

  useEffect(() => {
    setErreur(null);
    lireAccompagnements(beneficiaireId, page).then(setListe, (error: unknown) =>
      setErreur(error instanceof ApiError ? error.message : "Les accompagnements n'ont pas pu être chargés."),
    );
  }, [beneficiaireId, page]);

  if (erreur) return <AlerteErreur message={erreur} />;
  if (!liste) return <p role="status">Chargement des accompagnements…</p>;
  if (liste.total === 0)
    return <p className="fr-mb-0">Aucun accompagnement enregistré pour ce bénéficiaire.</p>;
  const pages = Math.max(1, Math.ceil(liste.total / parPage));
  return (
    <>
      <p className="fr-text--bold">
        {pluriel(liste.total, "accompagnement")}
        {pages > 1 ? `, page ${page} sur ${pages}` : ""}
      </p>
      <Tableau legende="Accompagnements du bénéficiaire">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activité</th>
            <th scope="col">Durée</th>
            <th scope="col">Thématiques</th>
            <th scope="col">Lieu</th>
          </tr>
        </thead>
        <tbody>
          {liste.accompagnements.map((a) => (
            <tr key={a.activiteId}>
              <th scope="row" className="fr-text--regular">
                <a href={adresseCra(a.type, `id=${encodeURIComponent(a.activiteId)}`)}>
                  {formaterJour(a.date, true)}
                  <span className="fr-sr-only"> : modifier l'activité</span>
                </a>
              </th>
              <td className="coop-cellule-large">
                {typeActivite.label(a.type)}
                {a.titreAtelier ? ` : ${a.titreAtelier}` : ""}
              </td>
              <td>{formaterDuree(a.duree)}</td>
              <td className="coop-cellule-large">
                {a.thematiques.map((t) => (thematique.is(t) ? thematique.label(t) : t)).join(", ")}
              </td>
              <td className="coop-cellule-large">
                {libelleLieu(typeof a.lieu === "object" && a.lieu ? a.lieu.typeLieu : undefined, a.lieu)}
              </td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      {pages > 1 && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w fr-mb-0">
          <li>
            <button
              className="fr-btn fr-btn--secondary fr-btn--sm"
              type="button"
              disabled={page <= 1}
              onClick={() => setPage((n) => n - 1)}
            >
              Accompagnements précédents
            </button>
          </li>
          <li>
            <button
              className="fr-btn fr-btn--secondary fr-btn--sm"
              type="button"
              disabled={page >= pages}
              onClick={() => setPage((n) => n + 1)}
            >
              Accompagnements suivants
            </button>
          </li>
        </ul>
      )}
    </>
  );
}
