import type { DatabaseHandle } from "./database.ts";
import { openNeonDatabase } from "./neon.ts";
import { openPgliteDatabase } from "./pglite.ts";

export type DatabaseSettings = {
  url?: string | undefined;
  pgliteDataDir?: string | undefined;
  wsProxy?: string | undefined;
  secureWebSocket?: boolean | undefined;
  pipelineConnect?: boolean | undefined;
  poolMax?: number | undefined;
};

/** A server database when a URL is given (neon driver), else the embedded PGlite. */
export const openDatabase = async (settings: DatabaseSettings): Promise<DatabaseHandle> =>
  settings.url
    ? openNeonDatabase({ ...settings, url: settings.url })
    : openPgliteDatabase({ dataDir: settings.pgliteDataDir });
