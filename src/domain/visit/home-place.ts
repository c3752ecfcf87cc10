import { areaOf } from './area';

/** Where a visit with no place named happens: the client's home, as a shift's place reads it. */
export const clientHomePlace = (clientName: string): string => `${clientName} (home)`;

/** The client as the organisation knows them: name, and address and access notes if given. */
export interface KnownClient {
  name: string;
  address?: string | null;
  accessNotes?: string | null;
}

/**
 * A visit at the client's home, for the shift: with an address the organisation knows, the
 * address in full (and how to get in), told to the booked worker only, and its area for offers
 * (or the client's home by name when the address has no area); else the client's home by name.
 */
export function homeVisitPlace(client: KnownClient): {
  place: string;
  area?: string;
  accessNotes?: string;
} {
  const home = clientHomePlace(client.name);
  if (!client.address) return { place: home };
  return {
    place: `${client.name}, ${client.address}`,
    area: areaOf(client.address) ?? home,
    ...(client.accessNotes ? { accessNotes: client.accessNotes } : {}),
  };
}
