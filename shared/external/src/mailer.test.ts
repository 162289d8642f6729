import { type MailCatcher, startMailCatcher } from "@coop/standins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, renderEmail, ServiceExterneIndisponible } from "./index.ts";

let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(() => catcher.close());

const from = "La Coop de la médiation numérique <ne-pas-repondre@coop-demo.fr>";

describe("mailer (against the mail catcher)", () => {
  it("sends an e-mail that can be read back, in text and HTML", async () => {
    const mailer = createMailer({ smtpUrl: catcher.smtpUrl, from });
    const contenu = renderEmail({
      titre: "Invitation à rejoindre une équipe sur La Coop de la médiation numérique",
      paragraphes: ["Sophie Marchand vous invite à rejoindre son équipe.", "À bientôt sur La Coop !"],
      bouton: { libelle: "Voir l'invitation", url: "http://127.0.0.1:3000/invitations/abc?x=1&y=2" },
    });
    await mailer.send({
      to: "Lea.Moreau@coop-demo.fr",
      subject: "Invitation à rejoindre une équipe sur La Coop de la médiation numérique",
      ...contenu,
    });
    mailer.close();

    const message = await catcher.waitForMessage((m) => m.to.includes("lea.moreau@coop-demo.fr"), 5_000);
    expect(message.subject).toBe("Invitation à rejoindre une équipe sur La Coop de la médiation numérique");
    expect(message.from).toContain("ne-pas-repondre@coop-demo.fr");
    expect(message.text).toContain("Sophie Marchand vous invite à rejoindre son équipe.");
    expect(message.text).toContain("Voir l'invitation : http://127.0.0.1:3000/invitations/abc?x=1&y=2");
    expect(message.html).toContain('href="http://127.0.0.1:3000/invitations/abc?x=1&amp;y=2"');
    expect(await catcher.messages()).toHaveLength(1);

    const inbox = await (await fetch(catcher.webUrl)).text();
    expect(inbox).toContain("Invitation à rejoindre une équipe");
    const api = (await (await fetch(`${catcher.webUrl}/api/messages`)).json()) as unknown[];
    expect(api).toHaveLength(1);
  });

  it("throws ServiceExterneIndisponible when no SMTP server answers", async () => {
    const other = await startMailCatcher();
    const smtpUrl = other.smtpUrl;
    await other.close();
    const mailer = createMailer({ smtpUrl, from, timeoutMs: 500 });
    const started = performance.now();
    await expect(mailer.send({ to: "x@exemple.fr", subject: "Test", text: "Test" })).rejects.toMatchObject({
      service: "Envoi d'e-mails",
      message: "Le service d'envoi d'e-mails est momentanément indisponible. Réessayez plus tard.",
    });
    await expect(mailer.send({ to: "x@exemple.fr", subject: "T", text: "T" })).rejects.toBeInstanceOf(
      ServiceExterneIndisponible,
    );
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe("renderEmail", () => {
  it("escapes the content and gives a text version", () => {
    const { html, text } = renderEmail({ titre: "Bonjour <Léa>", paragraphes: ["A & B"] });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Bonjour &lt;Léa&gt;");
    expect(html).toContain("A &amp; B");
    expect(text.startsWith("Bonjour <Léa>\n\nA & B\n")).toBe(true);
  });
});
