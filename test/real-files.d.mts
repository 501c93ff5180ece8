export declare const REAL_DIR: string;
export declare function realFiles(testName: string, ...names: string[]): { present: boolean; path: (name: string) => string };
export declare function splitCsvLine(line: string): string[];
export declare function csvLines(text: string): string[];
export declare function csvRecords(text: string): (Record<string, string> & { __row: string })[];
