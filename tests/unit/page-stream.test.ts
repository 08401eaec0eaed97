import { describe, expect, it } from "vitest";
import { stopRenderingOnCancel } from "../../app/server/platform/page-stream.server";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the page body handed to the client", () => {
  it("passes the rendered chunks through unchanged and ends with them", async () => {
    const rendered = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(bytes("<!DOCTYPE html>"));
        stream.enqueue(bytes("<p>揭榜挂帅</p>"));
        stream.close();
      },
    });
    const text = await new Response(stopRenderingOnCancel(rendered, new AbortController())).text();
    expect(text).toBe("<!DOCTYPE html><p>揭榜挂帅</p>");
  });

  it("aborts the render before cancelling it when the client goes away, so the cancel is not taken for a failure", async () => {
    const render = new AbortController();
    const seen: string[] = [];
    render.signal.addEventListener("abort", () =>
      seen.push(`render aborted: ${String(render.signal.reason)}`),
    );
    const rendered = new ReadableStream<Uint8Array>({
      pull(stream) {
        stream.enqueue(bytes("<p>…</p>"));
      },
      cancel() {
        seen.push(`renderer cancelled; render already aborted: ${render.signal.aborted}`);
      },
    });
    const reader = stopRenderingOnCancel(rendered, render).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel("client gone");
    expect(seen).toEqual(["render aborted: client gone", "renderer cancelled; render already aborted: true"]);
  });
});
