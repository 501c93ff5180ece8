/**
 * Headline measures quoted from the strategy texts, in the **indicators** contract, for the
 * indicator's local-data tiles. They are local figures, not published statistics:
 * - Wolverhampton's SEND and Inclusion Strategy 2024–2027: "Wolverhampton's current completion
 *   rate for EHC assessments excluding exceptions is 70.0% (Jan 2023 - July 2023); this is above
 *   the national rate of 49.1% (2023)" (local management information; no counts are given, so no
 *   test is possible);
 * - the Written Statement of Action after the 2021 local area inspection: "a backlog of 200 annual
 *   reviews" (BBC News), with a target of none overdue (lower is better).
 */

/** One row of these local measures (the indicators contract's columns). */
export type DemoIndicatorRow = {
  area_code: string;
  area_name: string;
  time_period: string;
  indicator: string;
  label: string;
  unit: 'count' | 'percent';
  value: number;
  better?: 'higher' | 'lower';
  target?: number;
};

/** Where the local figures come from, to show as their source note. */
export const DEMO_LOCAL_INDICATORS_SOURCE =
  "City of Wolverhampton Council, SEND and Inclusion Strategy 2024–2027 (local management information, January to July 2023; England's rate as the strategy quotes it).";

/** Where the backlog of annual reviews comes from. */
export const DEMO_REVIEWS_SOURCE =
  'BBC News on the Written Statement of Action after the 2021 local area SEND inspection of Wolverhampton.';

/** The 20-week completion rate as the strategy gives it: Wolverhampton 70.0% (January to July 2023), England 49.1% (2023). */
export function demoLocalTimelinessRows(): DemoIndicatorRow[] {
  const base = {
    indicator: 'no_exc_20week_rate',
    label: 'EHC needs assessments completed within 20 weeks, excluding exceptions (%)',
    unit: 'percent' as const,
    better: 'higher' as const,
  };
  return [
    { ...base, area_code: 'E08000031', area_name: 'Wolverhampton', time_period: '2023 (January to July)', value: 70 },
    { ...base, area_code: 'E92000001', area_name: 'England', time_period: '2023', value: 49.1 },
  ];
}

/** The backlog of annual reviews the inspection found: 200, with a target of none (lower is better). */
export function demoReviewBacklogRows(): DemoIndicatorRow[] {
  return [
    {
      area_code: 'E08000031',
      area_name: 'Wolverhampton',
      time_period: '2021 (inspection)',
      indicator: 'overdue_annual_reviews',
      label: 'EHC plan annual reviews overdue',
      unit: 'count',
      value: 200,
      better: 'lower',
      target: 0,
    },
  ];
}
