import type { Role } from '../../domain';
import type { Command, FlowContext } from '../flow';
import { editDistance } from '../quick-text/edit-distance';
import { splitWords } from '../route-turn';

/**
 * The text with its first word corrected to the one command word it most likely misspells (`grf op24` →
 * `graf op24`, `stauts` → `status`), among the commands this person may use; null when no command word is
 * close enough or two different commands are equally close. Words of one or two letters are never guessed.
 */
export function correctedCommand(ctx: FlowContext, text: string): string | null {
  const [first, ...rest] = splitWords(text);
  if (!first || first.length < 3) return null;
  const typed = first.toLowerCase();
  const roles = new Set<Role>(ctx.memberships.map((m) => m.role));
  const usable = (c: Command) => !c.help || c.help.roles.some((r) => (r === 'none' ? roles.size === 0 : roles.has(r)));
  const limit = typed.length <= 4 ? 1 : 2;
  let best: { word: string; command: Command; distance: number } | null = null;
  let tie = false;
  for (const command of ctx.flows.flatMap((f) => f.commands).filter(usable)) {
    for (const word of new Set(command.words.map((w) => splitWords(w.toLowerCase())[0]!))) {
      if (word.length < 3) continue;
      const distance = editDistance(typed, word);
      if (distance > limit || (best && distance > best.distance)) continue;
      if (best && distance === best.distance) {
        tie ||= best.command !== command;
        continue;
      }
      best = { word, command, distance };
      tie = false;
    }
  }
  return best && !tie ? [best.word, ...rest].join(' ') : null;
}
