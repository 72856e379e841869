import { z } from 'zod';
import { freeText, id } from './common';

/** A team lead's few lines of learning for a seminar's storyboard (one per team and seminar; the last word counts). */
export interface StoryboardNote {
  seminarId: string;
  teamId: string;
  text: string;
  authorId: string | null;
  updatedAt: Date;
}

/** Longest learning text, in characters (a few lines on a one-page board). */
export const STORYBOARD_NOTE_MAX = 600;

/** What a team lead writes: checked for length and CPR numbers. */
export const storyboardNoteInput = z.object({
  seminarId: id,
  teamId: id,
  text: freeText(STORYBOARD_NOTE_MAX).pipe(z.string().min(1)),
});
export type StoryboardNoteInput = z.input<typeof storyboardNoteInput>;
