import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/analysis/claims/find-claims.js";
import { perDocument, perDocumentAlone } from "../../src/analysis/document-memo.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { readArticle } from "../../src/corpus/read-article.js";

// A story analysed again after it takes in an article reuses what its other reports said, but only
// while the dates they are read against hold.

const report = (id: string, published: string, body: string) =>
  readArticle(id, [`Flood hits river town`, `Published: ${published}`, "", body].join("\n"));

describe("readings kept per document", () => {
  const early = report(
    "early",
    "2024-03-02",
    "Rescuers said on Saturday that at least 12 people died when the river burst its banks in the night.",
  );
  const late = report(
    "late",
    "2024-03-05",
    "Officials said 14 people were killed in the flood, which began three days ago.",
  );

  it("reads a document once while its story's dates hold, and again when they change", () => {
    const reads: string[] = [];
    const read = perDocument((doc, dates) => {
      reads.push(`${doc.id} ${dates.storyDay}`);
      return dates.docDate?.toISOString().slice(0, 10);
    });
    const story = storyContext([early, late]);
    expect(read(late, story)).toBe("2024-03-05");
    expect(read(late, story)).toBe("2024-03-05");
    expect(reads).toEqual(["late 2024-03-02"]);
    // On its own the story breaks later: the report is read again against the new dates.
    read(late, storyContext([late]));
    expect(reads).toEqual(["late 2024-03-02", "late 2024-03-05"]);
    // A changed article is a new object, never answered from the old one's reading.
    read({ ...late }, storyContext([late]));
    expect(reads).toHaveLength(3);
  });

  it("gives a story's claims as a first reading does", () => {
    const both = storyContext([early, late]);
    findClaims([early, late], both);
    const kept = findClaims([early, late], both);
    // Copies are new objects: read afresh.
    const copies = [{ ...early }, { ...late }];
    const fresh = findClaims(copies, storyContext(copies));
    expect(kept).toEqual(fresh);
    expect(kept.map((c) => c.number)).toEqual([12, 14]);
  });

  it("reads a document once for every analyser that asks, keeping the most recently asked", () => {
    const reads: string[] = [];
    const read = perDocumentAlone((doc) => {
      reads.push(doc.id);
      return doc.paragraphs.length;
    }, 1);
    read(early);
    read(early);
    expect(reads).toEqual(["early"]);
    // Past the limit, the document asked about longest ago is read again.
    read(late);
    read(early);
    expect(reads).toEqual(["early", "late", "early"]);
  });
});
