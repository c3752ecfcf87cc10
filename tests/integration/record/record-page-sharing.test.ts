import type { Types } from 'mongoose';
import { seedCast } from '../../support/cast';
import { Scenario } from '../../support/scenario';
import { seedOrganisation } from '../../support/seed';

const DAY = 24 * 3_600_000;
const LINK = /(http:\/\/\S+\/record\/\S+)$/;

/**
 * The record page's forms: share with an organisation by its full name and stop sharing, as
 * SHARE and UNSHARE do by text, behind the same signed link and only from the page itself.
 */
describe('sharing a record from its page', () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  async function world() {
    const cast = await seedCast(s, ['ana', 'ben']);
    await s.models.Person.updateOne({ _id: cast.ben._id }, { $set: { language: 'es' } });
    const bakery = await seedOrganisation(s.models, {
      name: 'Bakery Brothers & Co.',
      smsNumbers: ['+15005550007'],
    });
    const linkOf = async (phone: string) => {
      await s.text(phone, 'RECORD');
      return LINK.exec(s.inbox(phone)[0] ?? '')![1]!;
    };
    return {
      ...cast,
      bakery,
      anaUrl: await linkOf(cast.ana.phone!),
      benUrl: await linkOf(cast.ben.phone!),
    };
  }

  /**
   * A form as the page's own browser tab sends it (Origin: the page's), not following redirects.
   * A header given as undefined is left out.
   */
  const post = (
    url: string,
    form: Record<string, string>,
    headers: Record<string, string | undefined> = {},
  ) => {
    const sent = Object.entries({
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(url).origin,
      'sec-fetch-site': 'same-origin',
      ...headers,
    }).filter((header): header is [string, string] => header[1] !== undefined);
    return fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: sent,
      body: new URLSearchParams(form).toString(),
    });
  };

  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, html: await res.text() };
  };

  const sharesOf = async (person: Types.ObjectId) =>
    (await s.models.Share.find({ person }).lean()).map((share) => ({
      organisation: share.organisation.toString(),
      active: share.active,
    }));

  it('shares by the full name typed (case and punctuation aside), then goes back to the page saying so', async () => {
    const { ana, bakery, anaUrl } = await world();
    const res = await post(anaUrl, { action: 'share', name: 'bakery brothers & co' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(
      `${new URL(anaUrl).pathname}?done=shared&organisation=${bakery._id.toString()}#sharing`,
    );
    expect(await sharesOf(ana._id)).toEqual([
      { organisation: bakery._id.toString(), active: true },
    ]);
    const audit = await s.models.AuditEvent.find({ person: ana._id }).lean();
    expect(audit.map((e) => [e.action, e.outcome, e.data])).toEqual([
      ['record.share', 'shared', { by: 'record_page' }],
    ]);

    const page = await get(new URL(location, anaUrl).toString());
    expect(page.status).toBe(200);
    expect(page.html).toContain(
      '<p class="notice" role="status">Done: your record is now shared with Bakery Brothers &amp; Co..</p>',
    );
    expect(page.html).toContain('<span>Bakery Brothers &amp; Co.</span>');
    expect(page.html).toContain(
      `<input type="hidden" name="organisation" value="${bakery._id.toString()}"><button type="submit" class="secondary">Stop sharing with Bakery Brothers &amp; Co.</button>`,
    );
    // No texts: the page said it.
    expect(s.inbox(ana.phone!)).toEqual([]);
  }, 60_000);

  it('stops sharing with the button beside the organisation, in the worker’s language', async () => {
    const { ben, bakery, benUrl } = await world();
    await post(benUrl, { action: 'share', name: 'Bakery Brothers & Co.' });
    const res = await post(benUrl, { action: 'unshare', organisation: bakery._id.toString() });
    expect(res.status).toBe(303);
    expect(await sharesOf(ben._id)).toEqual([
      { organisation: bakery._id.toString(), active: false },
    ]);
    const audit = await s.models.AuditEvent.find({ person: ben._id })
      .sort({ at: 1, _id: 1 })
      .lean();
    expect(audit.map((e) => e.action)).toEqual(['record.share', 'record.unshare']);

    const page = await get(new URL(res.headers.get('location')!, benUrl).toString());
    expect(page.html).toContain('Tu historial ya no se comparte con Bakery Brothers &amp; Co..');
    expect(page.html).toContain('No compartido con ninguna organización.');
    expect(page.html).not.toContain('<span>Bakery Brothers');

    // Pressed twice (the back button): nothing to withdraw, and it says so.
    const again = await post(benUrl, { action: 'unshare', organisation: bakery._id.toString() });
    const twice = await get(new URL(again.headers.get('location')!, benUrl).toString());
    expect(twice.html).toContain('Tu historial no se compartía con Bakery Brothers &amp; Co..');
    expect(await s.models.AuditEvent.countDocuments({ person: ben._id })).toBe(2);
  }, 60_000);

  it('changes only its own person’s shares: another person’s share of the same organisation stays', async () => {
    const { ana, ben, bakery, anaUrl, benUrl } = await world();
    await post(benUrl, { action: 'share', name: 'Bakery Brothers & Co.' });
    const res = await post(anaUrl, { action: 'unshare', organisation: bakery._id.toString() });
    const page = await get(new URL(res.headers.get('location')!, anaUrl).toString());
    expect(page.html).toContain('Your record was not shared with Bakery Brothers &amp; Co..');
    expect(page.html).toContain('Not shared with any organisation.');
    expect(await sharesOf(ben._id)).toEqual([
      { organisation: bakery._id.toString(), active: true },
    ]);
    expect(await sharesOf(ana._id)).toEqual([]);
  }, 60_000);

  it('changes nothing for a name it does not know, and says which name on the page (422)', async () => {
    const { ana, anaUrl } = await world();
    const res = await post(anaUrl, { action: 'share', name: 'Bakery <Sisters>' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(
      '<p class="notice problem" role="status">We don&#39;t know an organisation called &quot;Bakery &lt;Sisters&gt;&quot;. Type its full name.</p>',
    );
    expect(html).toContain('<h1>My record</h1>');
    const blank = await post(anaUrl, { action: 'share', name: '  ' });
    expect(blank.status).toBe(422);
    expect(await blank.text()).toContain('Type the organisation&#39;s full name.');
    expect(await sharesOf(ana._id)).toEqual([]);
    expect(await s.models.AuditEvent.countDocuments({ person: ana._id })).toBe(0);
  }, 60_000);

  it('refuses a malformed form with the reason (400)', async () => {
    const { anaUrl } = await world();
    const res = await post(anaUrl, { action: 'unshare', organisation: 'bakery' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      expect.objectContaining({
        error: 'invalid form',
        details: [expect.objectContaining({ path: 'organisation' })],
      }),
    );
  }, 60_000);

  it('answers an expired link’s post with the expired page (410) and a tampered one’s with 404, changing nothing', async () => {
    const { ana, anaUrl } = await world();
    const tampered = anaUrl.replace(
      /(\/record\/[0-9a-f]{24}\.)(.)/,
      (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
    );
    const forged = await post(tampered, { action: 'share', name: 'Bakery Brothers & Co.' });
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('This link has expired. Text RECORD for a new one.');

    await s.advance(7 * DAY + 60_000);
    const late = await post(anaUrl, { action: 'share', name: 'Bakery Brothers & Co.' });
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('This link has expired. Text RECORD for a new one.');
    expect(await sharesOf(ana._id)).toEqual([]);
  }, 60_000);

  it('refuses a post from another site’s page (403), whether the browser names its origin or only says cross-site', async () => {
    const { ana, anaUrl } = await world();
    const fromElsewhere = await post(
      anaUrl,
      { action: 'share', name: 'Bakery Brothers & Co.' },
      { origin: 'http://attacker.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(fromElsewhere.status).toBe(403);
    // Another port of the same host is another origin: same-site, but not the page's.
    const samePortless = await post(
      anaUrl,
      { action: 'share', name: 'Bakery Brothers & Co.' },
      { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' },
    );
    expect(samePortless.status).toBe(403);
    const noOrigin = await fetch(anaUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-site',
      },
      body: 'action=share&name=Bakery+Brothers+%26+Co.',
    });
    expect(noOrigin.status).toBe(403);
    // What a sandboxed frame, or a page under Referrer-Policy: no-referrer, says of itself.
    for (const site of ['cross-site', 'same-site', 'same-origin', undefined]) {
      const sandboxed = await post(
        anaUrl,
        { action: 'share', name: 'Bakery Brothers & Co.' },
        { origin: 'null', 'sec-fetch-site': site },
      );
      expect({ site, status: sandboxed.status }).toEqual({ site, status: 403 });
    }
    expect(await sharesOf(ana._id)).toEqual([]);
  }, 60_000);

  it('is served with a referrer policy under which its own forms name their origin', async () => {
    const { anaUrl } = await world();
    const res = await fetch(anaUrl);
    // Under helmet's no-referrer, Chromium posts a form with Origin: null (refused above).
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
  }, 60_000);
});
