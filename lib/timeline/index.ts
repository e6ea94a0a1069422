/** The timeline's pure parts: days, periods, bins, histogram, play windows, brush selection, list order. */
export { dayNumber, isoDay } from './days';
export { datePeriod, type DayPeriod } from './periods';
export { brushedSpan } from './brushed-span';
export { BIN_UNITS, binIndex, binsFor, binUnitFor, nextUnitStart, unitStart, type Bin, type BinUnit } from './bins';
export { binCountText, binLabel, dayLabel } from './labels';
export { buildTimeIndex, NO_DAY, type TimeIndex } from './time-index';
export { histogram, TYPE_COUNT, type Histogram, type HistogramOptions } from './histogram';
export { nextStep, nextWindowStart, PLAY_WINDOWS, playSteps, windowRange, type PlayWindow } from './play';
export { brushKey, datesRange, rangeDates, type BinRange, type BrushKey } from './selection';
export { orderEvents, type ListOrder } from './order';
export { indexesInView } from './subset';
export { shownDates } from './shown-dates';
