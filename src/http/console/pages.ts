import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';
import type { Runtime } from '../../runtime';
import { queueDashboard } from './queues';

/**
 * The nearest folder upward holding package.json: the project root, whether this file runs
 * from src/ (tsx, jest) or compiled from dist/src/ (tsc copies no HTML, so the pages stay in
 * src/http/console/public and the image must carry that folder).
 */
function projectRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
  }
}

export const CONSOLE_PUBLIC_DIR = path.join(projectRoot(__dirname), 'src/http/console/public');

/** A page is asked for again after each deploy (its policy is every response's: app.ts). */
function setPageHeaders(res: Response): void {
  res.set('Cache-Control', 'no-cache');
}

/**
 * The console: static pages (sign-in, shift board, shift detail, conversations, simulator) that
 * call /api/v1 with the session cookie, and the queue dashboard.
 */
export function consolePages(runtime: Runtime): Router {
  const router = Router();
  router.use(queueDashboard(runtime));
  router.use(
    '/console',
    express.static(CONSOLE_PUBLIC_DIR, {
      index: 'index.html',
      dotfiles: 'ignore',
      setHeaders: setPageHeaders,
    }),
  );
  return router;
}
