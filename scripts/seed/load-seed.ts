import { z } from 'zod';
import type { Models } from '../../src/models';
import demo from './demo-region.json';

const organisationSeed = z.object({
  name: z.string(),
  timeZone: z.string(),
  language: z.enum(['en', 'es', 'fr']),
  contact: z.string(),
  smsNumbers: z.array(z.string()).default([]),
  whatsappNumbers: z.array(z.string()).default([]),
  terminology: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});

const personSeed = z.object({
  name: z.string(),
  phone: z.string().optional(),
  whatsapp: z.string().optional(),
  channel: z.enum(['sms', 'whatsapp']).default('sms'),
  language: z.enum(['en', 'es', 'fr']),
  organisation: z.string(),
  roles: z.array(z.enum(['worker', 'client', 'coordinator', 'supervisor'])),
  employmentType: z.enum(['full_time', 'part_time', 'on_call']).optional(),
});

export const seedSchema = z.object({
  organisations: z.array(organisationSeed),
  people: z.array(personSeed),
});

export type Seed = z.infer<typeof seedSchema>;

/** Loads a seed into an empty database; does nothing when an organisation already exists. */
export async function loadSeed(
  models: Models,
  seed: Seed = seedSchema.parse(demo),
): Promise<'loaded' | 'skipped'> {
  if (await models.Organisation.exists({})) return 'skipped';
  const organisations = new Map<string, unknown>();
  for (const organisation of seed.organisations) {
    organisations.set(organisation.name, (await models.Organisation.create(organisation))._id);
  }
  for (const { organisation: name, roles, ...person } of seed.people) {
    const organisation = organisations.get(name);
    if (!organisation)
      throw new Error(`seed: ${person.name} names an unknown organisation ${name}`);
    await new models.Person({
      ...person,
      organisation,
      roles: roles.map((role) => ({ organisation, role })),
    }).save();
  }
  return 'loaded';
}
