// A one-line progress bar on a terminal's stderr, for large libraries.

export function progressBar(write: (s: string) => void): { update: (done: number, total: number) => void; clear: () => void; done: () => void } {
  let last = -1;
  let shown = false;
  return {
    update(done, total) {
      const pct = Math.floor((done / total) * 100);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((done / total) * width);
      write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} templates`);
      shown = true;
    },
    clear() {
      if (shown) write("\r\x1b[K");
      shown = false;
      last = -1;
    },
    done() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
