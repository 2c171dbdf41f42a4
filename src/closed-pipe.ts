/**
 * A reader that stops early (`validate … | head`) closes the pipe under us. Unix tools then stop quietly; Node would
 * print an unhandled EPIPE error and a stack trace. Exit instead, with the exit code set so far (0 if none).
 */
export function exitQuietlyWhenPipeCloses(stream: NodeJS.WritableStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
