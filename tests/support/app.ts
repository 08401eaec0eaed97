import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createAppHandler, type AppHandler } from "../../app/server/platform/app-handler.server";
import { makeUscc } from "../../app/server/demo/factories.server";

export const ORIGIN = "http://jiebang.test";
/** The monitoring token the tests read /healthz details with (set on first use unless a test set its own). */
export const HEALTH_TOKEN = "test-health-token-0123456789";
const BUILD = path.resolve("build/server/index.js");

let handler: AppHandler | undefined;
let build: ServerBuild | undefined;

type AppEntry = typeof import("../../app/entry.server");

async function loadBuild(): Promise<ServerBuild> {
  if (!existsSync(BUILD)) throw new Error("No build: run `npm run build` first (npm test does it for you)");
  build ??= (await import(pathToFileURL(BUILD).href)) as ServerBuild;
  return build;
}

/**
 * The production build's own entry module: requests run on the build's copy of every module, so an engine or
 * storage that requests must see is plugged in here, exactly as the server process does.
 */
export async function builtEntry(): Promise<AppEntry> {
  return (await loadBuild()).entry.module as unknown as AppEntry;
}

/** The production build's route manifest (ids, parents, paths), as the server matches requests against it. */
export async function builtRoutes(): Promise<ServerBuild["routes"]> {
  return (await loadBuild()).routes;
}

/** The real request pipeline (forgery guard + the production Remix build) without a socket in between. */
export async function appHandler(): Promise<AppHandler> {
  handler ??= createAppHandler(await loadBuild(), { mode: "production" });
  return handler;
}

/** A cookie-keeping client that behaves like one browser: same-origin posts carry Origin and the CSRF token. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(readonly ip = "203.0.113.7") {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some(
        (a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()),
      );
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has("cookie")) headers.set("cookie", this.cookieHeader());
    headers.set("host", new URL(ORIGIN).host);
    const response = await (
      await appHandler()
    )(new Request(ORIGIN + pathname, { ...init, headers }), this.ip);
    this.remember(response);
    return response;
  }

  async get(pathname: string): Promise<Response> {
    return this.request(pathname);
  }

  /** /healthz with its details, as monitoring reads it (HEALTH_TOKEN as the bearer). */
  async healthDetails(): Promise<Response> {
    process.env.HEALTH_TOKEN ??= HEALTH_TOKEN;
    return this.request("/healthz", { headers: { authorization: `Bearer ${process.env.HEALTH_TOKEN}` } });
  }

  /** The token the page's hidden csrf field would carry (the browser's cookie), fetched on first use. */
  async csrfToken(): Promise<string> {
    if (!this.cookies.has("jb_csrf")) await this.get("/login");
    const raw = decodeURIComponent(this.cookies.get("jb_csrf")!);
    return JSON.parse(Buffer.from(raw, "base64").toString("utf8")) as string;
  }

  async post(
    pathname: string,
    fields: Record<string, string>,
    { origin = ORIGIN, csrf }: { origin?: string | null; csrf?: string } = {},
  ) {
    const body = new URLSearchParams({ csrf: csrf ?? (await this.csrfToken()), ...fields });
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (origin) headers.origin = origin;
    return this.request(pathname, { method: "POST", body, headers, redirect: "manual" });
  }

  /**
   * A multipart form post, as a browser sends our upload forms: the token is their first field (the guard reads
   * only that part before the route streams the rest).
   */
  async postMultipart(pathname: string, form: FormData): Promise<Response> {
    const body = new FormData();
    body.set("csrf", await this.csrfToken());
    for (const [name, value] of form) if (name !== "csrf") body.append(name, value);
    return this.request(pathname, {
      method: "POST",
      body,
      headers: { origin: ORIGIN },
      redirect: "manual",
    });
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post("/login", { email, password });
  }
}

/** A browser signed in as that account (from its own IP, so sign-in throttling stays per test). */
export async function signedIn(email: string, password: string, ip?: string): Promise<TestBrowser> {
  const browser = new TestBrowser(ip);
  const response = await browser.signIn(email, password);
  if (response.status !== 302) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return browser;
}

export const signupFields = (overrides: Record<string, string> = {}) => ({
  orgName: "武汉测试科技有限公司",
  orgType: "enterprise",
  uscc: makeUscc(),
  district: "洪山区",
  contactName: "测试联系人",
  contactPhone: "027-12345678",
  name: "测试管理员",
  email: "owner@example.com",
  password: "correct-horse-battery",
  ...overrides,
});
