export type { Commune, CommuneReferentiel } from "./communes.ts";
export {
  communeParInsee,
  communesParCodePostal,
  communesParNom,
  rechercherCommunes,
} from "./communes.ts";
export { memeNomDeCommune, normaliserNom } from "./normalisation.ts";
