/**
 * What a wire dateline ("LISBON, Feb 26 (Example Wire) - ...", "LISBON, Monday 16 May 2022 - ...") at
 * the head of the lead says.
 */
export interface Dateline {
  /** The date as written, e.g. "Feb 26" or "Feb. 26, 2021"; often without a year. */
  date: string | null;
  /** The agency or outlet in brackets, if any. */
  outlet: string | null;
}

const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’/-]*?)?(?:,\s*((?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}+(?:\s+\d{4})?)))?\s*(?:\(([^()]{2,40})\))?\s*(?:-{1,2}|–|—)\s/u;

/** Reads the dateline that opens a lead paragraph, or null when it has none. */
export function readDateline(lead: string): Dateline | null {
  const match = DATELINE.exec(lead);
  if (!match || match[0].trim().length < 2) return null;
  const outlet = match[2]?.trim() ?? null;
  return { date: match[1] ?? null, outlet: outlet && /^\p{Lu}/u.test(outlet) ? outlet : null };
}
