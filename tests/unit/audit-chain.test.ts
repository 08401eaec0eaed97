import { describe, expect, it } from "vitest";
import {
  auditEntryHash,
  canonicalJson,
  findChainBreak,
  formatChainHead,
  GENESIS_HASH,
  parseChainHead,
} from "../../app/domain/audit-chain";

function chain(n: number) {
  const entries = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorUserId: 7,
      action: "test.act",
      entityType: "thing",
      entityId: String(seq),
      before: null,
      after: { amountFen: seq * 100, nested: { b: 1, a: 2 } },
      ip: "203.0.113.1",
    };
    const hash = auditEntryHash(content, prevHash);
    entries.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe("audit chain", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":1,"z":0}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("an intact chain verifies", () => {
    const result = findChainBreak(chain(5));
    expect(result).toMatchObject({ break: null, checked: 5 });
  });

  it("names the first altered entry", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, after: { amountFen: 999_999, nested: { a: 2, b: 1 } } };
    expect(findChainBreak(entries).break).toEqual({ seq: 3, reason: "hash" });
  });

  it("detects a removed entry and a re-hashed forgery", () => {
    const removed = chain(5).filter((e) => e.seq !== 2);
    expect(findChainBreak(removed).break).toEqual({ seq: 3, reason: "sequence" });

    const forged = chain(5);
    forged[1] = { ...forged[1]!, action: "forged" };
    forged[1].hash = auditEntryHash(forged[1], forged[1].prevHash); // forger recomputes this entry's hash…
    expect(findChainBreak(forged).break).toEqual({ seq: 3, reason: "prevHash" }); // …but the next one still points at the old one
  });

  it("reads a saved head back as it was published, and nothing else", () => {
    const head = { seq: 657, hash: "7fd45593d4ff6fb9d43191d12a594b7b9b39011b9f39e7cfe7035ad12dd315b0" };
    expect(parseChainHead(formatChainHead(head))).toEqual(head);
    expect(parseChainHead(` 657:${head.hash.toUpperCase()} `)).toEqual(head);
    for (const bad of [
      "",
      "657",
      `0:${head.hash}`,
      `-1:${head.hash}`,
      `657:${head.hash.slice(1)}`,
      `x:${head.hash}`,
    ])
      expect(parseChainHead(bad), bad).toBeNull();
  });
});
