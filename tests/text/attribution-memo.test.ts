import { describe, expect, it } from "vitest";
import { findAttributions } from "../../src/text/attribution.js";
import { quotedSpans } from "../../src/text/quotes.js";

describe("attributions read once", () => {
  it("answers a sentence asked again from its first reading, told apart by its quotation marks", () => {
    const plain = "The mayor said the bridge would reopen on Monday.";
    expect(findAttributions(plain)).toBe(findAttributions(plain));
    expect(findAttributions(plain)[0]?.source).toBe("The mayor");
    // The same words inside a quotation its paragraph opened earlier are the speaker's, not a source.
    const inside = [{ start: 0, end: plain.length, closed: true }];
    expect(findAttributions(plain, inside)).toEqual([]);
    expect(findAttributions(plain, quotedSpans(plain))).toBe(findAttributions(plain));
  });
});
