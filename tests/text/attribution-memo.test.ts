import { describe, expect, it } from "vitest";
import { keptAttributions } from "../../src/text/attributions-kept.js";
import { quotedSpans } from "../../src/text/quotes.js";

describe("attributions read once", () => {
  it("answers a sentence asked again from its first reading, told apart by its quotation marks", () => {
    const plain = "The mayor said the bridge would reopen on Monday.";
    const first = keptAttributions(plain, quotedSpans(plain));
    expect(keptAttributions(plain, quotedSpans(plain))).toBe(first);
    expect(first[0]?.source).toBe("The mayor");
    // The same words inside a quotation its paragraph opened earlier are the speaker's, not a source.
    expect(keptAttributions(plain, [{ start: 0, end: plain.length, closed: true }])).toEqual([]);
  });
});
