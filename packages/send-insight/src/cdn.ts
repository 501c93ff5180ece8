/** Entry of the single-file CDN build: registers all elements; arquero is not included. */
export * from './index.js';
