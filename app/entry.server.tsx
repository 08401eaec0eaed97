import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
// React's Node renderer encodes text straight into 2 KB buffers (the web-streams one allocates a new array for
// every piece of text, an eighth of a page's CPU). React 18.3 wrote a whole buffer when a multi-byte character
// (every Chinese one) did not fit at its end, NUL padding included; patches/react-dom+18.3.1.patch applies
// React's own fix (facebook/react#26228, released only in 19), and tests/unit/page-stream.test.ts checks it.
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { pageBody } from "./server/platform/page-stream.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The page's inline scripts (Remix's context and streamed data, React's own) carry the policy's nonce.
  const nonce = loadContext.cspNonce;
  // Crawlers and no-JS clients get the whole document at once; browsers get it streamed.
  const wholeDocument = isbot(request.headers.get("user-agent") ?? "");
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    let clientGone = false;
    // Renders still running after ABORT_DELAY are cut short (their pending parts are sent as client fallbacks).
    const timeout = setTimeout(() => render.abort(), ABORT_DELAY);
    const render = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          if (!wholeDocument) respond();
        },
        onAllReady() {
          clearTimeout(timeout);
          if (wholeDocument) respond();
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          // Every render error is logged once here (one in the shell also rejects, and Remix renders the error
          // page instead), but not the abort of a page whose client went away.
          if (!clientGone) console.error(error);
        },
      },
    );
    function respond() {
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      const body = pageBody(render, () => (clientGone = true));
      resolve(new Response(body, { headers: responseHeaders, status }));
    }
  });
}

// The server process starts its background work from the same build that answers requests (one module graph);
// tests that go through the build reach its search engine here.
export { prepareDatabase, startRuntime } from "./server/runtime.server";
export { readEnv } from "./server/platform/env.server";
export { searchEngine } from "../search/runtime";
