// Streams a body to a response the browser may already have closed (an aborted fetch, a page left
// while a file was being looked up): then nothing is sent and nothing throws, as Node's pipeline
// refuses a destroyed destination with ERR_STREAM_UNABLE_TO_PIPE.
import { pipeline } from 'node:stream';

/**
 * pipeline(...streams) whose last stream is the response; errors on the way (a client gone mid-body)
 * end the pipeline quietly, as a static file server should.
 * @param {...(import('node:stream').Readable | import('node:stream').Duplex | import('node:stream').Writable)} streams
 */
export function pipeToResponse(...streams) {
  const destination = streams.at(-1);
  if (!destination || destination.destroyed) {
    for (const stream of streams.slice(0, -1)) stream.destroy();
    return;
  }
  try {
    pipeline(/** @type {[any, any]} */ (/** @type {unknown} */ (streams)), () => {});
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code !== 'ERR_STREAM_UNABLE_TO_PIPE') throw error;
    for (const stream of streams.slice(0, -1)) stream.destroy();
  }
}
