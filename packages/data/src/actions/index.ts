export * from './measure.js';
export * from './rag.js';
export * from './timeline.js';
export * from './model.js';
export * from './read.js';
export * from './summary.js';
export * from './strings.js';
