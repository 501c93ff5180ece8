/** Entry of the single-file CDN build: registers all elements; arquero is not included. */
// everything the package's entry exports: what is public is decided there, by name (index.ts)
export * from './index.js';
