// A progress bar on stderr for steps that take more than a few seconds: it appears once a step has
// run for two seconds, redraws in place on a terminal and prints a line per tenth otherwise (CI
// logs). Every step ends with one line saying how long it took. Nothing goes to stdout.

export interface Progress {
  tick(done: number): void;
  end(): void;
}

const WIDTH = 30;
const QUIET_MS = 2000;

export function progress(label: string, total: number): Progress {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let shown = -1;
  const elapsed = () => performance.now() - started;
  const draw = (done: number) => {
    if (elapsed() < QUIET_MS) return;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const step = tty ? Math.floor(share * 100) : Math.floor(share * 10);
    if (step === shown) return;
    shown = step;
    const filled = Math.round(share * WIDTH);
    const bar = `${"#".repeat(filled)}${".".repeat(WIDTH - filled)}`;
    const line = `${label} [${bar}] ${Math.round(share * 100)}% ${(elapsed() / 1000).toFixed(0)}s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  return {
    tick: draw,
    end() {
      const line = `${label}: ${(elapsed() / 1000).toFixed(1)}s`;
      process.stderr.write(tty && shown >= 0 ? `\r${line}${" ".repeat(50)}\n` : `${line}\n`);
    },
  };
}
