import { describe, expect, it } from "vitest";
import { adresseProConnect, codeAffichable, explicationGenerique, expliquerErreur } from "./connexion.ts";
import { cheminLocal } from "./session.ts";

describe("adresseProConnect", () => {
  it("passes a local path as retour, and nothing else", () => {
    expect(adresseProConnect("/coop/mon-compte?onglet=2")).toBe(
      "/auth/proconnect/connexion?retour=%2Fcoop%2Fmon-compte%3Fonglet%3D2",
    );
    expect(adresseProConnect(null)).toBe("/auth/proconnect/connexion");
    for (const ailleurs of ["https://exemple.fr", "//exemple.fr", "/\\exemple.fr", "coop", "/a b"])
      expect(adresseProConnect(ailleurs)).toBe("/auth/proconnect/connexion");
  });

  it("uses the server's rule for local paths", () => {
    expect(cheminLocal("/")).toBe("/");
    expect(cheminLocal("")).toBeUndefined();
  });
});

describe("expliquerErreur", () => {
  it("explains every code the auth function sends", () => {
    const codes = [
      "session_de_connexion_invalide",
      "connexion_annulee",
      "erreur_fournisseur",
      "code_refused",
      "invalid_id_token",
      "invalid_nonce",
      "invalid_userinfo",
      "missing_email",
      "userinfo_refused",
      "provider_unavailable",
      "proconnect_indisponible",
      "trop_de_tentatives",
      "compte_desactive",
      "lien_invalide",
    ];
    for (const code of codes) expect(expliquerErreur(code), code).not.toBe(explicationGenerique);
    expect(expliquerErreur("compte_desactive").reessayable).toBe(false);
  });

  it("falls back to a generic explanation, never to an inherited property", () => {
    expect(expliquerErreur("inconnu")).toBe(explicationGenerique);
    expect(expliquerErreur("toString")).toBe(explicationGenerique);
    expect(expliquerErreur(null)).toBe(explicationGenerique);
  });

  it("shows only plain codes", () => {
    expect(codeAffichable("code_refused")).toBe("code_refused");
    expect(codeAffichable("Appelez le 0800 000 000")).toBeUndefined();
  });
});
