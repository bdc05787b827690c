// `claimlint serve`, as built (npm run build): the page's static files on
// 127.0.0.1 and nothing else, with clear one-line errors. No browser needed;
// tests/browser/ drives the page itself.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'claimlint.js');
const webDir = path.join(root, 'dist', 'web');

interface Started {
  url: string;
  port: number;
  stop(): Promise<{ code: number | null; stdout: string }>;
}

function serve(args: string[] = ['--port', '0']): Promise<Started> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (!url) return;
      clearInterval(poll);
      resolve({
        url: url[0],
        port: Number(url[1]),
        stop: async () => {
          child.kill('SIGINT');
          return { code: await exited, stdout };
        },
      });
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`claimlint serve exited ${code}: ${stderr}`));
    });
  });
}

/** A raw request, so that the Host header and the path are sent as written. */
function get(port: number, pathname: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let served: Started;

beforeAll(async () => {
  served = await serve();
});

afterAll(async () => {
  await served?.stop();
});

describe('claimlint serve', () => {
  it('prints its address, on 127.0.0.1 only', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the built page, each file with its type and headers that keep it to itself', async () => {
    const files = readdirSync(webDir).sort();
    expect(files).toEqual(expect.arrayContaining(['engine.js', 'index.html', 'page.css', 'page.js']));
    const index = await get(served.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toBe(readFileSync(path.join(webDir, 'index.html'), 'utf8'));
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    // The page's own policy forbids it any connection.
    expect(index.body).toMatch(/Content-Security-Policy" content="[^"]*connect-src 'none'/);
    for (const [file, type] of [['page.js', 'text/javascript; charset=utf-8'], ['engine.js', 'text/javascript; charset=utf-8'], ['page.css', 'text/css; charset=utf-8']] as const) {
      const r = await get(served.port, `/${file}`);
      expect([file, r.status, r.headers['content-type']]).toEqual([file, 200, type]);
      expect(r.body.length).toBe(readFileSync(path.join(webDir, file), 'utf8').length);
    }
    const head = await get(served.port, '/index.html', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('answers nothing but the page: no other path, method or host name', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/dist/web/index.html', '/nope', '/..%2fpackage.json']) {
      expect([p, (await get(served.port, p)).status]).toEqual([p, 404]);
    }
    const post = await get(served.port, '/', { method: 'POST' });
    expect([post.status, post.headers['allow']]).toEqual([405, 'GET, HEAD']);
    // A name of another site's that points at 127.0.0.1 (DNS rebinding) is turned away.
    expect((await get(served.port, '/', { host: `attacker.example:${served.port}` })).status).toBe(421);
    expect((await get(served.port, '/', { host: `localhost:${served.port}` })).status).toBe(200);
  });

  it('stops on Ctrl+C with exit 0', async () => {
    const other = await serve();
    const { code } = await other.stop();
    expect(code).toBe(0);
  });

  it('says in one line why it cannot start: a bad port, a port in use', async () => {
    const bad = spawnSync(process.execPath, [bin, 'serve', '--port', 'eighty'], { encoding: 'utf8' });
    expect([bad.status, bad.stderr]).toEqual([2, 'claimlint: --port: expected a whole number from 0 to 65535, got "eighty"\n']);
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const inUse = spawnSync(process.execPath, [bin, 'serve', '--port', String(port)], { encoding: 'utf8' });
    busy.close();
    expect([inUse.status, inUse.stderr]).toEqual([2, `claimlint: cannot serve the page: port ${port} is in use; choose another with --port N, or --port 0 for any free port\n`]);
  });

  it('is listed in --help', () => {
    const help = spawnSync(process.execPath, [bin, 'serve', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: claimlint serve \[options\]/);
    expect(help.stdout).toMatch(/-p, --port <n>/);
    expect(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout).toMatch(/claimlint serve/);
  });
});
