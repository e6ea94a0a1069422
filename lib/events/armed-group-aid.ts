/**
 * An armed group handing out aid: "members of the CJNG delivered food packages to families", "Al Shabaab distributed
 * relief supplies". A non-state armed group taking on a government's work is a change in its activity, which
 * ACLED's codebook files under Strategic developments, Change to group/activity. Aid handed out by a government, a
 * charity or the UN is no event.
 */
import type { ActorMention } from './actors';
import { NON_STATE_SIDE } from './classify-rules';
import type { CueHit } from './cues';

/** "delivered food packages", "distributed boxes with food", "handing out relief supplies" */
const AID_HANDED_OUT =
  /\b(?:deliver(?:ed|ing|s)?|distribut(?:ed|ing|es?)|hand(?:ed|ing)?\s+out|gave\s+out|giving\s+out)\s+(?:[\w'’-]+\s+){0,4}?(?:food|aid|relief|supplies|groceries|packages|parcels|hampers|face\s*masks)\b/i;
/** characters before the verb read for the group that did it */
const DOER_WINDOW_CHARS = 80;

/**
 * The aid a non-state armed group named before the verb handed out, with that group.
 * @example aidByArmedGroup('Members of the CJNG delivered food packages.', actors)?.doer.text // 'CJNG'
 */
export function aidByArmedGroup(text: string, actors: readonly ActorMention[]): { at: CueHit; doer: ActorMention } | null {
  const match = AID_HANDED_OUT.exec(text);
  if (match === null) return null;
  const start = match.index;
  const doer = actors.filter((a) => NON_STATE_SIDE.has(a.kind) && a.end <= start && start - a.end <= DOER_WINDOW_CHARS).at(-1);
  if (doer === undefined) return null;
  return { at: { start, end: start + match[0].length, text: match[0], cues: new Set(['group-change']) }, doer };
}
