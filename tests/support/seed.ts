import type { Models } from '../../src/models';

let counter = 0;
/** A fresh E.164 test number, distinct within a run. */
export function testNumber(): string {
  counter += 1;
  return `+1555${String(process.pid % 1000).padStart(3, '0')}${String(counter).padStart(4, '0')}`;
}

export async function seedOrganisation(models: Models, overrides: Record<string, unknown> = {}) {
  const organisation = new models.Organisation({
    name: 'Riverside Outreach',
    contact: '555-0100',
    timeZone: 'America/New_York',
    smsNumbers: ['+15005550006'],
    ...overrides,
  });
  return organisation.save();
}

export async function seedPerson(
  models: Models,
  organisation: { _id: unknown },
  overrides: Record<string, unknown> = {},
) {
  const person = new models.Person({
    name: 'Ana',
    phone: testNumber(),
    organisation: organisation._id,
    roles: [{ organisation: organisation._id, role: 'worker' }],
    ...overrides,
  });
  return person.save();
}
