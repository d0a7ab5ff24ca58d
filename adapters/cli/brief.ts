import { runCli } from "./run-cli.js";

process.exitCode = await runCli("brief", process.argv.slice(2));
