import { useSessionProtegee } from "../lib/useSession.ts";

/**
 * Placed by a layout on pages that have no island of their own: sends a signed-out person to the sign-in
 * page, and, inside /coop, an unfinished inscription to /inscription. Renders nothing.
 */
export default function GardeSession({ inscriptionValidee = false }: { inscriptionValidee?: boolean }) {
  useSessionProtegee({ inscriptionValidee });
  return null;
}
