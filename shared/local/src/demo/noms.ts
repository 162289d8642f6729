// Common French first and last names: realistic-looking bénéficiaires, none of them a real person's record.

const words = (list: string) => list.trim().split(/\s+/);

export const prenomsFeminins = words(`
  Marie Nathalie Isabelle Sylvie Catherine Françoise Monique Christine Martine Valérie Sandrine Patricia
  Nicole Jacqueline Chantal Sophie Stéphanie Céline Julie Aurélie Camille Léa Manon Chloé Emma Inès Sarah
  Laura Pauline Amandine Fatima Aïcha Yasmina Samira Malika Josiane Odette Denise Ginette Simone Yvette
  Bernadette Annick Gwenaëlle Maëlle Nadège Karima Leïla Rose Jeanne Louise Océane Élodie Mélanie Justine
`);

export const prenomsMasculins = words(`
  Jean Michel Philippe Alain Patrick Nicolas Christophe Pierre Christian Éric Frédéric Laurent Stéphane
  David Pascal Daniel Sébastien Julien Thierry Olivier Bernard Thomas Alexandre Gérard Didier Dominique
  Bruno Jacques Marcel René André Roger Lucien Henri Yves Gilbert Karim Mohamed Rachid Mamadou Moussa
  Kevin Maxime Lucas Hugo Nathan Théo Enzo Mathis Yann Gwenaël Erwan Loïc Ibrahima Samuel Antoine Paul
`);

export const noms = words(`
  Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux
  David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure
  André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément
  Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer
  Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard
  Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix
  Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean
  Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher
  Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard
  Maillard Baron Bertin Bailly Hervé Schneider Fernandez Le_Gall Collet Léger Bouvier Julien Prévost Millet
  Perrot Daniel Le_Roux Cousin Germain Breton Besson Langlois Rémy Le_Goff Pelletier Lévêque Perrier Leblanc
  Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne
  Grondin Poulain Tessier Chevallier Collin Chauvin Da_Silva Bouchet Gay Lemaître Bénard Maréchal Humbert
  Benali Haddad Diallo Traoré Nguyen Tran Kaya Yilmaz Mendes Ferreira Cissé Bensaïd Kone Rakotomalala Ahmed
`).map((nom) => nom.replaceAll("_", " "));
