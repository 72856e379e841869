import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../cli-command';
import { EXIT, InputError, UsageError, writeLines } from '../cli-io';
import { anonymisePerson } from './anonymise-person';
import { collectPersonData } from './collect-person-data';

const USAGE = [
  'Usage: forbedringsbot person export <email> [--out FILE]',
  '       forbedringsbot person delete <email> --yes',
  '',
  'Data-protection requests.',
  '  export   everything stored about the person, as JSON',
  '  delete   anonymise the person everywhere: name becomes "slettet bruger", email and chat identities are',
  '           removed, roles revoked, reminders to them dropped; measurements they recorded stay. Audited.',
  '  --yes    confirm the deletion (it cannot be undone)',
].join('\n');

/** `person export <email>` and `person delete <email> --yes`. */
export const personCommand: CliCommand = {
  name: 'person',
  summary: 'export or delete (anonymise) everything about a person, for data-protection requests',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, yes: { type: 'boolean', default: false } },
    });
    const [action, email, ...extra] = positionals;
    if ((action !== 'export' && action !== 'delete') || !email || extra.length)
      throw new UsageError('person needs "export" or "delete" and one email address');
    const store = await ctx.store();
    const person = await store.persons.findByEmail(email);
    if (!person)
      throw new InputError(`No person with email ${email.trim().toLowerCase()} (already deleted, or never set up).`);

    if (action === 'export') {
      const text = `${JSON.stringify(await collectPersonData(store, person, ctx.clock.now()), null, 2)}\n`;
      if (!values.out) ctx.io.stdout.write(text);
      else {
        await writeFile(ctx.path(values.out), text, { encoding: 'utf8', mode: 0o600 });
        writeLines(ctx.io.stdout, [`Wrote everything stored about ${person.email} to ${values.out}.`]);
      }
      return EXIT.ok;
    }
    if (!values.yes) {
      writeLines(ctx.io.stderr, [
        `This anonymises ${person.displayName} <${person.email}> (${person.id}) everywhere and cannot be undone.`,
        'Run again with --yes to confirm.',
      ]);
      return EXIT.usage;
    }
    const r = await anonymisePerson(store, person, { personId: null, at: ctx.clock.now() });
    writeLines(ctx.io.stdout, [
      `Anonymised person ${person.id} (was ${person.email}):`,
      `  name is now "slettet bruger"; email and ${r.identities} chat identities removed`,
      `  ${r.rolesRevoked} roles revoked, ${r.subscriptionsPaused} subscriptions paused, ${r.conversationsClosed} conversations closed, ${r.remindersDropped} pending reminders dropped`,
      `  ${r.measurementsKept} measurements they recorded stay, attributed to "slettet bruger"`,
      `  ${r.workKept.storyboardNotes} storyboard notes, ${r.workKept.actionSteps} action-plan steps, ${r.workKept.comments} step comments and ${r.workKept.progressScores} progress scores stay, attributed to "slettet bruger"`,
      '  recorded in the audit log',
    ]);
    return EXIT.ok;
  },
};
