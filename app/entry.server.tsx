import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
// The web-streams renderer, not renderToPipeableStream: React 18.3's Node renderer pads its 2048-byte
// buffer with NUL bytes when a multi-byte character (every Chinese one) does not fit at the end of it,
// so Chinese pages came out with stray "\0\0" in their text. This renderer splits already-encoded bytes.
import { renderToReadableStream } from "react-dom/server.browser";
import { NonceContext } from "./components/nonce";
import { stopRenderingOnCancel } from "./server/platform/page-stream.server";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The page's inline scripts (Remix's context and streamed data, React's own) carry the policy's nonce.
  const nonce = loadContext.cspNonce;
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), ABORT_DELAY);
  let status = responseStatusCode;
  const body = await renderToReadableStream(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
    </NonceContext.Provider>,
    {
      nonce,
      signal: controller.signal,
      onError(error: unknown) {
        status = 500;
        // Errors in the shell reject the promise above; these are streamed-in parts, logged once here.
        if (!controller.signal.aborted) console.error(error);
      },
    },
  );
  // Crawlers and no-JS clients get the whole document at once; browsers get it streamed.
  if (isbot(request.headers.get("user-agent") ?? "")) await body.allReady;
  body.allReady.finally(() => clearTimeout(timeout)).catch(() => {});
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(stopRenderingOnCancel(body, controller), { headers: responseHeaders, status });
}

// The server process starts its background work from the same build that answers requests (one module graph);
// tests that go through the build reach its search engine here.
export { prepareDatabase, startRuntime } from "./server/runtime.server";
export { readEnv } from "./server/platform/env.server";
export { searchEngine } from "../search/runtime";
