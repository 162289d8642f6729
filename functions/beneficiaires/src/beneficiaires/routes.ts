import { beneficiaireFormulaireSchema, z } from "@coop/domain";
import { type AppEnv, mediateurConnecte, requireJson, requireMediateurInscrit, validate } from "@coop/http";
import { Hono } from "hono";
import { creerBeneficiaire, modifierBeneficiaire } from "./ecriture.ts";
import { accompagnementsDe, beneficiaireParId } from "./lecture.ts";
import { listerBeneficiaires, rechercherBeneficiaires, TRIS } from "./liste.ts";
import { beneficiaireIntrouvable } from "./portee.ts";
import { supprimerBeneficiaires } from "./suppression.ts";

export const LIGNES_MAX = 100;
const ID = "/:id{[0-9a-fA-F-]{36}}";

const recherche = z.string().max(200, "La recherche ne doit pas dépasser 200 caractères.").optional();
const page = z.coerce
  .number({ error: "Numéro de page invalide." })
  .int("Numéro de page invalide.")
  .min(1, "Numéro de page invalide.")
  .max(100_000, "Numéro de page invalide.")
  .default(1);

const listeQuery = z.object({
  recherche,
  tri: z.enum(TRIS, { error: "Tri inconnu." }).default("nom"),
  ordre: z.enum(["asc", "desc"], { error: "Ordre inconnu : asc ou desc." }).default("asc"),
  page,
  lignes: z.coerce
    .number({ error: "Nombre de lignes invalide." })
    .int("Nombre de lignes invalide.")
    .min(1, `Le nombre de lignes doit être compris entre 1 et ${LIGNES_MAX}.`)
    .max(LIGNES_MAX, `Le nombre de lignes doit être compris entre 1 et ${LIGNES_MAX}.`)
    .default(20),
});

const identifiants = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").filter(Boolean))
    .pipe(z.array(z.uuid(message)).max(1000, "Trop d'identifiants."));

const rechercheQuery = z.object({
  q: recherche,
  exclure: identifiants("Identifiant de bénéficiaire invalide."),
});

const idParam = z.object({ id: z.uuid("Identifiant de bénéficiaire invalide.") });

const suppressionBody = z.object({
  ids: z
    .array(z.uuid("Identifiant de bénéficiaire invalide."), {
      error: "Choisissez les bénéficiaires à supprimer.",
    })
    .min(1, "Choisissez les bénéficiaires à supprimer.")
    .max(1000, "Pas plus de 1 000 bénéficiaires à la fois."),
});

/** The médiateur's bénéficiaires: list, CRA search, page, accompagnements, form, deletion. */
export const beneficiairesRoutes = () =>
  new Hono<AppEnv>()
    .get("/", requireMediateurInscrit, validate("query", listeQuery), async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json(await listerBeneficiaires(c.var.db, mediateurId, c.req.valid("query")));
    })
    .get("/recherche", requireMediateurInscrit, validate("query", rechercheQuery), async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({
        beneficiaires: await rechercherBeneficiaires(c.var.db, mediateurId, c.req.valid("query")),
      });
    })
    .post(
      "/",
      requireMediateurInscrit,
      requireJson,
      validate("json", beneficiaireFormulaireSchema),
      async (c) => {
        const auteur = mediateurConnecte(c);
        const id = await creerBeneficiaire(c.var.db, auteur, c.req.valid("json"));
        return c.json({ beneficiaire: await beneficiaireParId(c.var.db, auteur.mediateurId, id) }, 201);
      },
    )
    .post(
      "/suppression",
      requireMediateurInscrit,
      requireJson,
      validate("json", suppressionBody),
      async (c) => {
        const supprimes = await supprimerBeneficiaires(
          c.var.db,
          mediateurConnecte(c),
          c.req.valid("json").ids,
        );
        return c.json({ supprimes });
      },
    )
    .get(ID, requireMediateurInscrit, validate("param", idParam), async (c) => {
      const { mediateurId } = mediateurConnecte(c);
      return c.json({
        beneficiaire: await beneficiaireParId(c.var.db, mediateurId, c.req.valid("param").id),
      });
    })
    .get(
      `${ID}/accompagnements`,
      requireMediateurInscrit,
      validate("param", idParam),
      validate("query", z.object({ page })),
      async (c) => {
        const { mediateurId } = mediateurConnecte(c);
        const { id } = c.req.valid("param");
        return c.json(await accompagnementsDe(c.var.db, mediateurId, id, c.req.valid("query").page));
      },
    )
    .put(
      ID,
      requireMediateurInscrit,
      requireJson,
      validate("param", idParam),
      validate("json", beneficiaireFormulaireSchema),
      async (c) => {
        const auteur = mediateurConnecte(c);
        const { id } = c.req.valid("param");
        await modifierBeneficiaire(c.var.db, auteur, id, c.req.valid("json"));
        return c.json({ beneficiaire: await beneficiaireParId(c.var.db, auteur.mediateurId, id) });
      },
    )
    .delete(ID, requireMediateurInscrit, validate("param", idParam), async (c) => {
      const { id } = c.req.valid("param");
      await supprimerBeneficiaires(c.var.db, mediateurConnecte(c), [id], beneficiaireIntrouvable);
      return c.body(null, 204);
    });
