import type { Team } from '../domain';
import { pickerCard } from '../cards/builders/picker-card';
import type { FlowContext } from './flow';
import type { Reply } from './turn';

/** What a team picker asks and what answering it does: `verb` with `data` and the chosen `teamId`. */
export interface TeamPicker {
  teams: Team[];
  verb: string;
  data?: Record<string, unknown>;
  /** Defaults: "Hvilket team?" and why it is asked. */
  title?: string;
  text?: string;
}

/**
 * "Which team?": a button per team, or a drop-down beyond three. Teams are named by what tells them apart ("Hvidovre",
 * "Odense"); the department is added only where two teams have the same name.
 */
export function teamPicker(ctx: FlowContext, p: TeamPicker): Reply {
  const { t } = ctx;
  const names = new Map<string, number>();
  for (const team of p.teams) names.set(team.name, (names.get(team.name) ?? 0) + 1);
  const label = (team: Team) => ((names.get(team.name) ?? 0) > 1 ? `${team.name} (${team.department})` : team.name);
  return {
    card: pickerCard({
      title: p.title ?? t('team.pickTitle'),
      text: p.text ?? t('team.pickText'),
      options: p.teams.map((team) => ({ label: label(team), value: team.id })),
      field: 'teamId',
      verb: p.verb,
      data: p.data ?? {},
      select: { label: t('team.pickLabel'), error: t('common.chooseOne'), submit: t('team.pickSubmit') },
    }),
  };
}
