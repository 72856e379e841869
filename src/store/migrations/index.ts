import type { Migration } from 'kysely';
import * as m001 from './001-organisation';
import * as m002 from './002-measures';
import * as m003 from './003-work';
import * as m004 from './004-delivery';
import * as m005 from './005-membership-unique';
import * as m006 from './006-security';
import * as m007 from './007-resilience';
import * as m008 from './008-reach';
import * as m009 from './009-measure-chart';
import * as m010 from './010-action-plan-steps';
import * as m011 from './011-progress-scores';
import * as m012 from './012-seminar-details';
import * as m013 from './013-storyboard-notes';
import * as m014 from './014-pdsa-sponsor-help';
import * as m015 from './015-baseline-events';
import * as m016 from './016-series-versions';
import * as m017 from './017-reference-version';

/** Every migration, by name; names sort in the order they must run. Static: no filesystem scan at start. */
export const migrations: Record<string, Migration> = {
  '001-organisation': m001,
  '002-measures': m002,
  '003-work': m003,
  '004-delivery': m004,
  '005-membership-unique': m005,
  '006-security': m006,
  '007-resilience': m007,
  '008-reach': m008,
  '009-measure-chart': m009,
  '010-action-plan-steps': m010,
  '011-progress-scores': m011,
  '012-seminar-details': m012,
  '013-storyboard-notes': m013,
  '014-pdsa-sponsor-help': m014,
  '015-baseline-events': m015,
  '016-series-versions': m016,
  '017-reference-version': m017,
};
