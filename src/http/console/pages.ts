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

/** The pages load only our own scripts, styles and API: nothing inline, nothing from elsewhere. */
function setPageHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
      "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
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
