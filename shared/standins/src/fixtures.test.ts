import { describe, expect, it } from "vitest";
import { dataspaceFixture, demoAccounts, entreprisesFixture } from "./index.ts";

// Luhn as INSEE applies it to SIREN and SIRET (computed here only: validation belongs to shared/domain).
const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0) %
    10 ===
  0;

const LA_POSTE = "356000000";
const sirets = entreprisesFixture.flatMap((e) =>
  e.etablissements.map((etablissement) => etablissement.siret),
);

describe("stand-in fixtures", () => {
  it("use SIRETs that pass Luhn, except La Poste's which upstream exempts", () => {
    for (const entreprise of entreprisesFixture) {
      expect(luhn(entreprise.siren), entreprise.siren).toBe(true);
      for (const { siret } of entreprise.etablissements) {
        expect(siret).toMatch(/^\d{14}$/);
        expect(siret.startsWith(entreprise.siren)).toBe(true);
        if (entreprise.siren !== LA_POSTE) expect(luhn(siret), siret).toBe(true);
      }
    }
    const laPoste = entreprisesFixture.find((e) => e.siren === LA_POSTE);
    expect(laPoste?.etablissements.some((e) => !luhn(e.siret))).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
  });

  it("cover a company with several établissements and a closed one", () => {
    expect(entreprisesFixture.length).toBeGreaterThanOrEqual(10);
    expect(entreprisesFixture.some((e) => e.etablissements.length >= 3)).toBe(true);
    expect(entreprisesFixture.some((e) => e.ferme)).toBe(true);
  });

  it("stay consistent: every demo SIRET and Dataspace SIRET exists in Recherche d'entreprises", () => {
    for (const account of demoAccounts) if (account.siret) expect(sirets).toContain(account.siret);
    for (const mediateur of Object.values(dataspaceFixture)) {
      for (const s of [...mediateur.structures_employeuses, ...mediateur.lieux_activite]) {
        expect(sirets).toContain(s.siret);
      }
    }
  });
});
