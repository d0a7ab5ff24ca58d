// Stable codes for what went wrong talking to Slack, for logs (users get a sentence instead).

/** The Web API error code ("not_in_channel"), the HTTP status of a response_url, or a library code. */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const e = error as { data?: { error?: unknown }; statusCode?: unknown; code?: unknown };
  if (typeof e.data?.error === "string") return e.data.error;
  if (typeof e.statusCode === "number") return `http_${e.statusCode}`;
  if (typeof e.code === "string") return e.code;
  return "unknown";
}

/** What the asker reads when our own code failed; the log gets the details. */
export const SORRY = "Something went wrong building that answer; please try again in a moment.";
