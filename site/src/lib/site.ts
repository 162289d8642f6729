/** Names shown in the header, the footer and every page title. */
export const serviceName = "La Coop de la médiation numérique";
export const serviceTagline = "L'outil des médiateurs et médiatrices numériques";

/** "Connexion" → "Connexion - La Coop de la médiation numérique". */
export const pageTitle = (title: string): string => `${title} - ${serviceName}`;
