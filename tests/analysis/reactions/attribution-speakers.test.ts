import { describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import type { Reaction } from "../../../src/contract/schema.js";
import type { Document } from "../../../src/index.js";
import { articleOf } from "../../helpers/documents.js";
import { expectGrounded } from "./helpers.js";

// Our own multi-speaker copy: every quote is pinned to its speaker, and the quote is the speaker's words.

const article = (paragraphs: string[], outlet: string | null = null) => articleOf("a", paragraphs, outlet);

/** Each reaction as "speaker: quote". */
function pinned(docs: Document[]): string[] {
  const reactions: Reaction[] = findReactions(docs);
  expectGrounded(reactions, docs);
  return reactions.map((r) => `${r.speaker}: ${r.quote}`);
}

describe("attribution on multi-speaker copy", () => {
  it("keeps a quotation that runs on into the next paragraph under its speaker", () => {
    const doc = article([
      "Harbour Minister Lena Varga said the port would reopen on Monday. “We have checked every crane and every berth.",
      "“No ship will move until the inspectors sign off on the repairs.”",
    ]);
    const reactions = findReactions([doc]);
    expect(reactions.map((r) => r.speaker)).toEqual(["Lena Varga"]);
    expect(reactions[0]?.citations.map((c) => c.quote)).toContain(
      "“No ship will move until the inspectors sign off on the repairs.”",
    );
  });

  it("does not hand a quotation that follows narration to the last speaker", () => {
    const doc = article([
      "Harbour Minister Lena Varga condemned the blockade. “It is an illegal act against our sailors,” she said.",
      "The blockade began on Tuesday when two patrol boats anchored at the harbour mouth.",
      "“We will sail anyway and nobody can stop us.”",
    ]);
    expect(pinned([doc]).some((r) => r.includes("sail anyway"))).toBe(false);
  });

  it("gives each of two speakers in one paragraph their own words", () => {
    const doc = article([
      "Mayor Tom Reyes condemned the closure as “a reckless decision by the board”, while the board's chairwoman, Ada Kim, said the move was “necessary to protect the workers”.",
    ]);
    const out = pinned([doc]);
    expect(out).toContain("Tom Reyes: a reckless decision by the board");
    expect(out).toContain("Ada Kim: necessary to protect the workers");
  });

  it("resolves 'he said' to the person just named", () => {
    const doc = article([
      "Defence Minister Omar Haddad visited the base on Friday.",
      "“Our forces acted within the law and will defend the border,” he said.",
    ]);
    expect(pinned([doc])).toEqual([
      "Omar Haddad: Our forces acted within the law and will defend the border",
    ]);
  });

  it("never makes an outlet or a wire agency the speaker, even when it is credited in the sentence", () => {
    const doc = article(
      [
        "The Northern Ledger reported that the strike was an unacceptable violation of the truce.",
        "Reuters said the convoy had been attacked twice, according to a hospital official.",
        "The governor condemned the attack, the Northern Ledger said.",
      ],
      "Northern Ledger",
    );
    const out = pinned([doc]);
    expect(out.some((r) => /Ledger|Reuters/.test(r.split(":")[0] ?? ""))).toBe(false);
  });

  it("quotes the reported clause, not the reporter's sentence around it", () => {
    const doc = article([
      "The Foreign Ministry of Freedonia said on Sunday that the strikes were a flagrant violation of its sovereignty.",
    ]);
    const [r] = findReactions([doc]);
    expect(r?.quote).toBe("the strikes were a flagrant violation of its sovereignty");
    expect(r?.citations[0]?.quote).toBe(doc.paragraphs[0]?.text);
  });

  it("gives a quotation that runs on over sentences to the attribution it closes on, not the last speaker", () => {
    const doc = article([
      "Defence Minister Omar Haddad said the border was calm.",
      "“We are not afraid of anyone here. We will answer every provocation,” said the rebel commander, Ivo Sarn.",
    ]);
    const reactions = findReactions([doc]);
    expectGrounded(reactions, [doc]);
    const cited = (who: RegExp) =>
      reactions.filter((r) => who.test(r.speaker)).flatMap((r) => r.citations.map((c) => c.quote));
    expect(cited(/Haddad/).some((q) => q.includes("afraid"))).toBe(false);
    expect(cited(/Ivo Sarn/)).toContain("“We are not afraid of anyone here.");
  });

  it("never hands an office to an organisation it was not named for", () => {
    const doc = article([
      "Hackers from the Ember Crew gang locked the pipeline operator's systems on Friday.",
      "The company's chief executive said paying the ransom was the right call for the country.",
    ]);
    const reactions = findReactions([doc]);
    expect(
      reactions.some((r) => /Ember/.test(`${r.speaker} ${r.affiliation ?? ""}`) && r.stance === "defend"),
    ).toBe(false);
  });
});
