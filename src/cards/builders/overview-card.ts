import type { Button, Choice } from '../button';
import type { CardModel } from '../card-model';

/** One team's row of the overview table, already in the reader's words. */
export interface OverviewRowView {
  team: string;
  latest: string;
  goal: string;
  /** Colours the goal cell: met (good), not met (attention), no goal or data (default). */
  goalState: 'met' | 'notMet' | 'none';
  signal: string;
  /** What the latest signal means for the measure: colours the signal cell (good news never red). */
  tone: 'improvement' | 'worsening' | 'neutral' | null;
  missing: number;
  /** "4/6 kan nås": listed people the bot has a personal chat with. */
  reach: string;
  /** True when someone listed cannot be reached. */
  reachShort: boolean;
}

/** The overview across teams: small-multiples image (when linked) and the table. */
export interface OverviewView {
  title: string;
  subtitle: string;
  /** The signed image URL and its alt text (plain-language summary); null when there is no link. */
  image: { url: string; alt: string } | null;
  header: { team: string; latest: string; goal: string; signal: string; missing: string; reach: string };
  rows: OverviewRowView[];
  footnote: string;
  /** Each shown team's IHI progress score and trend ("3,5 ↑ – nov. 2026: …"); empty hides the section. */
  progressTitle?: string;
  progress?: Array<{ title: string; value: string }>;
  /** Opening one team's chart: a button per team (few teams), or a drop-down whose submit is among `buttons`. */
  charts: { buttons: Button[] } | { select: { id: string; label: string; error: string; choices: Choice[] } };
  buttons: Button[];
}

const GOAL_COLOR = { met: 'Good', notMet: 'Attention', none: 'Default' } as const;
const SIGNAL_COLOR = { improvement: 'Good', worsening: 'Attention', neutral: 'Accent' } as const;

/** Builds the `overview` card. */
export function overviewCardModel(view: OverviewView): CardModel {
  return {
    template: 'overview',
    summary: `${view.title}. ${view.subtitle}.${view.image ? ` ${view.image.alt}` : ''}`,
    data: {
      title: view.title,
      subtitle: view.subtitle,
      hasImage: view.image !== null,
      image: view.image ?? { url: '', alt: '' },
      header: view.header,
      rows: view.rows.map((r) => ({
        team: r.team,
        latest: r.latest,
        goal: r.goal,
        goalColor: GOAL_COLOR[r.goalState],
        signal: r.signal,
        signalColor: r.tone ? SIGNAL_COLOR[r.tone] : 'Default',
        missing: String(r.missing),
        missingColor: r.missing > 0 ? 'Warning' : 'Default',
        reach: r.reach,
        reachColor: r.reachShort ? 'Warning' : 'Default',
      })),
      footnote: view.footnote,
      hasProgress: (view.progress ?? []).length > 0,
      progressTitle: view.progressTitle ?? '',
      progress: view.progress ?? [],
      hasChartButtons: 'buttons' in view.charts && view.charts.buttons.length > 0,
      chartButtons: 'buttons' in view.charts ? view.charts.buttons : [],
      hasChartSelect: 'select' in view.charts,
      chartSelect: 'select' in view.charts ? view.charts.select : null,
      buttons: view.buttons,
    },
  };
}
