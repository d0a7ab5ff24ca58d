// What every adapter logs about an error it cannot name more precisely.

/** An error's message, or the thrown value said as text (libraries sometimes throw strings). */
export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
