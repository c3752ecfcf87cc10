import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router } from 'express';
import type { Runtime } from '../../runtime';
import { authenticate, requireRole } from '../api/v1/auth/authenticate';
import { inlineStylesPolicy } from '../security-headers';

export const QUEUES_PATH = '/console/queues';

/**
 * The BullMQ dashboard at /console/queues, for the platform's operator only (the console's
 * cookie or a Bearer key): the queues are shared by every organisation, and their jobs' data and
 * failures' stack traces are every organisation's, so an organisation's admin gets 403. It is
 * read-only: the dashboard is for looking, and emptying or retrying shared work by hand is not
 * a thing to do from a browser. bull-board's page styles itself inline (its policy allows that);
 * its link to a Google web font is taken out, and a link back to the console added (dashboardViews).
 */
export function queueDashboard(runtime: Runtime): Router {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUES_PATH);
  createBullBoard({
    queues: [runtime.inboundQueue, runtime.outboundQueue, runtime.timersQueue].map(
      (queue) => new BullMQAdapter(queue, { readOnlyMode: true }),
    ),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Shiftline queues',
        hideDocsLink: true,
      },
    },
  });
  serverAdapter.setViewsPath(dashboardViews());
  const router = Router();
  router.use(
    QUEUES_PATH,
    inlineStylesPolicy,
    authenticate(runtime.models),
    requireRole('operator'),
    serverAdapter.getRouter() as Router,
  );
  return router;
}

/**
 * bull-board's page template, copied once per process into a temporary folder, without its
 * stylesheet link to Google Fonts (our pages load nothing from another origin: the policy would
 * block it, and a closed network cannot reach it; the font falls back to sans-serif), and with a
 * link back to the console always in view (bull-board keeps its own links in a menu).
 */
function dashboardViews(): string {
  const ui = path.dirname(require.resolve('@bull-board/ui/package.json'));
  const page = readFileSync(path.join(ui, 'dist', 'index.ejs'), 'utf8')
    .replace(/<link[^>]*fonts\.googleapis\.com[^>]*>\s*/g, '')
    .replace(/<body[^>]*>/, (body) => `${body}\n${BACK_TO_CONSOLE}`);
  const folder = mkdtempSync(path.join(tmpdir(), 'shiftline-queues-'));
  writeFileSync(path.join(folder, 'index.ejs'), page);
  return folder;
}

const BACK_TO_CONSOLE =
  '<a href="/console/board.html" data-testid="queues-back" style="position:fixed;right:1rem;' +
  'bottom:1rem;z-index:1000;font:600 0.9rem sans-serif;color:#1b5fa8;background:#fff;' +
  'padding:0.3rem 0.6rem;border-radius:6px">&larr; Back to the console</a>';
