import { describe, expect, it } from "vitest";
import { adresseConnexion, cheminLocal, nomAffiche, roleAffiche, type Utilisateur } from "./session.ts";

const personne: Utilisateur = {
  id: "u1",
  email: "awa@exemple.fr",
  role: "user",
  firstName: "Awa",
  lastName: "Diallo",
  name: null,
  isFixture: false,
  isConseillerNumerique: false,
  inscriptionValidee: null,
  mediateurId: null,
  coordinateurId: null,
};

describe("session helpers", () => {
  it("names a person by first and last name, else by name, else by e-mail", () => {
    expect(nomAffiche(personne)).toBe("Awa Diallo");
    expect(nomAffiche({ ...personne, firstName: null, lastName: null, name: "A. Diallo" })).toBe("A. Diallo");
    expect(nomAffiche({ ...personne, firstName: " ", lastName: null })).toBe("awa@exemple.fr");
  });

  it("shows one role: administrator, coordinator, CN, mediator, in that order", () => {
    expect(roleAffiche(personne)).toBe("Rôle non défini");
    expect(roleAffiche({ ...personne, mediateurId: "m" })).toBe("Médiateur");
    expect(roleAffiche({ ...personne, mediateurId: "m", isConseillerNumerique: true })).toBe(
      "Conseiller Numérique",
    );
    expect(roleAffiche({ ...personne, mediateurId: "m", coordinateurId: "c" })).toBe("Coordinateur");
    expect(roleAffiche({ ...personne, role: "admin", coordinateurId: "c" })).toBe("Administrateur");
  });

  it("comes back only to a path of this site after signing in", () => {
    expect(adresseConnexion("/coop/mon-compte?x=1")).toBe("/connexion?retour=%2Fcoop%2Fmon-compte%3Fx%3D1");
    expect(cheminLocal("/coop")).toBe("/coop");
    expect(cheminLocal("https://exemple.fr/coop")).toBeUndefined();
    expect(cheminLocal("//exemple.fr")).toBeUndefined();
  });
});
