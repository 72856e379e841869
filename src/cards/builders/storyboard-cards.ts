import type { Button } from '../button';
import type { CardModel } from '../card-model';
import { markdownLinks, type CardLink } from './seminar-details';

/** All teams' storyboards for a seminar, for the tovholder: each board's image, its PNG and PDF links and whether the lead wrote learning. */
export interface StoryboardCollectionView {
  title: string;
  text: string;
  emptyText: string;
  boards: Array<{ team: string; imageUrl: string; altText: string; links: CardLink[]; learningStatus: string }>;
  buttons: Button[];
}

/** Builds the `storyboard-collection` card. */
export function storyboardCollectionCard(view: StoryboardCollectionView): CardModel {
  const boards = view.boards.map(({ links, ...b }) => ({ ...b, linkText: markdownLinks(links) }));
  const summary = `${view.title}: ${view.boards.map((b) => b.team).join(', ') || view.emptyText}`;
  return { template: 'storyboard-collection', summary, data: { ...view, boards, empty: boards.length === 0 } };
}

/** The team lead's learning form for a seminar's storyboard. */
export interface StoryboardLearningView {
  title: string;
  text: string;
  label: string;
  value: string;
  required: string;
  buttons: Button[];
}

/** Builds the `storyboard-learning` card. */
export function storyboardLearningCard(view: StoryboardLearningView): CardModel {
  return { template: 'storyboard-learning', summary: `${view.title}. ${view.text}`, data: { ...view } };
}
