import { buildIfMissing } from "./harness.ts";

/** Builds the site once before the browser test files run in parallel, rather than in each of them. */
export default function setup(): void {
  buildIfMissing();
}
