import type { Introduction } from '../domain';
import type { Translator } from './translator';

/** The bot's first message to a person, in two or three short lines (see rollout.intro). */
export function introductionText(intro: Introduction, t: Translator): string {
  const first = intro.teams[0];
  const setUpBy = intro.setUpBy.length ? intro.setUpBy.join(t('rollout.and')) : t('rollout.intro.setUpByFallback');
  return t('rollout.intro', {
    name: intro.firstName,
    setUpBy,
    team: intro.teams.length ? intro.teams.map((x) => x.team).join(t('rollout.and')) : t('rollout.intro.noTeam'),
    collaborative: first?.collaborative ? t('rollout.intro.inCollaborative', { name: first.collaborative }) : '',
    summaries: intro.sponsor ? t('rollout.intro.summaries') : '',
  }).replace(/Hej !|Hi !/, (m) => m.replace(' ', ''));
}
