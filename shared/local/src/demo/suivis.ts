import { type BeneficiaireRow, beneficiaireSuivi, supprimerBeneficiaire } from "./beneficiaires.ts";
import type { MediateurContext } from "./comptes.ts";
import { at } from "./dates.ts";
import type { Random, Weighted } from "./random.ts";
import type { Commune } from "./referentiel.ts";

// A médiateur's file of identified bénéficiaires: introduced over time by the activités (created from the
// CRA form the day of their first visit), some regulars who come back often, a few imported ones who never
// came, a few deleted (RGPD) after their last visit.

export type SuivisOptions = {
  random: Random;
  mediateur: MediateurContext;
  communes: Weighted<Commune>;
  referenceYear: number;
  reference: number;
  poolSize: number;
  /** How many identified participations the activités will ask for, roughly. */
  expectedSlots: number;
};

export type SuivisPool = {
  /** An identified bénéficiaire for an activité on `day`, never one in `exclude`. */
  pick(day: number, creation: Date, exclude: ReadonlySet<string>): BeneficiaireRow | null;
  /** Remaining imports and deletions; returns every identified row of the médiateur. */
  finish(importDays: number[]): BeneficiaireRow[];
};

export const createSuivisPool = (options: SuivisOptions): SuivisPool => {
  const { random, mediateur, poolSize } = options;
  const introduced: BeneficiaireRow[] = [];
  const regulars: BeneficiaireRow[] = [];
  const lastDay = new Map<string, number>();
  let toIntroduce = Math.round(poolSize * 0.92);
  let slotsUsed = 0;

  const nouveau = (creation: Date) =>
    beneficiaireSuivi(random, {
      id: random.uuid(),
      mediateurId: mediateur.row.id,
      referenceYear: options.referenceYear,
      commune: random.chance(0.85) ? random.weighted(options.communes) : null,
      creation,
    });

  const introduce = (day: number, creation: Date) => {
    const row = nouveau(new Date(creation.getTime() - 120_000));
    introduced.push(row);
    if (random.chance(0.2)) regulars.push(row);
    toIntroduce--;
    lastDay.set(row.id, day);
    return row;
  };

  const existing = () => {
    const source = random.weighted<BeneficiaireRow[] | "recent">([
      [regulars.length > 0 ? regulars : introduced, 45],
      ["recent", 35],
      [introduced, 20],
    ]);
    if (source === "recent")
      return introduced[introduced.length - 1 - random.int(0, Math.min(40, introduced.length) - 1)]!;
    return random.pick(source);
  };

  return {
    pick: (day, creation, exclude) => {
      slotsUsed++;
      const remainingSlots = Math.max(1, options.expectedSlots - slotsUsed);
      const canIntroduce = introduced.length < poolSize;
      if (!canIntroduce && introduced.length === 0) return null;
      if (canIntroduce && (introduced.length === 0 || random.next() < toIntroduce / remainingSlots)) {
        return introduce(day, creation);
      }
      for (let attempt = 0; attempt < 6; attempt++) {
        const row = existing();
        if (!exclude.has(row.id)) {
          lastDay.set(row.id, day);
          return row;
        }
      }
      return canIntroduce ? introduce(day, creation) : null;
    },
    finish: (importDays) => {
      const rows = [...introduced];
      // Those who never came: imported from a spreadsheet.
      while (rows.length < poolSize) {
        const imported = at(random.pick(importDays), 50_000);
        const row = nouveau(imported);
        row.import = imported;
        rows.push(row);
      }
      // RGPD deletions, after the last visit.
      for (const row of introduced) {
        const last = lastDay.get(row.id)!;
        if (last < options.reference - 30 && random.chance(0.015)) {
          supprimerBeneficiaire(row, at(last + random.int(2, 25), 52_000));
        }
      }
      return rows;
    },
  };
};
