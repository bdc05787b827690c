// `claimlint serve`: the page for writers (web/, built into dist/web/ by
// `npm run build:web`) on this computer only. It serves those static files
// and nothing else: the page lints in the browser with claimlint's own
// engine, so no text ever reaches this server, and it listens on 127.0.0.1,
// never on a network.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';

/** "claim" on a telephone keypad. */
export const DEFAULT_PORT = 25246;
const HOST = '127.0.0.1';

export interface ServeIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// The page's own Content-Security-Policy is in its <meta> tag (it holds
// wherever the files are hosted); a header adds what a meta tag cannot say.
const HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** dist/web, from wherever this module runs: the bundle (dist/bundle), the
 * compiled sources (dist/src/cli) or the sources themselves (src/cli). */
export function findWebDir(moduleUrl: string = import.meta.url): string | undefined {
  const here = path.dirname(fileURLToPath(moduleUrl));
  for (const rel of ['../web', '../../web', '../../dist/web']) {
    const dir = path.resolve(here, rel);
    if (existsSync(path.join(dir, 'index.html'))) return dir;
  }
  return undefined;
}

interface Asset {
  body: Buffer;
  type: string;
}

/** The page's files, read once: the server answers only for these names. */
function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (type) assets.set(`/${name}`, { body: readFileSync(path.join(dir, name)), type });
  }
  return assets;
}

export function pageServer(assets: ReadonlyMap<string, Asset>, allowedHosts: () => readonly string[]): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    // Another site's page could reach 127.0.0.1 under a name of its own
    // (DNS rebinding); only our own names are answered.
    if (!allowedHosts().includes((req.headers.host ?? '').toLowerCase())) return end(res, 421, 'Misdirected request\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return end(res, 405, 'Method not allowed\n');
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const asset = assets.get(pathname === '/' ? '/index.html' : pathname);
    if (!asset) return end(res, 404, 'Not found\n');
    res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': asset.body.length });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  });
}

function end(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** A port as typed, or undefined when it is not one. */
function parsePort(value: string): number | undefined {
  const n = Number(value);
  return /^\d{1,5}$/.test(value) && n <= 65535 ? n : undefined;
}

/** Opens the page in the default browser, if asked; a failure only says so. */
function openBrowser(url: string, io: ServeIO): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => io.stderr(`claimlint: could not open a browser; open ${url} yourself\n`));
  child.unref();
}

/** Runs until stopped (Ctrl+C); resolves with the exit code. */
export async function runServeCommand(argv: string[], io: ServeIO): Promise<number> {
  const command = new Command('claimlint serve')
    .description('Serve the claimlint page on this computer (127.0.0.1) for pasting and checking text in a browser.')
    .addOption(new Option('-p, --port <n>', 'port to listen on; 0 picks a free one').default(String(DEFAULT_PORT)))
    .option('--open', 'open the page in the default browser')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? 0 : 2;
  }
  const opts = command.opts<{ port: string; open?: boolean }>();
  const wanted = parsePort(opts.port);
  if (wanted === undefined) {
    io.stderr(`claimlint: --port: expected a whole number from 0 to 65535, got "${opts.port}"\n`);
    return 2;
  }
  const dir = findWebDir();
  if (!dir) {
    io.stderr('claimlint: the page is not built; run npm run build:web in the claimlint folder\n');
    return 2;
  }
  let port = wanted;
  const server = pageServer(readAssets(dir), () => [`${HOST}:${port}`, `localhost:${port}`]);
  const listening = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    server.once('error', resolve);
    server.listen(wanted, HOST, () => resolve(undefined));
  });
  if (listening) {
    const why =
      listening.code === 'EADDRINUSE'
        ? `port ${wanted} is in use; choose another with --port N, or --port 0 for any free port`
        : listening.code === 'EACCES'
          ? `port ${wanted} needs privileges this user lacks; choose one above 1023 with --port N`
          : listening.message;
    io.stderr(`claimlint: cannot serve the page: ${why}\n`);
    return 2;
  }
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : wanted;
  const url = `http://${HOST}:${port}/`;
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    // Ready for Ctrl+C before the address is out: whoever reads it may stop us at once.
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.stdout(`claimlint: the page is at ${url}\nOpen it in a browser; your text stays on this computer. Press Ctrl+C to stop.\n`);
    if (opts.open) openBrowser(url, io);
  });
}
