import { z } from 'zod';
import { button } from '../../cards/button';
import { choiceCard } from '../../cards/builders/choice-card';
import { pickerCard } from '../../cards/builders/picker-card';
import { DomainError, reminderCause, type Reminder, type Seminar } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { claimNonce, newNonce } from '../nonce';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { requireCoordinator, requireSomeScope, teamsOfScope } from './coordinator-scopes';
import { parseSeminarForm, seminarForm, valuesOf } from './seminar-form';
import { canManage, isInvited, list, upcoming, visibleSeminars } from './seminar-list';
import { materialForm, pickMaterialSeminar, saveMaterial } from './seminar-material';
import { seminarTally } from './seminar-tally';
import { seminarCardFor, seminarCardView } from './seminar-card-view';
import { SEMINAR_CARD_VIEW } from '../../cards/builders/seminar-cards';
import { describeOffsets, formatSeminarWhen } from './seminar-when';

// Seminars are written here; the scheduler plans their reminders from the stored seminar (each tick), so a
// seminar is never left without reminders even if the process stops right after this turn.

const idSchema = z.object({ seminarId: z.string().min(1).max(64) });
const optionalIdSchema = z.object({ seminarId: z.string().min(1).max(64).optional() });
const confirmSchema = idSchema.extend({ nonce: z.string().min(1).max(64).optional() });
const rsvpSchema = idSchema.extend({
  attending: z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true'),
});

const actor = (ctx: FlowContext) => ({ personId: ctx.person.id, at: ctx.clock.now() });

async function getSeminar(ctx: FlowContext, id: string): Promise<Seminar> {
  const s = await ctx.store.seminars.get(id);
  if (!s) throw new DomainError('NOT_FOUND');
  return s;
}

async function form(ctx: FlowContext, seminarId?: string): Promise<Reply[]> {
  const scopes = await requireSomeScope(ctx);
  if (!seminarId) return [seminarForm(ctx, scopes, {})];
  const s = await getSeminar(ctx, seminarId);
  requireCoordinator(ctx, s);
  return [seminarForm(ctx, scopes, valuesOf(s, ctx.person.timeZone), s.id)];
}

/** Recipients already reminded (one per person or channel), who get a change or cancellation notice. */
const reminded = (rows: Reminder[]) => new Set(rows.map((r) => JSON.stringify(r.recipient))).size;

async function save(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { t } = ctx;
  const scopes = await requireSomeScope(ctx);
  const parsed = parseSeminarForm(ctx, data);
  if (!parsed.ok)
    return [
      { text: parsed.translated ? parsed.problem : t(parsed.problem) },
      seminarForm(ctx, scopes, parsed.values, parsed.seminarId),
    ];
  requireCoordinator(ctx, parsed.scope);
  const input = { ...parsed.input, collaborativeId: parsed.scope.collaborativeId, region: parsed.scope.region };
  if (parsed.seminarId) {
    requireCoordinator(ctx, await getSeminar(ctx, parsed.seminarId));
    await claimNonce(ctx, parsed.nonce);
    const { seminar, told } = await ctx.store.transaction(async (tx) => {
      const updated = await tx.seminars.update(parsed.seminarId!, input, actor(ctx));
      // Pending reminders of the old version are withdrawn; the scheduler plans the new ones and notifies these.
      const { delivered } = await tx.reminders.cancelByCause(reminderCause.seminar(updated.id));
      return { seminar: updated, told: reminded(delivered) };
    });
    return [{ text: t('seminar.updated', { title: seminar.title, told }) }];
  }
  await claimNonce(ctx, parsed.nonce);
  const seminar = await ctx.store.seminars.create(input, actor(ctx));
  const teams = (await teamsOfScope(ctx, parsed.scope)).length;
  return [
    {
      text: t('seminar.saved', {
        title: seminar.title,
        when: formatSeminarWhen(seminar, ctx),
        offsets: describeOffsets(seminar.reminderDaysBefore, ctx),
        teams,
      }),
    },
  ];
}

async function askCancel(ctx: FlowContext, seminarId: string): Promise<Reply[]> {
  const { t } = ctx;
  const s = await getSeminar(ctx, seminarId);
  requireCoordinator(ctx, s);
  if (!upcoming(ctx, s)) return [{ text: t('seminar.notActive', { title: s.title }) }];
  const card = choiceCard({
    title: s.title,
    text: t('seminar.cancel.confirm', { title: s.title, when: formatSeminarWhen(s, ctx) }),
    buttons: [
      button(
        t('seminar.button.confirmCancel'),
        'seminar.cancelConfirm',
        { seminarId: s.id, nonce: newNonce() },
        'destructive',
      ),
      button(t('seminar.button.keep'), 'seminar.keep'),
    ],
  });
  return [{ card }];
}

async function cancel(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { seminarId, nonce } = parseData(confirmSchema, data);
  const s = await getSeminar(ctx, seminarId);
  requireCoordinator(ctx, s);
  await claimNonce(ctx, nonce);
  if (!upcoming(ctx, s)) return [{ text: ctx.t('seminar.notActive', { title: s.title }) }];
  const { cancelled, delivered } = await ctx.store.transaction(async (tx) => {
    await tx.seminars.cancel(s.id, actor(ctx));
    return tx.reminders.cancelByCause(reminderCause.seminar(s.id));
  });
  return [
    { text: ctx.t('seminar.cancelled', { title: s.title, pending: cancelled.length, told: reminded(delivered) }) },
  ];
}

async function tally(ctx: FlowContext, seminarId?: string): Promise<Reply[]> {
  const { t } = ctx;
  await requireSomeScope(ctx);
  if (seminarId) {
    const s = await getSeminar(ctx, seminarId);
    requireCoordinator(ctx, s);
    return [await seminarTally(ctx, s)];
  }
  const mine = (await visibleSeminars(ctx)).filter((s) => canManage(ctx, s));
  if (mine.length === 0) return [{ text: t('seminar.list.empty') }];
  if (mine.length === 1) return [await seminarTally(ctx, mine[0]!)];
  const options = mine.map((s) => ({ label: `${s.title} (${formatSeminarWhen(s, ctx)})`, value: s.id }));
  const select = { label: t('picker.seminar.label'), error: t('common.chooseOne'), submit: t('picker.submit') };
  const picker = { title: t('seminar.choose'), text: t('seminar.list.title'), options, field: 'seminarId', select };
  return [{ card: pickerCard({ ...picker, verb: 'seminar.tally' }) }];
}

async function rsvp(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { seminarId, attending } = parseData(rsvpSchema, data);
  const s = await getSeminar(ctx, seminarId);
  // Only the invited (and its coordinators) may answer; to anyone else the seminar does not exist.
  if (!(await isInvited(ctx, s))) throw new DomainError('NOT_FOUND');
  if (!upcoming(ctx, s)) return [{ text: ctx.t('seminar.notActive', { title: s.title }) }];
  await ctx.store.seminars.rsvp(s.id, ctx.person.id, attending, ctx.clock.now());
  const text = ctx.t(attending ? 'seminar.rsvp.thanksYes' : 'seminar.rsvp.thanksNo', { title: s.title });
  // In a shared conversation the answer is also the card as this person now sees it (their answer on it); the
  // channel shows the text only to them, and the others keep seeing their own card (Teams refresh).
  if (ctx.turn.conversation.kind !== 'personal') return [{ text, card: (await seminarCardFor(ctx, s)).card! }];
  return [{ text }];
}

const coordinators: Array<'tovholder' | 'admin'> = ['tovholder', 'admin'];

/** Learning seminars: tovholdere plan them (card form), everyone invited answers; reminders come from the scheduler. */
export const seminarsFlow: Flow = {
  name: 'seminars',
  commands: [
    {
      words: ['seminar ny', 'seminar new', 'nyt seminar', 'new seminar'],
      help: { usage: 'seminar.cmd.new', description: 'seminar.cmd.new.text', roles: coordinators },
      handle: (ctx) => form(ctx),
    },
    {
      words: ['seminar svar', 'seminar rsvp', 'seminar answers'],
      help: { usage: 'seminar.cmd.tally', description: 'seminar.cmd.tally.text', roles: coordinators },
      handle: (ctx) => tally(ctx),
    },
    {
      words: ['seminar materiale', 'seminar material'],
      help: { usage: 'seminar.cmd.material', description: 'seminar.cmd.material.text', roles: coordinators },
      handle: (ctx) => pickMaterialSeminar(ctx),
    },
    {
      words: ['seminar', 'seminarer', 'seminars', 'læringsseminar'],
      help: { usage: 'seminar.cmd', description: 'seminar.cmd.text', roles: [...coordinators, 'member', 'lead'] },
      handle: (ctx) => list(ctx),
    },
  ],
  actions: {
    'seminar.list': (ctx) => list(ctx),
    'seminar.form': (ctx, data) => form(ctx, parseData(optionalIdSchema, data).seminarId),
    'seminar.save': save,
    'seminar.cancel': (ctx, data) => askCancel(ctx, parseData(idSchema, data).seminarId),
    'seminar.cancelConfirm': cancel,
    'seminar.keep': async (ctx) => [{ text: ctx.t('seminar.kept') }],
    'seminar.tally': (ctx, data) => tally(ctx, parseData(optionalIdSchema, data).seminarId),
    'seminar.rsvp': rsvp,
    'seminar.material': (ctx, data) => materialForm(ctx, parseData(idSchema, data).seminarId),
    'seminar.materialSave': saveMaterial,
  },
  views: { [SEMINAR_CARD_VIEW]: seminarCardView },
};
