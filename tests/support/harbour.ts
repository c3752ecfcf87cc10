import { seedCast, type Cast } from './cast';
import type { Scenario } from './scenario';
import { seedPerson } from './seed';

export type World = Cast<'ana' | 'cora'> & {
  maria: Awaited<ReturnType<typeof seedPerson>>;
  rosa: Awaited<ReturnType<typeof seedPerson>>;
  louis: Awaited<ReturnType<typeof seedPerson>>;
};

/**
 * Harbour Home Care: visits (its word for shifts), offered one at a time; Ana its one worker,
 * Cora its coordinator (who also confirms visit hours); three clients who write in English,
 * Spanish and French; groceries and meal services, Monday to Saturday 8am-7pm.
 */
export async function seedHarbour(s: Scenario): Promise<World> {
  const cast = await seedCast(s, ['ana', 'cora'], {
    name: 'Harbour Home Care',
    terminology: {
      en: { shift: 'visit', shifts: 'visits' },
      es: { shift: 'visita', shifts: 'visitas' },
      fr: { shift: 'visite', shifts: 'visites' },
    },
  });
  const hours = [{ weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '19:00' }];
  await s.models.Service.create([
    {
      organisation: cast.org._id,
      key: 'groceries',
      names: {
        en: ['groceries', 'shopping'],
        es: ['compras', 'mandado'],
        fr: ['courses', 'faire les courses'],
      },
      defaultMinutes: 120,
      hours,
      createdAt: s.clock.now(),
    },
    {
      organisation: cast.org._id,
      key: 'meal',
      names: { en: ['meal', 'cooking'], es: ['comida', 'cocinar'], fr: ['repas', 'cuisine'] },
      defaultMinutes: 90,
      hours,
      createdAt: s.clock.now(),
    },
  ]);
  const client = (name: string, language: string) =>
    seedPerson(s.models, cast.org, {
      name,
      language,
      roles: [{ organisation: cast.org._id, role: 'client' }],
    });
  return {
    ...cast,
    maria: await client('Maria', 'en'),
    rosa: await client('Rosa', 'es'),
    louis: await client('Louis', 'fr'),
  };
}
