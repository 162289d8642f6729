import { Client, neonConfig, Pool } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import type { Database, DatabaseHandle } from "./database.ts";
import * as schema from "./schema/index.ts";

export type NeonOptions = {
  /** postgres://user:password@host:port/database */
  url: string;
  /**
   * Where the WebSocket-to-TCP proxy listens, as `host:port/path` (no scheme). The driver appends
   * `?address=<db host>:<db port>`, the protocol of Neon's wsproxy and of our local bridge.
   * Unset: the driver talks to `<db host>/v2`, which only Neon's own endpoints serve.
   */
  wsProxy?: string | undefined;
  /** wss:// (default) or ws:// to the proxy; TLS to Postgres is then left to the proxy. */
  secureWebSocket?: boolean | undefined;
  /** Send the password before the server asks (only with cleartext `password` auth, as Neon's proxy does). */
  pipelineConnect?: boolean | undefined;
  poolMax?: number | undefined;
};

export const openNeonDatabase = (options: NeonOptions): DatabaseHandle => {
  neonConfig.webSocketConstructor = globalThis.WebSocket;
  const secure = options.secureWebSocket ?? true;
  const proxy = options.wsProxy;
  // Settings of this pool's connections only: the driver's `neonConfig` defaults are process-wide,
  // and two pools (a function and a test's admin connection, say) may reach different proxies.
  const settings = {
    ...(proxy
      ? { wsProxy: (host: string, port: number | string) => `${proxy}?address=${host}:${port}` }
      : {}),
    useSecureWebSocket: secure,
    // Behind a plain-WebSocket proxy on a private network, Postgres' own TLS is not negotiated by the driver.
    forceDisablePgSSL: !secure,
    pipelineTLS: false,
    pipelineConnect: options.pipelineConnect ? ("password" as const) : (false as const),
    // Coalescing saves packets over the internet but adds about 1 ms a query on a fast link.
    coalesceWrites: secure,
  };
  class PoolClient extends Client {
    constructor(config?: ConstructorParameters<typeof Client>[0]) {
      super(config);
      Object.assign(this.neonConfig, settings);
    }
  }

  const pool = new Pool({ connectionString: options.url, max: options.poolMax ?? 5 });
  // The driver's Pool sets its own Client class as a field, over the `Client` option: replace it after.
  pool.Client = PoolClient;
  // An idle connection closed by the server (restart, failover, admin) is dropped from the pool;
  // without a listener the error would crash the whole function instance.
  pool.on("error", (error: Error) => {
    process.stderr.write(
      `${JSON.stringify({ level: "warn", message: "idle database connection lost", error: error.message })}\n`,
    );
  });
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "neon", close: () => pool.end() };
};
