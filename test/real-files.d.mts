export declare const REAL_DIR: string;
export declare function realFiles(
  testName: string,
  ...names: string[]
): { present: boolean; path: (name: string) => string };
export { csvLines, csvRecords, splitCsvLine } from './csv-lines.mjs';
