export * from "./formulaire.ts";
export { assainirNotes, texteDesNotes } from "./notes.ts";
