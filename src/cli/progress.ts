// A one-line progress count on standard error for long runs at a terminal:
// nothing for the first second (a hook's run never shows it), then
// "claimlint: 1,234 of 2,800 files" redrawn in place a few times a second,
// and wiped before anything else is written and when the run ends. Never in
// CI logs or when standard error is not a terminal (runCli decides).

export interface ProgressOptions {
  write: (s: string) => void;
  /** How long a run stays quiet before the count appears. */
  delayMs?: number;
  /** How often the count is redrawn. */
  intervalMs?: number;
}

const CLEAR = '\r\u001b[2K';
const number = (n: number) => n.toLocaleString('en-US');

export class Progress {
  private done = 0;
  private total: number | undefined;
  private shown = false;
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private readonly write: (s: string) => void;
  private readonly intervalMs: number;
  private lastDraw = 0;

  constructor(options: ProgressOptions) {
    this.write = options.write;
    this.intervalMs = options.intervalMs ?? 100;
    // unref: a pending redraw never keeps the process alive.
    this.timer = setTimeout(() => this.begin(), options.delayMs ?? 1000).unref();
  }

  /** The number of files the run will lint, once known. */
  setTotal(total: number): void {
    this.total = total;
  }

  setDone(done: number): void {
    this.done = done;
    // Drawn as files finish, at most once an interval.
    if (this.ticker && Date.now() - this.lastDraw >= this.intervalMs) this.draw();
  }

  /** Writes other text to standard error without the count in its way. */
  log(s: string): void {
    this.clear();
    this.write(s);
  }

  /** Wipes the count for good. */
  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = this.ticker = undefined;
    this.clear();
  }

  private begin(): void {
    this.timer = undefined;
    this.draw();
    this.ticker = setInterval(() => this.draw(), this.intervalMs).unref();
  }

  private draw(): void {
    const text = this.total === undefined ? 'claimlint: finding files...' : `claimlint: ${number(this.done)} of ${number(this.total)} files`;
    this.write(`${CLEAR}${text}`);
    this.shown = true;
    this.lastDraw = Date.now();
  }

  private clear(): void {
    if (!this.shown) return;
    this.write(CLEAR);
    this.shown = false;
  }
}
