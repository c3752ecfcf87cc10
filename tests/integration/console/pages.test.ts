import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_PUBLIC_DIR } from '../../../src/http/console/pages';
import { startApiWorld, type ApiWorld } from '../../support/api';

const PAGES = [
  'index.html',
  'board.html',
  'shift.html',
  'people.html',
  'candidates.html',
  'programmes.html',
  'services.html',
  'reports.html',
  'partnerships.html',
  'region.html',
  'pilots.html',
  'simulator.html',
];
const SCRIPTS_DIR = path.join(CONSOLE_PUBLIC_DIR, 'js');
const SCRIPTS = readdirSync(SCRIPTS_DIR).filter((name) => name.endsWith('.mjs'));
const source = (file: string) => readFileSync(path.join(CONSOLE_PUBLIC_DIR, file), 'utf8');

/** Module scripts must come as JavaScript, or the browser refuses to run them. */
const CONTENT_TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
};

/** Every `from './x.mjs'` of a module. */
const importsOf = (code: string) =>
  [...code.matchAll(/from '\.\/([\w-]+\.mjs)'/g)].map((m) => m[1]);

describe('the console pages', () => {
  let w: ApiWorld;
  const get = (url: string, init: RequestInit = {}) => fetch(`${w.base}${url}`, init);
  const withKey = (key: string) => ({ headers: { cookie: `shiftline_key=${key}` } });

  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  it.each(PAGES)('serves %s as HTML under a strict content security policy', async (page) => {
    const res = await get(`/console/${page}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('opens the sign-in page at /console', async () => {
    const res = await get('/console');
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${w.base}/console/`);
    expect(await res.text()).toContain('data-testid="login-form"');
  });

  it("serves every page's stylesheet and script, and every module they import", async () => {
    const wanted = new Set<string>();
    for (const page of PAGES) {
      for (const match of source(page).matchAll(/(?:src|href)="\/console\/([^"]+)"/g))
        wanted.add(match[1]!);
    }
    for (const script of SCRIPTS) {
      for (const imported of importsOf(source(`js/${script}`))) wanted.add(`js/${imported}`);
    }
    expect(wanted).toContain('console.css');
    expect(wanted).toContain('js/board.mjs');
    for (const file of wanted) {
      const res = await get(`/console/${file}`);
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
      const type = CONTENT_TYPES[path.extname(file)] ?? 'a type this test knows';
      expect({ file, type: res.headers.get('content-type')?.split(';')[0] }).toEqual({
        file,
        type,
      });
    }
  });

  it('keeps the pages free of inline scripts, inline styles and inline handlers (the policy forbids them)', () => {
    for (const page of PAGES) {
      const html = source(page);
      expect({ page, inlineScripts: html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) }).toEqual({
        page,
        inlineScripts: null,
      });
      expect({ page, inline: html.match(/<style|\sstyle=|\son[a-z]+=/g) }).toEqual({
        page,
        inline: null,
      });
    }
  });

  it('lists every data-testid a script or page uses in the comment at the top of a script', () => {
    const documented = SCRIPTS.flatMap((script) => {
      const header = /^(?:\/\*[^]*?\*\/\s*)*/.exec(source(`js/${script}`))?.[0] ?? '';
      return [...header.matchAll(/[\w-]+/g)].map((m) => m[0]);
    });
    const used = [
      ...SCRIPTS.flatMap((script) => [
        ...source(`js/${script}`).matchAll(
          /'data-testid': (?:\w+ \? )?'([\w-]+)'(?: : '([\w-]+)')?/g,
        ),
      ]),
      ...PAGES.flatMap((page) => [...source(page).matchAll(/data-testid="([\w-]+)"/g)]),
    ].flatMap((match) => match.slice(1).filter(Boolean));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((testId) => !documented.includes(testId))).toEqual([]);
  });

  describe('the queue dashboard', () => {
    it('answers 401 without a session', async () => {
      const res = await get('/console/queues');
      expect(res.status).toBe(401);
    });

    it("answers 403 to a coordinator's session: the queues are for admins", async () => {
      const res = await get('/console/queues', withKey(w.keys.riverside.coordinator));
      expect(res.status).toBe(403);
      const api = await get('/console/queues/api/queues', withKey(w.keys.riverside.read_only));
      expect(api.status).toBe(403);
    });

    it("answers 403 to an organisation's admin: every organisation's jobs are in the queues", async () => {
      expect((await get('/console/queues', withKey(w.keys.riverside.admin))).status).toBe(403);
      const api = await get('/console/queues/api/queues', withKey(w.keys.parks.admin));
      expect(api.status).toBe(403);
    });

    it("shows the operator the dashboard and Shiftline's three queues", async () => {
      const page = await get('/console/queues', withKey(w.keys.operator));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const api = await get('/console/queues/api/queues', withKey(w.keys.operator));
      expect(api.status).toBe(200);
      const { queues } = (await api.json()) as { queues: { name: string }[] };
      expect(queues.map((q) => q.name).sort()).toEqual(['inbound', 'outbound', 'timers']);
    });

    it('is read-only: not even the operator pauses the queues from a browser', async () => {
      const res = await get('/console/queues/api/queues/outbound/pause', {
        method: 'PUT',
        ...withKey(w.keys.operator),
      });
      expect(res.status).toBe(405);
      expect(await w.h.shiftline.runtime.outboundQueue.isPaused()).toBe(false);
    });
  });
});
