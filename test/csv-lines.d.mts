export declare function splitCsvLine(line: string): string[];
export declare function csvLines(text: string): string[];
export declare function csvRecords(text: string): (Record<string, string> & { __row: string })[];
