import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** The broadcast form: the message and the recipients (a collaborative or one region). */
export interface BroadcastComposeView {
  title: string;
  text: string;
  labels: { message: string; scope: string; required: string };
  values: { message: string; scope: string };
  scopes: Choice[];
  buttons: Button[];
}

/** Builds the `broadcast-compose` card. */
export function broadcastComposeCard(view: BroadcastComposeView): CardModel {
  return { template: 'broadcast-compose', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** The preview before sending: recipients, who cannot be reached, the message as it will look. */
export interface BroadcastPreviewView {
  title: string;
  recipients: string;
  unreachable: string | null;
  messageTitle: string;
  message: string;
  buttons: Button[];
}

/** Builds the `broadcast-preview` card. */
export function broadcastPreviewCard(view: BroadcastPreviewView): CardModel {
  return {
    template: 'broadcast-preview',
    summary: `${view.title}: ${view.message}`,
    data: { ...view, hasUnreachable: view.unreachable !== null, unreachable: view.unreachable ?? '' },
  };
}

/** The broadcast as the teams receive it. */
export interface BroadcastMessageView {
  title: string;
  text: string;
  buttons: Button[];
}

/** Builds the `broadcast-message` card. */
export function broadcastMessageCard(view: BroadcastMessageView): CardModel {
  return { template: 'broadcast-message', summary: `${view.title}: ${view.text}`, data: { ...view } };
}

/** The delivery report to the sender: counts, failures with reasons, and who the bot cannot reach. */
export interface BroadcastReportView {
  title: string;
  excerpt: string;
  facts: Fact[];
  failedTitle: string;
  failed: Fact[];
  unreachableTitle: string;
  unreachable: string[];
  buttons: Button[];
  summary: string;
}

/** Builds the `broadcast-report` card. */
export function broadcastReportCard(view: BroadcastReportView): CardModel {
  const { summary, ...rest } = view;
  return {
    template: 'broadcast-report',
    summary,
    data: {
      ...rest,
      hasFailed: view.failed.length > 0,
      hasUnreachable: view.unreachable.length > 0,
      unreachable: view.unreachable.map((text) => ({ text })),
    },
  };
}
