import { describe, expect, it } from "vitest";
import { FREE_FAILURES, MAX_WAIT_SECONDS, minutesToWait, waitAfterFailures } from "../../app/domain/throttle";
import { clientIpOf, normalizeAddress } from "../../app/server/platform/client-ip.server";
import { readEnv, trustedProxyHops } from "../../app/server/platform/env.server";

describe("waits between password guesses (per account and IP)", () => {
  it("costs nothing for the first failures, then doubles from 1 s", () => {
    expect(FREE_FAILURES).toBe(5);
    for (let failures = 0; failures < 5; failures++) expect(waitAfterFailures(failures)).toBe(0);
    expect([5, 6, 7, 8, 9].map(waitAfterFailures)).toEqual([1, 2, 4, 8, 16]);
  });

  it("never waits more than 15 minutes, however many failures", () => {
    expect(waitAfterFailures(14)).toBe(512);
    expect(waitAfterFailures(15)).toBe(MAX_WAIT_SECONDS);
    expect(waitAfterFailures(16)).toBe(900);
    expect(waitAfterFailures(1_000_000)).toBe(900);
    expect(waitAfterFailures(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it("never says 0 minutes", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
  });
});

describe("client IP behind proxies", () => {
  const socketAddress = "10.0.0.5"; // the proxy in front of the app

  it("ignores X-Forwarded-For without trusted hops", () => {
    expect(clientIpOf({ socketAddress, forwardedFor: "198.51.100.9", trustedHops: 0 })).toBe("10.0.0.5");
  });

  it("takes the entry our proxy appended, not the one the client made up", () => {
    // The client sends "X-Forwarded-For: 1.2.3.4"; our one proxy appends the address it saw.
    const forwardedFor = "1.2.3.4, 203.0.113.7";
    expect(clientIpOf({ socketAddress, forwardedFor, trustedHops: 1 })).toBe("203.0.113.7");
    // Two proxies (CDN + load balancer): the CDN's entry is second from the right.
    expect(
      clientIpOf({ socketAddress, forwardedFor: "1.2.3.4, 203.0.113.7, 172.16.0.2", trustedHops: 2 }),
    ).toBe("203.0.113.7");
  });

  it("rotating spoofed addresses cannot move the client to a fresh rate-limit key", () => {
    const seen = new Set(
      Array.from({ length: 20 }, (_, i) =>
        clientIpOf({ socketAddress, forwardedFor: `192.0.2.${i}, 203.0.113.7`, trustedHops: 1 }),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("falls back to the socket for garbage, and uses the left-most entry when fewer hops came", () => {
    expect(clientIpOf({ socketAddress, forwardedFor: "not-an-ip", trustedHops: 1 })).toBe("10.0.0.5");
    expect(clientIpOf({ socketAddress, forwardedFor: " , ", trustedHops: 1 })).toBe("10.0.0.5");
    expect(clientIpOf({ socketAddress, forwardedFor: "203.0.113.7", trustedHops: 2 })).toBe("203.0.113.7");
    expect(clientIpOf({ socketAddress, forwardedFor: null, trustedHops: 1 })).toBe("10.0.0.5");
  });

  it("normalises ports, brackets and IPv4-mapped IPv6", () => {
    expect(normalizeAddress("203.0.113.7:5123")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("evil.example")).toBeNull();
  });

  it("TRUST_PROXY=true still means one hop; TRUST_PROXY_HOPS overrides it", () => {
    expect(trustedProxyHops(readEnv({ NODE_ENV: "test" }))).toBe(0);
    expect(trustedProxyHops(readEnv({ NODE_ENV: "test", TRUST_PROXY: "true" }))).toBe(1);
    expect(trustedProxyHops(readEnv({ NODE_ENV: "test", TRUST_PROXY: "true", TRUST_PROXY_HOPS: "2" }))).toBe(
      2,
    );
    expect(trustedProxyHops(readEnv({ NODE_ENV: "test", TRUST_PROXY_HOPS: "0", TRUST_PROXY: "true" }))).toBe(
      0,
    );
  });
});
