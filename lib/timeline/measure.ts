/** The name of the performance.measure() the page records for each histogram it computes; the map benchmark reads it. */
export const HISTOGRAM_MEASURE = 'timeline-histogram';
