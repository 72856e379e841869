import { z } from 'zod';
import { button, submitButton } from '../../cards/button';
import { choiceCard } from '../../cards/builders/choice-card';
import { seminarMaterialCard } from '../../cards/builders/seminar-cards';
import { DomainError, type Seminar } from '../../domain';
import type { FlowContext } from '../flow';
import { claimNonce, newNonce } from '../nonce';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { requireCoordinator, requireSomeScope } from './coordinator-scopes';
import { canManage, visibleSeminarsSince } from './seminar-list';
import { formatSeminarWhen } from './seminar-when';

// Material (slides, programme) is often ready only after the seminar, so it can be attached to a seminar held in
// the last MATERIAL_DAYS days too. It is not a change worth a notice: reminders and the calendar file show the
// current link whenever they are read.

/** How far back a held seminar still takes material, in days. */
const MATERIAL_DAYS = 60;
const idSchema = z.object({ seminarId: z.string().min(1).max(64) });
const saveSchema = idSchema.extend({
  nonce: z.string().min(1).max(64).optional(),
  materialUrl: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ?? '').trim()),
});

async function managed(ctx: FlowContext, seminarId: string): Promise<Seminar> {
  const s = await ctx.store.seminars.get(seminarId);
  if (!s) throw new DomainError('NOT_FOUND');
  requireCoordinator(ctx, s);
  return s;
}

/** `seminar materiale`: the form for the only recent seminar the person coordinates, or a choice among them. */
export async function pickMaterialSeminar(ctx: FlowContext): Promise<Reply[]> {
  await requireSomeScope(ctx);
  const since = new Date(ctx.clock.now().getTime() - MATERIAL_DAYS * 86_400_000);
  const mine = (await visibleSeminarsSince(ctx, since)).filter((s) => canManage(ctx, s));
  if (mine.length === 0) return [{ text: ctx.t('seminar.list.empty') }];
  if (mine.length === 1) return materialForm(ctx, mine[0]!.id);
  const buttons = mine
    .slice(-5)
    .map((s) => button(`${s.title} (${formatSeminarWhen(s, ctx)})`, 'seminar.material', { seminarId: s.id }));
  return [{ card: choiceCard({ title: ctx.t('seminar.choose'), text: ctx.t('seminar.material.text'), buttons }) }];
}

/** The material form of one seminar, with its current link. */
export async function materialForm(ctx: FlowContext, seminarId: string): Promise<Reply[]> {
  const s = await managed(ctx, seminarId);
  if (s.cancelledAt) return [{ text: ctx.t('seminar.material.cancelled', { title: s.title }) }];
  const card = seminarMaterialCard({
    title: ctx.t('seminar.material.title', { title: s.title }),
    text: ctx.t('seminar.material.text'),
    label: ctx.t('seminar.form.material'),
    value: s.materialUrl ?? '',
    buttons: [
      submitButton(ctx.t('seminar.material.submit'), 'seminar.materialSave', { seminarId: s.id, nonce: newNonce() }),
    ],
  });
  return [{ card }];
}

/** Stores (or, when empty, removes) the material link; a link that is not http(s) gets the form again. */
export async function saveMaterial(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { seminarId, nonce, materialUrl } = parseData(saveSchema, data);
  const s = await managed(ctx, seminarId);
  if (s.cancelledAt) return [{ text: ctx.t('seminar.material.cancelled', { title: s.title }) }];
  if (materialUrl && !/^https?:\/\/\S+$/i.test(materialUrl))
    return [{ text: ctx.t('seminar.error.material') }, ...(await materialForm(ctx, s.id))];
  await claimNonce(ctx, nonce);
  await ctx.store.seminars.update(
    s.id,
    { materialUrl: materialUrl || null },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  return [{ text: ctx.t(materialUrl ? 'seminar.material.saved' : 'seminar.material.removed', { title: s.title }) }];
}
