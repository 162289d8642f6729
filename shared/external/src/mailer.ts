// Sends e-mails over SMTP with nodemailer (Scaleway TEM in production, the mail catcher locally).
import { createTransport } from "nodemailer";
import { ServiceExterneIndisponible } from "./errors.ts";

export interface EmailAEnvoyer {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
}

export interface MailerOptions {
  /** e.g. smtp://127.0.0.1:1025 locally, smtps://user:password@host:465 in production. */
  smtpUrl: string;
  /** e.g. `La Coop de la médiation numérique <ne-pas-repondre@…>` */
  from: string;
  timeoutMs?: number;
}

export interface Mailer {
  /** Throws ServiceExterneIndisponible when the SMTP server cannot take the message. */
  send(email: EmailAEnvoyer): Promise<{ messageId: string }>;
  close(): void;
}

export function createMailer(options: MailerOptions): Mailer {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const transport = createTransport({
    url: options.smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(email) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          ...(email.html ? { html: email.html } : {}),
        });
        return { messageId: info.messageId };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ServiceExterneIndisponible("Envoi d'e-mails", `SMTP: ${detail}`, { cause: error });
      }
    },
    close() {
      transport.close();
    },
  };
}
