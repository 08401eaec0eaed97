import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";
import { e2ePort } from "./servers";

/**
 * Every browser journey imports `test` and `expect` from here: a journey fails on any console error, any uncaught
 * page error and any failed request to the app's own origin (no response, or a status of 400 or more), in every
 * browser context it opens — the default one and those from `browser.newContext()`.
 *
 * A journey that provokes an error response on purpose (a refused form, a forbidden page) says so with
 * `allowHttpError({ status, url, why })`; the allowance also covers Chromium's console line about that response,
 * and it must be used: an allowance that matched nothing fails the test, so stale ones do not pile up.
 *
 * A Content-Security-Policy violation fails the journey too, reported by the page itself (a
 * `securitypolicyviolation` listener added before any of its scripts run), not only by Chromium's console line.
 */
export type AllowedHttpError = {
  status: number;
  /** Matched against the request's pathname and search, e.g. /^\/signup/. */
  url: RegExp;
  /** Why the journey provokes it, e.g. "the invalid USCC is refused". */
  why: string;
};

class PageGuard {
  private readonly problems: string[] = [];
  private readonly allowed: { rule: AllowedHttpError; used: number }[] = [];
  private readonly watched = new WeakSet<BrowserContext>();
  private readonly withoutJavaScript = new WeakSet<BrowserContext>();

  constructor(private readonly origin: string) {}

  allow(rule: AllowedHttpError) {
    this.allowed.push({ rule, used: 0 });
  }

  async watch(context: BrowserContext, javaScriptEnabled: boolean) {
    if (!javaScriptEnabled) this.withoutJavaScript.add(context);
    if (this.watched.has(context)) return;
    this.watched.add(context);
    await context.exposeBinding("__reportCspViolation", ({ page }, violation: string) => {
      this.problems.push(`CSP violation on ${page?.url() ?? "?"}: ${violation}`);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { __reportCspViolation?: (v: string) => void })
          .__reportCspViolation;
        report?.(
          `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const at = message.location().url;
      // "Failed to load resource: the server responded with a status of 400 (Bad Request)"
      const status = /status of (\d{3})/.exec(message.text())?.[1];
      if (status && at && this.isAllowed(at, Number(status), false)) return;
      this.problems.push(`console error on ${message.page()?.url() ?? "?"}: ${message.text()} (at ${at})`);
    });
    context.on("weberror", (error) => {
      this.problems.push(`uncaught error on ${error.page()?.url() ?? "?"}: ${String(error.error())}`);
    });
    context.on("requestfailed", (request) => {
      if (!this.ownOrigin(request.url())) return;
      const reason = request.failure()?.errorText;
      // The browser itself dropped it: the page navigated on, or Remix aborted a superseded fetch.
      if (reason === "net::ERR_ABORTED") return;
      // With JavaScript off, Chromium refuses the page's scripts and module preloads as if by a CSP.
      if (reason === "csp" && this.withoutJavaScript.has(context)) return;
      this.problems.push(`request failed: ${request.method()} ${request.url()}: ${reason ?? "?"}`);
    });
    context.on("response", (response) => {
      if (response.status() < 400 || !this.ownOrigin(response.url())) return;
      if (this.isAllowed(response.url(), response.status(), true)) return;
      const request = response.request();
      this.problems.push(`${request.method()} ${response.url()} answered ${response.status()}`);
    });
  }

  /** Throws if anything went wrong; called after the journey, when every context is closed. */
  verify() {
    const unused = this.allowed.filter((entry) => entry.used === 0).map((entry) => entry.rule);
    expect(this.problems, "console errors, page errors and failed requests of the app").toEqual([]);
    expect(unused, "allowed HTTP errors that never happened (remove them)").toEqual([]);
  }

  private ownOrigin(url: string) {
    return url.startsWith(this.origin + "/");
  }

  private isAllowed(url: string, status: number, count: boolean) {
    if (!this.ownOrigin(url)) return false;
    const { pathname, search } = new URL(url);
    const entry = this.allowed.find(({ rule }) => rule.status === status && rule.url.test(pathname + search));
    if (entry && count) entry.used += 1;
    return entry !== undefined;
  }
}

/** Contexts from `browser.newContext()` (and `browser.newPage()`, which goes through it) are watched too. */
function watchNewContexts(browser: Browser, guard: PageGuard): () => void {
  const original = browser.newContext;
  browser.newContext = async function (this: Browser, ...args) {
    const context = await original.apply(this, args);
    await guard.watch(context, args[0]?.javaScriptEnabled ?? true);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}

export const test = base.extend<{
  pageGuard: PageGuard;
  allowHttpError: (rule: AllowedHttpError) => void;
}>({
  // Each worker talks to its own app under test (playwright.config.ts starts one per worker).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none
  baseURL: async ({}, provide, testInfo) => {
    await provide(`http://localhost:${e2ePort(testInfo.parallelIndex)}`);
  },
  pageGuard: [
    async ({ browser, baseURL }, provide) => {
      const guard = new PageGuard(new URL(baseURL!).origin);
      const restore = watchNewContexts(browser, guard);
      try {
        await provide(guard);
      } finally {
        restore();
      }
      guard.verify();
    },
    { auto: true },
  ],
  context: async ({ context, pageGuard, javaScriptEnabled }, provide) => {
    await pageGuard.watch(context, javaScriptEnabled ?? true);
    await provide(context);
  },
  allowHttpError: async ({ pageGuard }, provide) => {
    await provide((rule) => pageGuard.allow(rule));
  },
});

export { expect };
