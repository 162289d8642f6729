import { defineEnum } from "../enum.ts";

export const genre = defineEnum({
  masculin: "Masculin",
  feminin: "Féminin",
  non_communique: "Non communiqué",
});

export const trancheAge = defineEnum({
  moins_de_douze: "Moins de 12 ans",
  douze_dix_huit: "12 - 17 ans",
  dix_huit_vingt_quatre: "18 - 24 ans",
  vingt_cinq_trente_neuf: "25 - 39 ans",
  quarante_cinquante_neuf: "40 - 59 ans",
  soixante_soixante_neuf: "60 - 69 ans",
  soixante_dix_plus: "70 ans et plus",
  non_communique: "Non communiqué",
});

export const statutSocial = defineEnum({
  scolarise: "Scolarisé",
  sans_emploi: "Sans emploi",
  en_emploi: "En emploi",
  retraite: "Retraité",
  non_communique: "Non communiqué ou hétérogène",
});
