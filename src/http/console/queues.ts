import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import type { Runtime } from '../../runtime';
import { authenticate, requireRole } from '../api/v1/auth/authenticate';

export const QUEUES_PATH = '/console/queues';

/**
 * bull-board's page styles itself inline and asks for a web font from Google: allow inline
 * styles, and let the font fall back rather than load anything from another origin.
 */
const dashboardHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  next();
};

/**
 * The BullMQ dashboard at /console/queues, for admins (the console's cookie or a Bearer key).
 *
 * The queues are shared by every organisation, so any organisation's admin sees all of them.
 * That leaks no records because jobs carry ids only (an inbound MessageSid, an outbound Message
 * id, a Timer id). It is read-only for the same reason: one organisation's admin must not empty,
 * pause or retry the work of all the others.
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
    dashboardHeaders,
    authenticate(runtime.models),
    requireRole('admin'),
    serverAdapter.getRouter() as Router,
  );
  return router;
}
