// Allowed moments are a pure domain rule (flows state delivery times with them too); re-exported for the scheduler.
export { isQuietMinute } from './time-rules';
export * from '../domain/time/allowed-moments';
