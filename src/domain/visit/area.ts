/**
 * The area of an address, what an offer to many people may show: the address less its street
 * line and any flat or unit. An address is one line, street first, its parts split by commas
 * ("12 Elm St, Apt 4B, Brooklyn, NY 11201" → "Brooklyn, NY 11201"; "12 rue de la Paix, 75002
 * Paris" → "75002 Paris"). An address with no comma has no area we can tell apart from the
 * street: undefined, and the offer names no place beyond the client's home.
 */
const UNIT =
  /^(?:apt|apartment|unit|suite|ste|flat|floor|fl|#|piso|planta|puerta|depto|dpto|departamento|apto|appt|appartement|bât|bat|bâtiment|étage|etage|escalier|porte)\b|^#|[ºª°]/iu;

export function areaOf(address: string): string | undefined {
  const parts = address
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const area = parts.slice(1).filter((part) => !UNIT.test(part));
  return area.length > 0 ? area.join(', ') : undefined;
}
