import { getDb } from "../../../../db/client";
import { attendeesPublic, itemsOfRegistrations } from "../../../../db/repositories/mm-registration";
import { toSimplified } from "../../../../search/chinese";
import { domainFlag, MM_PARTICIPANTS_UID } from "../../../../search/mm-participants-index";
import { searchEngine } from "../../../../search/runtime";
import { isDistrict } from "../../../domain/districts";
import { CITY_WIDE, SD_DOMAINS, isSdDomain, type SdDomain } from "../../../domain/supply-demand";

/**
 * The participant list's search (issue 14), on the same engine as the items: free text, facets domain (of the
 * items brought), kind (demand / supply) and district (of the organization), one event at a time. The engine
 * answers which registrations and in what order; their attendees (name and job title only) and items come from
 * PostgreSQL.
 */

export const PARTICIPANTS_PER_PAGE = 20;
const Q_MAX = 100;

export interface ParticipantSearch {
  q: string;
  domain: SdDomain | null;
  kind: "demand" | "supply" | null;
  district: string | null;
  page: number;
}

/** Unknown values are ignored (a stale bookmark still shows the list). */
export function parseParticipantSearch(url: URL): ParticipantSearch {
  const p = url.searchParams;
  const domain = p.get("domain") ?? "";
  const kind = p.get("kind");
  const district = p.get("district") ?? "";
  const page = Number(p.get("page"));
  return {
    q: (p.get("q") ?? "").trim().slice(0, Q_MAX),
    domain: isSdDomain(domain) ? domain : null,
    kind: kind === "demand" || kind === "supply" ? kind : null,
    district: isDistrict(district) || district === CITY_WIDE ? district : null,
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
  };
}

const KIND_VALUES = { demand: ["demand", "both"], supply: ["supply", "both"] } as const;

export interface ParticipantCard {
  registrationId: number;
  organizationId: number;
  organizationName: string;
  /** With match markers (see components/highlight). */
  organizationNameFormatted: string;
  district: string;
  attendees: { id: number; name: string; jobTitle: string }[];
  items: { code: string; kind: "demand" | "supply"; domain: string; title: string; status: string }[];
}

export async function searchParticipants(eventId: number, search: ParticipantSearch) {
  const engine = await searchEngine();
  const filters: Record<string, (string | number)[]> = { eventId: [eventId] };
  if (search.kind) filters.kinds = [...KIND_VALUES[search.kind]];
  if (search.district) filters.district = [search.district];
  if (search.domain) filters[domainFlag(search.domain)] = ["yes"];
  const result = await engine.search(MM_PARTICIPANTS_UID, {
    q: toSimplified(search.q),
    filters,
    facets: ["kinds", "district", ...SD_DOMAINS.map(domainFlag)],
    sort: search.q === "" ? { attribute: "validatedAtTs", direction: "asc" } : null,
    page: search.page,
    hitsPerPage: PARTICIPANTS_PER_PAGE,
    highlight: ["organizationName"],
  });
  const ids = result.hits.map((h) => Number(h.id));
  const db = getDb();
  const [attendees, items] = await Promise.all([attendeesPublic(db, ids), itemsOfRegistrations(db, ids)]);
  const cards: ParticipantCard[] = result.hits.map((hit) => {
    const id = Number(hit.id);
    return {
      registrationId: id,
      organizationId: Number(hit.organizationId),
      organizationName: String(hit.organizationName ?? ""),
      organizationNameFormatted: hit._formatted.organizationName ?? String(hit.organizationName ?? ""),
      district: String(hit.district ?? ""),
      attendees: attendees
        .filter((a) => a.registrationId === id)
        .map((a) => ({ id: a.id, name: a.name, jobTitle: a.jobTitle })),
      items: items
        .filter((i) => i.registrationId === id)
        .map((i) => ({ code: i.code, kind: i.kind, domain: i.domain, title: i.title, status: i.status })),
    };
  });
  const kinds = result.facets.kinds ?? {};
  const facets = {
    kind: {
      demand: (kinds.demand ?? 0) + (kinds.both ?? 0),
      supply: (kinds.supply ?? 0) + (kinds.both ?? 0),
    },
    district: result.facets.district ?? {},
    domain: Object.fromEntries(
      SD_DOMAINS.map((d) => [d, result.facets[domainFlag(d)]?.yes ?? 0]).filter(([, n]) => Number(n) > 0),
    ) as Record<string, number>,
  };
  return { cards, facets, total: result.totalHits, page: result.page };
}
