/**
 * What a protest's crowd did, read around the protest word: a relative clause on the crowd before it ("200 people,
 * who were burning debris"), an act whose purpose the protest word names ("attacked a police station to
 * demonstrate"), harm the crowd did ("reporters were beaten up by demonstrators").
 */
import { doerOf } from './actors';
import type { CueHit } from './cues';
import type { SentenceView } from './sentence-view';

/** "… migrant workers, who had taken to the streets and pelted …", "200 people, who were burning debris" */
export const CROWD_WHO_BEFORE =
  /\b(?:people|residents|workers|youths?|students|demonstrators|protesters|protestors|villagers|crowds?|men|women|locals|traders|drivers)\s*,?\s+who\s+(?:were\s+|had\s+(?:\w+\s+){0,5}?and\s+)?$/i;
export const CROWD_WHO_LOOKBEHIND = 80;

/** "to demonstrate", "in order to protest": the protest word names the purpose of the act before it */
export const PURPOSE_BEFORE = /\b(?:in order\s+)?to\s+$/i;
export const PURPOSE_LOOKBEHIND = 12;
/** "(were beaten up) by demonstrators", "by the protesters" */
const BY_CROWD_AFTER = /^\s+(?:up\s+)?by\s+(?:the\s+)?(?:demonstrators|protesters|protestors|rioters|the crowd|crowds?)\b/i;

/** True when the protest's crowd did the harm a cue tells: its subject, or the agent of its passive. */
export function crowdDid(s: SentenceView, c: CueHit): boolean {
  if (BY_CROWD_AFTER.test(s.text.slice(c.end, c.end + CROWD_AGENT_WINDOW_CHARS))) return true;
  const doer = doerOf(s.actors, c, s.text);
  return doer !== undefined && (doer.kind === 'protesters' || doer.kind === 'rioters') && doer.end <= c.start;
}
const CROWD_AGENT_WINDOW_CHARS = 40;

/** a crowd's act a protest is made of: blocking a road, gathering, rallying */
const PROTEST_ACT = /^(?:rall|gathered|assembled|blocked|blockaded|road blockade|refused to work|honked)/i;
/** what a protest is for: a demand, a denunciation, support */
const PROTEST_CLAIM = /demand|denounc|condemn|call(?:ed|ing) for|solidarity|in support of|petition/i;

/**
 * "victims of the floods blocked the national road to demand justice": a road blocked or a gathering held for a
 * stated demand is a protest even when the people who did it are named by no crowd word. Two different weak cues,
 * one the act and one the claim.
 */
export function actWithClaim(s: SentenceView): CueHit | null {
  const weak = s.cues.filter((c) => c.cues.has('protest-weak'));
  const act = weak.find((c) => PROTEST_ACT.test(c.text));
  return act !== undefined && weak.some((c) => c !== act && PROTEST_CLAIM.test(c.text)) ? act : null;
}
