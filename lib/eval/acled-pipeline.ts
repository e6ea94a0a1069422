/**
 * The real system under test for the ACLED evaluation: the whole per-article pipeline (sentences, place mentions,
 * events, routes) over the world gazetteer, narrowed to what the ACLED scorer reads. Kept apart from the CLI so the
 * gazetteer is loaded only after the CSV has been read and checked.
 */
import type { ExtractedEvent } from '../events/types';
import { loadWorldGazetteer } from '../gazetteer/world';
import type { ResolvedMention } from '../geoparse/types';
import { processArticle } from '../pipeline/index';
import type { NoteEvent, NoteMention, NotePipeline } from './acled-types';
import { placeLabel } from './pipeline';

/**
 * Loads the world gazetteer and returns the note → mentions and events function.
 * @example const run = await loadProjectPipeline(); run(noteArticle(note)).mentions[0]?.label // 'Mombasa (city, KE)'
 */
export async function loadProjectPipeline(): Promise<NotePipeline> {
  const gazetteer = loadWorldGazetteer();
  return (article) => {
    const result = processArticle(article, gazetteer);
    return { mentions: result.mentions.map(toMention), events: result.events.map(toEvent) };
  };
}

// ---------------------------------------------------------------------------------------------------------------

function toMention(m: ResolvedMention): NoteMention {
  return { text: m.text, coordinates: m.place.coordinates, label: placeLabel(m.place) };
}

function toEvent(e: ExtractedEvent): NoteEvent {
  return {
    eventType: e.eventType,
    subEventType: e.subEventType,
    actors: e.actors.map((a) => a.acledName),
    place: toMention(e.place),
    date: e.date === null ? null : { date: e.date.date, precision: e.date.precision },
    fatalities: e.fatalities,
  };
}
