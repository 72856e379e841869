// `npm run package:teams`: writes build/forbedringsbot-teams.zip, the app package to upload to Teams.
// Needs MICROSOFT_APP_ID (the Azure Bot app id) and PUBLIC_URL (https://your-host) in the environment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../../config';
import { buildAppPackage, PackageError } from './build-app-package';

const OUT = new URL('../../../build/forbedringsbot-teams.zip', import.meta.url);

try {
  const config = loadConfig(process.env);
  const zip = await buildAppPackage({
    appId: config.teams.appId,
    publicUrl: config.publicUrlSet ? config.publicUrl : undefined,
  });
  mkdirSync(new URL('./', OUT), { recursive: true });
  writeFileSync(OUT, zip);
  console.log(`wrote ${fileURLToPath(OUT)} (${zip.length} bytes); upload it in Teams admin center → Manage apps`);
} catch (err) {
  if (!(err instanceof PackageError) && !(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
