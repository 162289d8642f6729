// The communes file of @etalab/decoupage-administratif, behind a module of its own so that
// TypeScript reads the small declaration beside it instead of typing 8 MB of JSON.
export { default } from "@etalab/decoupage-administratif/data/communes.json" with { type: "json" };
