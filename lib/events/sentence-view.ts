/**
 * A sentence as the classifier reads it — its cue words, participant nouns, actors and places — and the small
 * questions every rule asks of it ("does it say X?", "where does it first say X?").
 */
import type { ActorMention } from './actors';
import type { Cue, CueHit, NounHit } from './cues';
import type { Seized } from './seizure';
import type { Token } from './terms';

/** what the sentences before this one in its paragraph have told */
export interface SentenceContext {
  /** the paragraph is about a protest: "They threw stones" continues it */
  protest: boolean;
  /** a later sentence of the paragraph reports a protest: "Workers burned tires. … the police dispersed the demonstration" */
  protestLater: boolean;
}

/** the parts of a sentence the classification rules read */
export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  cues: readonly CueHit[];
  nouns: readonly NounHit[];
  actors: readonly ActorMention[];
  places: readonly { start: number; end: number }[];
  hedged: boolean;
  secondHand: boolean;
  context: SentenceContext;
  /** the first seizure or find of weapons or goods the sentence tells (found once, read by several rules), or null */
  seized: { at: CueHit; what: Seized } | null;
}

export function has(s: SentenceView, cue: Cue): boolean {
  return s.cues.some((c) => c.cues.has(cue));
}

export function first(s: SentenceView, cue: Cue): CueHit | null {
  return s.cues.find((c) => c.cues.has(cue)) ?? null;
}

export function firstOf(s: SentenceView, cues: readonly Cue[]): CueHit | null {
  return s.cues.find((c) => cues.some((cue) => c.cues.has(cue))) ?? null;
}

export function hasNoun(s: SentenceView, cls: 'crowd' | 'civilians' | 'armed-targets'): boolean {
  return s.nouns.some((n) => n.classes.has(cls));
}
