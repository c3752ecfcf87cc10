/** The organisation's services as the visit-request parser reads them. I/O adapter: loads, maps, nothing else. */
import type { Types } from 'mongoose';
import type { ServiceEntry } from '../domain/visit/types';
import type { Models } from '../models';
import type { Service } from '../models/service';

type Id = string | Types.ObjectId;

/** A stored service as a catalogue entry: `id` is its key; no hours means any time. */
export function toServiceEntry(
  service: Pick<Service, 'key' | 'names' | 'defaultMinutes' | 'hours'>,
): ServiceEntry {
  const entry: ServiceEntry = {
    id: service.key,
    names: {
      en: [...(service.names?.en ?? [])],
      es: [...(service.names?.es ?? [])],
      fr: [...(service.names?.fr ?? [])],
    },
    defaultMinutes: service.defaultMinutes,
  };
  if (service.hours?.length) {
    entry.hours = service.hours.map((h) => ({
      weekdays: [...h.weekdays],
      opens: h.opens,
      closes: h.closes,
    }));
  }
  return entry;
}

/** The organisation's active services, by key (a stable order for "which one?" lists). */
export async function loadCatalogue(models: Models, organisationId: Id): Promise<ServiceEntry[]> {
  const services = await models.Service.find({ organisation: organisationId, active: true })
    .sort({ key: 1 })
    .lean<Service[]>();
  return services.map(toServiceEntry);
}

/** One service of the organisation by key, active or not (its required skills, its hours); null if none. */
export function loadService(
  models: Models,
  organisationId: Id,
  key: string,
): Promise<Service | null> {
  return models.Service.findOne({ organisation: organisationId, key }).lean<Service>().exec();
}
