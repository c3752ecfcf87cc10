import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__shiftlineServices?.stop();
  const shapes = process.env.SHIFTLINE_QUERY_SHAPES_DIR;
  if (shapes) rmSync(shapes, { recursive: true, force: true });
}
