import type { OcdsConfig, OcdsOrg, OcdsOrgRef, OcdsTaskSnapshot } from "./ocds-types";

/**
 * Parties of a contracting process, identified by 统一社会信用代码 under org-id.guide's scheme CN-USCI
 * ("Unified Social Credit Identifier", confirmed, not deprecated: https://org-id.guide/list/CN-USCI, from
 * github.com/org-id/register lists/cn/cn-usci.json). The party id is "CN-USCI-<code>", the same in every process.
 */
export const USCC_SCHEME = "CN-USCI";
export function partyIdOf(uscc: string): string {
  return `${USCC_SCHEME}-${uscc}`;
}

const ROLE_ORDER = ["buyer", "procuringEntity", "payer", "tenderer", "supplier", "payee"] as const;
export type Role = (typeof ROLE_ORDER)[number];

/** Parties seen so far in this process and the roles each has had: a release lists a party with all its roles to date. */
export class PartyBook {
  private roles = new Map<string, Set<Role>>();
  constructor(private readonly config: OcdsConfig) {}

  buyerRef(): OcdsOrgRef {
    const { uscc, name } = this.config.buyer;
    return { id: uscc ? partyIdOf(uscc) : "buyer", name };
  }

  buyer(...roles: Role[]): Record<string, unknown> {
    const ref = this.buyerRef();
    const { uscc } = this.config.buyer;
    return {
      ...ref,
      ...(uscc ? { identifier: { scheme: USCC_SCHEME, id: uscc, legalName: ref.name } } : {}),
      roles: this.add(ref.id, roles),
    };
  }

  org(org: OcdsOrg, roles: Role[], details?: Record<string, unknown>): Record<string, unknown> {
    const id = partyIdOf(org.uscc);
    return {
      id,
      name: org.name,
      identifier: { scheme: USCC_SCHEME, id: org.uscc, legalName: org.name },
      roles: this.add(id, roles),
      ...(details ? { details } : {}),
    };
  }

  private add(id: string, roles: Role[]): string[] {
    const set = this.roles.get(id) ?? new Set<Role>();
    for (const role of roles) set.add(role);
    this.roles.set(id, set);
    return ROLE_ORDER.filter((role) => set.has(role));
  }
}

export const orgRef = (org: OcdsOrg): OcdsOrgRef => ({ id: partyIdOf(org.uscc), name: org.name });
export const percent = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, "0")}%`;

export function uniqueOrgs(orgs: OcdsOrg[]): OcdsOrg[] {
  const seen = new Map<number, OcdsOrg>();
  for (const org of orgs) if (!seen.has(org.id)) seen.set(org.id, org);
  return [...seen.values()];
}

/** Each supplier once, with its role and share (basis points and percent) in every consortium it carries. */
export function suppliersOf(bids: OcdsTaskSnapshot["bids"]) {
  const byOrg = new Map<number, { org: OcdsOrg; consortium: Record<string, unknown>[] }>();
  for (const bid of bids)
    for (const m of bid.members) {
      const entry = byOrg.get(m.org.id) ?? { org: m.org, consortium: [] };
      entry.consortium.push({
        bid: `bid-${bid.id}`,
        role: m.role,
        shareBp: m.shareBp,
        share: percent(m.shareBp),
      });
      byOrg.set(m.org.id, entry);
    }
  return [...byOrg.values()];
}
