import { useState } from "react";
import { creerTag, type Tag, type TagActivite } from "../../lib/activites-api.ts";
import { ApiError } from "../../lib/api.ts";
import { Combobox } from "../commun/Combobox.tsx";

const sansAccents = (texte: string) => texte.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const libellesPortee: Record<string, string> = {
  personnel: "Tag personnel",
  equipe: "Tag d'équipe",
  departemental: "Tag départemental",
  national: "Tag national",
};

/**
 * Tags: pick among those the médiateur may use (filtered as one types), or create one on the spot
 * ("Créer le tag « … »"). The chosen ones are listed as DSFR tags that remove themselves when pressed.
 */
export function ChampTags({
  id,
  disponibles,
  choisis,
  erreur,
  onChange,
  onCree,
}: {
  id: string;
  disponibles: readonly Tag[];
  choisis: readonly TagActivite[];
  erreur?: string | undefined;
  onChange: (tags: TagActivite[]) => void;
  onCree: (tag: Tag) => void;
}) {
  const [echec, setEchec] = useState<string | null>(null);
  const [creation, setCreation] = useState(false);

  const chercher = async (texte: string) => {
    const q = sansAccents(texte.trim());
    return disponibles.filter(
      (tag) => !choisis.some((choisi) => choisi.id === tag.id) && sansAccents(tag.nom).includes(q),
    );
  };

  const creer = async (nom: string) => {
    setEchec(null);
    setCreation(true);
    try {
      const tag = await creerTag(nom);
      onCree(tag);
      onChange([...choisis, { id: tag.id, nom: tag.nom }]);
    } catch (error) {
      setEchec(error instanceof ApiError ? error.message : "Le tag n'a pas pu être créé. Réessayez.");
    } finally {
      setCreation(false);
    }
  };

  return (
    <div>
      <Combobox<Tag>
        id={id}
        label="Tags"
        indice="Facultatif. Choisissez un tag existant, ou saisissez un nouveau nom (3 caractères ou plus) pour le créer."
        erreur={erreur ?? echec ?? undefined}
        chercher={chercher}
        cle={(tag) => tag.id}
        rendu={(tag) => ({ titre: tag.nom, detail: tag.portee ? libellesPortee[tag.portee] : undefined })}
        onChoisir={(tag) => onChange([...choisis, { id: tag.id, nom: tag.nom }])}
        longueurMinimale={0}
        nature="tag"
        aucunResultat="Aucun tag ne correspond."
        supplementaire={(texte) => {
          const nom = texte.trim();
          if (nom.length < 3 || creation) return null;
          const existe = disponibles.some((tag) => sansAccents(tag.nom) === sansAccents(nom));
          return existe ? null : { libelle: `Créer le tag « ${nom} »`, choisir: () => void creer(nom) };
        }}
      />
      {choisis.length > 0 && (
        <ul className="fr-tags-group fr-mt-n2w fr-mb-3w" aria-label="Tags choisis">
          {choisis.map((tag) => (
            <li key={tag.id}>
              <button
                className="fr-tag fr-tag--icon-left fr-icon-close-line"
                type="button"
                aria-label={`Retirer le tag ${tag.nom}`}
                onClick={() => onChange(choisis.filter((choisi) => choisi.id !== tag.id))}
              >
                {tag.nom}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
