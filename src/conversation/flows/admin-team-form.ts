import { z } from 'zod';
import { DomainError, REGIONS, teamInput, type Region } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { adminCreatedCard, adminTeamFormCard } from '../../cards/builders/admin-cards';
import type { CardModel } from '../../cards/card-model';
import type { FlowContext } from '../flow';
import { claimNonce, newNonce } from '../nonce';
import type { Reply } from '../turn';
import { adminScopes, collaborativePicker, teamCreationScopes, type AdminScope } from './admin-scope';
import { formProblem } from './admin-form-problem';

/** What the team form holds (input ids), as typed so far. */
export type TeamDraft = Partial<Record<'collaborativeId' | 'name' | 'department' | 'region' | 'municipality', string>>;

/** `nyt team [navn]` or the button: the team form, for tovholdere (their region) and admins. */
export async function teamForm(ctx: FlowContext, draft: TeamDraft, error: string | null = null): Promise<Reply[]> {
  const scopes = teamCreationScopes(await adminScopes(ctx));
  if (scopes.length === 0) throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  return [{ card: teamFormCard(ctx, scopes, draft, error) }];
}

const LABELS = { name: 'admin.field.teamName', collaborativeId: 'admin.field.collaborative' };

const submitted = z.object({
  collaborativeId: z.string().min(1).max(64),
  name: teamInput.shape.name,
  department: teamInput.shape.department,
  region: z.enum(REGIONS),
  municipality: teamInput.shape.municipality,
  nonce: z.string().max(64).optional(),
});

/** The form was sent: checks it again (permission included), refuses duplicates, creates the team. */
export async function createTeam(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { t } = ctx;
  const draft = stringsOf(data);
  const parsed = submitted.safeParse(data);
  if (!parsed.success) return teamForm(ctx, draft, formProblem(ctx, parsed.error, LABELS));
  const input = parsed.data;
  const scope = teamCreationScopes(await adminScopes(ctx)).find((s) => s.collaborative.id === input.collaborativeId);
  if (!scope) throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  if (scope.regions !== null && !scope.regions.includes(input.region))
    throw new DomainError('PERMISSION_DENIED', { reason: 'otherRegion' });
  // A double submit ends here ("already done"); a re-shown form below carries a fresh nonce.
  await claimNonce(ctx, input.nonce);
  if (await ctx.store.teams.findByName(scope.collaborative.id, input.name))
    return teamForm(ctx, draft, t('admin.teamExists', { team: input.name }));
  const team = await ctx.store.teams.create(
    {
      collaborativeId: scope.collaborative.id,
      name: input.name,
      department: input.department,
      region: input.region,
      municipality: input.municipality,
    },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const card = adminCreatedCard({
    title: t('admin.teamCreated.title', { team: team.name }),
    facts: [
      { title: t('admin.fact.collaborative'), value: scope.collaborative.name },
      { title: t('admin.fact.department'), value: team.department },
      { title: t('admin.fact.region'), value: t(`region.${team.region}`) },
    ],
    text: t('admin.teamCreated.text', { team: team.name }),
    buttons: [
      button(t('admin.button.inviteLead'), 'invite.create', { teamId: team.id, role: 'lead' }, 'positive'),
      button(t('admin.button.inviteMember'), 'invite.create', { teamId: team.id, role: 'member' }),
      button(t('admin.button.teams'), 'admin.teams', {}),
    ],
  });
  return [{ card }];
}

function teamFormCard(ctx: FlowContext, scopes: AdminScope[], draft: TeamDraft, error: string | null): CardModel {
  const { t } = ctx;
  const chosen = scopes.find((s) => s.collaborative.id === draft.collaborativeId) ?? scopes[0]!;
  const regions: readonly Region[] = chosen.regions ?? REGIONS;
  const many = scopes.length > 1;
  const field = (id: keyof TeamDraft, label: string, placeholder = '') => ({
    label: t(label),
    value: draft[id] ?? '',
    placeholder: placeholder ? t(placeholder) : '',
    error: t('admin.field.required'),
  });
  return adminTeamFormCard({
    title: t('admin.teamForm.title'),
    text: many ? t('admin.teamForm.textPick') : t('admin.teamForm.text', { collaborative: chosen.collaborative.name }),
    error,
    required: t('admin.field.required'),
    collaborative: collaborativePicker(ctx, scopes, chosen),
    name: field('name', 'admin.field.teamName', 'admin.field.teamName.placeholder'),
    department: field('department', 'admin.field.department', 'admin.field.department.placeholder'),
    region: {
      label: t('admin.field.region'),
      value: draft.region && regions.includes(draft.region as Region) ? draft.region : (regions[0] ?? ''),
      choices: regions.map((r) => ({ title: t(`region.${r}`), value: r })),
    },
    municipality: field('municipality', 'admin.field.municipality'),
    submit: submitButton(t('admin.button.createTeam'), 'admin.createTeam', {
      ...(many ? {} : { collaborativeId: chosen.collaborative.id }),
      nonce: newNonce(),
    }),
  });
}

function stringsOf(data: Record<string, unknown>): TeamDraft {
  const out: TeamDraft = {};
  for (const key of ['collaborativeId', 'name', 'department', 'region', 'municipality'] as const) {
    const v = data[key];
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}
