// Child: the WebSocket-to-TCP bridge in a process of its own, so that under load neither the load
// generator nor the server under test shares an event loop with it.
import { startWsBridge } from "@coop/db/ws-bridge";
import { announceReady, onShutdown } from "./lifecycle.ts";

const bridge = await startWsBridge();
onShutdown(() => bridge.close());
announceReady({ proxy: bridge.proxy });
