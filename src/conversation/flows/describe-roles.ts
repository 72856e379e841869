import type { FlowContext } from '../flow';

/** "medlem af Team Hvidovre og tovholder for LKT Hoftenære frakturer": the person's roles as one phrase. */
export async function describeRoles(ctx: FlowContext): Promise<string> {
  const { t, store } = ctx;
  const parts: string[] = [];
  for (const m of ctx.memberships) {
    if (m.teamId) {
      const team = (await store.teams.get(m.teamId))?.name ?? '?';
      parts.push(t(`help.role.${m.role}`, { team }));
    } else if (m.collaborativeId) {
      const collaborative = (await store.collaboratives.get(m.collaborativeId))?.name ?? '?';
      const key = m.role === 'tovholder' && m.region ? 'help.role.tovholderRegion' : `help.role.${m.role}`;
      parts.push(t(key, { collaborative, region: m.region ? t(`region.${m.region}`) : '' }));
    } else parts.push(t(`help.role.${m.role}`));
  }
  parts.sort((a, b) => a.localeCompare(b, ctx.locale));
  return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(parts);
}
