import { button } from '../../cards/button';
import { storyboardCollectionCard } from '../../cards/builders/storyboard-cards';
import type { CardModel } from '../../cards/card-model';
import type { Locale, Seminar, StoryboardLinks, Store, Team } from '../../domain';
import type { Translator } from '../../i18n/translator';

/** The teams a seminar is for: its collaborative's teams, or one region's. */
export async function seminarTeams(store: Store, seminar: Seminar): Promise<Team[]> {
  const teams = await store.teams.listByCollaborative(seminar.collaborativeId);
  return (seminar.region ? teams.filter((t) => t.region === seminar.region) : teams).sort((a, b) =>
    a.name.localeCompare(b.name, 'da'),
  );
}

/** The tovholder's collection: every invited team's storyboard (image, PNG and PDF links) and whether its lead wrote learning. */
export async function storyboardCollection(input: {
  store: Store;
  seminar: Seminar;
  links: StoryboardLinks;
  t: Translator;
  locale: Locale;
}): Promise<CardModel> {
  const { store, seminar, links, t, locale } = input;
  const teams = await seminarTeams(store, seminar);
  const written = new Set((await store.storyboards.notes(seminar.id)).map((n) => n.teamId));
  const url = (teamId: string, format: 'png' | 'pdf') =>
    links.boardUrl({ seminarId: seminar.id, teamId, startsAt: seminar.startsAt, format, locale });
  return storyboardCollectionCard({
    title: t('storyboard.collection.title', { title: seminar.title }),
    text: t('storyboard.collection.text', {
      teams: teams.length,
      written: teams.filter((tm) => written.has(tm.id)).length,
    }),
    emptyText: t('storyboard.collection.empty'),
    boards: teams.map((team) => ({
      team: team.name,
      imageUrl: url(team.id, 'png'),
      altText: t('storyboard.title', { team: team.name }),
      links: [
        { title: 'PNG', url: url(team.id, 'png') },
        { title: 'PDF', url: url(team.id, 'pdf') },
      ],
      learningStatus: t(written.has(team.id) ? 'storyboard.collection.written' : 'storyboard.collection.notWritten'),
    })),
    buttons: [button(t('seminar.button.list'), 'seminar.list')],
  });
}
