/**
 * A client that goes away mid-page cancels the body. Handed to React directly, that cancel makes React close its
 * already-closed stream and report the TypeError to onError as if the page had failed; aborting the render first
 * marks it as the client's doing (entry.server.tsx does not log errors of an aborted render).
 */
export function stopRenderingOnCancel(
  body: ReadableStream<Uint8Array>,
  render: AbortController,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(stream) {
      const { done, value } = await reader.read();
      if (done) stream.close();
      else stream.enqueue(value);
    },
    cancel(reason) {
      render.abort(reason);
      reader.cancel(reason).catch(() => {});
    },
  });
}
