import { describe, expect, it } from 'vitest';
import { DEFAULT_STRINGS } from '@send-insight/core';
import {
  ACTIONS_STRINGS,
  DEPRIVATION_STRINGS,
  INDICATOR_STRINGS,
  NEEDS_STRINGS,
  OUTCOMES_STRINGS,
  SHARED_STRINGS,
} from '@send-insight/data';
import { DEPRIVATION_CHART_STRINGS } from './deprivation-chart/deprivation-chart.strings.js';
import { DEPRIVATION_CONTEXT_STRINGS } from './deprivation-chart/deprivation-context.strings.js';
import { DEPRIVATION_SCATTER_STRINGS } from './deprivation-chart/deprivation-scatter.strings.js';
import { NEED_BREAKDOWN_STRINGS } from './need-breakdown/need-breakdown.strings.js';
import { OUTCOMES_RADAR_STRINGS } from './outcomes-radar/outcomes-radar.strings.js';
import { PRIORITY_TRACKER_STRINGS } from './priority-tracker/priority-tracker.strings.js';
import { SEND_INDICATOR_STRINGS } from './indicator/indicator.strings.js';
import { SEND_INDICATOR_FORMS_STRINGS } from './indicator/indicator-forms.strings.js';
import { DASHBOARD_STRINGS } from './dashboard/dashboard.strings.js';

/** One `strings` object overrides all of these at once, so a key must mean one thing everywhere. */
const TABLES: Record<string, Readonly<Record<string, string>>> = {
  DEFAULT_STRINGS,
  SHARED_STRINGS,
  NEEDS_STRINGS,
  OUTCOMES_STRINGS,
  DEPRIVATION_STRINGS,
  ACTIONS_STRINGS,
  NEED_BREAKDOWN_STRINGS,
  OUTCOMES_RADAR_STRINGS,
  PRIORITY_TRACKER_STRINGS,
  DEPRIVATION_CHART_STRINGS,
  DEPRIVATION_SCATTER_STRINGS,
  DEPRIVATION_CONTEXT_STRINGS,
  INDICATOR_STRINGS,
  SEND_INDICATOR_STRINGS,
  SEND_INDICATOR_FORMS_STRINGS,
  DASHBOARD_STRINGS,
};

describe('strings keys', () => {
  it('no key is used by two tables (one flat strings object overrides them all)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [table, strings] of Object.entries(TABLES)) {
      for (const key of Object.keys(strings)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key}: ${other} and ${table}`);
        else seen.set(key, table);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every template is British English text with balanced placeholders', () => {
    for (const strings of Object.values(TABLES)) {
      for (const [key, template] of Object.entries(strings)) {
        expect(template.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
        expect(template, key).not.toMatch(/\b(color|center|analyze|behavior|license)\b/i);
      }
    }
  });
});
