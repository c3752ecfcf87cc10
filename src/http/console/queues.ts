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
 * a thing to do from a browser. bull-board's page styles itself inline and asks for a web font
 * from Google, which its policy lets fall back rather than load from another origin.
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
        miscLinks: [{ text: 'Console', url: '/console/board.html' }],
      },
    },
  });
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
