import type { Contract } from '../schema.js';

export const ACTION_STATUSES = [
  'not_started',
  'on_track',
  'at_risk',
  'off_track',
  'complete',
  'no_longer_monitored',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** **actions**: one row per action of an improvement plan or Written Statement of Action. */
export const actionsContract: Contract = {
  name: 'actions',
  title: 'actions',
  key: ['plan', 'action_id'],
  columns: [
    {
      name: 'priority',
      type: 'integer',
      min: 1,
      required: true,
      description: 'priority (or area of weakness) number',
    },
    {
      name: 'priority_title',
      type: 'text',
      required: true,
      description: 'priority title',
    },
    {
      name: 'action_id',
      type: 'text',
      required: true,
      description: 'action reference, unique within the plan',
    },
    {
      name: 'action',
      type: 'text',
      required: true,
      description: 'what will be done',
    },
    {
      name: 'owner',
      type: 'text',
      required: true,
      description: 'who is accountable',
    },
    {
      name: 'due',
      type: 'date',
      required: true,
      description: 'due date (ISO, e.g. 2025-03-31)',
    },
    {
      name: 'status',
      type: 'code',
      values: ACTION_STATUSES,
      valueAliases: {
        'not started': 'not_started',
        'on track': 'on_track',
        'at risk': 'at_risk',
        'off track': 'off_track',
        completed: 'complete',
        done: 'complete',
        'no longer monitored': 'no_longer_monitored',
      },
      required: true,
      description: 'not_started, on_track, at_risk, off_track, complete or no_longer_monitored',
    },
    {
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      allowSymbols: false,
      required: true,
      description: 'progress, 0 to 100',
    },
    {
      name: 'updated',
      type: 'date',
      required: true,
      description: 'date of the last update (ISO)',
    },
    {
      name: 'plan',
      type: 'text',
    },
    {
      name: 'outcome',
      type: 'text',
    },
    {
      name: 'evidence_url',
      type: 'url',
    },
    { name: 'evidence_label', type: 'text' },
    { name: 'measure', type: 'text' },
    { name: 'unit', type: 'text' },
    { name: 'baseline', type: 'number', allowSymbols: false },
    { name: 'current', type: 'number', allowSymbols: false },
    { name: 'target', type: 'number', allowSymbols: false },
    {
      name: 'better',
      type: 'code',
      values: ['higher', 'lower'],
    },
  ],
};
