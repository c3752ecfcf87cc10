import type { Types } from 'mongoose';

/**
 * Whether a text to this person uses the formal address (usted / vous): to a client of the
 * organisation, unless the organisation chose the familiar one. Workers and staff get the
 * locale's usual wording.
 */
export function addressedFormally(
  person: { roles?: ReadonlyArray<{ organisation: Types.ObjectId; role: string }> | null },
  organisation: { _id: Types.ObjectId; clientAddress?: string | null },
): boolean {
  if (organisation.clientAddress === 'familiar') return false;
  return (person.roles ?? []).some(
    (r) => r.role === 'client' && r.organisation.equals(organisation._id),
  );
}
