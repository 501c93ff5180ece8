#!/usr/bin/env node
/**
 * Writes packages/data/src/demo/actions.ts: an ILLUSTRATIVE action tracker with two plans.
 *
 * 1. "SEND and Inclusion Improvement Plan": the five priorities of the Wolverhampton SEND and
 *    Inclusion Strategy 2024–2027 (titles as the strategy gives them), with actions paraphrasing its
 *    "what needs to happen" lists. Owners, dates, statuses and progress are made up.
 * 2. "Written Statement of Action": areas of weakness from the 2021 Local Area Review as reported
 *    in the press (waits for assessments, a backlog of 200 annual reviews, variable plans, families
 *    not knowing where to turn, low supported employment), with an "Overdue annual reviews" measure
 *    200 → 40, target 0, and the two areas later judged "no longer monitored" (co-production;
 *    transitions). Figures other than the 200 are made up.
 *
 * Progress and update days are jittered with a seeded PRNG, so the file is the same on every run.
 * The demo is meant to be read as of DEMO_ACTIONS_AS_OF (1 October 2025).
 *
 * Usage: node packages/data/scripts/demo-actions.mjs            (writes the file)
 *        node packages/data/scripts/demo-actions.mjs --check    (exits 1 if the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './prng.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../src/demo/actions.ts');
const AS_OF = '2025-10-01';
const IMPROVEMENT = 'SEND and Inclusion Improvement Plan';
const WSA = 'Written Statement of Action';

const random = prng(20240320); // the day the strategy went to Cabinet
const jitter = (centre, spread) => Math.round(centre + (random() * 2 - 1) * spread);
const pad = (n) => String(n).padStart(2, '0');
/** A day in a month, jittered between the 2nd and 26th (always a real date). */
const dayIn = (ym) => `${ym}-${pad(jitter(14, 12))}`;

/** Progress for a status: complete is 100; others drawn around a centre, clamped to a sensible band. */
function progressFor(status, centre) {
  if (status === 'complete') return 100;
  if (status === 'not_started') return 0;
  return Math.max(5, Math.min(95, Math.round(jitter(centre, 8) / 5) * 5));
}

const LO = 'https://www.wolverhampton.gov.uk/localoffer';

// [priority, title, outcome, actions: [id, action, owner, due, status, progress centre, updated month, evidence?, measure?]]
const PLAN = [
  [
    1,
    'Develop a System Underpinned by National Standards',
    'Children and young people receive the right help at the right time',
    [
      [
        '1.1',
        'Publish pre-diagnosis support options for children, young people and young adults on the Local Offer',
        'Local Offer Manager',
        '2025-03-31',
        'complete',
        100,
        '2025-03',
        [LO, 'Local Offer: support while you wait'],
      ],
      [
        '1.2',
        'Open early support hubs in local communities and schools where families can get help easily',
        'Head of Inclusion Support',
        '2025-12-31',
        'on_track',
        65,
        '2025-09',
      ],
      [
        '1.3',
        'Set out assessment and post-assessment pathways for each service through the Local Offer',
        'Designated Clinical Officer',
        '2025-06-30',
        'at_risk',
        55,
        '2025-09',
        undefined,
        ['EHC needs assessments completed within 20 weeks', '%', 49, 70, 90, 'higher'],
      ],
      [
        '1.4',
        'Publish clear information on short breaks, EHC plans, personal budgets and alternative provision',
        'Local Offer Manager',
        '2026-03-31',
        'on_track',
        40,
        '2025-09',
      ],
    ],
  ],
  [
    2,
    'Successful transition and preparation for adulthood',
    'Children, young people and young adults are well prepared for their next steps and achieve strong outcomes',
    [
      [
        '2.1',
        'Agree what families can expect at each stage, from the earliest point, so they can plan for the future',
        'Preparing for Adulthood Lead',
        '2025-07-31',
        'off_track',
        30,
        '2025-09',
      ],
      [
        '2.2',
        'Map pathways between children’s and adult services and into employment at each transition point',
        'Preparing for Adulthood Lead',
        '2026-03-31',
        'on_track',
        45,
        '2025-09',
        undefined,
        ['Young people with EHC plans in supported internships', 'young people', 12, 21, 30, 'higher'],
      ],
      [
        '2.3',
        'Co-produce accessible guides so young adults feel confident to use services for themselves',
        'Participation Officer (HY5!)',
        '2025-09-30',
        'at_risk',
        70,
        '2025-08',
      ],
      [
        '2.4',
        'Widen the year-round leisure offer that is accessible within local communities',
        'Short Breaks Commissioner',
        '2026-09-30',
        'not_started',
        0,
        '2025-03',
      ],
    ],
  ],
  [
    3,
    'A skilled workforce and excellent leadership',
    'Leaders create an environment in which effective practice and multi-agency working can flourish',
    [
      [
        '3.1',
        'Agree a shared understanding of co-production and participation across the partnership',
        'SEND and Inclusion Partnership Board',
        '2024-12-31',
        'complete',
        100,
        '2024-12',
        ['https://www.wolverhampton.gov.uk/localoffer-co-production', 'Co-production charter'],
      ],
      [
        '3.2',
        'Embed quality assurance processes that show services are good and do what they need to',
        'Quality Assurance Lead',
        '2025-12-31',
        'on_track',
        85,
        '2025-09',
      ],
      [
        '3.3',
        'Launch a shared multi-agency training offer so services can test and learn together',
        'Workforce Development Lead',
        '2026-03-31',
        'on_track',
        50,
        '2025-09',
        undefined,
        ['Practitioners completing the shared SEND training', '%', 20, 58, 80, 'higher'],
      ],
    ],
  ],
  [
    4,
    'Strengthened accountabilities and clear routes of redress',
    'Children, young people and young adults’ needs are identified accurately and assessed in a timely and effective way',
    [
      [
        '4.1',
        'Co-produce how assessments and reviews are done and share this with professionals and families',
        'Head of SEND Assessment',
        '2025-03-31',
        'complete',
        100,
        '2025-04',
      ],
      [
        '4.2',
        'Extend the quality assurance framework across the SEND and Inclusion Partnership',
        'Quality Assurance Lead',
        '2025-12-31',
        'on_track',
        60,
        '2025-09',
        undefined,
        ['Audited EHC plans rated good or outstanding', '%', 45, 68, 80, 'higher'],
      ],
      [
        '4.3',
        'Share the SEND and Inclusion Partnership Dashboard with every partner board each quarter',
        'Performance and Intelligence Manager',
        '2025-06-30',
        'complete',
        100,
        '2025-06',
      ],
      [
        '4.4',
        'Review Ombudsman decisions, tribunal appeals and judicial reviews twice a year and publish the learning',
        'Head of SEND Assessment',
        '2025-09-30',
        'at_risk',
        50,
        '2025-07',
      ],
      [
        '4.5',
        'Complete the improvement plan actions through the designated work groups',
        'SEND and Inclusion Partnership Board',
        '2027-03-31',
        'on_track',
        35,
        '2025-09',
      ],
    ],
  ],
  [
    5,
    'A financially sustainable system delivering improved outcomes',
    'Leaders commission services and provision to meet the needs and aspirations of children and young people',
    [
      [
        '5.1',
        'Publish a framework showing when and how services are commissioned, singly and jointly',
        'Head of SEND Commissioning',
        '2025-06-30',
        'off_track',
        25,
        '2025-09',
      ],
      [
        '5.2',
        'Review the quality and value of commissioned services against the needs they meet',
        'Head of SEND Commissioning',
        '2026-03-31',
        'on_track',
        40,
        '2025-09',
      ],
      [
        '5.3',
        'Plan sufficiency of local places to reduce unnecessary use of high-cost provision',
        'Finance Business Partner',
        '2026-09-30',
        'on_track',
        30,
        '2025-09',
        undefined,
        ['Children in high-cost independent placements', 'children', 84, 91, 70, 'lower'],
      ],
    ],
  ],
];

const CLOSED = '2023-07-12'; // illustrative date of the review meeting that stopped monitoring two areas

const STATEMENT = [
  [
    1,
    'Waits for assessments',
    'Children and young people are assessed in a timely way',
    [
      [
        'W1.1',
        'Recruit to the EHC needs assessment team and clear the assessment backlog',
        'Head of SEND Assessment',
        '2022-09-30',
        'complete',
        100,
        '2022-10',
      ],
      [
        'W1.2',
        'Cut waiting times for autism and ADHD assessments through the joint neurodevelopmental pathway',
        'Designated Clinical Officer',
        '2025-03-31',
        'at_risk',
        70,
        '2025-09',
        undefined,
        ['Average wait for an autism assessment', 'weeks', 52, 30, 18, 'lower'],
      ],
    ],
  ],
  [
    2,
    'Backlog of annual reviews',
    'Plans are reviewed on time and stay up to date',
    [
      [
        'W2.1',
        'Clear the backlog of overdue annual reviews of EHC plans',
        'Head of SEND Assessment',
        '2025-12-31',
        'on_track',
        80,
        '2025-09',
        undefined,
        ['Overdue annual reviews', 'reviews', 200, 40, 0, 'lower'],
      ],
      [
        'W2.2',
        'Track every annual review on a shared dashboard so none falls overdue unseen',
        'Performance and Intelligence Manager',
        '2023-03-31',
        'complete',
        100,
        '2023-03',
      ],
    ],
  ],
  [
    3,
    'Variable quality of EHC plans',
    'Health and care advice in plans is consistently good',
    [
      [
        'W3.1',
        'Introduce multi-agency audits of EHC plans, including health and care sections',
        'Quality Assurance Lead',
        '2023-06-30',
        'complete',
        100,
        '2023-06',
      ],
      [
        'W3.2',
        'Train health and care advice writers to the agreed standard',
        'Designated Clinical Officer',
        '2025-12-31',
        'on_track',
        75,
        '2025-08',
      ],
    ],
  ],
  [
    4,
    'Families do not know where to turn',
    'Families find help quickly through the Local Offer',
    [
      [
        'W4.1',
        'Rebuild the Local Offer website with families and test it with them',
        'Local Offer Manager',
        '2024-03-31',
        'complete',
        100,
        '2024-04',
        [LO, 'Wolverhampton Local Offer'],
      ],
      [
        'W4.2',
        'Open a single SEND information line for families',
        'SEND Information, Advice and Support Service',
        '2025-09-30',
        'off_track',
        40,
        '2025-09',
      ],
    ],
  ],
  [
    5,
    'Low take-up of supported employment',
    'Young people move into supported employment and training',
    [
      [
        'W5.1',
        'Grow supported internships with local employers',
        'Preparing for Adulthood Lead',
        '2026-07-31',
        'on_track',
        45,
        '2025-09',
        undefined,
        ['Young people starting supported internships each year', 'young people', 12, 26, 40, 'higher'],
      ],
    ],
  ],
  [
    6,
    'Co-production at every level',
    'Co-production is planned strategically at every level',
    [
      [
        'W6.1',
        'Agree and sign the Co-production Charter with Voice4Parents and HY5!',
        'Participation Officer (HY5!)',
        '2022-12-31',
        'no_longer_monitored',
        100,
        CLOSED.slice(0, 7),
        ['https://www.wolverhampton.gov.uk/localoffer-co-production', 'Co-production Charter'],
      ],
      [
        'W6.2',
        'Involve parent carers and young people in every SEND work group',
        'SEND and Inclusion Partnership Board',
        '2023-03-31',
        'no_longer_monitored',
        100,
        CLOSED.slice(0, 7),
      ],
    ],
  ],
  [
    7,
    'Transitions within school age, to 19 and to 25',
    'Transitions are planned and supported at every stage',
    [
      [
        'W7.1',
        'Introduce transition plans from Year 9 for every young person with an EHC plan',
        'Preparing for Adulthood Lead',
        '2023-03-31',
        'no_longer_monitored',
        100,
        CLOSED.slice(0, 7),
      ],
      [
        'W7.2',
        'Set up a joint transitions panel with adult social care and health',
        'Head of Inclusion Support',
        '2023-06-30',
        'no_longer_monitored',
        90,
        CLOSED.slice(0, 7),
      ],
    ],
  ],
];

const rows = [];
function add(plan, list) {
  for (const [priority, title, outcome, actions] of list) {
    for (const [id, action, owner, due, status, centre, month, evidence, measure] of actions) {
      const row = {
        plan,
        priority,
        priority_title: title,
        action_id: id,
        action,
        owner,
        due,
        status,
        progress: status === 'no_longer_monitored' ? centre : progressFor(status, centre),
        updated: status === 'no_longer_monitored' ? CLOSED : dayIn(month),
        outcome,
      };
      if (row.updated > AS_OF) row.updated = AS_OF;
      if (evidence) Object.assign(row, { evidence_url: evidence[0], evidence_label: evidence[1] });
      if (measure) {
        const [name, unit, baseline, current, target, better] = measure;
        Object.assign(row, { measure: name, unit, baseline, current, target, better });
      }
      rows.push(row);
    }
  }
}
add(IMPROVEMENT, PLAN);
add(WSA, STATEMENT);

const COLUMNS = [
  'plan',
  'priority',
  'priority_title',
  'action_id',
  'action',
  'owner',
  'due',
  'status',
  'progress',
  'updated',
  'outcome',
  'evidence_url',
  'evidence_label',
  'measure',
  'unit',
  'baseline',
  'current',
  'target',
  'better',
];

const body = `// GENERATED by packages/data/scripts/demo-actions.mjs: do not edit by hand; change the script and re-run it.
/**
 * ILLUSTRATIVE demo data for the **actions** contract, meant to be read as of ${AS_OF}.
 * Two plans: the "${IMPROVEMENT}", with the five priorities of the Wolverhampton SEND and
 * Inclusion Strategy 2024–2027 and actions paraphrasing its "what needs to happen" lists; and a
 * "${WSA}" after the 2021 Local Area Review, with areas of weakness reported in the press
 * (waits for assessments, a backlog of 200 annual reviews, variable plans) and the two areas
 * later judged no longer monitored (co-production; transitions). Owners, dates, statuses,
 * progress and every measure other than the 200 overdue annual reviews are made up.
 */

/** One row of the demo actions data (the actions contract's columns). */
export interface DemoActionsRow {
${COLUMNS.map((c) => `  ${c}${['evidence_url', 'evidence_label', 'measure', 'unit', 'baseline', 'current', 'target', 'better'].includes(c) ? '?' : ''}: ${['priority', 'progress', 'baseline', 'current', 'target'].includes(c) ? 'number' : 'string'};`).join('\n')}
}

/** A label to show wherever the demo actions data is drawn. */
export const DEMO_ACTIONS_LABEL = 'Illustrative data: made-up actions, owners, dates and progress built on the Wolverhampton SEND and Inclusion Strategy 2024–2027 and press reports of its Written Statement of Action; not a published plan.';

/** The report date the demo is meant to be read at. */
export const DEMO_ACTIONS_AS_OF = '${AS_OF}';

/** The two demo plans. */
export const DEMO_ACTIONS_PLANS = ${JSON.stringify([IMPROVEMENT, WSA])} as const;

/** The demo rows (both plans). */
export const demoActions: readonly DemoActionsRow[] = ${JSON.stringify(rows, null, 2).replace(/"([a-z_]+)":/g, '$1:')};

/** The demo as CSV text (the contract's header), for child \`<script type="text/csv">\` and \`src\` examples. */
export function demoActionsCsv(): string {
  const columns = ${JSON.stringify(COLUMNS)} as const;
  const cell = (v: unknown) => {
    const s = v === undefined ? '' : String(v);
    return /[",\\n\\r]/.test(s) ? \`"\${s.replace(/"/g, '""')}"\` : s;
  };
  return [columns.join(','), ...demoActions.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\\n') + '\\n';
}
`;

if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8');
  if (now !== body) {
    console.error('packages/data/src/demo/actions.ts is stale: run node packages/data/scripts/demo-actions.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, body);
  console.log(`wrote ${rows.length} rows to ${OUT}`);
}
