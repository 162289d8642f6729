import { assainirNotes, NOTES_MAX } from "@coop/domain";
import { ApiError } from "@coop/http";

// Notes are rich text typed in the CRA form: the one allow-list of shared/domain (the bénéficiaires'
// notes go through it too) keeps p, br, strong, em, lists and http(s) links, and nothing that can run.

/** The notes as stored: sanitised, null when nothing is left; 400 on `notes` when too long. */
export const nettoyerNotes = (notes: string | null): string | null => {
  if (notes === null) return null;
  const propres = assainirNotes(notes).trim();
  if (propres.length > NOTES_MAX) {
    throw new ApiError("validation_error", {
      fields: { notes: `Les notes ne doivent pas dépasser ${NOTES_MAX.toLocaleString("fr-FR")} caractères.` },
    });
  }
  return propres === "" ? null : propres;
};
