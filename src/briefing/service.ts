import type { BriefingService } from "../commands/service.js";
import type { Document } from "../corpus/document.js";
import { buildBriefing, buildSources } from "./build-briefing.js";

/** The core's answer to commands over one analysed corpus. `now` is injected so output is reproducible. */
export function createBriefingService(documents: Document[], now: () => Date): BriefingService {
  return {
    brief: (topic) => ({ ok: true, briefing: buildBriefing(documents, topic, now()) }),
    sources: (aspect) => buildSources(documents, aspect, now()),
    topics: () => [],
    aspects: () => [],
    documentCount: () => documents.length,
  };
}
