import { runIngestCli } from "./ingest-cli.js";

// Entry point of `npm run ingest`.

try {
  process.loadEnvFile();
} catch {
  // No .env file: the command line and the environment say everything.
}
process.exitCode = await runIngestCli(process.argv.slice(2), process.env);
