import { runCli } from "./run-cli.js";

process.exitCode = await runCli("sources", process.argv.slice(2));
