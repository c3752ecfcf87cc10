import path from 'node:path';
import { Router } from 'express';
import type { Runtime } from '../../runtime';
import { isLanguage, type Language } from '../../i18n';
import { buildRecord } from '../../record/build-record';
import { openRecordLink } from '../../record/record-link';
import { projectRoot } from '../console/pages';
import { HttpError } from '../errors';
import { programmePage } from './programme-page';
import { publicProgramme } from './programme-weeks';
import { publicRegion } from './region-figures';
import { regionCsv, regionPage } from './region-page';
import { expiredRecordPage, RECORD_CSS_PATH, recordPage } from './record-page';

/** The region's figures change only when a week ends or the operator changes what is shown. */
const REGION_CACHE = 'public, max-age=300';
const RECORD_CSS = path.join(projectRoot(__dirname), 'src/http/public/record.css');

/**
 * A programme's public page and its JSON twin, and the region's dashboard as a page, JSON and
 * CSV (no login, aggregates only); and a worker's own record behind the signed link RECORD
 * texted them.
 */
export function publicRouter(runtime: Runtime): Router {
  const router = Router();
  const load = async (slug: string) => {
    const programme = await publicProgramme(runtime, slug);
    if (!programme) throw new HttpError(404, 'programme not found');
    return programme;
  };
  router.get('/public/programmes/:slug.json', async (req, res) => {
    res.json(await load(req.params.slug));
  });
  router.get('/public/programmes/:slug', async (req, res) => {
    res.type('html').send(programmePage(await load(req.params.slug)));
  });
  router.get('/public/region.json', async (_req, res) => {
    res.set('Cache-Control', REGION_CACHE).json(await publicRegion(runtime));
  });
  router.get('/public/region.csv', async (_req, res) => {
    res
      .set('Cache-Control', REGION_CACHE)
      .type('text/csv; charset=utf-8')
      .send(regionCsv(await publicRegion(runtime)));
  });
  router.get('/public/region', async (_req, res) => {
    res
      .set('Cache-Control', REGION_CACHE)
      .type('html')
      .send(regionPage(await publicRegion(runtime)));
  });
  router.get(RECORD_CSS_PATH, (_req, res) => {
    res.sendFile(RECORD_CSS);
  });
  router.get('/record/:token', async (req, res) => {
    res.set({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
    const { models, directory } = runtime;
    const link = await openRecordLink(runtime, req.params.token, runtime.clock.now());
    const linkPerson = link.linkPerson && (await directory.person(link.linkPerson));
    const language: Language = isLanguage(linkPerson?.language) ? linkPerson.language : 'en';
    if (!link.person || !linkPerson) {
      // A link we made whose time is up, or whose person is gone, is gone; anything else never was.
      res
        .status(link.linkPerson ? 410 : 404)
        .type('html')
        .send(expiredRecordPage(language));
      return;
    }
    const organisation = await directory.organisation(linkPerson.organisation);
    const record = await buildRecord(models, linkPerson);
    res
      .type('html')
      .send(recordPage(record, language, organisation?.timeZone ?? 'America/New_York'));
  });
  return router;
}
