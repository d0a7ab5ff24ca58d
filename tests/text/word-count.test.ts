import { describe, expect, it } from "vitest";
import { spacedWords } from "../../src/text/word-count.js";

// The count must equal splitting on runs of white space, whatever spaces the text holds.
const split = (text: string) => text.split(/\s+/).length;

describe("spacedWords", () => {
  it("counts as splitting on white space does, ends and every kind of space included", () => {
    const texts = [
      "",
      " ",
      "one",
      "The council met on Monday.",
      "  leading and trailing  ",
      "tab\tand\nnew line\r\nand\u000bform\u000cfeed",
      "no\u00a0break\u2009thin\u3000ideographic\u2028line\u2029para\u202fnarrow\u205fmath\ufeffbom\u1680ogham",
      "zero\u200bwidth is no space",
      "x\u2000\u2001\u200ay",
    ];
    for (const text of texts) expect(spacedWords(text), JSON.stringify(text)).toBe(split(text));
  });

  it("takes every UTF-16 code unit for space exactly when \\s does", () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (spacedWords(`a${c}b`) !== split(`a${c}b`)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it("counts a run of spaces once", () => {
    expect(spacedWords("a   b \t c")).toBe(3);
  });
});
