import { describe, expect, it } from "vitest";
import { type EtatInscription, etapeCourante, etapeInscription } from "../index.ts";

const debut: EtatInscription = {
  acceptationCgu: false,
  structureEmployeuseRenseignee: false,
  lieuxActiviteRenseignes: false,
  inscriptionValidee: false,
  mediateur: false,
  coordinateur: false,
};

describe("inscription steps", () => {
  it("takes a médiateur through role, information and employer, lieux, summary", () => {
    expect(etapeCourante(debut)).toBe("choisir-role");
    const role = { ...debut, acceptationCgu: true, mediateur: true };
    expect(etapeCourante(role)).toBe("verifier-informations");
    const employeur = { ...role, structureEmployeuseRenseignee: true };
    expect(etapeCourante(employeur)).toBe("lieux-activite");
    expect(etapeCourante({ ...employeur, lieuxActiviteRenseignes: true })).toBe("recapitulatif");
    expect(etapeCourante({ ...employeur, inscriptionValidee: true })).toBe("terminee");
  });

  it("lets a coordinateur skip the lieux d'activité", () => {
    expect(
      etapeCourante({
        ...debut,
        acceptationCgu: true,
        coordinateur: true,
        structureEmployeuseRenseignee: true,
      }),
    ).toBe("recapitulatif");
  });

  it("asks for a role when the CGU were accepted without one", () => {
    expect(etapeCourante({ ...debut, acceptationCgu: true })).toBe("choisir-role");
  });

  it("names each step in French", () => {
    expect(etapeInscription.label("lieux-activite")).toBe("Renseigner vos lieux d'activité");
  });
});
