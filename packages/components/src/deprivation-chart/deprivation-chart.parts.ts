/*
 * The deprivation chart's parts that a page may never need, each imported on first use: the area
 * view (every neighbourhood on a canvas) and the neighbourhood context. Dynamic imports, so a
 * bundler splits them into files of their own (in the CDN build, files beside send-insight.js,
 * allowed by script-src 'self'), and a page with the chart by decile loads neither.
 */
import { LazyPart } from '../lazy-part.js';

/** The area view: its view, canvas drawing, point index and marks. */
export const scatterPart = new LazyPart(() => import('./deprivation-scatter.lazy.js'));

/** The neighbourhood context: its view, the strip under the rates, and their marks. */
export const contextPart = new LazyPart(() => import('./deprivation-context.lazy.js'));
