/** @send-insight/core: what every send-insight chart shares. */
export * from './base-element.js';
export * from './presets-loader.js';
export * from './events.js';
export * from './format.js';
export * from './strings.js';
export * from './theme.js';
export * from './url.js';
export * from './a11y/navigation.js';
export * from './a11y/data-table.js';
export * from './controllers/resize-controller.js';
export * from './export/svg-export.js';
export * from './export/png-export.js';
export * from './export/download.js';
export * from './canvas/canvas-layer.js';
export * from './canvas/point-index.js';
export * from './base.styles.js';
export * from './directives/css-props.js';
