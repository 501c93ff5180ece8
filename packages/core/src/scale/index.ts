/**
 * @send-insight/core/scale: the scales the charts use (linear, square-root and band), with
 * d3-scale's arithmetic and without the interpolators, colours and formats d3-scale brings.
 * A separate entry so that pure layout functions can import it in Node without Lit.
 */
export { scaleLinear, scaleSqrt, type LinearScale } from './scale-linear.js';
export { scaleBand, type BandScale } from './scale-band.js';
