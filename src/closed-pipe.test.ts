import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

describe('a reader that closes the pipe early (validate … | head)', () => {
  it('ends the command quietly with its exit code, not with an EPIPE stack trace', async () => {
    // Enough output to fill the pipe's buffer: the corpus folder named 30 times, as JSON.
    const args = ['validate', '--json', ...Array.from({ length: 30 }, () => 'corpus')];
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // Read the first chunk, then close our end, as `head -c 100` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error'/);
    expect(code).toBe(0);
  }, 60_000);
});
