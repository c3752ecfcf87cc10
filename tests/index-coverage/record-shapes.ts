/**
 * Jest setup file: records the query shapes every database connection a test file opens sends,
 * while SHIFTLINE_QUERY_SHAPES_DIR names a directory (tests/global-setup.ts sets it). Each
 * worker process appends to its own file, one JSON line per shape new to the test file (with
 * the first function that issued it); the index-coverage reporter checks them all once every file has run.
 */
import type { EventEmitter } from 'node:events';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { onFinishedCommand } from '../../src/db/command-monitor';
import { shapesOfCommand, type QueryShape } from './query-shape';
import { queryOrigin, type QueryOrigin } from './query-origin';

export interface RecordedShape {
  shape: QueryShape;
  origin: QueryOrigin;
  testFile: string;
}

const directory = process.env.SHIFTLINE_QUERY_SHAPES_DIR;

if (directory) {
  const file = join(directory, `shapes-${process.pid}.jsonl`);
  /** Shapes already recorded as the application's in this test file: no stack to read again. */
  const fromApp = new Set<string>();
  const seen = new Set<string>();
  const testFile = () =>
    (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState()
      .testPath ?? 'unknown';
  const record = (command: Record<string, unknown>) => {
    const shapes = shapesOfCommand(command).filter((s) => !fromApp.has(JSON.stringify(s)));
    if (shapes.length === 0) return;
    const origin = queryOrigin();
    for (const shape of shapes) {
      const key = JSON.stringify(shape);
      if (origin.issuer === 'app') fromApp.add(key);
      if (seen.has(`${origin.issuer} ${key}`)) continue;
      seen.add(`${origin.issuer} ${key}`);
      const line: RecordedShape = { shape, origin, testFile: testFile() };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
  };
  // Mongoose announces each connection it creates; its types leave the emitter out.
  const { events } = mongoose as unknown as { events: EventEmitter };
  events.on('createConnection', (connection: mongoose.Connection) => {
    connection.once('connected', () =>
      onFinishedCommand(connection.getClient(), ({ command }) => record(command)),
    );
  });
}
