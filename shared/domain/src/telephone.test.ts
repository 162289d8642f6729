import { describe, expect, it } from "vitest";
import { normaliserTelephone, telephoneSchema } from "./index.ts";

describe("French phone numbers", () => {
  it("stores every usual way of typing a number in compact international form", () => {
    for (const value of [
      "06 12 34 56 78",
      "06.12.34.56.78",
      "06-12-34-56-78",
      "+33 6 12 34 56 78",
      "+33 (0)6 12 34 56 78",
      "(+33) 6 12 34 56 78",
      "0033 6 12 34 56 78",
    ]) {
      expect(normaliserTelephone(value)).toBe("+33612345678");
    }
  });

  it("gives overseas numbers their own country code", () => {
    expect(normaliserTelephone("0262 12 34 56")).toBe("+262262123456");
    expect(normaliserTelephone("0692 12 34 56")).toBe("+262692123456");
    expect(normaliserTelephone("0590 12 34 56")).toBe("+590590123456");
    expect(normaliserTelephone("0596 12 34 56")).toBe("+596596123456");
    expect(normaliserTelephone("+352 621 123 456")).toBe("+352621123456");
  });

  it("refuses what is not a French number, in French", () => {
    for (const value of ["12345", "06 12 34 56", "+44 20 7946 0958", "bonjour"]) {
      expect(normaliserTelephone(value)).toBeNull();
      expect(telephoneSchema.safeParse(value).error?.issues[0]?.message).toMatch(/n'est pas valide/);
    }
  });
});
