/**
 * Page furniture scraped along with an article: "Related" and "Read more" lists of other headlines, topic and tag
 * lines, share buttons, captions of advertising. Its words are not the article's reporting, so no event and no
 * route may come from them. A furniture label line starts a block that runs until the next blank line.
 */

/** A span of the text that is page furniture, not reporting. */
export interface FurnitureSpan {
  start: number;
  end: number;
}

/** line openers that label furniture ("Related:", "Read more", "Topics", "Share this") */
const LABEL =
  /^[ \t]*(?:related(?:\s+(?:articles?|stories|news|content|coverage|topics?|reading))?|read\s+(?:more|also|next)|also\s+read|more\s+(?:on\s+this(?:\s+story)?|from\s+\S+|stories|news)|see\s+also|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|topics?|tags?|filed\s+under|share(?:\s+(?:this(?:\s+article|\s+story)?|on\s+\S+|via\s+\S+))?|follow\s+us(?:\s+on\s+\S+)?|advertisement|sponsored(?:\s+content)?|watch(?:\s+more)?|sign\s+up(?:\s+for\s+our\s+newsletter)?|subscribe(?:\s+to\s+our\s+newsletter)?)[ \t]*(?:[:|\-–—»›>]?[ \t]*$|[:|\-–—»›>]\s*\S.*$)|^[ \t]*(?:©|copyright\b).*$/i;
/** a label with nothing after it ("Related:", "Read more") heads a list on the lines below */
const LABEL_ALONE = /^[ \t]*[\p{L} ]+[ \t]*[:|\-–—»›>]?[ \t]*$/u;
/** a line that is nothing but sharing links ("Facebook Twitter WhatsApp Email") */
const SHARE_BUTTONS = /^[ \t]*(?:(?:facebook|twitter|x|whatsapp|telegram|email|e-mail|linkedin|reddit|print|copy\s+link|messenger)[ \t|·•,]*){2,}$/i;

/**
 * The furniture spans of an article text, in order.
 * @example furnitureSpans('Police fired tear gas.\n\nRelated:\nRiots in Paris\nFloods in Dhaka\n')[0] // { start: 24, end: 63 }
 */
export function furnitureSpans(text: string): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (SHARE_BUTTONS.test(line)) {
      spans.push({ start: lineStart, end: lineEnd });
    } else if (LABEL.test(line) && isLabelLine(line)) {
      const blockEnd = LABEL_ALONE.test(line) ? endOfList(text, lineEnd) : lineEnd;
      spans.push({ start: lineStart, end: blockEnd });
      lineStart = blockEnd + 1;
      continue;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * True when `[start, end)` overlaps a furniture span.
 * @example inFurniture(spans, 30, 45) // true
 */
export function inFurniture(spans: readonly FurnitureSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** a label line is short: "Related: Floods in Dhaka" yes, "Related news broke on Monday when …" (prose) no */
function isLabelLine(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return words <= MAX_LABEL_LINE_WORDS && !/[.!?]["'\u201d\u2019)]?\s*$/.test(line.trim());
}

/** words a furniture label line may have (the label and one headline) */
const MAX_LABEL_LINE_WORDS = 20;

/** the end of the list under a label: the following lines up to a blank line or a line that reads as prose */
function endOfList(text: string, from: number): number {
  let end = from;
  let lineStart = from + 1;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line === '' || !isLabelLine(line)) break;
    end = lineEnd;
    lineStart = lineEnd + 1;
  }
  return end;
}
