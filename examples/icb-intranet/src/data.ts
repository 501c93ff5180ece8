import { parseCsv } from '@send-insight/data';
import needsCsv from '../../data/needs-by-phase.csv?raw';
import deprivationCsv from '../../data/send-by-deprivation.csv?raw';
import outcomesCsv from '../../data/outcomes-survey.csv?raw';
import planCsv from '../../data/improvement-plan.csv?raw';

/** A CSV file as row objects: what an app usually has after its own API call. */
export type Row = Record<string, string>;

function rows(text: string): Row[] {
  const { header, rows: cells } = parseCsv(text);
  return cells.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export const needsRows = rows(needsCsv);
export const deprivationRows = rows(deprivationCsv);
export const outcomesRows = rows(outcomesCsv);
export const planRows = rows(planCsv);
