'use client';
/**
 * The region under the map: the histogram of the events in the current filters with the brushed period, and
 * Play, which steps a window through that period (or the whole span) while the map and the list show only the
 * window's events. All of it lives in the URL: `from`/`to` for the period, `window`/`at` for the moment.
 */
import { useCallback, useState } from 'react';
import type { ViewState } from '@/lib/url';
import { datePeriod, dayNumber, isoDay, windowRange, nextStep, type Histogram, type PlayWindow } from '@/lib/timeline';
import { HistogramChart } from './histogram-chart';
import { useTimelineHistogram, type TimelineInput } from './use-timeline-histogram';
import { BASE_STEP_MS, PlayControls } from './play-controls';
import { usePlayer } from './use-player';

const DEFAULT_WINDOW: PlayWindow = 'week';
const DEFAULT_SPEED = 1;

export interface TimelineProps {
  /** what the histogram counts; computed here, in a component of its own, so a transition can yield before it */
  input: TimelineInput;
  state: Pick<ViewState, 'from' | 'to' | 'window' | 'at'>;
  onChange: (change: Partial<Pick<ViewState, 'from' | 'to' | 'window' | 'at'>>, options?: { replace?: boolean }) => void;
}

export function Timeline({ input, state, onChange }: TimelineProps) {
  const histogram = useTimelineHistogram(input);
  return <TimelineView histogram={histogram} state={state} onChange={onChange} emptyNote="No dated events in the current filters." />;
}

export interface TimelineViewProps extends Omit<TimelineProps, 'input'> {
  /** the events' histogram, counted here (file mode) or by the store (store mode); null: none to draw */
  histogram: Histogram | null;
  /** what shows in the histogram's place while it is null */
  emptyNote: string;
}

/** The histogram with its brush and Play, for a histogram counted elsewhere (the store mode's comes from the server). */
export function TimelineView({ histogram, state, onChange, emptyNote }: TimelineViewProps) {
  const [choice, setChoice] = useState<PlayWindow>(state.window ?? DEFAULT_WINDOW);
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const window = state.window ?? choice;
  const span = playSpan(state.from, state.to, histogram);
  const onStep = useCallback((at: string, replace: boolean) => onChange({ window, at }, { replace }), [onChange, window]);
  const { playing, setPlaying } = usePlayer({
    window: state.window,
    at: state.at,
    spanEnd: span?.end ?? null,
    stepMs: BASE_STEP_MS / speed,
    onStep,
  });
  const shown = state.window !== null && state.at !== null ? windowRange(dayNumber(state.at), state.window) : null;

  const play = () => {
    if (!span) return;
    const at = state.at === null ? null : dayNumber(state.at);
    // Resume where it paused, unless that moment is outside the span or was its last window.
    const resume = at !== null && at >= span.start && at <= span.end && nextStep(at, window, span.end) !== null;
    onChange({ window, at: isoDay(resume && at !== null ? at : span.start) });
    setPlaying(true);
  };

  return (
    <section className="explorer-timeline" aria-label="Timeline" data-testid="timeline">
      {histogram ? (
        <HistogramChart
          histogram={histogram}
          from={state.from}
          to={state.to}
          window={shown}
          onBrush={(from, to) => onChange({ from, to })}
        />
      ) : (
        <p className="timeline-empty">{emptyNote}</p>
      )}
      <PlayControls
        playing={playing}
        onPlay={play}
        onPause={() => setPlaying(false)}
        window={window}
        onWindowChange={(w) => {
          setChoice(w);
          if (state.window !== null) onChange({ window: w });
        }}
        speed={speed}
        onSpeedChange={setSpeed}
        shown={shown}
        onShowAll={() => {
          setPlaying(false);
          onChange({ window: null, at: null });
        }}
        hasPeriod={state.from !== null || state.to !== null}
        onClearPeriod={() => onChange({ from: null, to: null })}
        disabled={span === null}
      />
    </section>
  );
}

/** The days Play steps through: the brushed period, else the span of the events drawn. */
function playSpan(from: string | null, to: string | null, histogram: Histogram | null): { start: number; end: number } | null {
  const lo = from === null ? null : datePeriod(from);
  const hi = to === null ? null : datePeriod(to);
  const start = lo?.start ?? histogram?.span.start;
  const end = hi?.end ?? histogram?.span.end;
  return start === undefined || end === undefined || end < start ? null : { start, end };
}
