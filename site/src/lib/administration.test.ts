import { describe, expect, it } from "vitest";
import {
  type ClientApi,
  etatClient,
  lireFiltres,
  pagesAffichees,
  requeteFiltres,
  statutDe,
  type UtilisateurAdministre,
} from "./administration.ts";

describe("filters in the address", () => {
  it("reads known values and drops the others", () => {
    expect(lireFiltres("?recherche=awa&role=admin&statut=desactive&page=3")).toEqual({
      recherche: "awa",
      role: "admin",
      statut: "desactive",
      page: 3,
    });
    expect(lireFiltres("?role=root&statut=x&page=-2")).toEqual({
      recherche: "",
      role: "",
      statut: "",
      page: 1,
    });
  });

  it("writes only what is set", () => {
    expect(requeteFiltres({ recherche: " ", role: "", statut: "", page: 1 })).toBe("");
    expect(requeteFiltres({ recherche: "é b", role: "user", statut: "", page: 2 }, { parPage: "20" })).toBe(
      "?recherche=%C3%A9+b&role=user&page=2&parPage=20",
    );
  });
});

describe("pagesAffichees", () => {
  it("keeps the ends and the neighbours of the current page", () => {
    expect(pagesAffichees(1, 1)).toEqual([1]);
    expect(pagesAffichees(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagesAffichees(2, 4)).toEqual([1, 2, 3, 4]);
  });
});

describe("statuses", () => {
  const compte = { deleted: null, disabled: null, inscriptionValidee: "2026-01-01" } as UtilisateurAdministre;
  it("puts deletion before deactivation before inscription", () => {
    expect(statutDe(compte)).toBe("actif");
    expect(statutDe({ ...compte, inscriptionValidee: null })).toBe("inscription");
    expect(statutDe({ ...compte, disabled: "2026-02-01" })).toBe("desactive");
    expect(statutDe({ ...compte, disabled: "2026-02-01", deleted: "2026-03-01" })).toBe("supprime");
  });

  it("tells an API client's validity", () => {
    const client = { validFrom: "2026-01-01T00:00:00Z", validUntil: null } as ClientApi;
    const maintenant = new Date("2026-06-01T00:00:00Z");
    expect(etatClient(client, maintenant)).toBe("actif");
    expect(etatClient({ ...client, validUntil: "2026-05-01T00:00:00Z" }, maintenant)).toBe("expire");
    expect(etatClient({ ...client, validFrom: "2026-07-01T00:00:00Z" }, maintenant)).toBe("a-venir");
  });
});
