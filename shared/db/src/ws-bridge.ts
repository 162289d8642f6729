import net from "node:net";
import { WebSocketServer } from "ws";

export type WsBridge = {
  /** `host:port/` to give as the neon driver's `wsProxy`. */
  readonly proxy: string;
  close(): Promise<void>;
};

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * A WebSocket-to-TCP bridge speaking the wsproxy protocol (`?address=host:port`), so that the neon
 * driver reaches a plain Postgres server. Local runs and tests only: it forwards to loopback addresses only.
 */
export const startWsBridge = async (): Promise<WsBridge> => {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));

  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://bridge").searchParams.get("address") ?? "";
    const separator = address.lastIndexOf(":");
    const host = address.slice(0, separator);
    const port = Number(address.slice(separator + 1));
    if (!LOOPBACK.has(host) || !Number.isInteger(port)) {
      socket.close(1008, "address not allowed");
      return;
    }
    const tcp = net.connect({ host, port });
    tcp.setNoDelay(true); // Postgres exchanges small messages: no Nagle delay
    tcp.on("data", (chunk) => socket.send(chunk));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("message", (data) => tcp.write(data as Buffer));
    socket.on("close", () => tcp.destroy());
    socket.on("error", () => tcp.destroy());
  });

  // The bridge must never keep a test process or the local platform alive on its own.
  (server as unknown as { _server?: net.Server })._server?.unref();

  const { port } = server.address() as net.AddressInfo;
  return {
    proxy: `127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
};
