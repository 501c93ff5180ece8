import { SendPriorityTracker } from './priority-tracker.js';

/** Registers `<send-priority-tracker>` once; importing this module twice (or alongside the CDN bundle) is harmless. */
if (!customElements.get('send-priority-tracker')) customElements.define('send-priority-tracker', SendPriorityTracker);

export { type TrackerMode, type PriorityDatum, SendPriorityTracker } from './priority-tracker.js';
export {
  PRIORITY_TRACKER_STRINGS,
  PRIORITY_TRACKER_TEXT,
  type PriorityTrackerStrings,
  type PriorityTrackerTextKey,
} from './priority-tracker.strings.js';
