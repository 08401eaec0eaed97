import { isIP } from "node:net";

/** `[::1]:443`, `203.0.113.7:5000`, `::ffff:203.0.113.7` → the bare address; anything else → null. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client's address as the audit trail and the rate limits see it. Behind `trustedHops` reverse proxies, each
 * appends the address it received from to X-Forwarded-For, so only the right-most `trustedHops` entries were
 * written by someone we trust; the entry they describe (the `trustedHops`-th from the right) is the client.
 * Everything further left is whatever the client sent and is ignored. With no trusted hops the header is
 * ignored altogether.
 */
export function clientIpOf({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | null | undefined;
  trustedHops: number;
}): string {
  const direct = normalizeAddress(socketAddress) ?? socketAddress ?? "";
  if (trustedHops < 1 || !forwardedFor) return direct;
  const hops = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!hops.length) return direct;
  // Fewer entries than trusted proxies: the request skipped the outer ones; the left-most was still written by us.
  const candidate = hops[Math.max(0, hops.length - trustedHops)];
  return normalizeAddress(candidate) ?? direct;
}
