/**
 * Where added articles go. The explorer serves one events file (lib/explorer-data/server.ts reloads it when it
 * changes); the file corpus keeps each added article's text under `articles/` next to it and merges the article's
 * features into it. Both writes are atomic and one article is written at a time, so a reader sees the corpus with
 * or without an article, never half of one. Another engine (the store's upsertArticle) can stand in for this one:
 * the queue only knows the ArticleCorpus interface.
 */
import { fileExists } from '../fs/exists';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from '../fs/atomic-write';
import { buildCollection } from '../geojson/build';
import { z } from 'zod';
import { eventCollectionSchema, type EventCollection } from '../geojson/schema';
import { serializeCollection } from '../geojson/serialize';
import type { ArticleResult } from '../pipeline/types';
import { EMPTY_COLLECTION, withArticles, withoutArticle } from './merge';
import { ADDED_ARTICLES_DIR } from './paths';

export { ADDED_ARTICLES_DIR } from './paths';

/** Counts of what an added article brought to the map. */
export interface UpsertSummary {
  events: number;
  routes: number;
  places: number;
}

/** The corpus as the upload queue sees it. */
export interface ArticleCorpus {
  /** ids of every article in the corpus */
  articleIds(): Promise<Set<string>>;
  /** adds the article (text exactly as stored, pipeline result), replacing one of the same id */
  upsertArticle(text: string, result: ArticleResult): Promise<UpsertSummary>;
  /** removes the article and everything found in it; false when there was no such article */
  removeArticle(id: string): Promise<boolean>;
}

const articleListSchema = z.object({ articles: z.array(z.object({ id: z.string() })) });


/**
 * The corpus of the events file at `eventsPath`.
 * @example await fileCorpus('geodata/events.geojson').upsertArticle(text, processArticle(article, gazetteer))
 */
export function fileCorpus(eventsPath: string): ArticleCorpus {
  const folder = path.join(path.dirname(path.resolve(eventsPath)), ADDED_ARTICLES_DIR);
  let tail: Promise<unknown> = Promise.resolve();
  // One write at a time: each read-merge-write must see the previous one's file.
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
  const textFile = (id: string): string => path.join(folder, `${id}.txt`);

  return {
    async articleIds() {
      // Only the ids, to keep new ones unique: no schema check of every feature on the request's path.
      let raw: string;
      try {
        raw = await readFile(eventsPath, 'utf8');
      } catch {
        return new Set();
      }
      const articles = articleListSchema.safeParse(JSON.parse(raw));
      return new Set(articles.success ? articles.data.articles.map((a) => a.id) : []);
    },
    upsertArticle(text, result) {
      return serial(async () => {
        const id = result.article.id;
        const file = textFile(id);
        const relative = path.relative(path.dirname(path.resolve(eventsPath)), file).split(path.sep).join('/');
        const addition = buildCollection([result], new Map([[id, relative]]));
        const next = withArticles(await readCollection(eventsPath), addition);
        const checked = eventCollectionSchema.safeParse(next);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          throw new Error(`the result breaks the events file's contract at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
        }
        const existed = await fileExists(file);
        atomicWriteFile(file, text);
        try {
          atomicWriteFile(eventsPath, serializeCollection(next));
        } catch (error) {
          if (!existed) await rm(file, { force: true }); // nothing half-written: no text without its events
          throw error;
        }
        return count(addition);
      });
    },
    removeArticle(id) {
      return serial(async () => {
        const collection = await readCollection(eventsPath);
        if (!collection.articles.some((a) => a.id === id)) return false;
        atomicWriteFile(eventsPath, serializeCollection(withoutArticle(collection, id)));
        // The text in articles/ next to the events file goes too, so a re-ingest of that folder (npm start's) does
        // not bring the article back; a text anywhere else (seeds/, a corpus folder of its own) is left alone.
        await rm(textFile(id), { force: true });
        return true;
      });
    },
  };
}

async function readCollection(eventsPath: string): Promise<EventCollection> {
  let raw: string;
  try {
    raw = await readFile(eventsPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_COLLECTION;
    throw error;
  }
  const parsed = eventCollectionSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`the events file ${eventsPath} does not match the schema; not changing it`);
  return parsed.data;
}

function count(collection: EventCollection): UpsertSummary {
  const summary = { events: 0, routes: 0, places: 0 };
  for (const feature of collection.features) {
    if (feature.properties.kind === 'event') summary.events += 1;
    else if (feature.properties.kind === 'route') summary.routes += 1;
    else summary.places += 1;
  }
  return summary;
}
