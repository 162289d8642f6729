import { type RefObject, useEffect, useRef, useState } from "react";
import { type ClientApi, enTeteAutorisation } from "../../lib/administration.ts";

async function copier(champ: HTMLInputElement | null): Promise<boolean> {
  if (!champ) return false;
  try {
    await navigator.clipboard.writeText(champ.value);
    return true;
  } catch {
    // Without the clipboard API (or its permission), select the text for Ctrl+C.
    champ.focus();
    champ.select();
    return false;
  }
}

/**
 * A new secret, shown once: it lives only in this component's memory. Once hidden (or the page left),
 * nobody can see it again; a lost secret is replaced by rotating it.
 */
export function SecretUneFois({
  client,
  secret,
  onMasquer,
}: {
  client: ClientApi;
  secret: string;
  onMasquer: () => void;
}) {
  const [statut, setStatut] = useState("");
  const titre = useRef<HTMLHeadingElement>(null);
  const champEnTete = useRef<HTMLInputElement>(null);
  const champSecret = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titre.current?.focus();
  }, []);

  const bouton = (champ: RefObject<HTMLInputElement | null>, quoi: string) => (
    <button
      className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-clipboard-line fr-mt-1w"
      type="button"
      onClick={async () =>
        setStatut(
          (await copier(champ.current))
            ? `${quoi} copié dans le presse-papiers.`
            : `${quoi} sélectionné : copiez-le avec Ctrl+C.`,
        )
      }
    >
      Copier {quoi.toLowerCase()}
    </button>
  );

  return (
    <section className="fr-mb-6w" aria-labelledby="secret-titre">
      <div className="fr-alert fr-alert--warning fr-mb-3w">
        <h2 className="fr-alert__title" id="secret-titre" ref={titre} tabIndex={-1}>
          Secret du client « {client.name} » : copiez-le maintenant
        </h2>
        <p>
          Il ne sera plus jamais affiché. Transmettez-le au partenaire par un moyen sûr. S'il est perdu,
          renouvelez le secret : l'ancien cessera alors de fonctionner.
        </p>
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="secret-en-tete">
          En-tête à envoyer par le partenaire
          <span className="fr-hint-text">Authorization: Bearer &lt;identifiant&gt;:&lt;secret&gt;</span>
        </label>
        <input
          className="fr-input"
          id="secret-en-tete"
          ref={champEnTete}
          readOnly
          spellCheck={false}
          value={enTeteAutorisation(client.id, secret)}
        />
        {bouton(champEnTete, "L'en-tête")}
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="secret-valeur">
          Secret seul
        </label>
        <input
          className="fr-input"
          id="secret-valeur"
          ref={champSecret}
          readOnly
          spellCheck={false}
          value={secret}
        />
        {bouton(champSecret, "Le secret")}
      </div>
      <p role="status" className="fr-text--sm">
        {statut}
      </p>
      <button className="fr-btn" type="button" onClick={onMasquer}>
        J'ai copié le secret, le masquer
      </button>
    </section>
  );
}
