import { describe, expect, it } from "vitest";
import type { CommandOutcome } from "../../src/index.js";
import { type ContractCase, citationsOf } from "./fixtures.js";

// The contract every platform renderer meets (vercel/chat-style contract suite): each message within
// the platform's limits, every citation's quote shown intact, nothing that could ping or link.

export interface RendererUnderTest<M> {
  platform: string;
  render(outcome: CommandOutcome): M[];
  /** Every limit the message breaks, in words ("section 3 has 3012 characters"); empty when none. */
  violations(message: M): string[];
  /** Everything a reader can see in the message, one string per text field. */
  visibleTexts(message: M): string[];
  /**
   * Null when some of the texts shows the corpus quote as written (read back the way the platform
   * reads markup, by test code written apart from the renderer); otherwise what is wrong.
   */
  quoteProblem(texts: string[], quote: string): string | null;
  /** What in a rendered text could ping someone or form a link; empty when nothing. */
  hazards(text: string): string[];
}

export function describeRendererContract<M>(renderer: RendererUnderTest<M>, cases: ContractCase[]): void {
  describe(`${renderer.platform} renderer contract`, () => {
    it("has cases to check, fixture corpora and synthetic ones", () => {
      expect(cases.length).toBeGreaterThan(5);
      expect(cases.some((c) => citationsOf(c.outcome).length > 500)).toBe(true);
    });

    describe.each(cases.map((c) => [c.name, c] as const))("%s", (_, { outcome }) => {
      const messages = renderer.render(outcome);

      it("renders at least one message, each within every limit", () => {
        expect(messages.length).toBeGreaterThan(0);
        const broken = messages.flatMap((m, i) =>
          renderer.violations(m).map((v) => `message ${i + 1}: ${v}`),
        );
        expect(broken).toEqual([]);
      });

      it("shows every citation's quote intact in some message", () => {
        const texts = messages.flatMap((m) => renderer.visibleTexts(m));
        const problems = [...new Set(citationsOf(outcome).map((c) => c.quote))].flatMap((quote) => {
          const problem = renderer.quoteProblem(texts, quote);
          return problem ? [`${problem}: ${JSON.stringify(quote.slice(0, 80))}`] : [];
        });
        expect(problems).toEqual([]);
      });

      it("leaves nothing that could ping someone or form a link", () => {
        const hazards = messages.flatMap((m) => renderer.visibleTexts(m).flatMap((t) => renderer.hazards(t)));
        expect(hazards).toEqual([]);
      });
    });
  });
}
