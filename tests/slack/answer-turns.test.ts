import { describe, expect, it } from "vitest";
import { createAnswerTurns } from "../../adapters/slack/answer-turns.js";

// Counts event-loop turns: a setImmediate chain advances once per turn.
function loopTurns() {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turns, stop: () => (running = false) };
}

describe("answer turns", () => {
  it("lets one answer through per event-loop turn, in the order they asked", async () => {
    const loop = loopTurns();
    const turn = createAnswerTurns();
    const started: { answer: number; turn: number }[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(async (answer) => {
        await turn();
        started.push({ answer, turn: loop.now() });
      }),
    );
    loop.stop();
    expect(started.map((s) => s.answer)).toEqual([1, 2, 3, 4]);
    const turnsSeen = started.map((s) => s.turn);
    expect(new Set(turnsSeen).size).toBe(4);
  });

  it("serves an answer that asks later, once the queue has emptied", async () => {
    const turn = createAnswerTurns();
    await turn();
    await expect(
      Promise.race([turn().then(() => "served"), new Promise((r) => setTimeout(r, 1000, "stuck"))]),
    ).resolves.toBe("served");
  });
});
