import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiFetch } from "./api.ts";

type Call = { url: string; init: RequestInit };

/** Replaces `fetch` with one that records the call and answers `response`. */
function answer(response: Response | Error): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  });
  return calls;
}

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("apiFetch", () => {
  it("returns the JSON body of a success, asking for JSON on the same origin", async () => {
    const calls = answer(jsonResponse(200, { status: "ok", database: "ok" }));
    expect(await apiFetch("/auth/health")).toEqual({ status: "ok", database: "ok" });
    expect(calls[0]?.url).toBe("/auth/health");
    expect(calls[0]?.init).toMatchObject({ method: "GET", credentials: "same-origin", body: null });
    expect(calls[0]?.init.headers).toEqual({ accept: "application/json" });
  });

  it("posts a JSON body", async () => {
    const calls = answer(jsonResponse(201, { id: "b1" }));
    await apiFetch("/beneficiaires", { json: { prenom: "Awa" } });
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.body).toBe('{"prenom":"Awa"}');
    expect(calls[0]?.init.headers).toMatchObject({ "content-type": "application/json" });
  });

  it("posts a file as multipart, leaving its content type to the browser", async () => {
    const calls = answer(jsonResponse(200, { lignes: [], valides: 0, invalides: 0 }));
    const formulaire = new FormData();
    formulaire.append("file", new Blob(["PK"]), "beneficiaires.xlsx");
    await apiFetch("/beneficiaires/import/analyse", { formulaire });
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.body).toBe(formulaire);
    expect(calls[0]?.init.headers).toEqual({ accept: "application/json" });
  });

  it("keeps the whole answer of a failure, for the calls that send more than the error", async () => {
    const rapport = {
      lignes: [{ numero: 4, valeurs: {}, erreurs: { nom: "Obligatoire" } }],
      valides: 0,
      invalides: 1,
    };
    answer(
      jsonResponse(400, {
        error: { code: "validation_error", message: "Rien n'a été importé." },
        ...rapport,
      }),
    );
    const error = await failure(apiFetch("/beneficiaires/import", { formulaire: new FormData() }));
    expect(error.corps).toMatchObject(rapport);
  });

  it("throws the house error with its French message and its fields", async () => {
    answer(
      jsonResponse(400, {
        error: {
          code: "validation_error",
          message: "Certains champs sont invalides. Corrigez-les puis réessayez.",
          fields: { anneeNaissance: "Nombre attendu" },
        },
      }),
    );
    const error = await failure(apiFetch("/beneficiaires", { json: {} }));
    expect(error).toMatchObject({
      status: 400,
      code: "validation_error",
      message: "Certains champs sont invalides. Corrigez-les puis réessayez.",
      fields: { anneeNaissance: "Nombre attendu" },
    });
  });

  it("gives a French message of its own when the answer has no house error", async () => {
    answer(jsonResponse(503, { status: "error", database: "error" }));
    const unavailable = await failure(apiFetch("/exports/health"));
    expect(unavailable).toMatchObject({ status: 503, code: "service_unavailable", fields: {} });
    expect(unavailable.message).toMatch(/indisponible/);

    answer(
      new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } }),
    );
    expect((await failure(apiFetch("/exports/health"))).message).toMatch(/erreur inattendue/);
  });

  it("turns a network failure into a French message", async () => {
    answer(new TypeError("fetch failed"));
    const error = await failure(apiFetch("/activites"));
    expect(error).toMatchObject({ status: 0, code: "network_error" });
    expect(error.message).toMatch(/Impossible de joindre le service/);
  });

  it("refuses anything but a path on the same origin", async () => {
    const calls = answer(jsonResponse(200, {}));
    await expect(apiFetch("https://example.org/x")).rejects.toThrow(TypeError);
    await expect(apiFetch("//example.org/x")).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });
});
