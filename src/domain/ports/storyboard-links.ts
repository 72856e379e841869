import type { Locale } from '../model/common';

/** Signed links to a team's storyboard for a seminar (PNG image or one-page PDF); the storyboard service implements it. */
export interface StoryboardLinks {
  /** Absolute signed URL of the board, valid until well after the seminar. */
  boardUrl(req: { seminarId: string; teamId: string; startsAt: Date; format: 'png' | 'pdf'; locale: Locale }): string;
}
