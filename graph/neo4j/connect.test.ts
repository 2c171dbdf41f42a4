import net from 'node:net';
import { boltPortOf, noDelayForBolt } from './connect';

/** A local TCP server, its port, and a way to close it. */
async function listen(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((s) => s.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Connects to `port` and tells whether TCP_NODELAY was turned on for that socket. */
async function connectsWithNoDelay(port: number): Promise<boolean> {
  const spy = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  try {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    await new Promise((resolve) => setImmediate(resolve));
    const on = spy.mock.contexts.some((c) => c === socket) && spy.mock.calls.some(([v]) => v === true);
    socket.destroy();
    return on;
  } finally {
    spy.mockRestore();
  }
}

describe('noDelayForBolt', () => {
  it('turns Nagle off only on sockets to the Bolt port, and only until released', async () => {
    const bolt = await listen();
    const other = await listen();
    try {
      expect(await connectsWithNoDelay(bolt.port)).toBe(false);
      const release = noDelayForBolt(bolt.port);
      expect(await connectsWithNoDelay(bolt.port)).toBe(true);
      expect(await connectsWithNoDelay(other.port)).toBe(false);
      // Holders are counted: the port keeps it until the last one lets go.
      const second = noDelayForBolt(bolt.port);
      release();
      release();
      expect(await connectsWithNoDelay(bolt.port)).toBe(true);
      second();
      expect(await connectsWithNoDelay(bolt.port)).toBe(false);
    } finally {
      await bolt.close();
      await other.close();
    }
  });

  it('reads the port from a Bolt URI, 7687 when it names none', () => {
    expect(boltPortOf('bolt://127.0.0.1:7733')).toBe(7733);
    expect(boltPortOf('neo4j://db.example.org')).toBe(7687);
    expect(boltPortOf(undefined)).toBe(7687);
    expect(boltPortOf('not a uri')).toBe(7687);
  });
});
