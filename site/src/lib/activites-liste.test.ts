import { describe, expect, it } from "vitest";
import {
  adresseActivites,
  designationActivite,
  libelleLieu,
  lireFiltresActivites,
  quiActivite,
  requeteActivites,
} from "./activites-liste.ts";

const lieu = "5a1b2c3d-0000-4000-8000-000000000002";

describe("Mes activités", () => {
  it("reads the filters of the address, dropping what is not valid", () => {
    expect(
      lireFiltresActivites(
        `?type=collectif&du=2026-01-01&au=hier&lieu=${lieu}&thematique=logement&tag=x&tri=duree&ordre=asc&page=3`,
      ),
    ).toEqual({
      du: "2026-01-01",
      au: "",
      type: "collectif",
      lieu,
      thematique: "logement",
      tag: "",
      recherche: "",
      tri: "duree",
      ordre: "asc",
      page: 3,
    });
  });

  it("writes the page's address and the function's query", () => {
    const filtres = lireFiltresActivites(`?thematique=logement&recherche=%20jeanne%20`);
    expect(adresseActivites(filtres, { page: 2 })).toBe(
      "/coop/mes-activites?thematique=logement&recherche=jeanne&page=2",
    );
    expect(requeteActivites(filtres)).toMatchObject({
      thematiqueAdministratives: ["logement"],
      thematiqueNonAdministratives: undefined,
      recherche: "jeanne",
      tri: "date",
      ordre: "desc",
      lignes: 20,
    });
    expect(requeteActivites(lireFiltresActivites("?thematique=email")).thematiqueNonAdministratives).toEqual([
      "email",
    ]);
  });

  it("names the place and who took part", () => {
    expect(libelleLieu("a_distance", null)).toBe("À distance");
    expect(libelleLieu("lieu_activite", "Médiathèque")).toBe("Médiathèque");
    expect(libelleLieu("domicile", { commune: "Cenon", codePostal: "33150" })).toBe("Cenon (33150)");
    const ligne = {
      type: "collectif",
      beneficiaire: null,
      participantsCount: 6,
      titreAtelier: null,
      date: "2026-06-26",
    } as const;
    expect(quiActivite(ligne)).toBe("6 participants");
    expect(designationActivite(ligne)).toBe("l'atelier de 6 participants du 26 juin 2026");
    expect(quiActivite({ ...ligne, type: "individuel" })).toBe("Bénéficiaire anonyme");
  });
});
