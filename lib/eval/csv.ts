/**
 * A strict RFC 4180 reader, pure: CSV text in, records out, each with the line it starts on (quoted fields may span
 * lines, so record numbers and line numbers differ). Deliberately strict, because a file that is not well-formed CSV
 * should be refused with a reason rather than scored on misaligned columns:
 *
 * - fields are separated by commas, records by CRLF or LF (a lone CR is an ordinary character);
 * - a field that starts with `"` is quoted: it ends at the next `"` not doubled, which must be followed by a comma,
 *   a line break or the end of the text; `""` inside it is one quote; line breaks inside it are kept;
 * - a `"` inside an unquoted field, text after a closing quote, or a quoted field still open at the end are errors;
 * - a leading byte-order mark is dropped; empty lines (at the end, or between records) are skipped.
 */

/** A CSV file that cannot be read; the message is one line naming the line where it went wrong. */
export class CsvError extends Error {
  override name = 'CsvError';
}

/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based line number of the record's first character */
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records (see the module comment for the exact rules); throws `CsvError` on malformed input.
 * @example parseCsv('a,b\r\n1,"x, ""y"""\n').map((r) => r.fields) // [['a', 'b'], ['1', 'x, "y"']]
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    const recordLine = line;
    const fields: string[] = [];
    let atRecordEnd = false;
    while (!atRecordEnd) {
      let field: string;
      if (src[pos] === QUOTE) {
        const quoted = readQuoted(src, pos + 1, line);
        field = quoted.value;
        line = quoted.line;
        pos = quoted.next;
      } else {
        const end = nextDelimiter(src, pos);
        field = src.slice(pos, end);
        const stray = field.indexOf(QUOTE);
        if (stray !== -1) throw new CsvError(`line ${line}: a quote inside an unquoted field ("${clip(field)}")`);
        pos = end;
      }
      fields.push(field);
      if (pos >= src.length) {
        atRecordEnd = true;
      } else if (src[pos] === COMMA) {
        pos += 1;
      } else if (src.startsWith(CRLF, pos) || src[pos] === LF) {
        pos += src[pos] === LF ? 1 : CRLF.length;
        line += 1;
        atRecordEnd = true;
      } else {
        throw new CsvError(`line ${line}: text after a closing quote ("${clip(src.slice(pos, pos + CLIP_CHARS))}")`);
      }
    }
    const emptyLine = fields.length === 1 && fields[0] === '';
    if (!emptyLine) records.push({ line: recordLine, fields });
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------------------

const BOM = '\uFEFF';
const QUOTE = '"';
const COMMA = ',';
const LF = '\n';
const CRLF = '\r\n';
/** how much of a bad field an error message quotes, characters */
const CLIP_CHARS = 40;

/** Reads a quoted field whose content starts at `from`; returns its value, the position after it and the line. */
function readQuoted(src: string, from: number, startLine: number): { value: string; next: number; line: number } {
  let value = '';
  let pos = from;
  let line = startLine;
  for (;;) {
    const close = src.indexOf(QUOTE, pos);
    if (close === -1) throw new CsvError(`line ${startLine}: unbalanced quotes: a quoted field opened here is never closed`);
    const chunk = src.slice(pos, close);
    value += chunk;
    line += countLineBreaks(chunk);
    if (src[close + 1] === QUOTE) {
      value += QUOTE;
      pos = close + 2;
    } else {
      return { value, next: close + 1, line };
    }
  }
}

/** Position of the next comma or line break (CRLF or LF) at or after `from`, or the end of the text. */
function nextDelimiter(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === COMMA || c === LF || (c === '\r' && src[i + 1] === LF)) return i;
  }
  return src.length;
}

function countLineBreaks(chunk: string): number {
  let n = 0;
  for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) n++;
  return n;
}

/** The start of a bad field for an error message: its first line, at most CLIP_CHARS characters. */
function clip(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.length > CLIP_CHARS ? `${firstLine.slice(0, CLIP_CHARS)}…` : firstLine;
}
