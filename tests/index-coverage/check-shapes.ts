import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declaredIndexes } from './declared-indexes';
import { isServed, type IndexSpec } from './index-serves';
import { describeShape, type QueryShape } from './query-shape';
import type { RecordedShape } from './record-shapes';
import { isAllowedScan } from './allowed-scans';

export interface ShapeFinding {
  shape: QueryShape;
  description: string;
  /** The application code that issued it (file and function). */
  issuedBy: string[];
  testFiles: string[];
}

export interface CoverageReport {
  /** Distinct shapes the application issued; each was checked. */
  shapes: number;
  /** Distinct shapes only the tests' own reads and cleanups issued; not checked. */
  testOnlyShapes: number;
  testFiles: number;
  unserved: ShapeFinding[];
}

const addOnce = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

function readRecords(directory: string): RecordedShape[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(directory, name), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedShape);
}

/** Checks every shape the application issued against `_id` and the models' declared indexes. */
export function checkShapes(
  directory: string,
  root: string,
  indexes: Map<string, IndexSpec[]> = declaredIndexes(),
): CoverageReport {
  const app = new Map<string, ShapeFinding>();
  const testOnly = new Set<string>();
  const testFiles = new Set<string>();
  for (const { shape, origin, testFile } of readRecords(directory)) {
    const key = JSON.stringify(shape);
    const file = relative(root, testFile);
    testFiles.add(file);
    if (origin.issuer === 'test') {
      testOnly.add(key);
      continue;
    }
    const finding = app.get(key) ?? {
      shape,
      description: describeShape(shape),
      issuedBy: [],
      testFiles: [],
    };
    addOnce(finding.issuedBy, origin.where);
    addOnce(finding.testFiles, file);
    app.set(key, finding);
  }
  const unserved = [...app.values()]
    .filter(({ shape }) => !isServed(shape, indexes.get(shape.collection) ?? []))
    .filter(({ shape }) => !isAllowedScan(shape))
    .sort((a, b) => a.description.localeCompare(b.description));
  return {
    shapes: app.size,
    testOnlyShapes: [...testOnly].filter((key) => !app.has(key)).length,
    testFiles: testFiles.size,
    unserved,
  };
}

export function formatReport(report: CoverageReport): string {
  const counted = `${report.shapes} query shapes the application sent in ${report.testFiles} test files (${report.testOnlyShapes} more from the tests' own reads, not checked)`;
  if (report.unserved.length === 0) return `index coverage: ${counted}, each served by an index`;
  const lines = report.unserved.map(
    (f) =>
      `  ✕ ${f.description}\n      by ${f.issuedBy.join(', ')}\n      in ${f.testFiles.slice(0, 2).join(', ')}`,
  );
  return [
    `index coverage: ${report.unserved.length} of ${counted} are served by no declared index (MongoDB would scan).`,
    'Add an index to the model (src/models/), reshape the query, or, for a small settings collection read rarely, allow it in tests/index-coverage/allowed-scans.ts:',
    ...lines,
  ].join('\n');
}
