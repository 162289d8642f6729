// Calendar days as integers (days since 1970-01-01, UTC): cheap to loop over and to compare.

const DAY_MS = 86_400_000;

export const toDay = (isoDate: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Date attendue au format AAAA-MM-JJ : ${isoDate}`);
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (new Date(time).toISOString().slice(0, 10) !== isoDate) throw new Error(`Date invalide : ${isoDate}`);
  return time / DAY_MS;
};

export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const monthOf = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;

export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** The same calendar day `months` months earlier (or later when negative), normalised by Date.UTC. */
export const addMonths = (day: number, months: number): number => {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS;
};

/** A timestamp on `day`, `seconds` after midnight UTC. */
export const at = (day: number, seconds: number): Date => new Date(day * DAY_MS + seconds * 1000);

/** Today's date in France, the default reference date. */
export const todayInParis = (): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

// Fixed-date public holidays (MM-DD): no activité those days.
const feries = new Set(["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"]);

/** Relative activity of a médiateur on a day: weekdays, a little on Saturdays, quieter in summer and at Christmas. */
export const activityFactor = (day: number): number => {
  const iso = fromDay(day);
  const monthDay = iso.slice(5);
  if (feries.has(monthDay)) return 0;
  const dayOfWeek = weekday(day);
  if (dayOfWeek === 0) return 0;
  let factor = dayOfWeek === 6 ? 0.08 : dayOfWeek === 3 ? 0.85 : 1;
  const month = monthOf(day);
  if (month === 8) factor *= 0.4;
  else if (month === 7) factor *= 0.8;
  if (monthDay >= "12-24" || monthDay <= "01-02") factor *= 0.2;
  return factor;
};
