/**
 * Strategic developments: what an armed or state actor does without fighting — prisoner releases, seizures of
 * weapons and goods, an armed group's aid, withdrawals, agreements, bases, looting, arrests, changes to a group or its activity (a
 * government's curfew or lockdown among them), and the codebook's Other.
 */
import { doerOf } from './actors';
import type { Classification } from './classify';
import { event } from './classification';
import { ARMED_KINDS, DELIBERATE_DESTRUCTION, SECURITY_KINDS, STRATEGIC } from './classify-rules';
import type { Cue, CueHit } from './cues';
import { releaseIn } from './prisoner-release';
import { aidByArmedGroup } from './armed-group-aid';
import { firstSeizure, type Seized } from './seizure';
import { first, type SentenceView } from './sentence-view';

/** Strategic developments: what an armed or state actor does without fighting. */
export function strategic(s: SentenceView): Classification | null {
  const release = releaseIn(s.text, s.actors);
  if (release !== null) {
    return event(s, 'Strategic developments', 'Other', release.at, [{ mention: release.doer }], release.other ? [{ mention: release.other }] : []);
  }
  const aid = aidByArmedGroup(s.text, s.actors);
  if (aid !== null) return event(s, 'Strategic developments', 'Change to group/activity', aid.at, [{ mention: aid.doer }], []);
  const seized = s.seized;
  if (seized !== null) {
    const doer = doerOf(s.actors, seized.at, s.text) ?? s.actors.find((a) => a.end <= seized.at.start);
    if (doer !== undefined && ARMED_KINDS.has(doer.kind)) {
      const sub = seized.what === 'weapons' ? 'Disrupted weapons use' : 'Looting/property destruction';
      return event(s, 'Strategic developments', sub, seized.at, [{ mention: doer }], []);
    }
  }
  for (const [cue, sub] of STRATEGIC) {
    const trigger = first(s, cue);
    if (trigger === null) continue;
    const doer = doerOf(s.actors, trigger, s.text) ?? s.actors.find((a) => a.end <= trigger.start) ?? s.actors[0];
    // "an arson attack targeting a mall", "the office was ransacked": deliberate destruction by someone unnamed
    if (doer === undefined && cue === 'loot' && DELIBERATE_DESTRUCTION.test(trigger.text)) {
      return event(s, 'Strategic developments', sub, trigger, [{ generic: 'unidentified-armed-group' }], []);
    }
    // "the government declared a lockdown", "the president imposed a curfew": an order by a government no actor names
    if (doer === undefined && cue === 'group-change' && GOVERNMENT_SUBJECT.test(clauseBefore(s.text, trigger.end))) {
      return event(s, 'Strategic developments', sub, trigger, [{ generic: 'government' }], []);
    }
    if (doer === undefined) continue;
    const doerArmed = ARMED_KINDS.has(doer.kind);
    if (cue === 'arrest' && !SECURITY_KINDS.has(doer.kind)) continue; // "a woman was arrested": not the state's act on record
    if (cue !== 'disrupted' && cue !== 'agreement' && cue !== 'group-change' && !doerArmed) continue;
    if (cue === 'agreement' && !s.actors.some((a) => ARMED_KINDS.has(a.kind))) continue;
    const rest = s.actors.filter((a) => a !== doer && a.entry?.id !== doer.entry?.id);
    return event(s, 'Strategic developments', sub, trigger, [{ mention: doer }], rest.slice(0, 1).map((m) => ({ mention: m })));
  }
  return null;
}

/** the first seizure or find of the sentence that took weapons or goods, not a place */
export function seizureIn(text: string): { at: CueHit; what: Seized } | null {
  const hit = firstSeizure(text);
  if (hit === null) return null;
  const at: CueHit = { start: hit.start, end: hit.end, text: hit.text, cues: new Set<Cue>(['disrupted']) };
  return { at, what: hit.what };
}

/** a government or its head as the subject of the clause: "the government declared", "the governor instituted" */
const GOVERNMENT_SUBJECT = /\bthe\s+(?:(?:central|federal|national|provincial|state|local|regional|interim|transitional)\s+)?(?:government|authorities|cabinet|president|prime minister|governor|council of ministers)\b(?:\s+of\s+[\p{L}' -]+?)?\s+(?:\w+\s+)?(?:declared|imposed|instituted|announced|ordered|extended|introduced|enforced|issued|decreed|put|placed|closed|banned|suspended|lifted|eased|began|started)\b[^,;.]*$/iu;
/** characters read before an order's word for its subject */
const SUBJECT_WINDOW_CHARS = 120;

function clauseBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - SUBJECT_WINDOW_CHARS), at);
}
