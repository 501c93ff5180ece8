import {
  applyPreset,
  hasErrors,
  issue,
  listAreas,
  SendDataError,
  toRawData,
  validate,
  type AreaOption,
  type DataIssue,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { chartOptions, type ChartChoice } from './charts.js';
import { cleanData, type CleanedData } from './clean.js';
import type { EmbedSpec } from './snippet.js';

/** What the playground's data, chart and settings are when {@link derivePlayground} works them out. */
export interface PlaygroundInput {
  /** The data as text (CSV, TSV or JSON). */
  text: string;
  /** Where the text came from, for messages. */
  label: string;
  /** A preset that reads a published file, or ''. */
  preset: string;
  /** The area the preset keeps, or ''. */
  area: string;
  /** Contract column → the header of the user's file it is read from. */
  mapping: Readonly<Record<string, string>>;
  choice: ChartChoice;
  /** Shared options (`heading`, `theme`…) and the chart's own, keyed `<tag>:<attribute>`. */
  options: Readonly<Record<string, string>>;
  /** Whether the embed carries the cleaned data or reads the file from `sourceUrl`. */
  dataMode: 'inline' | 'src';
  sourceUrl: string;
}

/** Every step of the way from the text to an embed: each step is there when the one before it succeeded. */
export interface PlaygroundState {
  raw?: RawData;
  shaped?: RawData;
  areas: AreaOption[];
  validated?: ValidatedData;
  issues: DataIssue[];
  clean?: CleanedData;
  spec?: EmbedSpec;
}

/** The header a contract column is read from when nothing is mapped (the same rule as `validate`). */
export function autoMatch(
  name: string,
  aliases: readonly string[] | undefined,
  headers: readonly string[],
): string | undefined {
  const lower = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
  return lower.get(name) ?? aliases?.map((a) => lower.get(a)).find((h) => h !== undefined);
}

/**
 * Reads the text, applies the preset (and its area), maps and validates the columns against the
 * chosen chart's contract, cleans the rows, and builds the embed: the same steps, in the same
 * order, as the element that the embed draws. Pure: no DOM.
 */
export function derivePlayground(input: PlaygroundInput): PlaygroundState {
  const out: PlaygroundState = { areas: [], issues: [] };
  if (!input.text.trim()) return out;
  try {
    out.raw = toRawData(input.text, input.label || 'your data');
  } catch (e) {
    out.issues = e instanceof SendDataError ? e.issues : [issue('unreadable', 0, '', '', String(e))];
    return out;
  }
  let shaped = out.raw;
  const notes: DataIssue[] = [];
  if (input.preset) {
    try {
      out.areas = listAreas(out.raw, input.preset);
    } catch {
      out.areas = [];
    }
    try {
      const applied = applyPreset(input.preset, out.raw, { area: input.area || undefined });
      shaped = applied.data;
      notes.push(...applied.issues);
    } catch (e) {
      out.issues =
        e instanceof SendDataError ? e.issues : [issue('preset-failed', 0, 'preset', input.preset, String(e))];
      return out;
    }
  }
  out.shaped = shaped;
  const contract = input.choice.contract;
  const known = new Set(contract.columns.map((c) => c.name));
  const columns = Object.fromEntries(
    Object.entries(input.mapping).filter(([k, v]) => v && known.has(k) && shaped.columns.includes(v)),
  );
  if (shaped.numRows === 0) {
    out.issues = [
      ...notes,
      issue(
        'no-rows',
        0,
        '',
        '',
        'there are no data rows to draw: check the area and that the file has rows under its header',
      ),
    ];
    return out;
  }
  const validated = validate(shaped, contract, { columns });
  out.issues = [...notes, ...validated.issues];
  if (hasErrors(validated.issues)) return out;
  out.validated = validated;
  const clean = cleanData(validated);
  out.clean = clean;
  const attributes = embedAttributes(input.choice.tag, input.options);
  if (input.dataMode === 'src' && input.sourceUrl) {
    // the file as published, read by the element itself with the same preset, area and mapping
    attributes.push(['src', input.sourceUrl]);
    if (input.preset) attributes.push(['preset', input.preset]);
    if (input.preset && input.area) attributes.push(['area', input.area]);
    if (Object.keys(columns).length) attributes.push(['columns', JSON.stringify(columns)]);
    out.spec = { tag: input.choice.tag, attributes, csv: clean.csv, rows: clean.rows, src: input.sourceUrl };
  } else {
    out.spec = { tag: input.choice.tag, attributes, csv: clean.csv, rows: clean.rows };
  }
  return out;
}

/** The embed's attributes from the settings: the shared ones, then the chart's own that are set. */
export function embedAttributes(tag: string, o: Readonly<Record<string, string>>): [string, string][] {
  const out: [string, string][] = [];
  out.push(['heading', o.heading ?? 'Your chart']);
  if (o.description) out.push(['description', o.description]);
  if (o.source) out.push(['source', o.source]);
  if (o.theme) out.push(['theme', o.theme]);
  if (o['min-count'] && o['min-count'] !== '10') out.push(['min-count', o['min-count']]);
  for (const option of chartOptions(tag)) {
    const value = o[`${tag}:${option.attribute}`];
    if (value === undefined || value === '') continue;
    if (option.kind === 'boolean') {
      if (value === 'true') out.push([option.attribute, '']);
    } else out.push([option.attribute, value]);
  }
  return out;
}
