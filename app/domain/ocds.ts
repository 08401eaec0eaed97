import { fenToYuanString } from "./money";
import type { OcdsConfig, OcdsOrgRef, OcdsRelease, OcdsTaskSnapshot, TenderContent } from "./ocds-types";
import { orgRef, PartyBook, percent, suppliersOf, uniqueOrgs } from "./ocds-parties";
import { DOMAIN_LABEL } from "./task-domains";

/**
 * OCDS 1.1.5 releases of one challenge task (one contracting process, one ocid), built from its stored snapshot
 * only: every release id and date comes from a stored timestamp or row id (never the clock), so the same data
 * always gives byte-identical releases, and a release appears only when the data it reports appears.
 *
 *   tender              tasks.published_at          the task as published (status active)
 *   tenderUpdate        audit task.update after publication (a correction): the corrected tender
 *   tenderUpdate        tasks.bid_deadline          once bidding closed: bids.details + bids.statistics
 *   award               notices.starts_at           the selected bids, pending during the 公示 period
 *   awardUpdate         objections.resolved_at      an upheld objection cancels that selection
 *   awardUpdate+contract notices.finalized_at       the selection is final: awards active, one contract per project
 *   awardUpdate+contractUpdate awards.approved_at   the award of money approved: its payable amount (version in id)
 *   implementation      payout_steps.at             each payout paid (or returned: a negative transaction)
 *   tenderCancellation  audit task.cancel           the task was cancelled, with its published reason
 *                       (tasks.updated_at when no audit entry exists: a cancelled task changes no more)
 */

/**
 * The task's domain (app/domain/task-domains.ts) as the item classification: OCDS's itemClassificationScheme
 * codelist is open and no national scheme covers these programme domains, so the scheme is the programme's own.
 */
export const DOMAIN_SCHEME = "JIEBANG-DOMAIN";
export const BID_EXTENSION_URL =
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";

/** Integer fen → decimal yuan, exactly: parsed from the decimal string, so 1234.56 never becomes 1234.5600000001. */
export function ocdsValue(fen: number) {
  return { amount: Number(fenToYuanString(fen)), currency: "CNY" as const };
}

export function ocidOf(prefix: string, code: string): string {
  return `${prefix}-${code}`;
}

interface Event {
  at: Date;
  rank: number;
  key: string;
  build: (parties: PartyBook) => Omit<OcdsRelease, "ocid" | "id" | "date" | "initiationType">;
}

const iso = (date: Date) => date.toISOString();

function tenderOf(
  s: OcdsTaskSnapshot,
  content: TenderContent,
  status: string,
  config: OcdsConfig,
  buyer: OcdsOrgRef,
) {
  const label = DOMAIN_LABEL[content.domain];
  return {
    id: s.task.code,
    title: content.title,
    description: `【场景需求】${content.scenarioNeed}\n【建设目标】${content.goals}\n【需求单位】${content.demandUnit}（${content.district}）`,
    status,
    procuringEntity: buyer,
    items: [
      {
        id: "1",
        description: content.title,
        classification: {
          scheme: DOMAIN_SCHEME,
          id: content.domain,
          description: `${label.zh} / ${label.en}`,
        },
        quantity: 1,
      },
    ],
    // The most the city can pay on this task: the policy's ceiling per selected project (capFen, 2,000,000 yuan
    // under the 2022 policy) times the number of projects it may select (赛马).
    value: ocdsValue(s.capFen * content.maxWinners),
    procurementMethod: "open",
    procurementMethodDetails: "揭榜挂帅公开揭榜 / Open challenge call (jiebang guashuai)",
    mainProcurementCategory: "services",
    submissionMethod: ["electronicSubmission"],
    tenderPeriod: { startDate: iso(s.task.publishedAt), endDate: iso(content.bidDeadline) },
    eligibilityCriteria: content.eligibility,
    documents: [
      {
        id: "task-page",
        documentType: "tenderNotice",
        title: `${content.title}（任务公告 / task notice）`,
        url: `${config.origin}/tasks/${encodeURIComponent(s.task.code)}`,
        format: "text/html",
        language: "zh",
        datePublished: iso(s.task.publishedAt),
      },
      {
        id: `list-${s.task.listId}-csv`,
        documentType: "tenderNotice",
        title: `${s.task.listYear} 年度榜单（CSV）/ The ${s.task.listYear} list (CSV)`,
        url: `${config.origin}/lists/${s.task.listId}/export.csv`,
        format: "text/csv",
        language: "zh",
      },
    ],
  };
}

/** The tender status at a moment: cancelled, complete once a selection became final, else active. */
function tenderStatusAt(s: OcdsTaskSnapshot, at: Date): string {
  if (s.cancelledAt && s.cancelledAt <= at) return "cancelled";
  if (s.notices.some((n) => n.finalizedAt && n.finalizedAt <= at)) return "complete";
  return "active";
}

/** The bids a notice published as selected: the selections it still holds, and those an objection revoked. */
function selectedIn(s: OcdsTaskSnapshot, notice: OcdsTaskSnapshot["notices"][number]) {
  const revoked = new Set(notice.revoked.map((r) => r.bidId));
  return s.bids.filter((b) => revoked.has(b.id) || (notice.status !== "revoked" && b.status === "selected"));
}

function bidsSection(s: OcdsTaskSnapshot, at: Date, evaluated: boolean) {
  const statistics = [{ id: "bids", measure: "bids", value: s.bids.length, date: iso(at) }];
  if (evaluated)
    statistics.push({ id: "validBids", measure: "validBids", value: s.bids.length, date: iso(at) });
  return {
    statistics,
    // Who bid and when — never the content (plan, investment, team, attachments) nor any score.
    details: s.bids.map((bid) => ({
      id: `bid-${bid.id}`,
      date: iso(bid.submittedAt),
      status: evaluated ? "valid" : "pending",
      tenderers: bid.members.map((m) => orgRef(m.org)),
    })),
  };
}

function sharesText(bid: OcdsTaskSnapshot["bids"][number]): string {
  return bid.members
    .map(
      (m) => `${m.role === "lead" ? "牵头单位 lead" : "成员单位 member"} ${m.org.name} ${percent(m.shareBp)}`,
    )
    .join("；");
}

export function buildReleases(s: OcdsTaskSnapshot, config: OcdsConfig): OcdsRelease[] {
  const ocid = ocidOf(config.prefix, s.task.code);
  const events: Event[] = [];
  const first = s.corrections[0]?.before ?? s.task;
  const awardOfBid = (bidId: number) => `award-${bidId}`;

  events.push({
    at: s.task.publishedAt,
    rank: 0,
    key: "tender",
    build: (p) => ({
      tag: ["tender"],
      parties: [p.buyer("buyer", "procuringEntity")],
      buyer: p.buyerRef(),
      tender: tenderOf(s, first, "active", config, p.buyerRef()),
    }),
  });

  for (const c of s.corrections)
    events.push({
      at: c.at,
      rank: 1,
      key: `tender-correction-${c.seq}`,
      build: (p) => ({
        tag: ["tenderUpdate"],
        tender: tenderOf(s, c.after, tenderStatusAt(s, c.at), config, p.buyerRef()),
      }),
    });

  const deadline = (s.corrections.at(-1)?.after ?? s.task).bidDeadline;
  const closed =
    s.task.status !== "draft" &&
    s.task.status !== "published" &&
    !(s.cancelledAt && s.cancelledAt < deadline);
  if (closed)
    events.push({
      at: deadline,
      rank: 2,
      key: "bids",
      build: (p) => {
        const tenderers = uniqueOrgs(s.bids.flatMap((b) => b.members.map((m) => m.org)));
        return {
          tag: ["tenderUpdate"],
          parties: tenderers.map((org) => p.org(org, ["tenderer"])),
          tender: { id: s.task.code, numberOfTenderers: tenderers.length, tenderers: tenderers.map(orgRef) },
          bids: bidsSection(s, deadline, false),
        };
      },
    });

  for (const notice of s.notices) {
    const selected = selectedIn(s, notice);
    if (selected.length === 0) continue;
    const noticeDoc = {
      id: `notice-${notice.id}`,
      documentType: "awardNotice",
      title: "入选结果公示 / Public notice of the selection",
      url: `${config.origin}/notices/${notice.id}`,
      format: "text/html",
      language: "zh",
      datePublished: iso(notice.startsAt),
    };
    events.push({
      at: notice.startsAt,
      rank: 3,
      key: `award-notice-${notice.id}`,
      build: (p) => ({
        tag: ["award"],
        parties: suppliersOf(selected).map(({ org, consortium }) =>
          p.org(org, ["tenderer", "supplier"], { consortium }),
        ),
        awards: selected.map((bid) => ({
          id: awardOfBid(bid.id),
          title: `${s.task.title}（入选 / selected）`,
          description: `联合体份额 / consortium shares: ${sharesText(bid)}`,
          status: "pending",
          date: iso(notice.startsAt),
          suppliers: bid.members.map((m) => orgRef(m.org)),
          relatedBid: `bid-${bid.id}`,
          documents: [noticeDoc],
        })),
        bids: bidsSection(s, notice.startsAt, true),
      }),
    });
    for (const r of notice.revoked)
      events.push({
        at: r.at,
        rank: 4,
        key: `award-revoked-${r.objectionId}`,
        build: () => ({ tag: ["awardUpdate"], awards: [{ id: awardOfBid(r.bidId), status: "cancelled" }] }),
      });
    if (notice.status === "final" && notice.finalizedAt) {
      const at = notice.finalizedAt;
      const standing = selected.filter((b) => !notice.revoked.some((r) => r.bidId === b.id));
      events.push({
        at,
        rank: 5,
        key: `award-final-${notice.id}`,
        build: () => ({
          tag: ["awardUpdate", "contract"],
          tender: { id: s.task.code, status: "complete" },
          awards: standing.map((bid) => ({ id: awardOfBid(bid.id), status: "active" })),
          contracts: s.projects
            .filter((project) => standing.some((b) => b.id === project.bidId))
            .map((project) => ({
              id: `contract-${project.id}`,
              awardID: awardOfBid(project.bidId),
              title: `${s.task.title}（项目 / project）`,
              status: "active",
              period: { startDate: iso(at) },
            })),
        }),
      });
    }
  }

  const bidOfProject = new Map(s.projects.map((project) => [project.id, project.bidId]));
  for (const award of s.awards) {
    const bidId = bidOfProject.get(award.projectId);
    if (bidId === undefined) continue;
    events.push({
      at: award.approvedAt,
      rank: 6,
      key: `award-approved-${award.projectId}-v${award.version}`,
      build: () => ({
        tag: ["awardUpdate", "contractUpdate"],
        awards: [{ id: awardOfBid(bidId), value: ocdsValue(award.payableFen) }],
        contracts: [
          {
            id: `contract-${award.projectId}`,
            awardID: awardOfBid(bidId),
            value: ocdsValue(award.payableFen),
          },
        ],
      }),
    });
  }

  for (const pay of s.payments) {
    const bidId = bidOfProject.get(pay.projectId);
    if (bidId === undefined) continue;
    events.push({
      at: pay.at,
      rank: 7,
      key: `payout-${pay.payoutId}-step-${pay.stepId}`,
      build: (p) => ({
        tag: ["implementation"],
        parties: [p.buyer("payer"), p.org(pay.payee, ["payee"])],
        contracts: [
          {
            id: `contract-${pay.projectId}`,
            awardID: awardOfBid(bidId),
            implementation: {
              transactions: [
                {
                  id: `payout-${pay.payoutId}-step-${pay.stepId}`,
                  date: iso(pay.at),
                  // A returned payment is money back to the payer: a negative transaction (OCDS: a refund).
                  value: ocdsValue(pay.kind === "paid" ? pay.amountFen : -pay.amountFen),
                  payer: p.buyerRef(),
                  payee: orgRef(pay.payee),
                },
              ],
            },
          },
        ],
      }),
    });
  }

  if (s.task.status === "cancelled" && s.cancelledAt) {
    const at = s.cancelledAt;
    events.push({
      at,
      rank: 8,
      key: "tender-cancelled",
      build: () => ({
        tag: ["tenderCancellation"],
        tender: {
          id: s.task.code,
          status: "cancelled",
          amendments: [{ id: "cancellation", date: iso(at), rationale: s.task.cancelReason ?? "" }],
        },
      }),
    });
  }

  events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rank - b.rank || (a.key < b.key ? -1 : 1));
  const parties = new PartyBook(config);
  return events.map((event) => ({
    ocid,
    id: `${ocid}-${event.key}`,
    date: iso(event.at),
    initiationType: "tender" as const,
    language: "zh",
    ...event.build(parties),
  }));
}
