import { Router } from 'express';
import { z } from 'zod';
import type { Runtime } from '../../runtime';
import { authenticate, callerOf, requireRole } from '../api/v1/auth/authenticate';
import { e164 } from '../api/v1/schemas/common';
import { parseOr400 } from '../parse-request';
import { clockMove, clockStatus, moveClock } from './simulator-clock';
import { findPhone, listPhones } from './simulator-phones';
import { phoneThread, textFromPhone } from './simulator-thread';
import { localPhones } from './simulator-twilio';

const phoneParams = z.object({ phone: e164 });
const text = z.strictObject({ body: z.string().min(1).max(1600) });

/**
 * /console/api/simulator (mounted in dev mode only): the seeded people's phones on the local
 * Twilio endpoint, and the clock that fast-forwards so reminders and no-shows come in minutes.
 * The phones are the caller's own people's; reading needs any key of the organisation, texting
 * as someone a coordinator's. The clock is one for the whole platform, so only the operator
 * moves it.
 */
export function simulatorRouter(runtime: Runtime): Router {
  const router = Router();
  router.use(authenticate(runtime.models));

  router.get('/phones', async (_req, res) => {
    res.json({ phones: await listPhones(runtime, callerOf(res)) });
  });

  router.post('/phones/:phone/messages', requireRole('coordinator'), async (req, res) => {
    const { phone } = parseOr400(phoneParams, req.params, 'path');
    const { body } = parseOr400(text, req.body, 'body');
    const phones = localPhones(runtime.config);
    const person = await findPhone(runtime, callerOf(res), phone);
    const { status, messageSid } = await textFromPhone(runtime, phones, person, phone, body);
    res.json({ status, messageSid });
  });

  router.get('/phones/:phone/messages', async (req, res) => {
    const { phone } = parseOr400(phoneParams, req.params, 'path');
    const phones = localPhones(runtime.config);
    await findPhone(runtime, callerOf(res), phone);
    res.json({ messages: await phoneThread(runtime, phones, phone) });
  });

  router.get('/clock', async (_req, res) => {
    res.json(await clockStatus(runtime));
  });

  router.post('/clock', requireRole('operator'), async (req, res) => {
    res.json(await moveClock(runtime, parseOr400(clockMove, req.body, 'body')));
  });

  return router;
}
