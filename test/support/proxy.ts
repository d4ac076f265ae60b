import net from 'node:net';

/**
 * A TCP relay in front of the test Neo4j, to cut the network between the service and its
 * database (a real fault: the service sees connections fail) without stopping the shared Neo4j.
 */
export class TcpRelay {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | undefined;
  private listeningPort = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get port(): number {
    return this.listeningPort;
  }

  /** Starts relaying (on the same port as before, once there was one). */
  async open(): Promise<number> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listeningPort, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.listeningPort = (server.address() as net.AddressInfo).port;
    return this.listeningPort;
  }

  /** Stops listening and drops every connection: to the service, the database is gone. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Host and port of a bolt:// URI. */
export function hostAndPort(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 7687) };
}
