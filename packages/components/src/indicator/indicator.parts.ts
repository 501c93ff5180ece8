/*
 * The indicator's forms that a dashboard of tiles never shows, each imported on first use: the
 * trend over time and the comparison of authorities (in the CDN build, files beside
 * send-insight.js).
 */
import { LazyPart } from '../lazy-part.js';

/** The trend: its view, layout and marks. */
export const trendPart = new LazyPart(() => import('./indicator-trend.lazy.js'));

/** The comparison of authorities: its view, layout and marks. */
export const comparePart = new LazyPart(() => import('./indicator-compare.lazy.js'));

/** The tile's table (the table view and the CSV): the table of the series and its text. */
export const tablePart = new LazyPart(() => import('./indicator-table.lazy.js'));
