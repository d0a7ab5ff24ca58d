import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/index.js";
import { groundingProblem, groundingSource } from "./grounding.js";

// The grounding oracle must refuse a quote cut out of a word or a figure, and accept a quote on word
// boundaries or a whole sentence the reader parsed.

const FILE = [
  "Port strike kills dozens",
  "",
  "Officials said 1,500 people were evacuated from the port’s east side.",
  "The pro-government militia killed 3.5 percent of the herd, a farmer said.",
  "",
].join("\n");
const [doc] = buildCorpus([{ id: "a", text: FILE }]);
if (!doc) throw new Error("no document");
const source = groundingSource(FILE, doc);

describe("a quote is grounded", () => {
  it.each([
    ["a whole parsed sentence", "Officials said 1,500 people were evacuated from the port’s east side."],
    ["a clause on word boundaries", "1,500 people were evacuated"],
    ["a stretch whose line break differs from the file's", "were\nevacuated from"],
    ["a stretch ending on punctuation", "the herd, a farmer said."],
  ])("when it is %s", (_, quote) => {
    expect(groundingProblem(source, quote)).toBeNull();
  });
});

describe("a quote is refused", () => {
  it.each([
    [
      "cut at its end inside a word",
      "Officials said 1,500 people were evacu",
      "starts or ends inside a word",
    ],
    ["cut at its start inside a word", "fficials said 1,500 people", "starts or ends inside a word"],
    ["cut inside a figure", "Officials said 1", "starts or ends inside a word"],
    ["cut inside a decimal", "killed 3", "starts or ends inside a word"],
    ["cut before a possessive", "evacuated from the port", "starts or ends inside a word"],
    ["cut inside a hyphenated word", "The pro", "starts or ends inside a word"],
    ["with a word changed", "Officials said 1,500 people were hurt", "not in its document"],
    ["with a curly apostrophe straightened", "the port's east side", "not in its document"],
  ])("when it is %s", (_, quote, problem) => {
    expect(groundingProblem(source, quote)).toBe(problem);
  });

  it("when it cites a document the corpus does not have", () => {
    expect(groundingProblem(undefined, "Officials said")).toBe("cites a document the corpus does not have");
  });
});
