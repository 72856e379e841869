import type { App } from '@slack/bolt';
import { actionPayload } from './block-kit/action-value';
import { readFormValues, type ViewStateValues } from './block-kit/form-values';
import { payloadButton } from './block-kit/render-actions';
import { renderBlockKit } from './block-kit/render-block-kit';
import { FORM_CALLBACK_ID } from './block-kit/render-modal';
import { beforeDeadline, pinnedErrors, submissionRequestId } from './form-answer';
import { askCore, sendAnswer, translatorFor, type SlackContext, type TurnRequest } from './run-turn';
import { formDestination, parseFormMeta, prefillCard } from './slack-forms';
import { deliver } from './slack-replies';
import { conversationKind, type SlackOrigin } from './slack-turn';

/**
 * A submitted form modal. Values are validated at the edge (zod, per input): invalid fields come back as
 * `response_action: errors` next to each field and the modal stays open with everything typed. Valid
 * values are merged into the submit action's data (as an Adaptive Card submit would) and go to the core
 * before the ack: when the core refuses them with a reason about one input of this modal, that reason is
 * shown next to the field the same way (the refusal stored nothing; the corrected form is a new turn).
 * Any other answer closes the modal and is sent as messages; a refusal then gets an "edit the form"
 * button that reopens the form filled with what the user typed. If the core has not answered within the
 * budget, the modal is closed at once and the answer sent when it comes (Slack allows 3 s).
 */
export function listenForForms(app: App, ctx: SlackContext): void {
  app.view(FORM_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const started = performance.now();
    const userId = body.user.id;
    const teamId = body.user.team_id ?? body.team?.id ?? '';
    const meta = parseFormMeta(view.private_metadata);
    const origin: SlackOrigin = {
      teamId,
      userId,
      ...(meta?.c ? { channelId: meta.c } : {}),
      kind: conversationKind(meta?.c),
    };
    const dest = formDestination(meta ?? { k: '' }, userId);
    const card = meta ? await ctx.state.loadForm(meta.k) : null;
    const t = translatorFor((await ctx.users.identify(origin, client)).locale);
    if (!card) {
      await ack();
      await deliver({ text: t('slack.form.expired'), blocks: [], images: 0 }, dest, client, ctx.replies);
      return;
    }
    const { inputs, submit } = renderBlockKit(card, {
      surface: 'modal',
      publicImages: ctx.replies.publicImages,
      defaultAlt: '',
    });
    const result = readFormValues(inputs, view.state.values as ViewStateValues, t);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const payload = submit ? actionPayload(submit) : null;
    if (payload?.kind !== 'action') {
      await ack();
      return;
    }
    const req: TurnRequest = {
      origin,
      input: { action: { verb: payload.action.verb, data: { ...payload.action.data, ...result.values } } },
      dest,
      client,
      requestId: submissionRequestId(view.id, result.values),
      lastButton: async (replies, tr) => {
        if (!replies.length || replies.some((r) => r.card)) return undefined;
        const key = await ctx.state.saveForm(prefillCard(card, result.values));
        return payloadButton(tr('slack.form.reopen'), { kind: 'form', key }, 998, 'primary');
      },
    };
    const answering = askCore(ctx, req);
    const early = await beforeDeadline(answering, started, ctx.formAnswerBudgetMs);
    const errors = early ? pinnedErrors(early.replies, inputs) : null;
    // A refusal changed nothing (not even Home), so there is nothing to send or refresh.
    if (errors) return ack({ response_action: 'errors', errors });
    await ack();
    await sendAnswer(ctx, req, early ?? (await answering));
  });
}
