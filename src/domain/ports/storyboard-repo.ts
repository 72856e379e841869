import type { Actor } from '../model/common';
import type { StoryboardNote, StoryboardNoteInput } from '../model/storyboard';

/** Learning notes for seminar storyboards. */
export interface StoryboardRepo {
  /** Inserts or replaces the team's note for the seminar (audited). */
  saveNote(input: StoryboardNoteInput, actor: Actor): Promise<StoryboardNote>;
  /** Every team's note for the seminar. */
  notes(seminarId: string): Promise<StoryboardNote[]>;
}
