import { runChannelContract } from '../../contract/channel-contract';
import { makeTeamsDriver } from './teams-driver';

// The shared channel contract over Teams: Bot Framework activities POSTed to /api/messages, replies
// captured by the fake connector. Card buttons are pressed as Action.Execute (Universal Actions) …
runChannelContract('teams', (fixture) => makeTeamsDriver(fixture, 'execute'));
// … and as the Action.Submit fallback older clients send.
runChannelContract('teams (Action.Submit)', (fixture) => makeTeamsDriver(fixture, 'submit'));
