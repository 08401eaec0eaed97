import { reportProblems } from "../../domain/assessment";
import { msg } from "../../i18n/i18n";
import { auditProject, syncTaskStatus } from "./assessment.server";
import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../../db/client";
import {
  deleteEvidence,
  ensureReport,
  evidenceOf,
  findProject,
  findReport,
  insertEvidence,
  setProjectStatus,
  setReportStatus,
  updateReportContent,
} from "../../../db/repositories/assessment";
import { deleteProjectAttachment, insertAttachment } from "../../../db/repositories/bids";
import { indicatorsOf } from "../../../db/repositories/catalog";
import type { IndicatorResult } from "../../../db/schema";
import type { OrgActor } from "../platform/actor.server";
import { fileStorage, recordWithFile } from "../files/storage.server";
import { attachmentRoomProblem } from "../files/attachment-limits.server";
import { attachmentFacts, type PdfUpload } from "../files/uploads.server";
import { fail, type Outcome } from "../platform/outcome.server";

/* ---------- completion report (the consortium's lead) ---------- */

/**
 * Runs `work` in one transaction on the lead's project (row locked) while it is still in progress: the
 * completion report and its evidence change only then.
 */
export async function asLeadInProgress<T>(
  actor: OrgActor,
  projectId: number,
  work: (trx: DbOrTrx, project: NonNullable<Awaited<ReturnType<typeof findProject>>>) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const project = await findProject(trx, projectId, { lock: true });
      if (!project || project.leadOrgId !== actor.organization.id) return fail("err.project.notFound");
      if (project.status !== "in_progress") return fail("err.report.notEditable");
      return work(trx, project);
    });
}

export async function saveCompletionReport(
  actor: OrgActor,
  projectId: number,
  input: { actualInvestmentFen: number; summary: string; indicatorResults: IndicatorResult[] },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLeadInProgress(actor, projectId, async (trx) => {
    await ensureReport(trx, projectId);
    if (!(await updateReportContent(trx, projectId, input, now))) return fail("err.report.notEditable");
    await auditProject(trx, actor, "report.save", projectId, {
      actualInvestmentFen: input.actualInvestmentFen,
    });
    return { ok: true as const, value: null };
  });
}

/** An evidence line, with its PDF (contract or invoice) when one is uploaded. */
export async function addInvestmentEvidence(
  actor: OrgActor,
  projectId: number,
  line: { spentOn: string; counterparty: string; reference: string; amountFen: number },
  upload: PdfUpload | null = null,
): Promise<Outcome<null>> {
  const storageKey = `projects/${projectId}/${randomUUID()}.pdf`;
  const record = (write: () => Promise<void>) =>
    asLeadInProgress(actor, projectId, async (trx) => {
      await ensureReport(trx, projectId);
      let attachment = null;
      if (upload) {
        // Under the project's row lock, so concurrent uploads cannot overrun the count or the total.
        const full = await attachmentRoomProblem(trx, { projectId }, upload.sizeBytes);
        if (full) return full;
        await write();
        attachment = await insertAttachment(trx, {
          ...attachmentFacts(upload, storageKey, actor.id),
          projectId,
        });
      }
      const row = await insertEvidence(trx, { projectId, ...line, attachmentId: attachment?.id ?? null });
      await auditProject(trx, actor, "report.evidence.add", projectId, {
        ...row,
        sha256: upload?.sha256 ?? null,
      });
      return { ok: true as const, value: null };
    });
  return upload
    ? recordWithFile(storageKey, upload.bytes, record)
    : record(async () => {
        throw new Error("addInvestmentEvidence: nothing to write");
      });
}

export async function removeInvestmentEvidence(
  actor: OrgActor,
  projectId: number,
  evidenceId: number,
): Promise<Outcome<null>> {
  const outcome = await asLeadInProgress(actor, projectId, async (trx) => {
    const removed = await deleteEvidence(trx, projectId, evidenceId);
    if (!removed) return fail("err.report.noSuchEvidence");
    const file = removed.attachmentId
      ? await deleteProjectAttachment(trx, projectId, removed.attachmentId)
      : null;
    await auditProject(trx, actor, "report.evidence.remove", projectId, { evidenceId });
    return { ok: true as const, value: file?.storageKey ?? null };
  });
  if (!outcome.ok) return outcome;
  if (outcome.value) await fileStorage().delete(outcome.value);
  return { ok: true, value: null };
}

export async function submitCompletionReport(
  actor: OrgActor,
  projectId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLeadInProgress(actor, projectId, async (trx, project) => {
    const [report, evidence, indicators] = await Promise.all([
      findReport(trx, projectId, { lock: true }),
      evidenceOf(trx, projectId),
      indicatorsOf(trx, project.taskId),
    ]);
    const problems = reportProblems(
      report ?? null,
      evidence.reduce((s, e) => s + e.amountFen, 0),
      indicators.length,
    );
    if (problems.length)
      return {
        ok: false as const,
        formError: msg("err.report.incomplete"),
        fieldErrors: { report: problems },
      };
    await setReportStatus(trx, projectId, ["draft", "returned"], "submitted", {
      submittedAt: now,
      updatedAt: now,
    });
    await setProjectStatus(trx, projectId, "in_progress", "completion_submitted");
    await syncTaskStatus(trx, actor, project);
    await auditProject(trx, actor, "report.submit", projectId, {
      actualInvestmentFen: report!.actualInvestmentFen,
      evidence: evidence.map((e) => ({ id: e.id, amountFen: e.amountFen, reference: e.reference })),
    });
    return { ok: true as const, value: null };
  });
}
