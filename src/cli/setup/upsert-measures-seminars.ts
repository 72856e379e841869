import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, type Actor, type Repos, type Team } from '../../domain';
import { changedFields, pick } from './changed-fields';
import type { SetupFile } from './setup-file-schema';
import type { SetupChange } from './setup-result';

/** Creates or updates the file's measures, matched by code within the collaborative (case-insensitive). */
export async function upsertMeasures(
  tx: Repos,
  collaborativeId: string,
  teams: Map<string, Team>,
  measures: SetupFile['measures'],
  actor: Actor,
  changes: SetupChange[],
): Promise<void> {
  for (const m of measures) {
    const { team, ...rest } = m;
    const desired = { ...rest, teamId: team ? teams.get(team.toLowerCase())!.id : null };
    const existing = await tx.measures.findByCode(collaborativeId, m.code);
    if (!existing) {
      await tx.measures.create({ ...desired, collaborativeId }, actor);
      changes.push({ entity: 'measure', name: m.code, action: 'created', fields: [] });
      continue;
    }
    const fields = changedFields(existing, desired);
    if (fields.length) await tx.measures.update(existing.id, pick(desired, fields), actor);
    changes.push({ entity: 'measure', name: m.code, action: fields.length ? 'updated' : 'unchanged', fields });
  }
}

/** Creates, updates or cancels the file's seminars, matched by title within the collaborative. */
export async function upsertSeminars(
  tx: Repos,
  collaborativeId: string,
  seminars: SetupFile['seminars'],
  actor: Actor,
  changes: SetupChange[],
): Promise<void> {
  const byTitle = new Map(
    (await tx.seminars.listByCollaborative(collaborativeId)).map((s) => [s.title.toLowerCase(), s]),
  );
  for (const s of seminars) {
    const { cancelled, startsAt, endsAt, region, ...rest } = s;
    const desired = {
      ...rest,
      region: region ?? null,
      startsAt: toInstant(startsAt),
      endsAt: endsAt ? toInstant(endsAt) : undefined,
    };
    const existing = byTitle.get(s.title.toLowerCase());
    if (!existing) {
      const created = await tx.seminars.create({ ...desired, collaborativeId }, actor);
      changes.push({ entity: 'seminar', name: s.title, action: 'created', fields: [] });
      if (cancelled) await tx.seminars.cancel(created.id, actor);
      continue;
    }
    const fields = changedFields(existing, desired);
    if (fields.length) await tx.seminars.update(existing.id, pick(desired, fields), actor);
    if (cancelled && !existing.cancelledAt) {
      await tx.seminars.cancel(existing.id, actor);
      changes.push({ entity: 'seminar', name: s.title, action: 'cancelled', fields });
      continue;
    }
    changes.push({ entity: 'seminar', name: s.title, action: fields.length ? 'updated' : 'unchanged', fields });
  }
}

/** `2026-04-16 09:30` in Copenhagen time (or with an explicit offset) → the instant. */
export function toInstant(local: string): Date {
  const d = DateTime.fromISO(local.replace(' ', 'T'), { zone: DEFAULT_TIME_ZONE });
  return d.toJSDate();
}
