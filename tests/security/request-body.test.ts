// Request bodies: the forgery check refuses before reading what it is going to refuse, bodies are held to a
// small limit except on the upload routes, and a multipart form's token is read from its first part only.
import { describe, expect, it } from "vitest";
import { ORIGIN, TestBrowser } from "../support/app";
import { BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "../../app/server/platform/body-limit.server";

const MB = 1024 * 1024;

/** A body that produces `bytes` (after `prefix`, before `suffix`) only as it is read, and counts what was read. */
function recordingBody(prefix: string, bytes: number, suffix = "") {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const stats = { pulls: 0, bytesRead: 0 };
  let produced = 0;
  let stage: "prefix" | "filler" | "done" = "prefix";
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.pulls++;
        let piece: Uint8Array;
        if (stage === "prefix") {
          piece = encoder.encode(prefix);
          stage = "filler";
        } else if (produced < bytes) {
          piece = chunk.subarray(0, Math.min(chunk.byteLength, bytes - produced));
          produced += piece.byteLength;
        } else {
          if (stage !== "done") controller.enqueue(encoder.encode(suffix));
          stage = "done";
          controller.close();
          return;
        }
        stats.bytesRead += piece.byteLength;
        controller.enqueue(piece);
      },
    },
    // Nothing is produced before someone reads.
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

function post(browser: TestBrowser, pathname: string, headers: Record<string, string>, body: BodyInit) {
  return browser.request(pathname, {
    method: "POST",
    headers,
    body,
    redirect: "manual",
    duplex: "half",
  } as RequestInit);
}

const URLENCODED = { "content-type": "application/x-www-form-urlencoded" };

describe("refused before a byte of the body is read", () => {
  it("no CSRF cookie → 403, the body untouched", async () => {
    const { stream, stats } = recordingBody("email=a%40b.c&password=x&csrf=made-up&pad=", 10 * MB);
    const response = await post(new TestBrowser(), "/login", { ...URLENCODED, origin: ORIGIN }, stream);
    expect(response.status).toBe(403);
    expect(stats.pulls).toBe(0);
  });

  it("a made-up, unparseable CSRF cookie → 403, the body untouched", async () => {
    const { stream, stats } = recordingBody("csrf=made-up&pad=", 10 * MB);
    const response = await post(
      new TestBrowser(),
      "/login",
      { ...URLENCODED, origin: ORIGIN, cookie: "jb_csrf=bWFkZS11cA%3D%3D" },
      stream,
    );
    expect(response.status).toBe(403);
    expect(stats.pulls).toBe(0);
  });

  it("a foreign origin → 403, the body untouched", async () => {
    const browser = new TestBrowser();
    await browser.csrfToken();
    const { stream, stats } = recordingBody("pad=", 10 * MB);
    const response = await post(browser, "/login", { ...URLENCODED, origin: "https://evil.example" }, stream);
    expect(response.status).toBe(403);
    expect(stats.pulls).toBe(0);
  });

  it("a declared length over the limit → 413 in both languages", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const { stream, stats } = recordingBody(`csrf=${token}&pad=`, 2 * MB);
    const response = await post(
      browser,
      "/login",
      { ...URLENCODED, origin: ORIGIN, "content-length": String(2 * MB + 100) },
      stream,
    );
    expect(response.status).toBe(413);
    expect(stats.pulls).toBe(0);
    const body = (await response.json()) as { error: { message: { zh: string; en: string } } };
    expect(body.error.message.zh).toContain("1 MB");
    expect(body.error.message.en).toContain("1 MB");
  });
});

describe("the global body limit", () => {
  it("a 2 MB urlencoded sign-in (sent chunked, a real token) → 413, reading stops at the limit", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const { stream, stats } = recordingBody(`csrf=${token}&email=a%40b.c&password=x&pad=`, 2 * MB);
    const response = await post(browser, "/login", { ...URLENCODED, origin: ORIGIN }, stream);
    expect(response.status).toBe(413);
    expect(stats.bytesRead).toBeLessThan(BODY_LIMIT_BYTES + 128 * 1024);
  });

  it("a 2 MB urlencoded form with a real token, as a no-JavaScript browser posts it → a bilingual 413 page", async () => {
    const browser = new TestBrowser();
    const response = await browser.request("/login", {
      method: "POST",
      headers: { ...URLENCODED, origin: ORIGIN, accept: "text/html" },
      body: new URLSearchParams({ csrf: await browser.csrfToken(), pad: "a".repeat(2 * MB) }),
    });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("1 MB");
    expect(html).toContain("larger than the 1 MB limit");
  });

  it("an ordinary urlencoded form still reaches its route, its body intact", async () => {
    const response = await new TestBrowser().signIn("nobody@example.com", "wrong-password-123");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("邮箱或密码不正确");
  });

  it("a multipart post to a route that takes no uploads is held to the small limit", async () => {
    const browser = new TestBrowser();
    const form = new FormData();
    form.set("csrf", await browser.csrfToken());
    form.set("pad", new Blob([new Uint8Array(2 * MB)]), "pad.bin");
    const response = await post(browser, "/login", { origin: ORIGIN }, form);
    expect(response.status).toBe(413);
  });

  it("upload routes take more than the attachment limit, but not without bound", async () => {
    expect(UPLOAD_BODY_LIMIT_BYTES).toBeGreaterThan(21 * MB);
    const browser = new TestBrowser();
    await browser.csrfToken();
    const response = await post(
      browser,
      "/bids/1",
      {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(64 * MB),
        origin: ORIGIN,
      },
      "--x--",
    );
    expect(response.status).toBe(413);
  });
});

describe("multipart forms carry their token first", () => {
  const boundary = "----probe";
  const part = (name: string, value: string) =>
    `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const multipart = { "content-type": `multipart/form-data; boundary=${boundary}`, origin: ORIGIN };

  it("the token as the first part works, the route reads the rest of the form", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const body = `${part("csrf", token)}${part("email", "nobody@example.com")}${part("password", "wrong-password-123")}--${boundary}--\r\n`;
    const response = await post(browser, "/login", multipart, body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("邮箱或密码不正确");
  });

  it("the token after the other fields is refused", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const body = `${part("email", "nobody@example.com")}${part("csrf", token)}--${boundary}--\r\n`;
    expect((await post(browser, "/login", multipart, body)).status).toBe(403);
  });

  it("a wrong token first is refused", async () => {
    const browser = new TestBrowser();
    await browser.csrfToken();
    const body = `${part("csrf", "x".repeat(43))}--${boundary}--\r\n`;
    expect((await post(browser, "/login", multipart, body)).status).toBe(403);
  });

  it("a token after a huge file part is refused without reading (or buffering) the file", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const { stream, stats } = recordingBody(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\ncontent-type: application/pdf\r\n\r\n`,
      60 * MB,
      `\r\n${part("csrf", token)}--${boundary}--\r\n`,
    );
    const response = await post(browser, "/bids/1", multipart, stream);
    expect(response.status).toBe(403);
    expect(stats.bytesRead).toBeLessThan(256 * 1024);
  });

  it("an upload form with the token in the header (the import widget) needs no token part", async () => {
    const browser = new TestBrowser();
    const token = await browser.csrfToken();
    const body = `${part("intent", "upload")}--${boundary}--\r\n`;
    // Not signed in: the route itself answers (a redirect to sign-in), so the guard let it through.
    const response = await post(browser, "/bids/1", { ...multipart, "x-csrf-token": token }, body);
    expect(response.status).toBe(302);
  });
});
