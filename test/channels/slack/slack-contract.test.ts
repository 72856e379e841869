import { runChannelContract } from '../../contract/channel-contract';
import { makeSlackDriver } from './slack-driver';

// The shared channel contract on Slack: signed Events API DMs, block_actions clicks and modal submissions
// to the running server; Bolt's Web API client talks to the fake Slack API on 127.0.0.1.
runChannelContract('slack', (fixture) => makeSlackDriver(fixture));
