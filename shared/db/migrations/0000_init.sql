CREATE SCHEMA "coop";
--> statement-breakpoint
CREATE TYPE "coop"."api_client_scope" AS ENUM('statistiques', 'activites', 'structures', 'lieux_activite', 'utilisateurs');--> statement-breakpoint
CREATE TYPE "coop"."autonomie" AS ENUM('entierement_accompagne', 'partiellement_autonome', 'autonome');--> statement-breakpoint
CREATE TYPE "coop"."dispositif_programme_national" AS ENUM('Aidants Connect', 'Bibliothèques numérique de référence', 'Certification PIX', 'Conseillers numériques', 'Emmaüs Connect', 'France Services', 'Grande école du numérique', 'La Croix Rouge', 'Point d''accès numérique CAF', 'Promeneurs du net', 'Relais numérique (Emmaüs Connect)');--> statement-breakpoint
CREATE TYPE "coop"."echelon_territorial" AS ENUM('communal', 'intercommunal', 'departemental', 'regional', 'national');--> statement-breakpoint
CREATE TYPE "coop"."formation_label" AS ENUM('Formé à « Mon Espace Santé »', 'Formé à « DUPLEX » (illettrisme)', 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)', 'Collectif ressources et acteurs réemploi (Normandie)', 'Fabriques de Territoire', 'Les Éclaireurs du numérique (Drôme)', 'Mes Papiers (Métropole de Lyon)', 'ORDI 3.0', 'SUD LABS (PACA)');--> statement-breakpoint
CREATE TYPE "coop"."frais_a_charge" AS ENUM('Gratuit', 'Gratuit sous condition', 'Payant');--> statement-breakpoint
CREATE TYPE "coop"."genre" AS ENUM('masculin', 'feminin', 'non_communique');--> statement-breakpoint
CREATE TYPE "coop"."initiative" AS ENUM('initiative', 'demande');--> statement-breakpoint
CREATE TYPE "coop"."itinerance" AS ENUM('Itinérant', 'Fixe');--> statement-breakpoint
CREATE TYPE "coop"."materiel" AS ENUM('ordinateur', 'telephone', 'tablette', 'autre', 'aucun');--> statement-breakpoint
CREATE TYPE "coop"."modalite_acces" AS ENUM('Se présenter', 'Téléphoner', 'Contacter par mail', 'Prendre un RDV en ligne', 'Ce lieu n''accueille pas de public', 'Envoyer un mail avec une fiche de prescription');--> statement-breakpoint
CREATE TYPE "coop"."modalite_accompagnement" AS ENUM('En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance');--> statement-breakpoint
CREATE TYPE "coop"."mutation_name" AS ENUM('valider_inscription', 'modifier_utilisateur', 'reset_inscription', 'usurper_utilisateur', 'creer_mediateur', 'modifier_mediateur', 'supprimer_mediateur', 'creer_coordinateur', 'modifier_coordinateur', 'supprimer_coordinateur', 'creer_mediateur_coordonne', 'supprimer_mediateur_coordonne', 'inviter_mediateurs_coordonnes', 'accepter_invitation_mediateur_coordonne', 'annuler_invitation_mediateur_coordonne', 'refuser_invitation_mediateur_coordonne', 'renvoyer_invitation_mediateur_coordonne', 'supprimer_definitivement_mediateur_coordonne', 'set_mediateur_visibility', 'creer_activite', 'modifier_activite', 'supprimer_activite', 'creer_activite_coordination', 'modifier_activite_coordination', 'supprimer_activite_coordination', 'creer_beneficiaire', 'modifier_beneficiaire', 'supprimer_beneficiaire', 'importer_beneficiaires', 'creer_structure', 'modifier_structure', 'mise_a_jour_structures_cartographie_nationale', 'creer_employe_structure', 'modifier_employe_structure', 'supprimer_employe_structure', 'creer_mediateur_en_activite', 'supprimer_mediateur_en_activite', 'changer_roles');--> statement-breakpoint
CREATE TYPE "coop"."nature_partenariat" AS ENUM('parcours_usager', 'subvention', 'coordination_departementale', 'rdv_elu', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."niveau_atelier" AS ENUM('debutant', 'intermediaire', 'avance');--> statement-breakpoint
CREATE TYPE "coop"."onboarding_status" AS ENUM('reminder_j7_sent', 'reminder_j30_sent', 'reminder_j60_sent', 'nouveau_j7_sent', 'nouveau_j30_sent', 'nouveau_j60_sent', 'warning_j90_sent');--> statement-breakpoint
CREATE TYPE "coop"."organisateur" AS ENUM('ma_structure', 'commune', 'epci', 'departement', 'region', 'association', 'entreprise', 'hub', 'etat', 'groupement', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."prise_en_charge_specifique" AS ENUM('Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Illettrisme', 'Langues étrangères (anglais)', 'Langues étrangères (autres)', 'Déficience visuelle');--> statement-breakpoint
CREATE TYPE "coop"."profil_inscription" AS ENUM('mediateur', 'coordinateur', 'conseiller-numerique', 'coordinateur-conseiller-numerique');--> statement-breakpoint
CREATE TYPE "coop"."public_specifiquement_adresse" AS ENUM('Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes');--> statement-breakpoint
CREATE TYPE "coop"."service" AS ENUM('Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien', 'Insertion professionnelle via le numérique', 'Utilisation sécurisée du numérique', 'Parentalité et éducation avec le numérique', 'Loisirs et créations numériques', 'Compréhension du monde numérique', 'Accès internet et matériel informatique', 'Acquisition de matériel informatique à prix solidaire');--> statement-breakpoint
CREATE TYPE "coop"."statut_social" AS ENUM('scolarise', 'sans_emploi', 'en_emploi', 'retraite', 'non_communique');--> statement-breakpoint
CREATE TYPE "coop"."structure_de_redirection" AS ENUM('administration', 'mediation_numerique', 'operateur_ou_organisme_en_charge', 'aide_sociale', 'insertion_professionnelle', 'aide_aux_demarches_administratives', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."thematique_animation" AS ENUM('partage', 'reseau', 'soutien', 'professionnel', 'rh', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."thematique" AS ENUM('diagnostic_numerique', 'prendre_en_main_du_materiel', 'maintenance_de_materiel', 'gere_ses_contenus_numeriques', 'navigation_sur_internet', 'email', 'bureautique', 'reseaux_sociaux', 'sante', 'banque_et_achats_en_ligne', 'entrepreneuriat', 'insertion_professionnelle', 'securite_numerique', 'parentalite', 'scolarite_et_numerique', 'creer_avec_le_numerique', 'culture_numerique', 'intelligence_artificielle', 'aide_aux_demarches_administratives', 'papiers_elections_citoyennete', 'famille_scolarite', 'social_sante', 'travail_formation', 'logement', 'transports_mobilite', 'argent_impots', 'justice', 'etrangers_europe', 'loisirs_sports_culture', 'associations');--> statement-breakpoint
CREATE TYPE "coop"."tranche_age" AS ENUM('moins_de_douze', 'douze_dix_huit', 'dix_huit_vingt_quatre', 'vingt_cinq_trente_neuf', 'quarante_cinquante_neuf', 'soixante_soixante_neuf', 'soixante_dix_plus', 'non_communique');--> statement-breakpoint
CREATE TYPE "coop"."type_activite_coordination" AS ENUM('animation', 'evenement', 'partenariat');--> statement-breakpoint
CREATE TYPE "coop"."type_activite" AS ENUM('individuel', 'collectif');--> statement-breakpoint
CREATE TYPE "coop"."type_animation" AS ENUM('assemblee', 'comite', 'groupe_de_travail', 'echange', 'reunion_coordination', 'webinaire', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."type_evenement" AS ENUM('grand_public', 'national', 'inclusion_numerique', 'nec_local', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."type_lieu" AS ENUM('lieu_activite', 'domicile', 'a_distance', 'autre');--> statement-breakpoint
CREATE TYPE "coop"."user_feature_flag" AS ENUM('assistant');--> statement-breakpoint
CREATE TYPE "coop"."user_role" AS ENUM('user', 'support', 'admin');--> statement-breakpoint
CREATE TABLE "coop"."accompagnements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiaire_id" uuid NOT NULL,
	"activite_id" uuid NOT NULL,
	"premier_accompagnement" boolean DEFAULT false NOT NULL,
	CONSTRAINT "accompagnements_beneficiaire_activite_key" UNIQUE("beneficiaire_id","activite_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."activite_coordination_tags" (
	"activite_coordination_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "activite_coordination_tags_activite_coordination_id_tag_id_pk" PRIMARY KEY("activite_coordination_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."activite_tags" (
	"activite_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "activite_tags_activite_id_tag_id_pk" PRIMARY KEY("activite_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."activites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "coop"."type_activite" NOT NULL,
	"mediateur_id" uuid NOT NULL,
	"accompagnements_count" integer DEFAULT 0 NOT NULL,
	"date" date NOT NULL,
	"duree" integer NOT NULL,
	"notes" text,
	"structure_employeuse_id" uuid,
	"type_lieu" "coop"."type_lieu" NOT NULL,
	"structure_id" uuid,
	"lieu_code_postal" text,
	"lieu_commune" text,
	"lieu_code_insee" text,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"rdv_service_public_id" integer,
	"rdv_id" integer,
	"autonomie" "coop"."autonomie",
	"oriente_vers_structure" boolean,
	"structure_de_redirection" "coop"."structure_de_redirection",
	"precisions_demarche" text,
	"materiel" "coop"."materiel"[] DEFAULT '{}' NOT NULL,
	"thematiques" "coop"."thematique"[] DEFAULT '{}' NOT NULL,
	"titre_atelier" text,
	"niveau" "coop"."niveau_atelier",
	"v1_cra_id" text,
	"v1_cra_id_pg" integer,
	"v1_structure_id" text,
	"v1_permanence_id" text,
	CONSTRAINT "activites_rdvId_unique" UNIQUE("rdv_id"),
	CONSTRAINT "activites_v1CraId_unique" UNIQUE("v1_cra_id"),
	CONSTRAINT "activites_duree_check" CHECK ("coop"."activites"."duree" > 0),
	CONSTRAINT "activites_lieu_activite_check" CHECK (("coop"."activites"."type_lieu" = 'lieu_activite') = ("coop"."activites"."structure_id" is not null) or "coop"."activites"."v1_cra_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "coop"."activite_coordination" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "coop"."type_activite_coordination" NOT NULL,
	"coordinateur_id" uuid NOT NULL,
	"date" date NOT NULL,
	"duree" integer,
	"notes" text,
	"echelon_territorial" "coop"."echelon_territorial",
	"nom" text,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"mediateurs" integer,
	"structures" integer,
	"autres_acteurs" integer,
	"type_animation" "coop"."type_animation",
	"type_animation_autre" text,
	"initiative" "coop"."initiative",
	"thematiques_animation" "coop"."thematique_animation"[] DEFAULT '{}' NOT NULL,
	"thematique_animation_autre" text,
	"participants" integer,
	"type_evenement" "coop"."type_evenement",
	"type_evenement_autre" text,
	"organisateurs" "coop"."organisateur"[] DEFAULT '{}' NOT NULL,
	"organisateur_autre" text,
	"nature_partenariat" "coop"."nature_partenariat"[] DEFAULT '{}' NOT NULL,
	"nature_partenariat_autre" text,
	"structures_partenaires" jsonb
);
--> statement-breakpoint
CREATE TABLE "coop"."tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"description" text,
	"departement" text,
	"mediateur_id" uuid,
	"coordinateur_id" uuid,
	"equipe" boolean DEFAULT false NOT NULL,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	CONSTRAINT "tags_nom_check" CHECK (char_length("coop"."tags"."nom") between 3 and 80),
	CONSTRAINT "tags_description_check" CHECK (char_length("coop"."tags"."description") <= 280)
);
--> statement-breakpoint
CREATE TABLE "coop"."beneficiaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediateur_id" uuid NOT NULL,
	"anonyme" boolean DEFAULT false NOT NULL,
	"attributions_aleatoires" boolean DEFAULT false NOT NULL,
	"v1_imported" timestamp with time zone,
	"prenom" text,
	"nom" text,
	"telephone" text,
	"pas_de_telephone" boolean,
	"email" text,
	"annee_naissance" integer,
	"adresse" text,
	"commune" text,
	"commune_code_postal" text,
	"commune_code_insee" text,
	"genre" "coop"."genre",
	"tranche_age" "coop"."tranche_age",
	"statut_social" "coop"."statut_social",
	"notes" text,
	"import" timestamp with time zone,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"fusion_vers_id" uuid,
	"accompagnements_count" integer DEFAULT 0 NOT NULL,
	"rdv_service_public_id" integer,
	"rdv_user_id" integer,
	CONSTRAINT "beneficiaires_annee_naissance_check" CHECK ("coop"."beneficiaires"."annee_naissance" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "coop"."cras_conseiller_numerique_v1" (
	"id" text PRIMARY KEY NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"v1_conseiller_numerique_id" text NOT NULL,
	"canal" text NOT NULL,
	"activite" text NOT NULL,
	"nb_participants" integer NOT NULL,
	"nb_participants_recurrents" integer NOT NULL,
	"age_moins12_ans" integer NOT NULL,
	"age_de12_a_18_ans" integer NOT NULL,
	"age_de18_a_35_ans" integer NOT NULL,
	"age_de35_a_60_ans" integer NOT NULL,
	"age_plus60_ans" integer NOT NULL,
	"statut_etudiant" integer NOT NULL,
	"statut_sans_emploi" integer NOT NULL,
	"statut_en_emploi" integer NOT NULL,
	"statut_retraite" integer NOT NULL,
	"statut_heterogene" integer NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sous_themes_equipement_informatique" text[] DEFAULT '{}'::text[] NOT NULL,
	"sous_themes_sante" text[] DEFAULT '{}'::text[] NOT NULL,
	"sous_themes_accompagner" text[] DEFAULT '{}'::text[] NOT NULL,
	"sous_themes_traitement_texte" text[] DEFAULT '{}'::text[] NOT NULL,
	"duree" text NOT NULL,
	"duree_minutes" integer NOT NULL,
	"accompagnement_individuel" integer NOT NULL,
	"accompagnement_atelier" integer NOT NULL,
	"accompagnement_redirection" integer NOT NULL,
	"code_postal" text NOT NULL,
	"nom_commune" text NOT NULL,
	"date_accompagnement" timestamp with time zone NOT NULL,
	"code_commune" text NOT NULL,
	"organismes" jsonb,
	"annotation" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone,
	"structure_id" text,
	"structure_id_pg" integer,
	"structure_type" text,
	"structure_statut" text,
	"structure_nom" text,
	"structure_siret" text,
	"structure_code_postal" text,
	"structure_nom_commune" text,
	"structure_code_commune" text,
	"structure_code_departement" text,
	"structure_code_region" text,
	CONSTRAINT "cras_conseiller_numerique_v1_createdAt_unique" UNIQUE("created_at")
);
--> statement-breakpoint
CREATE TABLE "coop"."coordinateurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"autres_conseillers_v_1_coordonnes" text[] DEFAULT '{}'::text[] NOT NULL,
	"derniere_creation_activite" timestamp with time zone,
	CONSTRAINT "coordinateurs_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."invitations_equipes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"coordinateur_id" uuid NOT NULL,
	"mediateur_id" uuid,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"acceptee" timestamp with time zone,
	"refusee" timestamp with time zone,
	"renvoyee" timestamp with time zone,
	CONSTRAINT "invitations_equipes_email_coordinateur_key" UNIQUE("email","coordinateur_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."mediateurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"is_visible" boolean DEFAULT false NOT NULL,
	"activites_count" integer DEFAULT 0 NOT NULL,
	"accompagnements_count" integer DEFAULT 0 NOT NULL,
	"beneficiaires_count" integer DEFAULT 0 NOT NULL,
	"derniere_creation_activite" timestamp with time zone,
	"derniere_creation_beneficiaire" timestamp with time zone,
	CONSTRAINT "mediateurs_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."mediateurs_coordonnes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediateur_id" uuid NOT NULL,
	"coordinateur_id" uuid NOT NULL,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coop"."mediateurs_en_activite" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediateur_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"debut_activite" date NOT NULL,
	"fin_activite" date,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"creation_par_id" uuid,
	"modification_par_id" uuid,
	"suppression_par_id" uuid
);
--> statement-breakpoint
CREATE TABLE "coop"."employes_structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"debut_emploi" date,
	"fin_emploi" date,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"creation_par_id" uuid,
	"modification_par_id" uuid,
	"suppression_par_id" uuid
);
--> statement-breakpoint
CREATE TABLE "coop"."structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_cartographie_nationale" text,
	"creation" timestamp with time zone DEFAULT now() NOT NULL,
	"modification" timestamp with time zone DEFAULT now() NOT NULL,
	"suppression" timestamp with time zone,
	"creation_par_id" uuid,
	"derniere_modification_par_id" uuid,
	"derniere_modification_source" text,
	"suppression_par_id" uuid,
	"nom" text NOT NULL,
	"adresse" text NOT NULL,
	"commune" text NOT NULL,
	"code_postal" text NOT NULL,
	"code_insee" text,
	"complement_adresse" text,
	"latitude" double precision,
	"longitude" double precision,
	"ban_id" text,
	"siret" text,
	"rna" text,
	"nom_usage" text,
	"synchronisation_siret" timestamp with time zone,
	"visible_pour_cartographie_nationale" boolean DEFAULT false NOT NULL,
	"typologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"presentation_resume" text,
	"presentation_detail" text,
	"site_web" text,
	"telephone" text,
	"courriels" text[] DEFAULT '{}'::text[] NOT NULL,
	"fiche_acces_libre" text,
	"horaires" text,
	"prise_rdv" text,
	"structure_parente" uuid,
	"services" "coop"."service"[] DEFAULT '{}' NOT NULL,
	"publics_specifiquement_adresses" "coop"."public_specifiquement_adresse"[] DEFAULT '{}' NOT NULL,
	"prise_en_charge_specifique" "coop"."prise_en_charge_specifique"[] DEFAULT '{}' NOT NULL,
	"frais_a_charge" "coop"."frais_a_charge"[] DEFAULT '{}' NOT NULL,
	"dispositif_programmes_nationaux" "coop"."dispositif_programme_national"[] DEFAULT '{}' NOT NULL,
	"formations_labels" "coop"."formation_label"[] DEFAULT '{}' NOT NULL,
	"autres_formations_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"itinerance" "coop"."itinerance"[] DEFAULT '{}' NOT NULL,
	"modalites_acces" "coop"."modalite_acces"[] DEFAULT '{}' NOT NULL,
	"modalites_accompagnement" "coop"."modalite_accompagnement"[] DEFAULT '{}' NOT NULL,
	"nom_referent" text,
	"courriel_referent" text,
	"telephone_referent" text,
	"v1_imported" timestamp with time zone,
	"v1_structure_id" text,
	"v1_structure_id_pg" integer,
	"v1_permanence_id" text,
	"activites_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "structures_idCartographieNationale_unique" UNIQUE("id_cartographie_nationale"),
	CONSTRAINT "structures_code_postal_check" CHECK ("coop"."structures"."code_postal" ~ '^[0-9]{5}$'),
	CONSTRAINT "structures_presentation_resume_check" CHECK (char_length("coop"."structures"."presentation_resume") <= 280),
	CONSTRAINT "structures_derniere_modification_check" CHECK ("coop"."structures"."derniere_modification_par_id" is null or "coop"."structures"."derniere_modification_source" is null)
);
--> statement-breakpoint
CREATE TABLE "coop"."api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"scopes" "coop"."api_client_scope"[] DEFAULT '{}' NOT NULL,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"updated" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_clients_name_unique" UNIQUE("name"),
	CONSTRAINT "api_clients_scopes_check" CHECK (cardinality("coop"."api_clients"."scopes") >= 1)
);
--> statement-breakpoint
CREATE TABLE "coop"."images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"upload_key" text NOT NULL,
	"alt_text" text,
	"blur_url" text,
	"width" integer,
	"height" integer,
	"crop_height" real,
	"crop_width" real,
	"crop_top" real,
	"crop_left" real,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "images_uploadKey_unique" UNIQUE("upload_key")
);
--> statement-breakpoint
CREATE TABLE "coop"."job_executions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"started" timestamp with time zone DEFAULT now() NOT NULL,
	"completed" timestamp with time zone,
	"errored" timestamp with time zone,
	"duration" integer,
	"data" jsonb,
	"result" jsonb,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "coop"."maintenances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"message" text,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "coop"."mutations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"nom" "coop"."mutation_name" NOT NULL,
	"duration" integer NOT NULL,
	"data" jsonb NOT NULL,
	"timestamp" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop"."partage_statistiques" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediateur_id" uuid,
	"coordinateur_id" uuid,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" timestamp with time zone,
	CONSTRAINT "partage_statistiques_mediateurId_unique" UNIQUE("mediateur_id"),
	CONSTRAINT "partage_statistiques_coordinateurId_unique" UNIQUE("coordinateur_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."uploads" (
	"key" text PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"name" text NOT NULL,
	"size" bigint,
	"uploader_id" uuid,
	"created" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop"."accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_account_key" UNIQUE("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "coop"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_token" text NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	"usurper_id" uuid,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_sessionToken_unique" UNIQUE("session_token")
);
--> statement-breakpoint
CREATE TABLE "coop"."users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text,
	"last_name" text,
	"name" text,
	"email" text NOT NULL,
	"phone" text,
	"role" "coop"."user_role" DEFAULT 'user' NOT NULL,
	"email_verified" timestamp with time zone,
	"image_id" uuid,
	"location" text,
	"title" text,
	"description" text,
	"timezone" text DEFAULT 'Europe/Paris' NOT NULL,
	"feature_flags" "coop"."user_feature_flag"[] DEFAULT '{}' NOT NULL,
	"is_fixture" boolean DEFAULT false NOT NULL,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"updated" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" timestamp with time zone,
	"last_login" timestamp with time zone,
	"last_seen" timestamp with time zone,
	"v1_imported" timestamp with time zone,
	"dataspace_id" integer,
	"dataspace_user_id_pg" integer,
	"siret" text,
	"is_conseiller_numerique" boolean DEFAULT false NOT NULL,
	"profil_inscription" "coop"."profil_inscription",
	"synced_from_dataspace" timestamp with time zone,
	"last_synced_from_dataspace" timestamp with time zone,
	"imported_lieux_from_dataspace" timestamp with time zone,
	"acceptation_cgu" timestamp with time zone,
	"donnees_conseiller_numerique_v_1_importees" timestamp with time zone,
	"donnees_coordinateur_conseiller_numerique_v_1_importees" timestamp with time zone,
	"structure_employeuse_renseignee" timestamp with time zone,
	"lieux_activite_renseignes" timestamp with time zone,
	"inscription_validee" timestamp with time zone,
	"has_seen_onboarding" timestamp with time zone,
	"onboarding_status" "coop"."onboarding_status",
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_created_id_key" UNIQUE("created","id")
);
--> statement-breakpoint
CREATE TABLE "coop"."verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_token_unique" UNIQUE("token"),
	CONSTRAINT "verification_tokens_identifier_token_key" UNIQUE("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "coop"."accompagnements" ADD CONSTRAINT "accompagnements_beneficiaire_id_beneficiaires_id_fk" FOREIGN KEY ("beneficiaire_id") REFERENCES "coop"."beneficiaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."accompagnements" ADD CONSTRAINT "accompagnements_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "coop"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activite_coordination_tags" ADD CONSTRAINT "activite_coordination_tags_activite_coordination_id_activite_coordination_id_fk" FOREIGN KEY ("activite_coordination_id") REFERENCES "coop"."activite_coordination"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activite_coordination_tags" ADD CONSTRAINT "activite_coordination_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "coop"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activite_tags" ADD CONSTRAINT "activite_tags_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "coop"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activite_tags" ADD CONSTRAINT "activite_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "coop"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activites" ADD CONSTRAINT "activites_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activites" ADD CONSTRAINT "activites_structure_employeuse_id_structures_id_fk" FOREIGN KEY ("structure_employeuse_id") REFERENCES "coop"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activites" ADD CONSTRAINT "activites_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "coop"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."activite_coordination" ADD CONSTRAINT "activite_coordination_coordinateur_id_coordinateurs_id_fk" FOREIGN KEY ("coordinateur_id") REFERENCES "coop"."coordinateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."tags" ADD CONSTRAINT "tags_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."tags" ADD CONSTRAINT "tags_coordinateur_id_coordinateurs_id_fk" FOREIGN KEY ("coordinateur_id") REFERENCES "coop"."coordinateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."beneficiaires" ADD CONSTRAINT "beneficiaires_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."coordinateurs" ADD CONSTRAINT "coordinateurs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."invitations_equipes" ADD CONSTRAINT "invitations_equipes_coordinateur_id_coordinateurs_id_fk" FOREIGN KEY ("coordinateur_id") REFERENCES "coop"."coordinateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."invitations_equipes" ADD CONSTRAINT "invitations_equipes_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs" ADD CONSTRAINT "mediateurs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_coordonnes" ADD CONSTRAINT "mediateurs_coordonnes_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_coordonnes" ADD CONSTRAINT "mediateurs_coordonnes_coordinateur_id_coordinateurs_id_fk" FOREIGN KEY ("coordinateur_id") REFERENCES "coop"."coordinateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_en_activite" ADD CONSTRAINT "mediateurs_en_activite_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_en_activite" ADD CONSTRAINT "mediateurs_en_activite_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "coop"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_en_activite" ADD CONSTRAINT "mediateurs_en_activite_creation_par_id_users_id_fk" FOREIGN KEY ("creation_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_en_activite" ADD CONSTRAINT "mediateurs_en_activite_modification_par_id_users_id_fk" FOREIGN KEY ("modification_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mediateurs_en_activite" ADD CONSTRAINT "mediateurs_en_activite_suppression_par_id_users_id_fk" FOREIGN KEY ("suppression_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."employes_structures" ADD CONSTRAINT "employes_structures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."employes_structures" ADD CONSTRAINT "employes_structures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "coop"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."employes_structures" ADD CONSTRAINT "employes_structures_creation_par_id_users_id_fk" FOREIGN KEY ("creation_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."employes_structures" ADD CONSTRAINT "employes_structures_modification_par_id_users_id_fk" FOREIGN KEY ("modification_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."employes_structures" ADD CONSTRAINT "employes_structures_suppression_par_id_users_id_fk" FOREIGN KEY ("suppression_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."structures" ADD CONSTRAINT "structures_creation_par_id_users_id_fk" FOREIGN KEY ("creation_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."structures" ADD CONSTRAINT "structures_derniere_modification_par_id_users_id_fk" FOREIGN KEY ("derniere_modification_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."structures" ADD CONSTRAINT "structures_suppression_par_id_users_id_fk" FOREIGN KEY ("suppression_par_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."images" ADD CONSTRAINT "images_upload_key_uploads_key_fk" FOREIGN KEY ("upload_key") REFERENCES "coop"."uploads"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."maintenances" ADD CONSTRAINT "maintenances_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."mutations" ADD CONSTRAINT "mutations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."partage_statistiques" ADD CONSTRAINT "partage_statistiques_mediateur_id_mediateurs_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "coop"."mediateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."partage_statistiques" ADD CONSTRAINT "partage_statistiques_coordinateur_id_coordinateurs_id_fk" FOREIGN KEY ("coordinateur_id") REFERENCES "coop"."coordinateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."uploads" ADD CONSTRAINT "uploads_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "coop"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop"."sessions" ADD CONSTRAINT "sessions_usurper_id_users_id_fk" FOREIGN KEY ("usurper_id") REFERENCES "coop"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompagnements_activite_id_index" ON "coop"."accompagnements" USING btree ("activite_id");--> statement-breakpoint
CREATE INDEX "activite_tags_tag_id_index" ON "coop"."activite_tags" USING btree ("tag_id");--> statement-breakpoint
CREATE INDEX "activites_modification_id_index" ON "coop"."activites" USING btree ("modification" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activites_mediateur_id_date_index" ON "coop"."activites" USING btree ("mediateur_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activites_thematiques_index" ON "coop"."activites" USING gin ("thematiques");--> statement-breakpoint
CREATE INDEX "activite_coordination_coordinateur_id_date_index" ON "coop"."activite_coordination" USING btree ("coordinateur_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "beneficiaires_mediateur_id_suppression_index" ON "coop"."beneficiaires" USING btree ("mediateur_id","suppression");--> statement-breakpoint
CREATE INDEX "beneficiaires_mediateur_id_nom_prenom_index" ON "coop"."beneficiaires" USING btree ("mediateur_id","nom","prenom");--> statement-breakpoint
CREATE INDEX "cras_conseiller_numerique_v1_created_at_index" ON "coop"."cras_conseiller_numerique_v1" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cras_conseiller_numerique_v1_v1_conseiller_numerique_id_index" ON "coop"."cras_conseiller_numerique_v1" USING btree ("v1_conseiller_numerique_id");--> statement-breakpoint
CREATE INDEX "mediateurs_coordonnes_coordinateur_id_index" ON "coop"."mediateurs_coordonnes" USING btree ("coordinateur_id");--> statement-breakpoint
CREATE INDEX "mediateurs_coordonnes_mediateur_id_index" ON "coop"."mediateurs_coordonnes" USING btree ("mediateur_id");--> statement-breakpoint
CREATE INDEX "mediateurs_en_activite_mediateur_id_index" ON "coop"."mediateurs_en_activite" USING btree ("mediateur_id");--> statement-breakpoint
CREATE INDEX "mediateurs_en_activite_structure_id_index" ON "coop"."mediateurs_en_activite" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "employes_structures_user_id_index" ON "coop"."employes_structures" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "employes_structures_structure_id_index" ON "coop"."employes_structures" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "structures_creation_id_index" ON "coop"."structures" USING btree ("creation" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "structures_modification_id_index" ON "coop"."structures" USING btree ("modification" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "structures_siret_index" ON "coop"."structures" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "structures_code_insee_index" ON "coop"."structures" USING btree ("code_insee");--> statement-breakpoint
CREATE INDEX "job_executions_name_started_index" ON "coop"."job_executions" USING btree ("name","started" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mutations_user_id_timestamp_index" ON "coop"."mutations" USING btree ("user_id","timestamp" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "accounts_user_id_index" ON "coop"."accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "coop"."sessions" USING btree ("user_id");