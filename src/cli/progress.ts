// A progress bar on stderr, drawn only when stderr is a terminal (never in pipes, logs or CI).
export function progressBar(total: number): { update: (done: number) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = -1;
  return {
    update(done) {
      if (!tty) return;
      const pct = Math.floor((100 * done) / total);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((width * done) / total);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}% (${done}/${total} games)`,
      );
    },
    done() {
      if (tty && last >= 0) process.stderr.write('\r' + ' '.repeat(60) + '\r');
    },
  };
}
