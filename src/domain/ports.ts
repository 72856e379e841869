// The ports the core needs, owned by the core (STYLE.md). Implementations live in store/ and channels/.
export type { Clock } from './ports/clock';
export type { ChartLinks } from './ports/chart-links';
export type * from './ports/organisation-repos';
export type * from './ports/measure-repos';
export type * from './ports/work-repos';
export type * from './ports/schedule-repos';
export type * from './ports/conversation-repos';
export type * from './ports/notifier';
export type * from './ports/calendar-links';
export type * from './ports/storyboard-repo';
export type * from './ports/baseline-repo';
export type * from './ports/storyboard-links';
export type * from './ports/reach-repos';
export type { Repos, Store, TransactionOptions } from './ports/store';
export type * from './ports/tenant-budget';
