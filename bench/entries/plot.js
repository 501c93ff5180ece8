// Observable Plot: the marks a scatter, bar and radar-like chart need.
export { plot, dot, barX, barY, line, ruleY, ruleX, text } from '@observablehq/plot';
