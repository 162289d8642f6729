import type { structures } from "@coop/db/schema";
import { type EnumValue, type modaliteAcces, service } from "@coop/domain";
import type { Random } from "./random.ts";
import type { StructureDefinition } from "./referentiel.ts";

// One structure row, filled the way a médiateur completes the "lieu d'activité" form.

type Service = EnumValue<typeof service>;
type ModaliteAcces = EnumValue<typeof modaliteAcces>;

const horaires = [
  "Mo-Fr 09:00-12:00,13:30-17:30",
  "Tu-Sa 10:00-12:30,14:00-18:00",
  "Mo,We,Fr 09:00-12:30; Tu,Th 14:00-18:00",
];

// Reserved fiction numbers (ARCEP): never a real line.
const telephonePrefixe: Record<string, string> = { "33": "+33536490", "56": "+33261910", "75": "+33199000" };

const baseServices: readonly Service[] = [
  "Maîtrise des outils numériques du quotidien",
  "Aide aux démarches administratives",
  "Utilisation sécurisée du numérique",
];

export const structureRow = (
  random: Random,
  definition: StructureDefinition,
  creatorId: string,
  created: Date,
): typeof structures.$inferInsert & { id: string } => {
  const id = random.uuid();
  const { commune } = definition;
  const departement = commune.codeInsee.slice(0, 2);
  const services = definition.accueilPublic
    ? [...baseServices, ...random.sample(service.values.slice(3), random.int(1, 3))].sort()
    : [];
  const modalitesAcces: ModaliteAcces[] = definition.accueilPublic
    ? ["Se présenter", "Téléphoner", ...(random.chance(0.5) ? (["Prendre un RDV en ligne"] as const) : [])]
    : ["Ce lieu n'accueille pas de public"];
  const telephone = `${telephonePrefixe[departement] ?? "+33199000"}${String(random.int(0, 999)).padStart(3, "0")}`;
  return {
    id,
    idCartographieNationale: definition.visible ? `Coop-numérique_${id}` : null,
    creation: created,
    modification: created,
    creationParId: creatorId,
    derniereModificationParId: creatorId,
    nom: definition.nom,
    adresse: definition.adresse,
    commune: commune.nom,
    codePostal: commune.codePostal,
    codeInsee: commune.codeInsee,
    latitude: Math.round((commune.latitude + (random.next() - 0.5) * 0.01) * 1e6) / 1e6,
    longitude: Math.round((commune.longitude + (random.next() - 0.5) * 0.01) * 1e6) / 1e6,
    visiblePourCartographieNationale: definition.visible,
    typologies: definition.typologies,
    presentationResume: definition.accueilPublic
      ? "Accompagnement au numérique pour tous : démarches en ligne, prise en main du matériel et ateliers collectifs."
      : null,
    telephone,
    courriels: [`contact-${id.slice(0, 8)}@example.org`],
    horaires: definition.accueilPublic ? random.pick(horaires) : null,
    services,
    publicsSpecifiquementAdresses: random.chance(0.4) ? ["Seniors"] : [],
    priseEnChargeSpecifique: random.chance(0.3) ? ["Langues étrangères (autres)"] : [],
    fraisACharge: definition.accueilPublic ? ["Gratuit"] : [],
    dispositifProgrammesNationaux: definition.franceServices
      ? ["France Services", "Conseillers numériques"]
      : [],
    itinerance: definition.accueilPublic ? ["Fixe"] : [],
    modalitesAcces,
    modalitesAccompagnement: definition.accueilPublic
      ? ["Accompagnement individuel", "Dans un atelier collectif"]
      : [],
    activitesCount: 0,
  };
};
