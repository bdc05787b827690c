// How the language server reaches its editor: standard input and output, or
// the socket, pipe or IPC channel the editor names (--socket=N, --pipe=NAME,
// --node-ipc). One it cannot use is said in one line, exit 2.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'claimlint.js');

const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000, input: '' });

describe('language server transports', () => {
  it('says in one line, exit 2, when the port or pipe cannot be used', () => {
    for (const [args, said] of [
      [['--lsp', '--socket=0'], /^claimlint: --lsp: --socket needs a port from 1 to 65535, got "0"\n$/],
      [['--lsp', '--socket=abc'], /^claimlint: --lsp: --socket needs a port/],
      [['--lsp', '--pipe=/nonexistent/claimlint.sock'], /^claimlint: --lsp: cannot reach the editor at \/nonexistent\/claimlint\.sock \(ENOENT\)\n$/],
      [['--lsp', '--node-ipc'], /^claimlint: --lsp: --node-ipc needs an editor that started claimlint with an IPC channel\n$/],
    ] as const) {
      const r = run([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(said);
    }
  });

  it('answers an editor that listens on the port it names', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const child = spawn(process.execPath, [bin, '--lsp', `--socket=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const socket = await new Promise<import('node:net').Socket>((resolve) => server.once('connection', resolve));
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      socket.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const reply = await new Promise<string>((resolve) => {
        let got = '';
        socket.on('data', (d) => {
          got += d.toString('utf8');
          if (got.includes('"capabilities"')) resolve(got);
        });
      });
      expect(reply).toMatch(/"id":1/);
      socket.destroy();
    } finally {
      child.kill();
      server.close();
    }
  });
});
