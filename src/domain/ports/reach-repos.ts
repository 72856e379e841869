import type { ContactPrefs, PauseKind, ReachPlatform, ReachStatus } from '../model/reach';

/** The rollout's outcome per person and platform: reached, or failed with a reason (last write wins). */
export interface ReachRepo {
  /** Records an outcome; a failure counts up `attempts`, a success resets it. */
  record(status: Omit<ReachStatus, 'updatedAt' | 'attempts'>, at: Date): Promise<ReachStatus>;
  get(personId: string, platform: ReachPlatform): Promise<ReachStatus | null>;
  forPerson(personId: string): Promise<ReachStatus[]>;
}

/** Per-person contact settings (introduction sent, paused reminders). The person's own setting: not audited. */
export interface ContactPrefsRepo {
  /** The settings, or defaults (not introduced, nothing paused) for a person without a row. */
  get(personId: string): Promise<ContactPrefs>;
  /** True exactly once per person: the caller sends the introduction. Atomic across instances. */
  claimIntroduction(personId: string, at: Date): Promise<boolean>;
  /** Undoes a claim whose message could not be delivered, so the next message introduces the bot. */
  releaseIntroduction(personId: string): Promise<void>;
  setPaused(personId: string, paused: PauseKind[], at: Date): Promise<ContactPrefs>;
}
