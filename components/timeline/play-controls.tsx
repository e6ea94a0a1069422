'use client';
/** Play / Pause, the window's length, the speed, and the way back to the whole span. */
import { dayLabel, PLAY_WINDOWS, type PlayWindow } from '@/lib/timeline';

export const SPEEDS = [0.5, 1, 2, 4] as const; // multiples of one step per BASE_STEP_MS
export const BASE_STEP_MS = 1000; // ms per step at speed 1

const WINDOW_NAMES: Readonly<Record<PlayWindow, string>> = { day: 'Day', week: 'Week', month: 'Month' };

export interface PlayControlsProps {
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  window: PlayWindow;
  onWindowChange: (window: PlayWindow) => void;
  speed: number;
  onSpeedChange: (speed: number) => void;
  /** the window shown, inclusive day numbers; null when the whole span is shown */
  shown: { start: number; end: number } | null;
  onShowAll: () => void;
  /** a period is brushed: offer to clear it */
  hasPeriod: boolean;
  onClearPeriod: () => void;
  disabled: boolean;
}

export function PlayControls(props: PlayControlsProps) {
  const { playing, window, speed, shown, disabled } = props;
  return (
    <div className="timeline-controls">
      <button type="button" className="timeline-play" disabled={disabled} onClick={playing ? props.onPause : props.onPlay}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        <span>Window</span>
        <select value={window} onChange={(e) => props.onWindowChange(e.currentTarget.value as PlayWindow)}>
          {PLAY_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {WINDOW_NAMES[w]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Speed</span>
        <select value={String(speed)} onChange={(e) => props.onSpeedChange(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      {shown ? (
        <>
          <span className="timeline-shown" data-testid="timeline-shown" aria-live="polite">
            {shown.start === shown.end ? dayLabel(shown.start) : `${dayLabel(shown.start)} – ${dayLabel(shown.end)}`}
          </span>
          <button type="button" className="link-button" onClick={props.onShowAll}>
            Show the whole period
          </button>
        </>
      ) : null}
      {props.hasPeriod ? (
        <button type="button" className="link-button" onClick={props.onClearPeriod}>
          Clear period
        </button>
      ) : null}
    </div>
  );
}
