import { msg, type Message } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import { Form, useRevalidator } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useI18n, useRootData } from "../i18n/use-i18n";
import { readImportAnswer, type ImportResult } from "../forms/import";
import { CsrfInput } from "./forms";

const MAX_MB = 10;

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "processing" };

/** Where an import posts and what it says: a list's tasks by default, or another import (supply–demand items). */
export type ImportTarget = {
  path: string;
  template: string;
  heading: MessageKey;
  lead: MessageKey;
  done: MessageKey;
};

const listTarget = (listId: number): ImportTarget => ({
  path: `/staff/lists/${listId}/import`,
  template: "/staff/template.xlsx",
  heading: "list.import",
  lead: "list.importLead",
  done: "list.importDone",
});

/**
 * Upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not). Without JavaScript the
 * same form posts to the page's action and the result comes back with the page.
 */
export function ImportPanel({
  listId,
  target: given,
  initialResult,
}: {
  listId?: number;
  target?: ImportTarget;
  initialResult: ImportResult | null;
}) {
  const target = given ?? listTarget(listId ?? 0);
  const { t, tError, locale } = useI18n();
  const csrfToken = useRootData()?.csrfToken ?? "";
  const revalidator = useRevalidator();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [result, setResult] = useState<ImportResult | null>(initialResult);
  const [problem, setProblem] = useState<Message | string | null>(null);

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    const xhr = new XMLHttpRequest();
    const path = target.path;
    xhr.open("POST", path);
    xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        setPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => setPhase({ kind: "processing" });
    xhr.onload = () => {
      setPhase({ kind: "idle" });
      const answer = readImportAnswer(
        { status: xhr.status, url: xhr.responseURL, text: xhr.responseText },
        path,
        locale,
      );
      if ("problem" in answer) return setProblem(answer.problem);
      setResult(answer.result);
      if (answer.result.ok) revalidator.revalidate();
    };
    xhr.onerror = () => {
      setPhase({ kind: "idle" });
      setProblem(msg("err.import.network"));
    };
    setResult(null);
    setProblem(null);
    setPhase({ kind: "uploading", percent: 0 });
    xhr.send(body);
  }

  const busy = phase.kind !== "idle";
  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t(target.heading)}</h2>
      <p className="hint">{t(target.lead)}</p>
      <p>
        <a href={target.template} download>
          {t("list.template")}
        </a>
      </p>
      <Form method="post" encType="multipart/form-data" onSubmit={upload}>
        <CsrfInput />
        <div className="field">
          <label htmlFor="import-file">{t("list.importFile", { max: MAX_MB })}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
          {t("list.importSubmit")}
        </button>
      </Form>
      <div aria-live="polite">
        {phase.kind === "uploading" ? (
          <p>
            <progress className="progress" max={100} value={phase.percent} />{" "}
            {t("list.uploading", { percent: phase.percent })}
          </p>
        ) : phase.kind === "processing" ? (
          <p>
            <progress className="progress" /> {t("list.processing")}
          </p>
        ) : null}
        {problem !== null ? (
          <p role="alert" className="alert alert-error">
            {tError(problem)}
          </p>
        ) : null}
        {result?.ok ? (
          <div role="status" className="alert alert-ok">
            <p>{t(target.done, { count: result.created })}</p>
            {result.warnings?.length ? (
              <>
                <p>{t("list.importWarnings", { count: result.warnings.length })}</p>
                <ul className="import-warnings">
                  {result.warnings.map((warning, index) => (
                    <li key={index}>
                      {[
                        warning.sheet,
                        warning.row && t("list.rowNumber", { row: warning.row }),
                        warning.column,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                      {": "}
                      {tError(warning.message)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {result && !result.ok ? (
          <div role="alert" className="alert alert-error">
            <p>{t("list.importFailed", { count: result.errors.length + (result.moreErrors ?? 0) })}</p>
            {result.moreErrors ? (
              <p>
                {t("list.errorsCut", {
                  shown: result.errors.length,
                  count: result.errors.length + result.moreErrors,
                })}
              </p>
            ) : null}
            <div className="table-wrap" tabIndex={0}>
              <table className="error-table">
                <thead>
                  <tr>
                    <th scope="col">{t("list.sheet")}</th>
                    <th scope="col">{t("list.row")}</th>
                    <th scope="col">{t("list.column")}</th>
                    <th scope="col">{t("list.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((error, index) => (
                    <tr key={index}>
                      <td>{error.sheet || "—"}</td>
                      <td>{error.row ?? "—"}</td>
                      <td>{error.column ?? "—"}</td>
                      <td>{tError(error.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
