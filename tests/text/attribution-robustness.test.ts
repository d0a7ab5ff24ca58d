import { describe, expect, it } from "vitest";
import { attributionOf } from "../../src/text/attribution.js";

// Real copy is messy: quotes closed oddly, lower-case sentence starts, stray spaces before punctuation.

describe("attribution on messy text", () => {
  it("does not fail on a quote closed before its reporting verb in lower-case copy", () => {
    const sentence =
      ') tweeted two different photos of men with spoons covering their eyes. "really me, " he added alongside one image, which he later deleted.';
    expect(() => attributionOf(sentence)).not.toThrow();
  });
});
