import { Writable } from "node:stream";
import type { PipeableStream } from "react-dom/server";

/**
 * React's Node renderer as the body of a Fetch `Response`. React writes chunks of up to 2 KB; each is handed on
 * as it comes, and while the client reads slower than React renders, React waits (its stream's backpressure).
 * A client that goes away cancels the body: `onCancel` runs before the render is aborted, so the abort React then
 * reports to its onError can be told from a page that failed.
 */
export function pageBody(
  render: Pick<PipeableStream, "pipe" | "abort">,
  onCancel: (reason: unknown) => void,
): ReadableStream<Uint8Array> {
  let sink: Writable | undefined;
  let writeDone: (() => void) | null = null;
  return new ReadableStream<Uint8Array>({
    start(stream) {
      sink = new Writable({
        write(chunk: Uint8Array, _encoding, done) {
          stream.enqueue(chunk);
          if ((stream.desiredSize ?? 1) > 0) done();
          else writeDone = done;
        },
        final(done) {
          stream.close();
          done();
        },
        // React destroys its destination on a fatal error mid-page: the body fails instead of never ending.
        destroy(error, done) {
          if (error) stream.error(error);
          done(error);
        },
      });
      render.pipe(sink);
    },
    pull() {
      const resume = writeDone;
      writeDone = null;
      resume?.();
    },
    cancel(reason) {
      onCancel(reason);
      render.abort(reason);
      sink?.destroy();
    },
  });
}
