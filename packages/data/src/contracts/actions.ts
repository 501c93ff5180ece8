import type { Contract } from '../schema.js';

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'no_longer_monitored'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** **actions**: one row per action of an improvement plan or Written Statement of Action. */
export const actionsContract: Contract = {
  name: 'actions',
  title: 'actions',
  key: ['plan', 'action_id'],
  columns: [
    { name: 'priority', type: 'integer', min: 1, required: true, description: 'priority (or area of weakness) number', example: '1' },
    { name: 'priority_title', type: 'text', required: true, description: 'priority title', example: 'Develop a system underpinned by national standards' },
    { name: 'action_id', type: 'text', required: true, description: 'action reference, unique within the plan', example: '1.1' },
    { name: 'action', type: 'text', required: true, description: 'what will be done', example: 'Publish pre-diagnosis support options on the Local Offer' },
    { name: 'owner', type: 'text', required: true, description: 'who is accountable', example: 'SEND Improvement Advisor' },
    { name: 'due', type: 'date', required: true, description: 'due date (ISO, e.g. 2025-03-31)', example: '2025-03-31' },
    { name: 'status', type: 'code', values: ACTION_STATUSES, valueAliases: { 'not started': 'not_started', 'on track': 'on_track', 'at risk': 'at_risk', 'off track': 'off_track', completed: 'complete', done: 'complete', 'no longer monitored': 'no_longer_monitored' }, required: true, description: 'not_started, on_track, at_risk, off_track, complete or no_longer_monitored', example: 'on_track' },
    { name: 'progress', type: 'number', min: 0, max: 100, allowSymbols: false, required: true, description: 'progress, 0 to 100', example: '60' },
    { name: 'updated', type: 'date', required: true, description: 'date of the last update (ISO)', example: '2025-01-15' },
    { name: 'plan', type: 'text', description: 'plan name, e.g. SEND and Inclusion Improvement Plan, Written Statement of Action', example: 'SEND and Inclusion Improvement Plan' },
    { name: 'outcome', type: 'text', description: 'the outcome the action serves', example: 'Children and young people receive the right help at the right time' },
    { name: 'evidence_url', type: 'url', description: 'link to evidence (http or https)', example: 'https://www.wolverhampton.gov.uk/localoffer' },
    { name: 'evidence_label', type: 'text', description: 'text for the evidence link', example: 'Local Offer page' },
    { name: 'measure', type: 'text', description: 'what the measure counts', example: 'Overdue annual reviews' },
    { name: 'unit', type: 'text', description: 'unit of the measure, e.g. reviews, %, weeks', example: 'reviews' },
    { name: 'baseline', type: 'number', allowSymbols: false, description: 'measure at the start', example: '200' },
    { name: 'current', type: 'number', allowSymbols: false, description: 'measure now', example: '40' },
    { name: 'target', type: 'number', allowSymbols: false, description: 'measure target', example: '0' },
    { name: 'better', type: 'code', values: ['higher', 'lower'], description: 'which direction is better: higher or lower', example: 'lower' },
  ],
};
