// The Teams app manifest and package: schema-valid offline (schemas bundled in @microsoft/app-manifest),
// icons of the right size and colours, and a zip with manifest.json at its root.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildAppPackage,
  fillManifest,
  MANIFEST_DIR,
  PackageError,
  readManifestTemplate,
  validateManifest,
} from '../../../src/channels/teams/build-app-package';
import { colorIconSvg, outlineIconSvg, renderPng } from '../../../src/channels/teams/make-icons';
import { pngPixels, pngSize } from './png-pixels';

const APP_ID = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const SETTINGS = { appId: APP_ID, publicUrl: 'https://forbedringsbot.regionh.dk' };
const file = (name: string) => readFileSync(new URL(name, MANIFEST_DIR));

type Manifest = {
  id: string;
  $schema: string;
  manifestVersion: string;
  validDomains: string[];
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  localizationInfo: { additionalLanguages: Array<{ languageTag: string; file: string }> };
  bots: Array<{
    botId: string;
    scopes: string[];
    commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
  }>;
};

describe('Teams manifest', () => {
  it('pins a GA manifest version (1.24–1.27) with its $schema', () => {
    const m = readManifestTemplate() as unknown as Manifest;
    expect(['1.24', '1.25', '1.26', '1.27']).toContain(m.manifestVersion);
    expect(m.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('passes the official schema once the app id and host are filled in', async () => {
    const filled = fillManifest(readManifestTemplate(), SETTINGS) as unknown as Manifest;
    expect(await validateManifest(filled as unknown as Record<string, unknown>)).toEqual([]);
    expect(filled.id).toBe(APP_ID);
    expect(filled.bots[0]!.botId).toBe(APP_ID);
    expect(filled.validDomains).toEqual(['forbedringsbot.regionh.dk']);
    expect(filled.developer.websiteUrl).toBe('https://forbedringsbot.regionh.dk/');
    expect(JSON.stringify(filled)).not.toContain('forbedringsbot.example');
  });

  it('lists the bot in personal, team and group chat with Danish commands per scope', () => {
    const bot = (readManifestTemplate() as unknown as Manifest).bots[0]!;
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const byScope = Object.fromEntries(bot.commandLists.map((l) => [l.scopes.join(), l.commands.map((c) => c.title)]));
    expect(byScope.personal).toEqual(expect.arrayContaining(['hjælp', 'måling', 'graf', 'pdsa', 'status', 'join']));
    expect(byScope.team).toEqual(expect.arrayContaining(['hjælp', 'forbind', 'måling', 'graf', 'status']));
    expect(byScope.groupChat).toEqual(expect.arrayContaining(['hjælp', 'forbind']));
  });

  it('has an English localization file that matches the bundled localization schema and the commands', () => {
    const m = readManifestTemplate() as unknown as Manifest;
    const [english] = m.localizationInfo.additionalLanguages;
    expect(english).toEqual({ languageTag: 'en', file: 'en.json' });
    const en = JSON.parse(file('en.json').toString('utf8')) as Record<string, string>;
    const schemaPath = `../../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.Localization.schema.json`;
    const { $schema: _draft04, ...schema } = JSON.parse(
      readFileSync(new URL(schemaPath, import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    // The schema is draft-04 with non-unicode regexes; its keywords here are the same in ajv's default draft.
    const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
    expect(validate(en), JSON.stringify(validate.errors)).toBe(true);
    for (const key of Object.keys(en).filter((k) => k.startsWith('bots['))) {
      const [, list, command] = /^bots\[0\]\.commandLists\[(\d)\]\.commands\[(\d+)\]/.exec(key)!;
      expect(m.bots[0]!.commandLists[Number(list)]?.commands[Number(command)], key).toBeDefined();
    }
  });

  it('refuses to package without a GUID app id or an https PUBLIC_URL', () => {
    expect(() => fillManifest(readManifestTemplate(), { ...SETTINGS, appId: undefined })).toThrow(PackageError);
    expect(() => fillManifest(readManifestTemplate(), { ...SETTINGS, appId: 'my-bot' })).toThrow(/GUID/);
    expect(() => fillManifest(readManifestTemplate(), { ...SETTINGS, publicUrl: 'http://bot.local' })).toThrow(/https/);
    expect(() => fillManifest(readManifestTemplate(), { ...SETTINGS, publicUrl: undefined })).toThrow(/PUBLIC_URL/);
  });
});

describe('Teams icons', () => {
  it('has a 192×192 colour icon on a solid background', () => {
    const { width, height, rgba } = pngPixels(file('color.png'));
    expect([width, height]).toEqual([192, 192]);
    for (let i = 3; i < rgba.length; i += 4) expect(rgba[i]).toBe(255);
  });

  it('has a 32×32 outline icon that is white on transparent', () => {
    const png = file('outline.png');
    expect(pngSize(png)).toEqual({ width: 32, height: 32 });
    const { rgba } = pngPixels(png);
    let visible = 0;
    let transparent = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) transparent++;
      else {
        visible++;
        expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(visible).toBeGreaterThan(20);
    expect(transparent).toBeGreaterThan(500);
  });

  it('commits the icons make-icons.ts draws', () => {
    expect(Buffer.compare(renderPng(colorIconSvg()), file('color.png'))).toBe(0);
    expect(Buffer.compare(renderPng(outlineIconSvg()), file('outline.png'))).toBe(0);
  });
});

describe('Teams app package', () => {
  it('zips manifest.json, the localization file and both icons at the root', async () => {
    const entries = unzipSync(await buildAppPackage(SETTINGS));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    expect(await validateManifest(manifest as unknown as Record<string, unknown>)).toEqual([]);
    expect(entries[manifest.icons.color]).toBeDefined();
    expect(entries[manifest.icons.outline]).toBeDefined();
    expect(pngSize(Buffer.from(entries['color.png']!))).toEqual({ width: 192, height: 192 });
  });

  it('is written by `npm run package:teams` from MICROSOFT_APP_ID and PUBLIC_URL', async () => {
    const script = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).scripts[
      'package:teams'
    ] as string;
    expect(script).toBe('tsx src/channels/teams/package-app.ts');
    const root = new URL('../../../', import.meta.url);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/channels/teams/package-app.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', MICROSOFT_APP_ID: APP_ID, PUBLIC_URL: SETTINGS.publicUrl },
    });
    expect(stdout).toContain('forbedringsbot-teams.zip');
    const zip = unzipSync(new Uint8Array(readFileSync(new URL('build/forbedringsbot-teams.zip', root))));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;
    expect(manifest.id).toBe(APP_ID);
    expect(await validateManifest(manifest as unknown as Record<string, unknown>)).toEqual([]);
  }, 60_000);
});
