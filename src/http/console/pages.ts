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
export function projectRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
  }
}

export const CONSOLE_PUBLIC_DIR = path.join(projectRoot(__dirname), 'src/http/console/public');

/**
 * Chart.js's UMD build (one self-contained file, `window.Chart`): its ES build imports a bare
 * '@kurkle/color', which a browser could only resolve through an inline import map the policy
 * forbids.
 */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/** A page is asked for again after each deploy (its policy is every response's: app.ts). */
function setPageHeaders(res: Response): void {
  res.set('Cache-Control', 'no-cache');
}

/**
 * The console: static pages (sign-in, shift board, shift detail, conversations, reports,
 * simulator) that call /api/v1 with the session cookie, the charting library they draw with, and
 * the queue dashboard.
 */
export function consolePages(runtime: Runtime): Router {
  const router = Router();
  router.use(queueDashboard(runtime));
  router.get('/console/vendor/chart.umd.min.js', (_req, res) => {
    setPageHeaders(res);
    res.sendFile(CHART_JS);
  });
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
