import { z } from "zod";
import { BriefingSchema, CitationSchema } from "./schema.js";

// A scheduled digest: what changed since the last digest of the same subscription, then the briefing.

export const CHANGE_KINDS = [
  "new-report",
  "new-event",
  "new-reaction",
  "new-discrepancy",
  "changed-discrepancy",
  "revised-figure",
] as const;

export const DigestChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  /** One plain sentence, e.g. "Syrian Observatory toll revised from 5 to 7". */
  text: z.string().min(1),
  citations: z.array(CitationSchema),
});
export type DigestChange = z.infer<typeof DigestChangeSchema>;

export const DigestSchema = z.object({
  schema: z.literal("digest/v1"),
  subscriptionId: z.string(),
  topic: z.string(),
  generatedAt: z.iso.datetime(),
  /** When the previous digest of this subscription was generated; null for the first one. */
  since: z.iso.datetime().nullable(),
  changes: z.array(DigestChangeSchema),
  briefing: BriefingSchema,
});
export type Digest = z.infer<typeof DigestSchema>;
