import { SendDashboard } from './dashboard.js';

/** Registers `<send-dashboard>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-dashboard')) customElements.define('send-dashboard', SendDashboard);

export { SendDashboard } from './dashboard.js';
export { DASHBOARD_STRINGS, type DashboardStringKey } from './dashboard.strings.js';
export { SendChangeEvent, type SendChangeDetail } from './send-change-event.js';
