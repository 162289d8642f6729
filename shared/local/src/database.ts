import { mkdir } from "node:fs/promises";
import type { DatabaseHandle } from "@coop/db";
import { migrateDatabase } from "@coop/db/migrate";
import type { DatabaseSettings } from "@coop/db/open";
import { openDatabase } from "@coop/db/open";
import { startWsBridge } from "@coop/db/ws-bridge";

export type LocalDatabase = DatabaseHandle & { description: string };

/**
 * The local platform's database, migrated: PGlite in its data folder by default (in memory when the
 * folder is ":memory:"), or the server at DATABASE_URL through the production driver. For a server on
 * this machine with no WebSocket proxy configured, an in-process bridge plays the proxy's part.
 */
export const openLocalDatabase = async (settings: DatabaseSettings): Promise<LocalDatabase> => {
  if (!settings.url) {
    const inMemory = settings.pgliteDataDir === ":memory:";
    if (!inMemory && settings.pgliteDataDir) await mkdir(settings.pgliteDataDir, { recursive: true });
    const handle = await openDatabase({ pgliteDataDir: inMemory ? undefined : settings.pgliteDataDir });
    await migrateDatabase(handle);
    return {
      ...handle,
      description: inMemory ? "PGlite (en mémoire)" : `PGlite (${settings.pgliteDataDir})`,
    };
  }

  let bridge: Awaited<ReturnType<typeof startWsBridge>> | undefined;
  let connection = settings;
  if (!settings.wsProxy) {
    bridge = await startWsBridge();
    connection = { ...settings, wsProxy: bridge.proxy, secureWebSocket: false };
  }
  const handle = await openDatabase(connection);
  await migrateDatabase(handle);
  const server = new URL(settings.url);
  return {
    ...handle,
    description: `PostgreSQL ${server.hostname}:${server.port || 5432}${server.pathname} (pilote neon)`,
    close: async () => {
      await handle.close();
      await bridge?.close();
    },
  };
};
