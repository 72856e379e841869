// The channel contract suite: every flow of the conversation core, end to end through one channel's real
// transport (local JSON API, Teams activities, Slack requests). Each test gets a fresh seeded store.
import { afterEach, beforeEach, describe } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import type { ContractEnv, ContractFixture, MakeDriver } from './contract-env';
import { actionPlanContract } from './action-plan-contract';
import { chartStatusContract } from './chart-status-contract';
import { correctionContract } from './correction-contract';
import { measurementContract } from './measurement-contract';
import { onboardingContract } from './onboarding-contract';
import { pdsaContract } from './pdsa-contract';
import { seminarContract } from './seminar-contract';
import { pickerContract } from './picker-contract';
import { baselineContract } from './baseline-contract';

export type { ChannelDriver, ContractFixture, ContractPersons, MakeDriver } from './contract-env';
export {
  normalizeAdaptiveCard,
  normalizeTextAndCard,
  type NormalizedReply,
  type NormalizedAction,
} from './normalize-adaptive-card';

/** The suite's "now": Thursday of ISO week 48 2026, 10:00 in Copenhagen; the demo data end with week 47. */
export const CONTRACT_NOW = '2026-11-26T09:00:00Z';

/** Runs the whole channel contract for one channel; `makeDriver` builds the channel on the seeded store. */
export function runChannelContract(name: string, makeDriver: MakeDriver): void {
  describe(`channel contract: ${name}`, () => {
    let current: ContractEnv | null = null;
    const env = (): ContractEnv => {
      if (!current) throw new Error('contract environment not set up');
      return current;
    };

    beforeEach(async () => {
      const clock = new ManualClock(CONTRACT_NOW);
      const store = await freshStore('sqlite', { clock });
      const seed = await seedDemo(store, clock);
      const p = seed.persons;
      const fixture: ContractFixture = {
        store,
        clock,
        seed,
        persons: {
          clinician: p.clinician,
          lead: p.lead,
          tovholder: p.tovholder,
          sponsor: p.sponsor,
          expert: p.expert,
          guest: p.guest,
          otherClinician: p.clinicianAarhus,
        },
      };
      current = { ...fixture, driver: await makeDriver(fixture) };
    });

    afterEach(async () => {
      await current?.driver.close();
      await current?.store.close();
      current = null;
    });

    onboardingContract(env);
    measurementContract(env);
    correctionContract(env);
    pdsaContract(env);
    chartStatusContract(env);
    seminarContract(env);
    pickerContract(env);
    actionPlanContract(env);
    baselineContract(env);
  });
}
