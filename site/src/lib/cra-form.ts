import {
  aujourdhui,
  craCollectifSchema,
  craIndividuelSchema,
  dureePersonnaliseeSchema,
  groupesParticipants,
  heuresMinutes,
  type ParticipantsAnonymesInput,
  THEMATIQUE_DEMARCHES,
  thematiqueAdministrative,
} from "@coop/domain";
import type {
  Activite,
  CorpsCollectif,
  CorpsIndividuel,
  Personne,
  TagActivite,
  TypeActivite,
  TypeLieu,
} from "./activites-api.ts";
import type { Commune } from "./beneficiaires-api.ts";
import { type ChampCra, champDeChemin, type ErreursCra } from "./cra-champs.ts";
import { htmlVersTexte, texteVersHtml } from "./notes.ts";

// The CRA forms (individuel, collectif) as the islands hold them, turned into the request bodies the
// activites function reads. The browser checks them with the very schemas the server runs.

export type GroupeCompteurs = keyof typeof groupesParticipants;

/** What the counters' inputs hold: text, so that an empty field stays empty while typing. */
export type CompteursSaisis = {
  total: string;
  dejaAccompagne: string;
  genres: Record<string, string>;
  tranches: Record<string, string>;
  statuts: Record<string, string>;
};

export type ValeursCra = {
  date: string;
  /** Minutes of a chosen option ("60"), "personnaliser", or "" before a choice. */
  duree: string;
  heures: string;
  minutes: string;
  typeLieu: TypeLieu | "";
  structureId: string;
  lieuCommune: Commune | null;
  /** Both families together: the administrative ones count only with "Aide aux démarches". */
  thematiques: string[];
  precisionsDemarche: string;
  materiel: string[];
  tags: TagActivite[];
  /** Plain text: each line is a paragraph of the stored HTML. */
  notes: string;
  // Individuel
  modeBeneficiaire: "suivi" | "anonyme";
  beneficiaire: Personne | null;
  anonymeDejaAccompagne: boolean;
  anonymeCommune: Commune | null;
  anonymeGenre: string;
  anonymeTrancheAge: string;
  anonymeStatutSocial: string;
  autonomie: string;
  orienteVersStructure: "" | "oui" | "non";
  structureDeRedirection: string;
  // Collectif
  titreAtelier: string;
  niveau: string;
  participants: Personne[];
  anonymes: CompteursSaisis;
};

export { type ChampCra, champDeChemin, type ErreursCra, idCra, idsCra, libellesCra } from "./cra-champs.ts";

const compteursVides = (): CompteursSaisis => ({
  total: "",
  dejaAccompagne: "",
  genres: {},
  tranches: {},
  statuts: {},
});

export const craVide = (): ValeursCra => ({
  date: aujourdhui(),
  duree: "",
  heures: "",
  minutes: "",
  typeLieu: "",
  structureId: "",
  lieuCommune: null,
  thematiques: [],
  precisionsDemarche: "",
  materiel: [],
  tags: [],
  notes: "",
  modeBeneficiaire: "suivi",
  beneficiaire: null,
  anonymeDejaAccompagne: false,
  anonymeCommune: null,
  anonymeGenre: "",
  anonymeTrancheAge: "",
  anonymeStatutSocial: "",
  autonomie: "",
  orienteVersStructure: "",
  structureDeRedirection: "",
  titreAtelier: "",
  niveau: "",
  participants: [],
  anonymes: compteursVides(),
});

/** "Aide aux démarches administratives" is checked: the administrative thématiques are open. */
export const demarchesOuvertes = (valeurs: Pick<ValeursCra, "thematiques">): boolean =>
  valeurs.thematiques.includes(THEMATIQUE_DEMARCHES);

/** The duration in minutes, or undefined when it is not chosen or not valid. */
export function dureeEnMinutes(
  valeurs: Pick<ValeursCra, "duree" | "heures" | "minutes">,
): number | undefined {
  if (valeurs.duree === "personnaliser") {
    const resultat = dureePersonnaliseeSchema.safeParse({
      heures: entier(valeurs.heures || "0"),
      minutes: entier(valeurs.minutes || "0"),
    });
    return resultat.success ? resultat.data : undefined;
  }
  const minutes = Number(valeurs.duree);
  return valeurs.duree && Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}

/** A whole number typed in a field; NaN for anything else (so that the schema says why). */
const entier = (texte: string): number => (/^\s*\d+\s*$/.test(texte) ? Number(texte) : Number.NaN);

/** Counters as numbers, the empty ones as 0; "non communiqué" is left to the server (the rest). */
export function compteurs(saisis: CompteursSaisis): ParticipantsAnonymesInput {
  const groupe = (nom: GroupeCompteurs) =>
    Object.fromEntries(
      groupesParticipants[nom].keys
        .filter((cle) => cle !== "nonCommunique")
        .map((cle) => [cle, entier(saisis[nom][cle] || "0")]),
    );
  return {
    total: entier(saisis.total || "0"),
    dejaAccompagne: entier(saisis.dejaAccompagne || "0"),
    genres: groupe("genres"),
    tranches: groupe("tranches"),
    statuts: groupe("statuts"),
  } as ParticipantsAnonymesInput;
}

/** The known counts of a group, and what is left for "non communiqué" (negative when over the total). */
export function resteNonCommunique(saisis: CompteursSaisis, nom: GroupeCompteurs): number {
  const total = entier(saisis.total || "0");
  const connus = Object.entries(saisis[nom])
    .filter(([cle]) => cle !== "nonCommunique")
    .reduce((somme, [, valeur]) => somme + (entier(valeur || "0") || 0), 0);
  return (Number.isNaN(total) ? 0 : total) - connus;
}

const ouNull = (texte: string) => texte.trim() || null;
const communeCorps = (commune: Commune | null) =>
  commune ? { nom: commune.nom, codePostal: commune.codePostal, codeInsee: commune.codeInsee } : null;

/** The fields both types send. The administrative thématiques go only with "Aide aux démarches". */
function corpsCommun(valeurs: ValeursCra) {
  const demarches = demarchesOuvertes(valeurs);
  const typeLieu = valeurs.typeLieu;
  return {
    date: valeurs.date,
    duree: dureeEnMinutes(valeurs) as number,
    typeLieu: (typeLieu || undefined) as TypeLieu,
    structureId: typeLieu === "lieu_activite" ? valeurs.structureId || null : null,
    lieuCommune: typeLieu === "domicile" || typeLieu === "autre" ? communeCorps(valeurs.lieuCommune) : null,
    thematiques: valeurs.thematiques.filter(
      (valeur) => demarches || !thematiqueAdministrative.is(valeur),
    ) as CorpsIndividuel["thematiques"],
    precisionsDemarche: demarches ? ouNull(valeurs.precisionsDemarche) : null,
    materiel: valeurs.materiel as CorpsIndividuel["materiel"],
    tags: valeurs.tags.map((tag) => tag.id),
    notes: texteVersHtml(valeurs.notes) || null,
  };
}

export function corpsIndividuel(valeurs: ValeursCra): CorpsIndividuel {
  const suivi = valeurs.modeBeneficiaire === "suivi";
  const oriente = valeurs.orienteVersStructure === "" ? null : valeurs.orienteVersStructure === "oui";
  return {
    ...corpsCommun(valeurs),
    beneficiaireId: suivi ? (valeurs.beneficiaire?.id ?? null) : null,
    beneficiaireAnonyme: suivi
      ? null
      : {
          dejaAccompagne: valeurs.anonymeDejaAccompagne,
          commune: communeCorps(valeurs.anonymeCommune),
          genre: (valeurs.anonymeGenre || null) as never,
          trancheAge: (valeurs.anonymeTrancheAge || null) as never,
          statutSocial: (valeurs.anonymeStatutSocial || null) as never,
        },
    autonomie: (valeurs.autonomie || null) as CorpsIndividuel["autonomie"],
    orienteVersStructure: oriente,
    structureDeRedirection: (oriente
      ? valeurs.structureDeRedirection || null
      : null) as CorpsIndividuel["structureDeRedirection"],
  };
}

export function corpsCollectif(valeurs: ValeursCra): CorpsCollectif {
  return {
    ...corpsCommun(valeurs),
    participants: valeurs.participants.map((participant) => participant.id),
    participantsAnonymes: compteurs(valeurs.anonymes),
    titreAtelier: ouNull(valeurs.titreAtelier),
    niveau: (valeurs.niveau || null) as CorpsCollectif["niveau"],
  };
}

export const corpsCra = (type: TypeActivite, valeurs: ValeursCra): CorpsIndividuel | CorpsCollectif =>
  type === "individuel" ? corpsIndividuel(valeurs) : corpsCollectif(valeurs);

/**
 * What is wrong before sending: what only the form knows (a duration not chosen, a followed
 * bénéficiaire not picked), then everything the shared schema finds in the body.
 */
export function validerCra(type: TypeActivite, valeurs: ValeursCra): ErreursCra {
  const erreurs: ErreursCra = {};
  if (!valeurs.duree) erreurs.duree = "Indiquez la durée de l'activité.";
  else if (valeurs.duree === "personnaliser") {
    const resultat = dureePersonnaliseeSchema.safeParse({
      heures: entier(valeurs.heures || "0"),
      minutes: entier(valeurs.minutes || "0"),
    });
    if (!resultat.success)
      erreurs.duree = resultat.error.issues.some((issue) => issue.message.includes("supérieure"))
        ? "La durée doit être supérieure à 0."
        : "Indiquez entre 0 et 23 heures et entre 0 et 59 minutes.";
  }
  if (type === "individuel" && valeurs.modeBeneficiaire === "suivi" && !valeurs.beneficiaire)
    erreurs.beneficiaire = "Choisissez un bénéficiaire, créez-le, ou choisissez « Bénéficiaire anonyme ».";
  if (type === "collectif")
    for (const [nom, champ] of [
      ["total", "anonymesTotal"],
      ["dejaAccompagne", "anonymesDejaAccompagne"],
    ] as const)
      if (Number.isNaN(entier(valeurs.anonymes[nom] || "0")))
        erreurs[champ] = "Indiquez un nombre entier, 0 ou plus.";

  const schema = type === "individuel" ? craIndividuelSchema : craCollectifSchema;
  const corps = corpsCra(type, valeurs);
  const noter = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
    for (const issue of issues) {
      const champ = champDeChemin(issue.path.map(String).join("."));
      if (champ && !erreurs[champ]) erreurs[champ] = messageCompteur(champ, issue.message);
    }
  };
  const resultat = schema.safeParse(corps);
  if (resultat.success) return erreurs;
  noter(resultat.error.issues);
  // zod runs the rules across fields (lieu, thématiques, participants) only once every field is
  // readable: a second pass with stand-ins for the unreadable date, duration or type of place finds them.
  const illisibles = new Set(resultat.error.issues.map((issue) => String(issue.path[0])));
  if (["date", "duree", "typeLieu"].some((champ) => illisibles.has(champ))) {
    const second = schema.safeParse({
      ...corps,
      date: illisibles.has("date") ? aujourdhui() : corps.date,
      duree: illisibles.has("duree") ? 1 : corps.duree,
      typeLieu: illisibles.has("typeLieu") ? "a_distance" : corps.typeLieu,
    });
    if (!second.success) noter(second.error.issues);
  }
  return erreurs;
}

/** The schema speaks of one counter; the form shows the message on the whole group. */
const messageCompteur = (champ: ChampCra, message: string) =>
  champ === "anonymesGenres" || champ === "anonymesTranches" || champ === "anonymesStatuts"
    ? message.startsWith("La somme")
      ? "La somme dépasse le nombre de participants anonymes."
      : `Chaque nombre : ${message.charAt(0).toLowerCase()}${message.slice(1)}`
    : message;

const enTexte = (compte: number | undefined) => (compte ? String(compte) : "");

/** The form filled from a saved activité (to edit it, or to record a copy of it). */
export function valeursDepuisActivite(activite: Activite): ValeursCra {
  const commun: ValeursCra = {
    ...craVide(),
    date: activite.date.slice(0, 10),
    // Shown in "Personnaliser" by `avecOptionsDuree` when it is none of the options.
    duree: String(activite.duree),
    typeLieu: activite.typeLieu,
    structureId: activite.structureId ?? activite.structure?.id ?? "",
    lieuCommune: activite.lieuCommune ?? null,
    thematiques: [...activite.thematiques],
    precisionsDemarche: activite.precisionsDemarche ?? "",
    materiel: [...activite.materiel],
    tags: activite.tags.map(({ id, nom }) => ({ id, nom })),
    notes: htmlVersTexte(activite.notes),
  };
  if (activite.type === "individuel") {
    const anonyme = activite.beneficiaireAnonyme;
    return {
      ...commun,
      modeBeneficiaire: activite.beneficiaire ? "suivi" : "anonyme",
      beneficiaire: activite.beneficiaire,
      anonymeDejaAccompagne: anonyme?.dejaAccompagne ?? false,
      anonymeCommune: anonyme?.commune ?? null,
      anonymeGenre: anonyme?.genre && anonyme.genre !== "non_communique" ? anonyme.genre : "",
      anonymeTrancheAge:
        anonyme?.trancheAge && anonyme.trancheAge !== "non_communique" ? anonyme.trancheAge : "",
      anonymeStatutSocial:
        anonyme?.statutSocial && anonyme.statutSocial !== "non_communique" ? anonyme.statutSocial : "",
      autonomie: activite.autonomie ?? "",
      orienteVersStructure:
        activite.orienteVersStructure === null ? "" : activite.orienteVersStructure ? "oui" : "non",
      structureDeRedirection: activite.structureDeRedirection ?? "",
    };
  }
  const anonymes = activite.participantsAnonymes;
  const groupe = (nom: GroupeCompteurs) =>
    Object.fromEntries(
      Object.entries((anonymes?.[nom] ?? {}) as Record<string, number>)
        .filter(([cle]) => cle !== "nonCommunique")
        .map(([cle, compte]) => [cle, enTexte(compte)]),
    );
  return {
    ...commun,
    titreAtelier: activite.titreAtelier ?? "",
    niveau: activite.niveau ?? "",
    participants: activite.participants,
    anonymes: anonymes
      ? {
          total: enTexte(anonymes.total),
          dejaAccompagne: enTexte(anonymes.dejaAccompagne),
          genres: groupe("genres"),
          tranches: groupe("tranches"),
          statuts: groupe("statuts"),
        }
      : compteursVides(),
  };
}

/** A duration that is none of the options (standard or frequent) goes to "Personnaliser". */
export function avecOptionsDuree(valeurs: ValeursCra, options: readonly { value: number }[]): ValeursCra {
  if (!valeurs.duree || valeurs.duree === "personnaliser") return valeurs;
  const duree = Number(valeurs.duree);
  if (options.some((option) => option.value === duree)) return valeurs;
  const { heures, minutes } = heuresMinutes(duree);
  return { ...valeurs, duree: "personnaliser", heures: String(heures), minutes: String(minutes) };
}

/** Where the form sends the person once saved, with what to tell them there. */
export const adresseApresEnregistrement = (mode: "creation" | "modification"): string =>
  `/coop/mes-activites?succes=${mode === "modification" ? "modifiee" : "enregistree"}`;
