/**
 * A fake pipeline for tests/fixtures/eval/acled-mini.csv: what it "finds" in each invented note, built so that
 * every measure and every miss cause of the scorer is met at least once (the expected verdicts are listed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAcledCsv } from '@/lib/eval/acled-corpus';
import type { AcledNote, NoteEvent, NoteMention, NoteOutput, NotePipeline } from '@/lib/eval/acled-types';

export const ACLED_MINI = fileURLToPath(new URL('../fixtures/eval/acled-mini.csv', import.meta.url));

/** The fixture's notes, read by the real reader. */
export function miniNotes(): AcledNote[] {
  return readAcledCsv(readFileSync(ACLED_MINI, 'utf8'));
}

/** km per degree of latitude on the haversine sphere (2πR / 360). */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

/** A point `km` north of `from`. */
export const north = ([lng, lat]: readonly [number, number], km: number): [number, number] => [lng, lat + km / KM_PER_DEGREE];

// The coded points of the fixture, [lng, lat].
const MOMBASA: [number, number] = [39.6682, -4.0435];
const MAIDUGURI: [number, number] = [13.15, 11.8333];
const AVDIIVKA: [number, number] = [37.7497, 48.1394];
const CULIACAN: [number, number] = [-107.394, 24.8049];
const NOVA_IGUACU: [number, number] = [-43.4511, -22.7592];
const AL_JAWF: [number, number] = [45.0, 16.5];
const TRIPOLI_LIBYA: [number, number] = [13.1913, 32.8872];
const NAIROBI: [number, number] = [36.8172, -1.2864];

const mention = (text: string, coordinates: [number, number]): NoteMention => ({ text, coordinates, label: `${text} (fake)` });

function event(place: NoteMention, fields: Partial<NoteEvent>): NoteEvent {
  return { eventType: 'Battles', subEventType: 'Armed clash', actors: [], place, date: null, fatalities: null, ...fields };
}

const mombasa = mention('Mombasa', north(MOMBASA, 2));
const maiduguri = mention('Maiduguri', north(MAIDUGURI, 45));
const alJawf = mention('Al Jawf', north(AL_JAWF, 140));
const sinaloa = mention('Sinaloa', north(CULIACAN, 80));
const rio = mention('Rio de Janeiro', north(NOVA_IGUACU, 300));
const tripoli = mention('Tripoli', TRIPOLI_LIBYA);
const day = (date: string) => ({ date, precision: 'day' });

/**
 * Expected: KEN9001 located with actor, actor1, type, sub-type, date and fatalities (0, "No injuries"), plus a second
 * event in Nairobi; NGA9002 located 45 km off (p2) with only the compound actor2's first part among the coded
 * actors, a month date and the 4 deaths; UKR9003 no event, place found; LBN9004 far namesake (Tripoli, Libya); MEX9005 other
 * place chosen (Culiacan 20 km off is a mention, the event is at Sinaloa 80 km off); BRA9006 place not found;
 * YEM9007 located 140 km off (p3) with the coded actor2 and day, its toll shared between events (not stated).
 */
export const FAKE_OUTPUTS: ReadonlyMap<string, NoteOutput> = new Map([
  [
    'KEN9001',
    {
      mentions: [mombasa],
      events: [
        event(mombasa, {
          eventType: 'Protests',
          subEventType: 'Protest with intervention',
          actors: ['Protesters (Kenya)', 'Police Forces of Kenya'],
          date: day('2020-04-14'),
          fatalities: 0,
        }),
        event(mention('Nairobi', NAIROBI), { eventType: 'Protests', subEventType: 'Peaceful protest', actors: ['Protesters (Kenya)'] }),
      ],
    },
  ],
  [
    'NGA9002',
    {
      mentions: [maiduguri],
      events: [
        event(maiduguri, {
          actors: ['Islamic State (West Africa)', 'Civilians (Nigeria)'],
          date: { date: '2020-04', precision: 'month' },
          fatalities: 4,
        }),
      ],
    },
  ],
  ['UKR9003', { mentions: [mention('Avdiivka', north(AVDIIVKA, 1))], events: [] }],
  ['LBN9004', { mentions: [tripoli], events: [event(tripoli, { eventType: 'Riots', subEventType: 'Violent demonstration', actors: ['Rioters (Lebanon)'] })] }],
  [
    'MEX9005',
    {
      mentions: [mention('Culiacan', north(CULIACAN, 20)), sinaloa],
      events: [event(sinaloa, { eventType: 'Violence against civilians', subEventType: 'Attack', date: day('2020-04-18'), fatalities: 1 })],
    },
  ],
  ['BRA9006', { mentions: [rio], events: [event(rio, { eventType: 'Violence against civilians', subEventType: 'Attack' })] }],
  ['YEM9007', { mentions: [alJawf], events: [event(alJawf, { actors: ['Military Forces of Yemen (2012-)'], date: day('2020-04-20'), fatalities: 12 })] }],
]);

const NOTHING: NoteOutput = { mentions: [], events: [] };

/** The fake as a pipeline: looks the note up by id. */
export const fakePipeline: NotePipeline = (article) => FAKE_OUTPUTS.get(article.id) ?? NOTHING;
