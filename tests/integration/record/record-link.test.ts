import { seedCast } from '../../support/cast';
import { Scenario } from '../../support/scenario';

const DAY = 24 * 3_600_000;
const LINK = /(http:\/\/\S+\/record\/)([0-9a-f]{24})\.([\w-]{22})$/;

describe('a record link opens only its own, live record', () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  /** Ana's and Ben's links (Ben reads French), as [base, link id, signature]. */
  async function links() {
    const cast = await seedCast(s, ['ana', 'ben']);
    await s.models.Person.updateOne({ _id: cast.ben._id }, { $set: { language: 'fr' } });
    const linkOf = async (phone: string) => {
      await s.text(phone, 'RECORD');
      const [text] = s.inbox(phone);
      const [, base, id, signature] = LINK.exec(text ?? '')!;
      return { base: base!, id: id!, signature: signature!, url: `${base}${id}.${signature}` };
    };
    return { cast, ana: await linkOf(cast.ana.phone!), ben: await linkOf(cast.ben.phone!) };
  }

  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, html: await res.text() };
  };

  it('shows the expired page, 410, in the person’s language once the days are up', async () => {
    const { ben } = await links();
    expect((await get(ben.url)).status).toBe(200);
    await s.advance(7 * DAY - 60_000);
    expect((await get(ben.url)).status).toBe(200);
    await s.advance(2 * 60_000);
    const expired = await get(ben.url);
    expect(expired.status).toBe(410);
    expect(expired.html).toContain('<html lang="fr">');
    expect(expired.html).toContain(
      'Ce lien a expiré. Envoyez DOSSIER pour en recevoir un nouveau.',
    );
    expect(expired.html).not.toContain('Ben');
  }, 60_000);

  it('answers a tampered token or another link’s id under this signature as a link that never was', async () => {
    const { ana, ben } = await links();
    const unknown = await get(`${ana.base}${'0'.repeat(24)}.${ana.signature}`);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('This link has expired. Text RECORD for a new one.');

    const flipped = ana.signature.startsWith('A')
      ? `B${ana.signature.slice(1)}`
      : `A${ana.signature.slice(1)}`;
    const tampered = [
      `${ana.base}${ana.id}.${flipped}`,
      `${ana.base}${ben.id}.${ana.signature}`,
      `${ana.base}${ana.id}`,
      `${ana.base}${ana.id}.${ana.signature}x`,
    ];
    for (const url of tampered) {
      expect({ url, ...(await get(url)) }).toEqual({ url, status: 404, html: unknown.html });
    }
  }, 60_000);

  it('shows the expired page once the person is gone', async () => {
    const { cast, ana } = await links();
    await s.models.Person.deleteOne({ _id: cast.ana._id });
    const gone = await get(ana.url);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This link has expired. Text RECORD for a new one.');
  }, 60_000);

  it('is withdrawn by deleting its stored link', async () => {
    const { ana } = await links();
    await s.models.RecordLink.deleteOne({ _id: ana.id });
    expect((await get(ana.url)).status).toBe(404);
  }, 60_000);
});
