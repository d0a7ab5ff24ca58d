import { describe, expect, it } from "vitest";
import { readAttributions } from "../../../src/analysis/reactions/attribution-reading.js";
import { keptAttributions } from "../../../src/text/attributions-kept.js";
import { quotedSpans } from "../../../src/text/quotes.js";

const read = (text: string) => {
  const quoted = quotedSpans(text);
  return readAttributions(text, keptAttributions(text, quoted), quoted);
};

describe("readAttributions", () => {
  it("reads a sentence's attributions once, sharing the reading between its copies", () => {
    const words = "“The harbour at Varnholt will reopen next week,” the mayor said.";
    const first = read(words);
    const copy = words.split(" ").join(" ");
    expect(read(copy)).toBe(first);
    expect(first.map((r) => r.attribution.source)).toEqual(["the mayor"]);
  });

  it("drops 'according to' without a quotation, keeps it with one", () => {
    expect(read("According to the Orvel council, the bridge reopened on Monday.")).toHaveLength(0);
    const quoted = read("According to the Orvel council, “the bridge reopened on Monday after repairs.”");
    expect(quoted.map((r) => r.attribution.kind)).toEqual(["according-to"]);
  });

  it("keeps the names before the source outside quotation marks for the speaker context", () => {
    const [r] = read("After meeting Tobin Arle, the spokesman said “Kessa Moor will decide this week.”");
    expect(r?.before.map((m) => m.text)).toEqual(["Tobin Arle"]);
  });
});
