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
