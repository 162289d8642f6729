// `pnpm dev`: the whole product on one machine, with no server to install.
import { fileURLToPath } from "node:url";
import { databaseSettings, loadConfig } from "@coop/config";
import { isDemoDataPresent, seedDemoData } from "./demo/index.ts";
import { startLocalPlatform } from "./platform.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const config = loadConfig();
const settings = databaseSettings(config);
if (!settings.url && !settings.pgliteDataDir?.startsWith("/")) {
  settings.pgliteDataDir = `${root}${settings.pgliteDataDir}`;
}

const platform = await startLocalPlatform({
  host: config.HOST,
  port: config.PORT,
  database: settings,
  environment: process.env,
  siteDir: `${root}site/dist`,
  prepare: async ({ db }) => {
    if (await isDemoDataPresent(db)) return;
    const started = performance.now();
    const summary = await seedDemoData(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Données de démonstration créées en ${seconds} s : ${summary.activites} activités, ${summary.beneficiaires} bénéficiaires.`,
    );
  },
});

console.log(`Base de données : ${platform.database.description}`);
console.log(`ProConnect (local) : ${platform.standins.urls.proconnectIssuer}`);
console.log(`Boîte de réception des e-mails : ${platform.standins.urls.mailInboxUrl}`);
console.log(`La Coop de la médiation numérique tourne sur ${platform.url}`);

const stop = async () => {
  await platform.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
