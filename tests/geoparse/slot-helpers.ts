/** Hand-built resolution slots for the pass tests: one candidate named `text`, its options ranked as given. */
import type { GazPlace } from '@/lib/gazetteer/types';
import type { Slot } from '@/lib/geoparse/slots';

/**
 * An undecided slot for `text` whose priors are the options' log populations (their order is kept); `variant` when
 * the options stand for places found only by the romanisation-variant key.
 */
export function slot(text: string, options: readonly GazPlace[], variant = false): Slot {
  return {
    candidate: { start: 0, end: text.length, text, lookup: text, demonym: false, typeHint: null },
    options,
    priors: options.map((option) => Math.log10(option.population + 1)),
    narrowedByHint: false,
    variant,
    choice: null,
  };
}
