import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  batchCandidates,
  batchesOfYear,
  batchYears,
  findBatch,
  membersOfBatches,
} from "../../../../db/repositories/sd-list";
import { pageFromUrl } from "../../../forms/pagination";
import { isSdDomain, SD_KINDS, type SdKind } from "../../../domain/supply-demand";
import { parseListYear } from "../../../domain/sd-list";
import { shanghaiDate } from "../../../domain/time";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { fail } from "../../platform/outcome.server";
import { idParam } from "../../platform/params.server";
import { addItems, createBatch, discardBatch, moveItem, publishBatch, removeItem } from "./batches.server";
import { listRow } from "./public-list.server";

/* ---------- /staff/supply-demand/batches ---------- */

export async function batchesPageLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const url = new URL(request.url);
  const currentYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const year = parseListYear(url.searchParams.get("year")) ?? currentYear;
  const db = getDb();
  const [years, batches] = await Promise.all([batchYears(db), batchesOfYear(db, year)]);
  const shownYears = [...new Set([currentYear, currentYear - 1, ...years, year])].sort((a, b) => b - a);
  return {
    year,
    years: shownYears,
    batches: batches.map((b) => ({ ...b, itemCount: Number(b.itemCount ?? 0) })),
  };
}

export async function batchesPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const form = await request.formData();
  const year = Number(form.get("year"));
  const outcome = await createBatch(actor, year);
  if (!outcome.ok) return actionReply("create", outcome);
  return redirect(`/staff/supply-demand/batches/${outcome.value.id}`);
}

/* ---------- /staff/supply-demand/batches/:id ---------- */

const CANDIDATES_PER_PAGE = 20;

export interface CandidateSearch {
  kind: SdKind | "";
  domain: string;
  district: string;
  q: string;
  page: number;
}

function candidateSearch(url: URL): CandidateSearch {
  const kind = url.searchParams.get("kind") ?? "";
  const domain = url.searchParams.get("domain") ?? "";
  return {
    kind: (SD_KINDS as readonly string[]).includes(kind) ? (kind as SdKind) : "",
    domain: isSdDomain(domain) ? domain : "",
    district: (url.searchParams.get("district") ?? "").trim().slice(0, 40),
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
    page: pageFromUrl(url, "page"),
  };
}

export async function batchPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const db = getDb();
  const batch = await findBatch(db, idParam(params.id));
  if (!batch) throw notFound();
  const members = await membersOfBatches(db, [batch.id]);
  const search = candidateSearch(new URL(request.url));
  const candidates =
    batch.status === "draft"
      ? await batchCandidates(db, {
          year: batch.year,
          kind: search.kind || null,
          domain: search.domain || null,
          district: search.district || null,
          q: search.q,
          limit: CANDIDATES_PER_PAGE,
          offset: (search.page - 1) * CANDIDATES_PER_PAGE,
        })
      : { rows: [], total: 0 };
  return {
    batch: {
      id: batch.id,
      year: batch.year,
      number: batch.number,
      status: batch.status,
      publishedOn: batch.publishedOn,
      publishedAt: batch.publishedAt,
      composerName: batch.composerName,
      publisherName: batch.publisherName,
    },
    // Who may sign as publisher: any staff member but the composer.
    viewerIsComposer: batch.composedBy === user.id,
    members: members.map((m) => ({ ...listRow(m), itemId: m.itemId, revisionId: m.revisionId })),
    candidates: candidates.rows.map((c) => ({ ...c, district: c.district ?? null })),
    candidateTotal: candidates.total,
    candidatesPerPage: CANDIDATES_PER_PAGE,
    search,
    today: shanghaiDate(new Date()),
  };
}

function ids(values: FormDataEntryValue[]): number[] {
  return values.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
}

export async function batchPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const batchId = idParam(params.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const itemId = Number(form.get("itemId"));
  switch (intent) {
    case "add":
      return actionReply("add", await addItems(actor, batchId, ids(form.getAll("itemId"))));
    case "remove":
      return actionReply("member", await removeItem(actor, batchId, itemId), { target: itemId });
    case "up":
    case "down":
      return actionReply("member", await moveItem(actor, batchId, itemId, intent), { target: itemId });
    case "publish":
      return actionReply(
        "publish",
        await publishBatch(actor, batchId, String(form.get("publishedOn") ?? "")),
      );
    case "discard": {
      const outcome = await discardBatch(actor, batchId);
      if (!outcome.ok) return actionReply("discard", outcome);
      return redirect(`/staff/supply-demand/batches?year=${outcome.value.year}`);
    }
    default:
      return actionReply("unknown", fail("err.sdList.unknownIntent"));
  }
}
