import path from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { isLanguage, type Language } from '../../i18n';
import { buildRecord } from '../../record/build-record';
import { openRecordLink } from '../../record/record-link';
import {
  changeShareByName,
  sharedWith,
  withdrawShare,
  type ShareChange,
  type ShareOutcome,
} from '../../record/shares';
import type { Runtime } from '../../runtime';
import { objectId } from '../api/v1/schemas/common';
import { projectRoot } from '../console/pages';
import { HttpError } from '../errors';
import { fromOwnPages, ownOrigins } from '../own-pages';
import { parseOr400 } from '../parse-request';
import { expiredRecordPage, RECORD_CSS_PATH, recordPage } from './record-page';
import type { ShareNotice } from './record-sharing';

const RECORD_CSS = path.join(projectRoot(__dirname), 'src/http/public/record.css');
const DEFAULT_ZONE = 'America/New_York';
/** An organisation's full name, with room to spare: the longest we hold is far shorter. */
const MAX_NAME = 200;

/** What a form on the page posts: share with an organisation named, or stop sharing with one. */
const recordForm = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('share'), name: z.string().max(MAX_NAME) }),
  z.strictObject({ action: z.literal('unshare'), organisation: objectId }),
]);

/** The change the page was sent back after, to say it was made. */
const doneQuery = z.union([
  z.strictObject({}),
  z.strictObject({
    done: z.enum(['shared', 'withdrawn', 'not_shared']),
    organisation: objectId,
  }),
]);

/**
 * The worker's own record behind the signed link RECORD texted them, and the forms on it. The
 * link is the capability, for reading and for changing whom the record is shared with.
 */
export function recordRouter(runtime: Runtime): Router {
  const router = Router();
  const { models, directory } = runtime;

  /** The link's person, or the dead link's page sent: 410 for one we made, 404 for any other. */
  async function openOr404(req: Request, res: Response) {
    res.set({
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      // Not helmet's no-referrer: under it a browser posts the page's forms with Origin: null,
      // which the cross-site check refuses. The link still goes to no other site.
      'referrer-policy': 'same-origin',
    });
    const link = await openRecordLink(runtime, String(req.params.token), runtime.clock.now());
    const linkPerson = link.linkPerson && (await directory.person(link.linkPerson));
    const language: Language = isLanguage(linkPerson?.language) ? linkPerson.language : 'en';
    if (link.person && linkPerson) return { person: linkPerson, language };
    res
      .status(link.linkPerson ? 410 : 404)
      .type('html')
      .send(expiredRecordPage(language));
    return undefined;
  }

  async function sendPage(
    req: Request,
    res: Response,
    opened: NonNullable<Awaited<ReturnType<typeof openOr404>>>,
    notice?: ShareNotice,
  ) {
    const { person, language } = opened;
    const organisation = await directory.organisation(person.organisation);
    const [record, shares] = await Promise.all([
      buildRecord(models, person),
      sharedWith(runtime, person._id),
    ]);
    res.type('html').send(
      recordPage(record, language, person.timeZone ?? organisation?.timeZone ?? DEFAULT_ZONE, {
        action: req.path,
        sharedWith: shares.map((o) => ({ id: o._id.toString(), name: o.name })),
        ...(notice && { notice }),
      }),
    );
  }

  /** The "stop sharing" button: by the id the page listed, as UNSHARE withdraws by name. */
  async function stopSharing(
    change: Omit<ShareChange, 'organisation'> & { organisation: string },
  ): Promise<ShareOutcome> {
    const named = await directory.organisation(change.organisation);
    if (!named) throw new HttpError(404, 'organisation not found');
    const organisation = { _id: named._id, name: named.name };
    const withdrawn = await withdrawShare(runtime, { ...change, organisation: named._id });
    return { outcome: withdrawn ? 'withdrawn' : 'not_shared', organisation };
  }

  router.get(RECORD_CSS_PATH, (_req, res) => {
    res.sendFile(RECORD_CSS);
  });

  router.get('/record/:token', async (req, res) => {
    const opened = await openOr404(req, res);
    if (!opened) return;
    const query = parseOr400(doneQuery, req.query, 'query');
    const done = 'done' in query ? await directory.organisation(query.organisation) : undefined;
    await sendPage(
      req,
      res,
      opened,
      'done' in query && done ? { outcome: query.done, name: done.name } : undefined,
    );
  });

  router.post(
    '/record/:token',
    express.urlencoded({ extended: false, limit: '4kb' }),
    async (req, res) => {
      // The link is the capability; a page of another site that has it must still not use it.
      if (!fromOwnPages(req, ownOrigins(runtime.config, req)))
        throw new HttpError(403, 'the record page changes only from its own page');
      const opened = await openOr404(req, res);
      if (!opened) return;
      const form = parseOr400(recordForm, req.body, 'form');
      const change = {
        person: opened.person._id,
        by: 'record_page' as const,
        at: runtime.clock.now(),
      };
      const changed =
        form.action === 'share'
          ? await changeShareByName(runtime, { ...change, type: 'share', name: form.name })
          : await stopSharing({ ...change, organisation: form.organisation });
      if (!('organisation' in changed)) {
        res.status(422);
        await sendPage(req, res, opened, {
          outcome: changed.outcome,
          name: form.action === 'share' ? form.name : '',
        });
        return;
      }
      const done = new URLSearchParams({
        done: changed.outcome,
        organisation: changed.organisation._id.toString(),
      });
      res.redirect(303, `${req.path}?${done.toString()}#sharing`);
    },
  );
  return router;
}
