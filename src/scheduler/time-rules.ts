import type { Config } from '../config';
import { DEFAULT_TIME_RULES, type TimeRules } from '../domain/time/time-rules';

// The rules themselves are pure and live in the domain (the seminar form checks them too); the scheduler
// keeps importing them from here.
export { DEFAULT_TIME_RULES, isQuietMinute, minutesOfDay, type TimeRules } from '../domain/time/time-rules';

/** Time rules from the scheduler section of the configuration. */
export function timeRulesFromConfig(scheduler: Config['scheduler']): TimeRules {
  return {
    ...DEFAULT_TIME_RULES,
    quietFrom: scheduler.quietHours.from,
    quietTo: scheduler.quietHours.to,
    closedDays: [...scheduler.closedDays],
  };
}
