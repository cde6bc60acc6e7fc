// A Danish address as the coordinator types it ("Flakhaven 2, 5000 Odense C") split into the UBL
// postal address parts; what cannot be split stays whole as the street line. The country is always DK.

export interface PostalParts {
  street: string | null;
  postalZone: string | null;
  city: string | null;
}

export function postalParts(address: string | null): PostalParts {
  const parts = (address ?? '')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return { street: null, postalZone: null, city: null };
  const last = /^(?:DK-?)?(\d{4})\s+(.+)$/i.exec(parts[parts.length - 1]);
  if (!last) return { street: parts.join(', '), postalZone: null, city: null };
  const street = parts.slice(0, -1).join(', ');
  return { street: street || null, postalZone: last[1], city: last[2] };
}
