import net from 'node:net';

/**
 * Resolves when `host:port` can be bound; otherwise rejects with one sentence. Checked before Nest
 * starts so a busy port is reported plainly instead of as Nest's logged stack.
 */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use; stop the other process or set PORT.`
            : `Cannot listen on ${host}:${port}: ${error.message}.`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
