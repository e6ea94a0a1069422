/**
 * Members of armed forces among the hurt: "a pro-government militia member was killed", "killed a member of An
 * Nasr police department". ACLED counts violence against a member of an armed force as against that force (an Armed
 * clash), unless the member no longer serves ("a former military commander" is a civilian).
 */
import type { ActorMention } from './actors';
import { ARMED_KINDS } from './classify-rules';
import { has, type SentenceView } from './sentence-view';

/**
 * "a pro-government militia member was killed", "killed a member of the police department", "a CV member was
 * stabbed": a member of an armed actor other than the doer is hurt — an armed victim, as the codebook counts one.
 */
export function memberOfArmedHurt(s: SentenceView, doer: ActorMention | undefined): boolean {
  if (!has(s, 'kill') && !has(s, 'injure')) return false;
  return s.actors.some((a) => {
    if (a === doer || !ARMED_KINDS.has(a.kind) || (doer !== undefined && a.entry?.id === doer.entry?.id && (a.country ?? null) === (doer.country ?? null))) return false;
    const before = s.text.slice(Math.max(0, a.start - MEMBER_WINDOW_CHARS), a.start);
    // "a former military commander", "a retired police officer": off duty, a civilian in the codebook
    if (NO_LONGER_SERVING.test(before)) return false;
    return MEMBER_OF_BEFORE.test(before) || MEMBER_AFTER.test(s.text.slice(a.end, a.end + MEMBER_WINDOW_CHARS));
  });
}

/** "a member of (the) …", "two members of …" right before an actor's name */
const MEMBER_OF_BEFORE = /\bmembers?\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}$/i;
/** "… member", "… members", "… commander" right after it */
const MEMBER_AFTER = /^\s+(?:members?|commanders?|fighters?|militiam[ae]n|elements?)\b/i;
const MEMBER_WINDOW_CHARS = 30;
const NO_LONGER_SERVING = /\b(?:former|retired|ex-|off[\s-]duty)\s*(?:\w+\s+)?$/i;
