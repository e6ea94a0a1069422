/**
 * Work after a map move, in a task of its own rather than inside Leaflet's event dispatch (where the markers' redraw
 * would otherwise join everything else listening to the move in one long task). Asking again before the task has
 * run changes nothing: it runs once.
 */
export interface NextTask {
  /** run the work in the next task, unless that is already asked for */
  request(): void;
  /** forget a request that has not run yet (the layer is leaving the map) */
  cancel(): void;
}

/** @example const soon = nextTask(() => layer.redraw()); map.on('moveend', () => soon.request()); */
export function nextTask(run: () => void): NextTask {
  let timer: number | null = null;
  return {
    request() {
      timer ??= window.setTimeout(() => {
        timer = null;
        run();
      }, 0);
    },
    cancel() {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    },
  };
}
