// A real SMTP server (smtp-server) that keeps every message in memory (parsed by mailparser),
// with a French web inbox and a JSON API: GET/DELETE /api/messages.
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { listen, readBody, sendHtml, sendJson } from "../http.ts";
import { inboxPage, messagePage, notFoundPage } from "./inbox-page.ts";

export interface CaughtMessage {
  id: string;
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  /** The From header as written, e.g. `La Coop <ne-pas-repondre@…>`. */
  from: string;
  subject: string;
  text: string;
  html?: string;
  /** ISO date of reception. */
  date: string;
}

export interface MailCatcherOptions {
  /** 0 (default) = a free port. */
  smtpPort?: number;
  webPort?: number;
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  messages(): Promise<CaughtMessage[]>;
  /** Resolves with the first message (already received or to come) matching the predicate. */
  waitForMessage(predicate: (message: CaughtMessage) => boolean, timeoutMs?: number): Promise<CaughtMessage>;
  clear(): void;
  close(): Promise<void>;
}

const addressText = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const store: CaughtMessage[] = [];
  const events = new EventEmitter();
  let nextId = 1;

  const smtp = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: no TLS to negotiate, any (or no) credentials accepted.
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "local" });
    },
    closeTimeout: 100,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message: CaughtMessage = {
            id: String(nextId++),
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from:
              addressText(mail.from) || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            ...(typeof mail.html === "string" ? { html: mail.html } : {}),
            date: new Date().toISOString(),
          };
          store.push(message);
          events.emit("message", message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const smtpPort = await new Promise<number>((resolve, reject) => {
    smtp.once("error", reject);
    const netServer = smtp.listen(options.smtpPort ?? 0, "127.0.0.1", () =>
      resolve((netServer.address() as AddressInfo).port),
    );
  });

  const web = await listen(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/api/messages") {
      if (req.method === "DELETE") {
        store.length = 0;
        res.writeHead(204).end();
      } else sendJson(res, 200, store);
      return;
    }
    if (url.pathname === "/vider" && req.method === "POST") {
      await readBody(req);
      store.length = 0;
      res.writeHead(303, { location: "/" }).end();
      return;
    }
    if (url.pathname === "/") {
      sendHtml(res, 200, inboxPage(store));
      return;
    }
    const match = /^\/messages\/([^/]+)$/.exec(url.pathname);
    const message = match ? store.find((m) => m.id === decodeURIComponent(match[1]!)) : undefined;
    if (message) sendHtml(res, 200, messagePage(message));
    else sendHtml(res, 404, notFoundPage());
  }, options.webPort);

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: web.url,
    messages: async () => store.map((m) => ({ ...m, to: [...m.to] })),
    waitForMessage(predicate, timeoutMs = 5_000) {
      const found = store.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onMessage = (message: CaughtMessage) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          events.off("message", onMessage);
          resolve(message);
        };
        const timer = setTimeout(() => {
          events.off("message", onMessage);
          reject(new Error(`No matching e-mail within ${timeoutMs} ms (${store.length} received)`));
        }, timeoutMs);
        events.on("message", onMessage);
      });
    },
    clear() {
      store.length = 0;
    },
    async close() {
      await Promise.all([new Promise<void>((resolve) => smtp.close(() => resolve())), web.close()]);
    },
  };
}
