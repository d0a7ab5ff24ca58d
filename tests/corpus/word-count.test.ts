import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/corpus/lines.js";

// The count must equal splitting on spaces and keeping the pieces with a letter or a digit.
const split = (text: string) => text.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe("wordCount", () => {
  it("counts the pieces that hold a letter or a digit, not dashes, bullets or empty runs", () => {
    expect(wordCount("Share — Tweet • Email")).toBe(3);
    expect(wordCount("  The  Ferrow  bridge  ")).toBe(3);
    expect(wordCount("— – - •")).toBe(0);
    expect(wordCount("")).toBe(0);
  });

  it("reads every character as the pattern does: accents, other scripts, digits, surrogate pairs", () => {
    const texts = ["Zürich café", "١٢ 漢字 ½ ²", "𝐀 😀 𝟘", "a\ud835 x", "\udc00 y", "tab\tjoined words"];
    for (let code = 0; code <= 0xffff; code++) texts.push(`- ${String.fromCharCode(code)} .`);
    const differ = texts.filter((t) => wordCount(t) !== split(t));
    expect(differ).toEqual([]);
  });
});
