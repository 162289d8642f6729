const date = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric" });
const dateCourte = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric" });

/** "3 juillet 2026" from an ISO date; "" when missing or unreadable. */
export function formaterDate(iso: string | null | undefined, courte = false): string {
  if (!iso) return "";
  const valeur = new Date(iso);
  if (Number.isNaN(valeur.getTime())) return "";
  return (courte ? dateCourte : date).format(valeur);
}

/** The "YYYY-MM-DD" of an ISO instant in local time, for `<input type="date">`. */
export function versChampDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const valeur = new Date(iso);
  if (Number.isNaN(valeur.getTime())) return "";
  const mois = String(valeur.getMonth() + 1).padStart(2, "0");
  const jour = String(valeur.getDate()).padStart(2, "0");
  return `${valeur.getFullYear()}-${mois}-${jour}`;
}

/** The instant a date field stands for: the start of the day, or its end for an end of validity. */
export function depuisChampDate(jour: string, finDeJournee = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(jour)) return undefined;
  const valeur = new Date(`${jour}T${finDeJournee ? "23:59:59.999" : "00:00:00"}`);
  return Number.isNaN(valeur.getTime()) ? undefined : valeur.toISOString();
}

/** A duration in minutes for people: 15 → "15 min", 60 → "1 h", 95 → "1 h 35". */
export function formaterDuree(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return "";
  const heures = Math.floor(minutes / 60);
  const reste = minutes % 60;
  if (heures === 0) return `${reste} min`;
  return reste === 0 ? `${heures} h` : `${heures} h ${String(reste).padStart(2, "0")}`;
}

/** "3 juillet 2026" from a calendar day "2026-07-03", whatever the browser's time zone. */
export function formaterJour(jour: string | null | undefined, courte = false): string {
  if (!jour || !/^\d{4}-\d{2}-\d{2}/.test(jour)) return "";
  return formaterDate(`${jour.slice(0, 10)}T12:00:00`, courte);
}

/** "1 bénéficiaire", "3 bénéficiaires". */
export const pluriel = (nombre: number, singulier: string, pluriel = `${singulier}s`): string =>
  `${nombre} ${nombre > 1 ? pluriel : singulier}`;
