/** An article as read from disk. Offsets everywhere are JS string indexes into `text`, front matter included. */
export interface Article {
  /** file name without extension */
  id: string;
  /** the whole file text exactly as read */
  text: string;
  title: string | null;
  /** publication date YYYY-MM-DD, or null */
  date: string | null;
  source: string | null;
  /** offset where the body starts (after front matter / title line) */
  bodyStart: number;
  /** offset of the title when it is a line of `text` (no front matter title), else null; absent = unknown */
  titleStart?: number | null;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}
