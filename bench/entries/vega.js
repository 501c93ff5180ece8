// Vega-Lite through vega-embed (which brings vega and vega-lite).
export { default as embed } from 'vega-embed';
