import type { Contract } from '../schema.js';

/** The eight outcomes children, young people and families report on, in the strategy's order. */
export const OUTCOME_CODES = [
  'voice_heard',
  'healthy',
  'happy',
  'supported',
  'safe',
  'included',
  'able_to_learn',
  'prepared_for_adulthood',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Short labels for axes, and the full statement people are asked about. */
export const OUTCOME_LABELS: Readonly<Record<OutcomeCode, { short: string; statement: string }>> = {
  voice_heard: { short: 'Voice heard', statement: 'My voice is heard' },
  healthy: { short: 'Healthy', statement: 'I am healthy' },
  happy: { short: 'Happy', statement: 'I am happy' },
  supported: { short: 'Supported', statement: 'I feel supported' },
  safe: { short: 'Safe', statement: 'I feel safe' },
  included: { short: 'Included', statement: 'I am included in my local community and feel I belong' },
  able_to_learn: { short: 'Able to learn', statement: 'I am able to learn' },
  prepared_for_adulthood: {
    short: 'In control / prepared for adulthood',
    statement: 'I am in control of my life and prepared for adulthood',
  },
};

/** **outcomes**: survey responses per outcome × group × period; `agree` counts or `percent` with `respondents`. */
export const outcomesContract: Contract = {
  name: 'outcomes',
  title: 'outcomes',
  key: ['outcome', 'group', 'period'],
  columns: [
    {
      name: 'outcome',
      type: 'code',
      values: OUTCOME_CODES,
      valueAliases: {
        'voice heard': 'voice_heard',
        'able to learn': 'able_to_learn',
        in_control: 'prepared_for_adulthood',
        'prepared for adulthood': 'prepared_for_adulthood',
      },
      required: true,
      description: 'one of the eight outcomes',
    },
    {
      name: 'group',
      type: 'text',
      required: true,
      description: 'who answered, e.g. Children and young people, Parents and carers',
    },
    { name: 'period', type: 'text', required: true, description: 'survey period, e.g. 2024' },
    {
      name: 'respondents',
      type: 'count',
      required: true,
      description: 'people who answered this question',
    },
    { name: 'agree', type: 'count' },
    {
      name: 'percent',
      type: 'percent',
    },
  ],
};
