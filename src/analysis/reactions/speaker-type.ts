/**
 * Who speaks: a named person, a body (ministry, military, company, armed group, state media), a state
 * ("Damascus", "Iran"), anonymous officials, or someone who reports rather than takes a side.
 */
export interface Speaker {
  kind: "person" | "body" | "state" | "anonymous" | "non-official";
  name: string;
  /** Equal for every way of naming the same speaker. */
  key: string;
  role: string | null;
  /** The country (else the organisation) the speaker speaks for. */
  affiliation: string | null;
  /** Lower-case words naming the institution ("pentagon", "foreign ministry"), to match a spokesperson to it. */
  institution: string | null;
  stateMedia: boolean;
  /** News organisations and monitors: their statements are claims, not reactions. */
  reporting: boolean;
  head: boolean;
}
