import { z } from "zod";

// The public JSON contract (briefing/v1, sources/v1). These schemas are the source of truth:
// add fields freely, never rename or drop one without bumping the schema string.

export const CitationSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
});
export type Citation = z.infer<typeof CitationSchema>;

export const DOCUMENT_FLAGS = [
  "machine-translation",
  "mixed-language",
  "boilerplate-removed",
  "truncated",
] as const;
export const DocumentFlagSchema = z.enum(DOCUMENT_FLAGS);
export type DocumentFlag = z.infer<typeof DocumentFlagSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  language: z.string().min(2),
  flags: z.array(DocumentFlagSchema),
  derivedFrom: z.string().nullable(),
  // Addition to the v1 contract: the article's address (front matter `url`, or the page it was taken from), when known.
  url: z.string().min(1).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const SummarySentenceSchema = z.object({
  text: z.string().min(1),
  citations: z.array(CitationSchema).min(1),
});
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;

export const EventSchema = z.object({
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  location: z.string().nullable(),
  when: z.string().nullable(),
  instrument: z.string().nullable(),
  citations: z.array(CitationSchema).min(1),
  // Additions to the v1 contract: main story events rank before recalled background ones.
  background: z.boolean(),
});
export type BriefingEvent = z.infer<typeof EventSchema>;

export const STANCES = [
  "condemn",
  "defend",
  "threaten",
  "decline",
  "deny",
  "urge-restraint",
  "support",
  "other",
] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

export const ReactionSchema = z.object({
  speaker: z.string().min(1),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  stance: StanceSchema,
  quote: z.string().min(1),
  citations: z.array(CitationSchema).min(1),
});
export type Reaction = z.infer<typeof ReactionSchema>;

export const DiscrepancyClaimSchema = z.object({
  value: z.string(),
  number: z.number().nullable(),
  attributedTo: z.string().nullable(),
  citations: z.array(CitationSchema).min(1),
});
export type DiscrepancyClaim = z.infer<typeof DiscrepancyClaimSchema>;

export const DiscrepancySchema = z.object({
  aspect: z.string(),
  question: z.string(),
  claims: z.array(DiscrepancyClaimSchema).min(1),
  status: z.enum(["open", "reconciled"]),
  note: z.string().nullable(),
  // Additions: for open figures, the range and the most conservative figure (the ACLED rule).
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
  conservative: z.number().nullable(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** Another story the topic fits, named so the editor can ask for it; its reports are not in the briefing. */
export const AlsoStorySchema = z.object({
  headline: z.string(),
  reports: z.number().int().min(1),
});
export type AlsoStory = z.infer<typeof AlsoStorySchema>;

export const BriefingSchema = z.object({
  schema: z.literal("briefing/v1"),
  topic: z.string(),
  generatedAt: z.iso.datetime(),
  headline: z.string(),
  documents: z.array(DocumentSummarySchema),
  summary: z.array(SummarySentenceSchema),
  events: z.array(EventSchema),
  reactions: z.array(ReactionSchema),
  discrepancies: z.array(DiscrepancySchema),
  // Addition: the other stories the topic fits, best first (absent when it fits one).
  also: z.array(AlsoStorySchema).optional(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export const SourceClaimSchema = z.object({
  text: z.string().min(1),
  attributedTo: z.string().nullable(),
  numbers: z.array(z.number()),
  citations: z.array(CitationSchema).min(1),
});
export type SourceClaim = z.infer<typeof SourceClaimSchema>;

export const SourcesAnswerSchema = z.object({
  schema: z.literal("sources/v1"),
  aspect: z.string(),
  generatedAt: z.iso.datetime(),
  documents: z.array(DocumentSummarySchema),
  bySource: z.array(
    z.object({
      doc: z.string(),
      outlet: z.string().nullable(),
      claims: z.array(SourceClaimSchema),
    }),
  ),
  discrepancies: z.array(DiscrepancySchema),
});
export type SourcesAnswer = z.infer<typeof SourcesAnswerSchema>;
