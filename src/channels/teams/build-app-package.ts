import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { AppManifestUtils } from '@microsoft/app-manifest';

/** Folder of the manifest template, its localization file and icons. */
export const MANIFEST_DIR = new URL('../../../manifests/teams/', import.meta.url);

/** Files of the app package besides manifest.json, all at the zip root. */
const PACKAGE_FILES = ['en.json', 'color.png', 'outline.png'] as const;

/** URLs in the template with this host are placeholders for the bot's own host (PUBLIC_URL). */
const PLACEHOLDER_HOST = 'forbedringsbot.example';
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the package needs from config. */
export interface PackageSettings {
  /** MICROSOFT_APP_ID: the Azure Bot's app (client) id; becomes the Teams app id and the botId. */
  appId: string | undefined;
  /** PUBLIC_URL: the bot's public HTTPS base URL. */
  publicUrl: string | undefined;
}

/** Thrown when the settings cannot produce a valid package; the message says what to set. */
export class PackageError extends Error {
  override name = 'PackageError';
}

/** Reads the manifest template (manifests/teams/manifest.json). */
export function readManifestTemplate(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('manifest.json', MANIFEST_DIR), 'utf8')) as Record<string, unknown>;
}

/** Fills the app id (id, bots[0].botId) and the bot's host (validDomains, placeholder URLs) into the template. */
export function fillManifest(template: Record<string, unknown>, settings: PackageSettings): Record<string, unknown> {
  const { appId, publicUrl } = settings;
  if (!appId || !GUID.test(appId) || appId === PLACEHOLDER_ID)
    throw new PackageError('MICROSOFT_APP_ID must be set to the Azure Bot app id (a GUID)');
  if (!publicUrl) throw new PackageError("PUBLIC_URL must be set to the bot's public https:// address");
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:') throw new PackageError('PUBLIC_URL must be an https:// address for Teams');
  const host = url.host;
  const json = JSON.stringify(template)
    .replaceAll(PLACEHOLDER_ID, appId.toLowerCase())
    .replaceAll(`https://${PLACEHOLDER_HOST}/`, `${url.origin}/`)
    .replaceAll(`"${PLACEHOLDER_HOST}"`, JSON.stringify(host));
  return JSON.parse(json) as Record<string, unknown>;
}

/** Schema errors of a manifest, checked offline against the schemas bundled in @microsoft/app-manifest. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never);
}

/** Builds the app package zip: manifest.json, en.json and the two icons at the root. Refuses an invalid manifest. */
export async function buildAppPackage(settings: PackageSettings): Promise<Uint8Array> {
  const manifest = fillManifest(readManifestTemplate(), settings);
  const errors = await validateManifest(manifest);
  if (errors.length) throw new PackageError(`the Teams manifest is invalid:\n  ${errors.join('\n  ')}`);
  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const name of PACKAGE_FILES) files[name] = new Uint8Array(readFileSync(new URL(name, MANIFEST_DIR)));
  return zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
