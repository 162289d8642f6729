/**
 * SIRET check, the same rule as the server: 14 digits whose Luhn sum is a multiple of 10.
 * La Poste (SIREN 356000000) numbers its establishments without Luhn: its SIRETs are accepted as they are.
 */
const sirenLaPoste = "356000000";

/** What people type: spaces and dots between digit groups are ignored. */
export const normaliserSiret = (saisie: string): string => saisie.replace(/[\s.]/g, "");

export function sommeDeLuhnValide(chiffres: string): boolean {
  let somme = 0;
  for (let rang = 0; rang < chiffres.length; rang++) {
    let chiffre = Number(chiffres[chiffres.length - 1 - rang]);
    if (rang % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

export const siretValide = (siret: string): boolean =>
  /^\d{14}$/.test(siret) && (siret.startsWith(sirenLaPoste) || sommeDeLuhnValide(siret));

/** The French reason a typed SIRET is refused, or undefined when it can be looked up. */
export function erreurSiret(saisie: string): string | undefined {
  const siret = normaliserSiret(saisie);
  if (siret === "") return "Saisissez le numéro SIRET de la structure.";
  if (!/^\d+$/.test(siret)) return "Le SIRET ne contient que des chiffres.";
  if (siret.length !== 14) return `Le SIRET compte 14 chiffres (vous en avez saisi ${siret.length}).`;
  if (!siretValide(siret)) return "Ce numéro n'est pas un SIRET valide : vérifiez les chiffres saisis.";
  return undefined;
}
