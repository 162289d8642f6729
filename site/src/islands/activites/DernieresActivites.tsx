import { typeActivite } from "@coop/domain/enums";
import { useEffect, useState } from "react";
import { type LigneActivite, listerActivites } from "../../lib/activites-api.ts";
import { adresseCra, libelleLieu, quiActivite } from "../../lib/activites-liste.ts";
import { ApiError } from "../../lib/api.ts";
import { formaterDuree, formaterJour } from "../../lib/format.ts";
import { useSessionProtegee } from "../../lib/useSession.ts";
import { AlerteErreur, EtatPage } from "../commun/EtatPage.tsx";

/** The dashboard's last 3 activités, most recent first. */
export default function DernieresActivites() {
  const session = useSessionProtegee({ inscriptionValidee: true });
  const [activites, setActivites] = useState<LigneActivite[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [essai, setEssai] = useState(0);
  const connecte = session.etat === "connecte";

  useEffect(() => {
    if (!connecte) return;
    void essai;
    setErreur(null);
    listerActivites({ tri: "date", ordre: "desc", page: 1, lignes: 3 }).then(
      (page) => setActivites(page.activites.slice(0, 3)),
      (error: unknown) =>
        setErreur(
          error instanceof ApiError ? error.message : "Vos dernières activités n'ont pas pu être chargées.",
        ),
    );
  }, [connecte, essai]);

  if (session.etat !== "connecte") return <EtatPage etat={session} />;
  if (erreur) return <AlerteErreur message={erreur} reessayer={() => setEssai((n) => n + 1)} />;
  if (!activites) return <p role="status">Chargement de vos dernières activités…</p>;
  if (activites.length === 0)
    return (
      <p>
        Vous n'avez encore enregistré aucune activité. Commencez par{" "}
        <a href={adresseCra("individuel")}>un accompagnement individuel</a> ou{" "}
        <a href={adresseCra("collectif")}>un atelier collectif</a>.
      </p>
    );
  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters">
        {activites.map((activite) => (
          <div className="fr-col-12 fr-col-lg-4" key={activite.id}>
            <div className="fr-card fr-card--sm fr-enlarge-link">
              <div className="fr-card__body">
                <div className="fr-card__content">
                  <h3 className="fr-card__title">
                    <a href={adresseCra(activite.type, `id=${encodeURIComponent(activite.id)}`)}>
                      {quiActivite(activite)}
                    </a>
                  </h3>
                  <p className="fr-card__desc">
                    {formaterDuree(activite.duree)} · {libelleLieu(activite.typeLieu, activite.lieu)}
                  </p>
                  <div className="fr-card__start">
                    <p className="fr-badge fr-badge--sm fr-badge--no-icon">
                      {typeActivite.label(activite.type)}
                    </p>
                  </div>
                  <div className="fr-card__end">
                    <p className="fr-card__detail">{formaterJour(activite.date)}</p>
                  </div>
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>
      <p className="fr-mt-2w">
        <a className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/coop/mes-activites">
          Voir toutes mes activités
        </a>
      </p>
    </>
  );
}
