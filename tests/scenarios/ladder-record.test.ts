import { HOUR, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { apiAs } from '../support/scenario-api';
import { seedOrganisation, seedPerson } from '../support/seed';

type Cast = Awaited<ReturnType<typeof seedCast<'ana' | 'ben' | 'cleo' | 'sam' | 'cora'>>>;

const LINK = /(http:\/\/\S+\/record\/\S+)$/;

/** The record link in the one text the phone just received. */
function linkIn(s: Scenario, phone: string): string {
  const texts = s.inbox(phone);
  expect(texts).toHaveLength(1);
  const url = LINK.exec(texts[0]!)?.[1];
  expect(url).toBeDefined();
  return url!;
}

async function page(url: string) {
  const res = await fetch(url);
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** A form on the record page, sent as the page's own tab sends it; answers the page it leads to. */
async function submit(url: string, form: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(url).origin,
    },
    body: new URLSearchParams(form).toString(),
  });
  expect(res.status).toBe(303);
  return page(new URL(res.headers.get('location')!, url).toString());
}

/**
 * Ana works the Wednesday shift (HERE at 8:55, DONE at 1pm, Sam confirms 4 h); Ben's and
 * Cleo's work on the same shift is on record too, and another organisation has a worker.
 */
async function workedWednesday(s: Scenario): Promise<Cast & { zed: { phone?: string | null } }> {
  const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam', 'cora']);
  const other = await seedOrganisation(s.models, {
    name: 'Eastside Home Care',
    smsNumbers: ['+15005550007'],
  });
  const zed = await seedPerson(s.models, other, { name: 'Zed Okonkwo' });
  const shift = await postWednesdayShift(s, cast);
  await takeOffer(s, cast.ana);
  await s.advance(new Date('2026-11-25T13:55:00Z').getTime() - s.clock.now().getTime());
  await s.text(cast.ana.phone!, 'HERE');
  await s.advance(4 * HOUR + 5 * 60_000);
  await s.text(cast.ana.phone!, 'DONE');
  const [ask] = s.inbox(cast.sam.phone!);
  await s.text(cast.sam.phone!, `OK ${codeIn(ask)}`);
  const at = s.clock.now();
  await s.models.WorkRecord.create([
    {
      dedupeKey: 'ben-hours',
      kind: 'hours_confirmed',
      person: cast.ben._id,
      shift: shift._id,
      minutes: 300,
      data: {},
      at,
    },
    {
      dedupeKey: 'cleo-noshow',
      kind: 'no_show',
      person: cast.cleo._id,
      shift: shift._id,
      data: {},
      at,
    },
  ]);
  for (const person of [cast.ana, cast.ben, cast.cleo, cast.sam, cast.cora]) s.inbox(person.phone!);
  return { ...cast, zed };
}

describe('RECORD: a worker sees their own track record', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('texts a private link to a page of their confirmed hours, reliability and skills, and nothing of anyone else', async () => {
    const cast = await workedWednesday(s);
    await s.models.Person.updateOne(
      { _id: cast.ana._id },
      { $set: { skills: ['litter picking'], badges: ['first aid'] } },
    );
    // Ben shares his record with the other organisation and holds a badge of his own.
    await s.text(cast.ben.phone!, 'SHARE Eastside Home Care');
    await s.models.Person.updateOne({ _id: cast.ben._id }, { $set: { badges: ['forklift'] } });
    await s.models.BadgeGrant.create({
      organisation: cast.org._id,
      person: cast.ben._id,
      badge: 'forklift',
      change: 'granted',
      reason: 'Passed the course',
      by: { key: cast.org._id, name: 'Cora' },
      at: s.clock.now(),
    });
    await s.text(cast.ana.phone!, 'RECORD');
    const texts = s.inbox(cast.ana.phone!);
    expect(texts).toEqual([
      expect.stringMatching(
        /^Your record \(private; the link works 7 days\): http:\/\/\S+\/record\/[0-9a-f]{24}\.[\w-]{22}$/,
      ),
    ]);
    const url = LINK.exec(texts[0]!)![1]!;
    const { status, html, headers } = await page(url);
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>My record</h1>');
    expect(html).toContain('4 h in all');
    expect(html).toContain('<td>Riverside Outreach</td><td>4</td>');
    expect(html).toContain('<td>On time</td><td>1</td>');
    expect(html).toContain('<td>Didn&#39;t come</td><td>0</td>');
    expect(html).toContain('Shifts from Wed 25 Nov to Wed 25 Nov');
    expect(html).toContain('<li>litter picking</li>');
    expect(html).toContain('<li>first aid</li>');
    expect(html).not.toMatch(/<script|style=/);

    const others = await s.models.Person.find({ _id: { $ne: cast.ana._id } }).lean();
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const other of others) {
      expect({ name: other.name, shown: html.includes(other.name) }).toEqual({
        name: other.name,
        shown: false,
      });
      for (const number of [other.phone, other.phone?.slice(2), other.whatsapp].filter(Boolean)) {
        expect({ number, shown: html.includes(number!) }).toEqual({ number, shown: false });
      }
    }
    expect(html).not.toContain(cast.zed.phone!);
    expect(html).toContain('Not shared with any organisation.');
    for (const theirs of ['Eastside', 'forklift']) expect(html).not.toContain(theirs);

    // Her own share, made on the page, lists hers alone.
    const shared = await submit(url, { action: 'share', name: 'Riverside Outreach' });
    expect(shared.html).toContain('<span>Riverside Outreach</span>');
    for (const other of others) expect(shared.html).not.toContain(other.name);
    for (const theirs of ['Eastside', 'forklift', cast.zed.phone!]) {
      expect(shared.html).not.toContain(theirs);
    }
  }, 90_000);

  it('lists each badge with the date it was earned, in the worker’s language and zone, and not a withdrawn one; a shared record carries the same dates', async () => {
    const cast = await seedCast(s, ['ana']);
    await s.models.Person.updateOne({ _id: cast.ana._id }, { $set: { language: 'es' } });
    const api = await apiAs(s, cast.org, 'coordinator');
    const badges = `/people/${cast.ana._id.toString()}/badges`;
    const grant = (badge: string) => api('POST', badges, { badge, reason: 'Course passed' });
    expect((await grant('first aid')).status).toBe(201);
    await s.advance(24 * HOUR);
    await grant('forklift');
    await s.advance(24 * HOUR);
    expect((await api('DELETE', `${badges}/forklift`, { reason: 'Lapsed' })).status).toBe(200);
    // 10:30pm on Wednesday in New York is already Thursday in UTC.
    await s.advance(new Date('2026-11-26T03:30:00Z').getTime() - s.clock.now().getTime());
    await grant('night driving');

    await s.text(cast.ana.phone!, 'HISTORIAL');
    const url = linkIn(s, cast.ana.phone!);
    const { html } = await page(url);
    expect(html).toContain('<li>first aid (desde el 23 nov 2026)</li>');
    expect(html).toContain('<li>night driving (desde el 25 nov 2026)</li>');
    expect(html).not.toContain('forklift');

    await submit(url, { action: 'share', name: 'riverside outreach' });
    const shared = await api('GET', `/shared-records/${cast.ana._id.toString()}`);
    expect(shared.status).toBe(200);
    expect(shared.body.record).toEqual(
      expect.objectContaining({
        badges: ['first aid', 'night driving'],
        badgesEarned: [
          { badge: 'first aid', earnedAt: '2026-11-23T14:00:00.000Z' },
          { badge: 'night driving', earnedAt: '2026-11-26T03:30:00.000Z' },
        ],
      }),
    );
  }, 90_000);

  it('answers HISTORIAL in Spanish and DOSSIER in French, with the page in their language', async () => {
    const cast = await workedWednesday(s);
    await s.models.Person.updateOne({ _id: cast.cleo._id }, { $set: { language: 'es' } });
    await s.models.Person.updateOne({ _id: cast.ben._id }, { $set: { language: 'fr' } });

    await s.text(cast.cleo.phone!, 'mi historial');
    const cleoTexts = s.inbox(cast.cleo.phone!);
    expect(cleoTexts).toEqual([
      expect.stringMatching(/^Tu historial \(privado; el enlace vale 7 días\): http/),
    ]);
    const cleo = await page(LINK.exec(cleoTexts[0]!)![1]!);
    expect(cleo.status).toBe(200);
    expect(cleo.html).toContain('<html lang="es">');
    expect(cleo.html).toContain('<h1>Mi historial</h1>');
    expect(cleo.html).toContain('Todavía no hay horas confirmadas.');
    expect(cleo.html).toContain('<td>No se presentó</td><td>1</td>');
    expect(cleo.html).toContain('Turnos del mié 25 nov al mié 25 nov');

    await s.text(cast.ben.phone!, 'DOSSIER');
    const ben = await page(linkIn(s, cast.ben.phone!));
    expect(ben.status).toBe(200);
    expect(ben.html).toContain('<html lang="fr">');
    expect(ben.html).toContain('<h1>Mon dossier</h1>');
    expect(ben.html).toContain('5 h au total');
    expect(ben.html).toContain('<td>Riverside Outreach</td><td>5</td>');
    expect(ben.html).not.toContain('Ana');
  }, 90_000);

  it('sends a new link for each request, each working on its own', async () => {
    const cast = await seedCast(s, ['ana']);
    await s.text(cast.ana.phone!, 'my record');
    const first = linkIn(s, cast.ana.phone!);
    await s.text(cast.ana.phone!, 'RECORD');
    const second = linkIn(s, cast.ana.phone!);
    expect(second).not.toBe(first);
    expect((await page(first)).status).toBe(200);
    const { html } = await page(second);
    expect(html).toContain('No confirmed hours yet.');
    expect(html).toContain('No shifts yet.');
  }, 60_000);
});
