import type { App } from '@slack/bolt';
import type { HomeTab } from './home-tab';
import type { SlackState } from './slack-state';

/** `app_home_opened` on the Home tab: remember the user looks at Home (so it is republished after their turns) and publish it. */
export function listenForHome(app: App, home: HomeTab, state: SlackState): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id;
    await state.markHomeSeen(teamId, event.user);
    await home.publish({ teamId, userId: event.user, channelId: event.channel, kind: 'personal' }, client);
  });
}
