import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { SHORTCUTS } from '../../../src/channels/slack/listen-actions';
import { SLACK_EVENTS_PATH } from '../../../src/channels/slack/slack-channel';

const schema = JSON.parse(
  readFileSync(new URL('../../fixtures/slack/manifest.schema.json', import.meta.url), 'utf8'),
) as object;
// Slack's schema uses a few non-standard keywords ("regex", "_note"): strict mode off, everything else as is.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
const load = (name: string) =>
  parse(readFileSync(new URL(`../../../manifests/slack/${name}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('Slack app manifest', () => {
  for (const file of ['manifest.yaml', 'manifest.socket-mode.yaml']) {
    it(`${file} validates against Slack's manifest JSON schema`, () => {
      const ok = validate(load(file));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('the schema rejects a manifest with an unknown key or a too long name (the check has teeth)', () => {
    const bad = load('manifest.yaml');
    bad.display_information.name = 'x'.repeat(36);
    bad.features.unknown_feature = true;
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/display_information/name', '/features']),
    );
  });

  it('asks for the minimal bot scopes and subscribes only to DMs, mentions and Home', () => {
    const m = load('manifest.yaml');
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:write',
      'im:history',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
    expect(m.oauth_config.scopes.user).toBeUndefined();
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('points events, the command and interactivity at the one Slack route and matches the code', () => {
    const m = load('manifest.yaml');
    for (const url of [
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
      m.features.slash_commands[0].url,
    ]) {
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    }
    expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      loadConfig({}).slack.command,
    ]);
    expect(m.features.shortcuts.map((s: { callback_id: string }) => s.callback_id).sort()).toEqual(
      Object.keys(SHORTCUTS).sort(),
    );
  });

  it('the Socket Mode manifest has no request URLs and socket mode on', () => {
    const m = load('manifest.socket-mode.yaml');
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain('request_url');
    expect(m.features.slash_commands[0].url).toBeUndefined();
  });
});
