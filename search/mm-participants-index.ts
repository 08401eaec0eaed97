import type { DbOrTrx } from "../db/client";
import {
  allValidatedRegistrations,
  attendeesPublic,
  itemsOfRegistrations,
  validatedRegistrationsByIds,
  type ParticipantRow,
} from "../db/repositories/mm-registration";
import { CITY_WIDE, SD_DOMAIN_LABEL, SD_DOMAINS, isSdDomain } from "../app/domain/supply-demand";
import type { IndexDefinition, SearchDocument } from "./engine";
import { TASK_INDEX } from "./task-index";

/**
 * The conference's participant list (issue 14): one document per VALIDATED registration, id = registration id.
 * It holds what the list shows to other participants — the organization, its attendees' names and job titles,
 * the items it brings — and never a phone, an e-mail, a check-in code or a calendar token.
 *
 * The port's fields are scalars, so the items' domains are one flag attribute per domain (`d_<domain>`: "yes"
 * or absent) and their kinds one attribute `kinds` (demand | supply | both | none); the district facet is the
 * organization's district.
 */
export const MM_PARTICIPANTS_UID = "mm_participants";

export const domainFlag = (domain: string) => `d_${domain}`;
export const DOMAIN_FLAGS = SD_DOMAINS.map(domainFlag);

export const MM_PARTICIPANTS_INDEX: IndexDefinition = {
  uid: MM_PARTICIPANTS_UID,
  primaryKey: "id",
  searchableAttributes: [
    "organizationName",
    "attendeeNames",
    "itemTitles",
    "attendeeTitles",
    "itemCodes",
    "domainLabels",
    "itemSummaries",
    "district",
    "itemDistricts",
  ],
  filterableAttributes: ["eventId", "kinds", "district", ...DOMAIN_FLAGS],
  sortableAttributes: ["validatedAtTs"],
  synonymGroups: TASK_INDEX.synonymGroups,
  chineseAttributes: [
    "organizationName",
    "attendeeNames",
    "itemTitles",
    "attendeeTitles",
    "domainLabels",
    "itemSummaries",
    "district",
    "itemDistricts",
  ],
};

export type ParticipantKinds = "demand" | "supply" | "both" | "none";

export interface ParticipantForIndex extends ParticipantRow {
  attendees: { name: string; jobTitle: string }[];
  items: {
    code: string;
    kind: "demand" | "supply";
    title: string;
    summary: string;
    domain: string;
    district: string | null;
  }[];
}

export function participantDocument(p: ParticipantForIndex): SearchDocument {
  const kinds = new Set(p.items.map((i) => i.kind));
  const domains = new Set(p.items.map((i) => i.domain).filter(isSdDomain));
  const document: SearchDocument = {
    id: String(p.id),
    eventId: p.eventId,
    organizationId: p.organizationId,
    organizationName: p.organizationName,
    district: p.district || CITY_WIDE,
    attendeeNames: p.attendees.map((a) => a.name).join(" "),
    attendeeTitles: p.attendees.map((a) => a.jobTitle).join(" "),
    itemCodes: p.items.map((i) => i.code).join(" "),
    itemTitles: p.items.map((i) => i.title).join(" "),
    itemSummaries: p.items.map((i) => i.summary).join(" "),
    itemDistricts: [...new Set(p.items.map((i) => i.district ?? CITY_WIDE))].join(" "),
    domainLabels: [...domains].map((d) => `${SD_DOMAIN_LABEL[d].zh} ${SD_DOMAIN_LABEL[d].en}`).join(" "),
    kinds: kinds.size === 2 ? "both" : kinds.size === 0 ? "none" : [...kinds][0]!,
    itemCount: p.items.length,
    validatedAtTs: p.reviewedAt?.getTime() ?? 0,
  };
  for (const domain of domains) document[domainFlag(domain)] = "yes";
  return document;
}

async function withDetails(db: DbOrTrx, rows: ParticipantRow[]): Promise<ParticipantForIndex[]> {
  const ids = rows.map((r) => r.id);
  const [attendees, items] = await Promise.all([attendeesPublic(db, ids), itemsOfRegistrations(db, ids)]);
  return rows.map((row) => ({
    ...row,
    attendees: attendees.filter((a) => a.registrationId === row.id),
    items: items.filter((i) => i.registrationId === row.id),
  }));
}

/** Documents of the validated registrations among `ids` (an id not returned leaves the index). */
export async function participantDocumentsByIds(db: DbOrTrx, ids: readonly string[]) {
  const numeric = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const rows = await validatedRegistrationsByIds(db, numeric);
  return (await withDetails(db, rows)).map(participantDocument);
}

export async function* allParticipantDocuments(db: DbOrTrx) {
  for await (const page of allValidatedRegistrations(db))
    yield (await withDetails(db, page)).map(participantDocument);
}
