/** The fields of @etalab/decoupage-administratif's communes.json that the référentiel reads. */
declare const communes: ReadonlyArray<{
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
  commune?: string;
}>;
export default communes;
