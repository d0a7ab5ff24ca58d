// Answers take CPU turns one at a time. A burst of slash commands would otherwise compute all its
// answers back to back in one event-loop turn, and the acks of commands arriving meanwhile (Slack
// waits 3 s for them) would queue behind the whole burst; here an ack waits for one answer at most.

/** Resolves when it is this caller's turn; one waiter is let through per event-loop turn. */
export type NextTurn = () => Promise<void>;

export function createAnswerTurns(): NextTurn {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const step = () => {
    waiting.shift()?.();
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(step);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(step);
      }
    });
}
