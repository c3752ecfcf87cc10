import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import type { ApiRole } from '../../src/models/api-key';
import { HOUR } from '../support/cast';
import { seedProgramme } from '../support/programme-world';
import { codeIn, Scenario } from '../support/scenario';
import { seedOrganisation } from '../support/seed';

/** The CSV's lines as objects by column; the totals line last. */
function readCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split('\r\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe("a programme's audit export", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('lists every confirmation with its worker, confirmation and change, and its totals reconcile with the reports and the ledger', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z'); // Mon 23 Nov, 10am in New York
    const w = await seedProgramme(s, 2, {
      budgetCents: 20_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    const other = await seedOrganisation(s.models, { name: 'Harbour Care', smsNumbers: [] });
    const key = async (organisation: typeof other, role: ApiRole) =>
      (
        await createApiKey(
          s.models,
          { organisation: organisation._id, role, name: role },
          new Date(),
        )
      ).key;
    const base = `http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1`;
    const call = async (key: string, path: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    const admin = await key(w.org, 'admin');
    const posted = await call(admin, `/programmes/${w.programmeId}/broadcasts`, {
      method: 'POST',
      body: JSON.stringify({
        slots: 2,
        start: '2026-11-28T14:00:00Z',
        end: '2026-11-28T18:00:00Z',
        place: 'trash pick, Riverside Park',
      }),
    });
    expect(posted.status).toBe(201);
    await s.settle();
    for (const p of w.participants) await s.text(p.phone, `YES ${codeIn(s.inbox(p.phone)[0])}`);
    // The funder cuts the budget to $100: the second confirmation is paid 1 h of its 4.
    await s.models.Programme.updateOne({ _id: w.programmeId }, { $set: { budgetCents: 10_000 } });
    await s.advance(5 * 24 * HOUR - HOUR); // Sat 28 Nov, 9am
    for (const p of w.participants) await s.text(p.phone, 'HERE');
    await s.advance(4 * HOUR);
    for (const p of w.participants) await s.text(p.phone, 'DONE');
    const asks = s.inbox(w.sam.phone!).filter((t) => t.includes('reports done'));
    expect(asks).toHaveLength(2);
    for (const ask of asks) await s.text(w.sam.phone!, `OK ${codeIn(ask)}`);

    const week = '?from=2026-11-23&to=2026-11-29';
    const exported = await call(admin, `/programmes/${w.programmeId}/audit.csv${week}`);
    expect(exported.status).toBe(200);
    expect(exported.type).toMatch(/^text\/csv/);
    const rows = readCsv(exported.text);
    const lines = rows.slice(0, -1);
    const totals = rows.at(-1)!;
    expect(
      lines.map((l) => [l.minutes_confirmed, l.minutes_paid, l.cents, l.rate_cents_per_hour]),
    ).toEqual([
      ['240', '240', '8000', '2000'],
      ['240', '60', '2000', '2000'],
    ]);
    expect(lines.map((l) => l.worker_id).sort()).toEqual(w.participants.map((p) => p.id).sort());
    const shift = await s.models.Shift.findOne({ programme: w.programmeId }).orFail().lean();
    for (const line of lines) {
      expect(line).toMatchObject({
        shift_id: shift._id.toString(),
        shift_start: '2026-11-28T14:00:00.000Z',
        shift_end: '2026-11-28T18:00:00.000Z',
        confirmed_by: w.sam.id,
        confirmed_via: 'reply',
      });
      const record = await s.models.WorkRecord.findById(line.work_record_id).orFail().lean();
      expect([record.kind, record.person?.toString(), record.at.toISOString()]).toEqual([
        'hours_confirmed',
        line.worker_id,
        line.confirmed_at,
      ]);
      const change = await s.models.ChangeRecord.findById(line.change_record_id).orFail().lean();
      expect([change.flow, change.to]).toEqual(['completion', 'confirmed']);
    }

    // Reconciled: the reports count what supervisors confirmed; the ledger what it paid.
    const report = JSON.parse((await call(admin, `/reports/summary${week}`)).text);
    const ledger = JSON.parse((await call(admin, `/programmes/${w.programmeId}/ledger`)).text);
    expect(totals).toMatchObject({
      work_record_id: 'total',
      minutes_confirmed: String(report.totals.hoursConfirmed * 60),
      charge_cents: String(report.totals.chargeCents),
      minutes_paid: '300',
      cents: String(ledger.spentCents),
    });
    expect(ledger.spentCents).toBe(10_000);

    // No name or number of anyone.
    for (const secret of [w.sam.name, w.sam.phone!, ...w.participants.map((p) => p.phone)])
      expect(exported.text).not.toContain(secret!.replace(/^\+/, ''));

    // Another range: nothing but a totals line of zeros.
    const later = await call(admin, `/programmes/${w.programmeId}/audit.csv?from=2026-11-30`);
    expect(readCsv(later.text)).toEqual([
      expect.objectContaining({ minutes_confirmed: '0', cents: '0' }),
    ]);

    // Another organisation's admin: 404, as for no programme; the operator: the same export.
    const theirs = await call(
      await key(other, 'admin'),
      `/programmes/${w.programmeId}/audit.csv${week}`,
    );
    const none = await call(
      await key(other, 'admin'),
      `/programmes/0123456789abcdef01234567/audit.csv`,
    );
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(JSON.parse(theirs.text).message).toBe(JSON.parse(none.text).message);
    const operator = await call(
      await key(other, 'operator'),
      `/programmes/${w.programmeId}/audit.csv${week}`,
    );
    expect(operator.text).toBe(exported.text);
    expect(
      (await call(await key(w.org, 'coordinator'), `/programmes/${w.programmeId}/audit.csv`))
        .status,
    ).toBe(403);
  }, 180_000);
});
