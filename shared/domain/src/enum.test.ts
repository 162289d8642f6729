import { describe, expect, it } from "vitest";
import {
  genre,
  service,
  thematique,
  thematiqueAdministrative,
  thematiqueNonAdministrative,
  z,
} from "./index.ts";

describe("enumerations", () => {
  it("keeps values in declaration order with their French labels", () => {
    expect(genre.values).toEqual(["masculin", "feminin", "non_communique"]);
    expect(genre.label("feminin")).toBe("Féminin");
    expect(genre.options[2]).toEqual({ value: "non_communique", label: "Non communiqué" });
  });

  it("joins both thématique families into the stored enum", () => {
    expect(thematiqueNonAdministrative.values).toHaveLength(19);
    expect(thematiqueAdministrative.values).toHaveLength(11);
    expect(thematique.values).toHaveLength(30);
    expect(thematique.is("logement")).toBe(true);
    expect(thematique.is("demarche")).toBe(false);
  });

  it("stores structure enumerations as the standard's labels", () => {
    expect(service.values[0]).toBe("Aide aux démarches administratives");
    expect(service.label("Aide aux démarches administratives")).toBe("Aide aux démarches administratives");
  });

  it("speaks French in validation messages", () => {
    const result = z.object({ nom: z.string() }).safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/attendu|requis|Entrée/i);
  });
});
