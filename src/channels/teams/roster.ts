import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';

/** Members per roster page (the connector's maximum is 500). */
const PAGE_SIZE = 500;

/**
 * Every member of the team or group chat of this turn, page by page
 * (`GET /v3/conversations/{teamId|chatId}/pagedmembers?pageSize=&continuationToken=`). Each page request runs
 * through `pace`, so the caller can draw roster reads from the tenant's budget.
 */
export async function readRoster(
  context: TurnContext,
  pace: <T>(read: () => Promise<T>) => Promise<T> = (read) => read(),
): Promise<TeamsChannelAccount[]> {
  const members: TeamsChannelAccount[] = [];
  let token: string | undefined;
  do {
    const from = token;
    const page = await pace(() => TeamsInfo.getPagedMembers(context, PAGE_SIZE, from));
    members.push(...(page.members ?? []));
    token = page.continuationToken || undefined;
  } while (token);
  return members;
}

/** The Teams team id of this turn (`channelData.team.id`), when it happens in a team. */
export function teamIdOf(context: TurnContext): string | undefined {
  return (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
}
