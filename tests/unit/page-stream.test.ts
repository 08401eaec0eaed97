import { createElement as h, Suspense, type ReactElement, type ReactNode } from "react";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pageBody } from "../../app/server/platform/page-stream.server";

// Both of React's Node builds carry the patch: tests run the development one, the production server the other.
const require = createRequire(import.meta.url);
const BUILDS: [string, typeof renderToPipeableStream][] = ["development.js", "production.min.js"].map(
  (file) => [
    file,
    (
      require(
        join(dirname(require.resolve("react-dom/package.json")), "cjs", `react-dom-server.node.${file}`),
      ) as {
        renderToPipeableStream: typeof renderToPipeableStream;
      }
    ).renderToPipeableStream,
  ],
);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The page body of `element` as React's Node renderer streams it, bytes as the client receives them. */
async function streamed(render: typeof renderToPipeableStream, element: ReactElement): Promise<Uint8Array> {
  const rendered = await new Promise<ReturnType<typeof renderToPipeableStream>>((resolve, reject) => {
    const stream = render(element, {
      onAllReady: () => resolve(stream),
      onShellError: reject,
    });
  });
  return new Uint8Array(await new Response(pageBody(rendered, () => {})).arrayBuffer());
}

const SLOGAN = "揭榜挂帅数字经济";

describe("the page body handed to the client", () => {
  // React 18.3 encodes text into 2,048-byte buffers; when a 3-byte character did not fit at a buffer's end it
  // sent the whole buffer, unwritten bytes (NUL) included. Shifting the text by 0–5 ASCII characters puts a
  // Chinese character across that edge in some of these renders, whichever way React's markup changes.
  it.each(
    BUILDS.flatMap(([file, render]) => [0, 1, 2, 3, 4, 5].map((shift) => [file, shift, render] as const)),
  )(
    "streams Chinese text across React's buffer edges as exact UTF-8, without NUL bytes (%s, shift %i)",
    async (_file, shift, render) => {
      const paragraph = SLOGAN.repeat(40);
      const bytes = await streamed(
        render,
        h(
          "main",
          null,
          h("p", null, "a".repeat(shift)),
          ...Array.from({ length: 12 }, (_, i) => h("p", { key: i }, paragraph)),
        ),
      );
      expect(bytes.indexOf(0)).toBe(-1);
      const html = strictUtf8.decode(bytes);
      expect(html.split(SLOGAN)).toHaveLength(12 * 40 + 1);
      expect(html).toContain(`<p>${"a".repeat(shift)}</p>`);
    },
  );

  it("marks the client's going away before aborting the render it leaves unfinished", async () => {
    const seen: string[] = [];
    const never = new Promise<string>(() => {});
    function Pending(): ReactNode {
      // Suspends for good (React 18's way of waiting for data): its boundary never resolves.
      throw never;
    }
    const render = await new Promise<ReturnType<typeof renderToPipeableStream>>((resolve) => {
      const stream = renderToPipeableStream(
        h("main", null, h("h1", null, SLOGAN), h(Suspense, { fallback: h("p", null, "…") }, h(Pending))),
        {
          onShellReady: () => resolve(stream),
          onError: (error) => {
            seen.push(`render error: ${String(error)}`);
          },
        },
      );
    });
    const reader = pageBody(render, (reason) => seen.push(`client gone: ${String(reason)}`)).getReader();
    const first = await reader.read();
    expect(strictUtf8.decode(first.value)).toContain(SLOGAN);
    await reader.cancel("closed the tab");
    expect(seen[0]).toBe("client gone: closed the tab");
    expect(seen.slice(1).some((line) => line.includes("closed the tab"))).toBe(true);
  });

  it("fails the body, rather than leaving it open, when the renderer gives up on its destination mid-page", async () => {
    // React's Node renderer destroys its destination with the error when a render fails fatally after the shell.
    const failing = {
      pipe<Writable extends NodeJS.WritableStream>(destination: Writable): Writable {
        destination.on("error", () => {}); // as React's pipe() listens, to abort the render
        destination.write(new TextEncoder().encode(`<h1>${SLOGAN}</h1>`));
        setImmediate(() =>
          (destination as unknown as { destroy(error: Error): void }).destroy(new Error("render failed")),
        );
        return destination;
      },
      abort() {},
    };
    const reader = pageBody(failing, () => {}).getReader();
    expect(strictUtf8.decode((await reader.read()).value)).toContain(SLOGAN);
    await expect(reader.read()).rejects.toThrow("render failed");
  });
});
