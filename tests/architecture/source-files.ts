import { readdirSync } from "node:fs";
import { join } from "node:path";

// The project's TypeScript files, for the architecture tests.

export const ROOT = join(import.meta.dirname, "..", "..");

/** Every .ts file under a folder, recursively. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
