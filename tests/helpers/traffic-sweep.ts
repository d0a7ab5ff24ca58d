import { afterAll } from "vitest";
import { sentMessages } from "../stand-ins/traffic.js";
import { messageProblems } from "./message-checks.js";

// A vitest setup file: after each test file, every message the bot sent to a stand-in during it is
// checked (see message-checks.ts). One bad message fails the file, naming where it went.

afterAll(() => {
  const problems = messageProblems(sentMessages);
  sentMessages.length = 0;
  if (problems.length > 0) {
    throw new Error(`${problems.length} message(s) the bot sent break the rules:\n${problems.join("\n")}`);
  }
});
