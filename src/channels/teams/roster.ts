import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';

/** Members per roster page (the connector's maximum is 500). */
const PAGE_SIZE = 500;

/**
 * Every member of the team or group chat of this turn, page by page
 * (`GET /v3/conversations/{teamId|chatId}/pagedmembers?pageSize=&continuationToken=`). `beforePage` runs before
 * each request, so the caller can pace roster reads with the tenant's rate limit.
 */
export async function readRoster(
  context: TurnContext,
  beforePage: () => Promise<void> = async () => {},
): Promise<TeamsChannelAccount[]> {
  const members: TeamsChannelAccount[] = [];
  let token: string | undefined;
  do {
    await beforePage();
    const page = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
    members.push(...(page.members ?? []));
    token = page.continuationToken || undefined;
  } while (token);
  return members;
}

/** The Teams team id of this turn (`channelData.team.id`), when it happens in a team. */
export function teamIdOf(context: TurnContext): string | undefined {
  return (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
}
