/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise (CI logs, pipes) a plain line every few
 * seconds, so a long run is visibly alive without flooding a log.
 */

/** Interval between plain progress lines when stderr is not a terminal, in milliseconds. */
export const LOG_INTERVAL_MS = 3000;
/** Minimum interval between bar redraws, in milliseconds (redrawing per file would cost more than the work). */
export const BAR_REDRAW_MS = 100;
/** Width of the bar, in characters. */
const BAR_WIDTH = 30;

export interface ProgressSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** `done` files of `total` handled so far */
  update(done: number): void;
  /** erases the bar (if any) so a problem line or the summary starts on a clean line; the next update redraws */
  finish(): void;
}

/**
 * A progress reporter for `total` files; `now` is injectable so tests need no clock.
 * @example const p = createProgress(100, process.stderr); p.update(50); p.finish();
 */
export function createProgress(total: number, sink: ProgressSink, now: () => number = Date.now): Progress {
  const tty = sink.isTTY === true;
  const interval = tty ? BAR_REDRAW_MS : LOG_INTERVAL_MS;
  let last = now();
  let drawn = false;
  return {
    update(done) {
      const t = now();
      if (t - last < interval && done < total) return;
      if (!tty && done >= total) return; // the summary line says it
      last = t;
      if (tty) {
        sink.write(`\r${bar(done, total)}`);
        drawn = true;
      } else {
        sink.write(`ingest: ${done}/${total} files (${percent(done, total)})\n`);
      }
    },
    finish() {
      if (drawn) sink.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

function bar(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `ingest [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${percent(done, total)}`;
}

function percent(done: number, total: number): string {
  return `${total === 0 ? 100 : Math.floor((done / total) * 100)}%`;
}
