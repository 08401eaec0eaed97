import { describe, expect, it } from "vitest";
import { buildReleases, ocdsValue } from "../../app/domain/ocds";
import { compileReleases, recordPackage } from "../../app/domain/ocds-packages";
import type { OcdsConfig, OcdsTaskSnapshot } from "../../app/domain/ocds-types";
import { fenToYuanString } from "../../app/domain/money";
import { readEnv } from "../../app/server/platform/env.server";
import { ocdsErrors } from "./ocds-schema";

const CONFIG: OcdsConfig = {
  prefix: "ocds-abc123",
  origin: "https://jiebang.example.cn",
  buyer: { name: "武汉市经济和信息化局", uscc: null },
};
const PUBLICATION = {
  publisher: { name: "武汉市经济和信息化局", uri: CONFIG.origin },
  license: "https://creativecommons.org/licenses/by/4.0/",
  publicationPolicy: `${CONFIG.origin}/open-data`,
};
const org = (id: number) => ({ id, name: `单位${id}`, uscc: `91420100MA4K00000${id}` });
const at = (iso: string) => new Date(iso);

/** A task whose only notice lost one of its two winners to an upheld objection; one payout paid, then returned. */
function snapshot(): OcdsTaskSnapshot {
  return {
    task: {
      code: "2025-AI-001",
      title: "智能巡检",
      domain: "ai",
      demandUnit: "某单位",
      district: "洪山区",
      scenarioNeed: "需求",
      goals: "目标",
      eligibility: "资格",
      bidDeadline: at("2025-03-31T09:00:00Z"),
      maxWinners: 2,
      status: "in_progress",
      publishedAt: at("2025-03-01T01:00:00Z"),
      cancelReason: null,
      listId: 7,
      listYear: 2025,
    },
    capFen: 200_000_000,
    cancelledAt: null,
    corrections: [],
    bids: [
      {
        id: 11,
        status: "selected",
        submittedAt: at("2025-03-20T00:00:00Z"),
        members: [{ org: org(1), role: "lead", shareBp: 10000 }],
      },
      {
        id: 12,
        status: "not_selected",
        submittedAt: at("2025-03-21T00:00:00Z"),
        members: [
          { org: org(2), role: "lead", shareBp: 5001 },
          { org: org(3), role: "member", shareBp: 4999 },
        ],
      },
    ],
    notices: [
      {
        id: 5,
        startsAt: at("2025-04-10T01:00:00Z"),
        status: "final",
        finalizedAt: at("2025-04-20T01:00:00Z"),
        revoked: [{ objectionId: 9, bidId: 12, at: at("2025-04-15T01:00:00Z") }],
      },
    ],
    projects: [{ id: 3, bidId: 11 }],
    awards: [{ projectId: 3, version: 2, payableFen: 123_456_789, approvedAt: at("2026-01-10T01:00:00Z") }],
    payments: [
      {
        stepId: 40,
        payoutId: 8,
        projectId: 3,
        payee: org(1),
        amountFen: 123_456_789,
        kind: "paid",
        at: at("2026-01-20T01:00:00Z"),
      },
      {
        stepId: 41,
        payoutId: 8,
        projectId: 3,
        payee: org(1),
        amountFen: 123_456_789,
        kind: "returned",
        at: at("2026-01-22T01:00:00Z"),
      },
    ],
  };
}

describe("OCDS builders", () => {
  it("turns integer fen into decimal yuan exactly", () => {
    for (let fen = -100_000; fen <= 100_000; fen += 7)
      expect(String(ocdsValue(fen).amount)).toBe(String(Number(fenToYuanString(fen))));
    for (const fen of [1, 10, 99, 12_345_678_901, 900_719_925_474_099]) {
      const [whole, cents] = fenToYuanString(fen).split(".");
      expect(JSON.stringify(ocdsValue(fen).amount)).toBe(
        cents === "00" ? whole : `${whole}.${cents!.replace(/0$/, "")}`,
      );
    }
    expect(ocdsValue(123_456_789)).toEqual({ amount: 1234567.89, currency: "CNY" });
  });

  it("publishes an upheld objection as a cancelled award, and a returned payment as a negative transaction", () => {
    const releases = buildReleases(snapshot(), CONFIG);
    expect(releases.map((r) => `${r.date.slice(0, 10)} ${r.tag.join("+")}`)).toEqual([
      "2025-03-01 tender",
      "2025-03-31 tenderUpdate",
      "2025-04-10 award",
      "2025-04-15 awardUpdate",
      "2025-04-20 awardUpdate+contract",
      "2026-01-10 awardUpdate+contractUpdate",
      "2026-01-20 implementation",
      "2026-01-22 implementation",
    ]);
    const pkg = recordPackage(
      PUBLICATION,
      `${CONFIG.origin}/api/v1/ocds/records/ocds-abc123-2025-AI-001`,
      releases,
    );
    expect(ocdsErrors("recordPackage", pkg)).toEqual([]);
    const compiled = compileReleases(releases) as unknown as {
      tender: { value: { amount: number } };
      awards: { id: string; status: string; value?: { amount: number } }[];
      contracts: { implementation: { transactions: { value: { amount: number } }[] } }[];
      parties: { id: string; roles: string[]; details?: { consortium: { share: string }[] } }[];
    };
    expect(compiled.tender.value.amount).toBe(4000000);
    expect(compiled.awards.map((a) => [a.id, a.status, a.value?.amount])).toEqual([
      ["award-11", "active", 1234567.89],
      ["award-12", "cancelled", undefined],
    ]);
    expect(compiled.contracts[0]!.implementation.transactions.map((t) => t.value.amount)).toEqual([
      1234567.89, -1234567.89,
    ]);
    expect(compiled.parties.find((p) => p.id === "buyer")!.roles).toEqual([
      "buyer",
      "procuringEntity",
      "payer",
    ]);
    expect(
      compiled.parties.find((p) => p.id === "CN-USCI-91420100MA4K000002")!.details!.consortium[0]!.share,
    ).toBe("50.01%");
  });

  it("identifies the buyer by its USCC when configured", () => {
    const releases = buildReleases(snapshot(), {
      ...CONFIG,
      buyer: { name: "某局", uscc: "11420100MB1234567X" },
    });
    const compiled = compileReleases(releases) as unknown as {
      buyer: { id: string };
      parties: { id: string; identifier?: { scheme: string } }[];
    };
    expect(compiled.buyer.id).toBe("CN-USCI-11420100MB1234567X");
    expect(compiled.parties[0]!.identifier!.scheme).toBe("CN-USCI");
  });
});

const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;

describe("OCDS_PREFIX", () => {
  it("defaults to the visible placeholder and accepts only ocds- + 6 lowercase letters or digits", () => {
    expect(readEnv(env({})).OCDS_PREFIX).toBe("ocds-xxxxxx");
    expect(readEnv(env({ OCDS_PREFIX: "ocds-213czf" })).OCDS_PREFIX).toBe("ocds-213czf");
    for (const bad of ["ocds-213cz", "ocds-213CZF", "ocds213czf", "ocds-213czf-1"])
      expect(() => readEnv(env({ OCDS_PREFIX: bad })), bad).toThrow(/OCDS_PREFIX/);
    expect(() => readEnv(env({ OCDS_BUYER_USCC: "91420100MA4K000001" }))).toThrow(/OCDS_BUYER_USCC/);
  });
});
