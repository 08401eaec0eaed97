import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { shanghaiDate } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { DemoBadge } from "./labels";
import { RichText } from "./rich-text";
import { SdKindBadge, SdStatusBadge, useSdLabels } from "./sd-labels";

/** An item as the public item page shows it (the published revision; contacts are not part of it). */
export interface SdItemView {
  code: string;
  kind: "demand" | "supply";
  year: number;
  status: "published" | "closed";
  closeReason: string | null;
  duplicateOf: { code: string; title: string } | null;
  convertedTask: { code: string; title: string; public: boolean } | null;
  isDemo: boolean;
  organization: { name: string; type: string };
  revision: number;
  publishedAt: string | null;
  updatedAt: string | null;
  expiresAt: string | null;
  title: string;
  summary: string;
  description: string;
  domain: string;
  tags: string[];
  district: string | null;
  category: string | null;
  expectedOutcome: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  wantedBy: string | null;
  supplyKind: string | null;
  maturity: string | null;
  deployedCustomers: number | null;
  referenceCases: string | null;
  districtsServed: string[];
  priceMinFen: number | null;
  priceMaxFen: number | null;
  attachments: { id: number; fileName: string; sizeBytes: number }[];
}

const day = (iso: string | null) => (iso ? shanghaiDate(new Date(iso)) : "—");

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Header, status notices and every public field of an item. */
export function SdItemDetail({ item }: { item: SdItemView }) {
  const { t } = useI18n();
  const labels = useSdLabels();
  const demand = item.kind === "demand";
  const department = item.organization.type === "government_unit";
  return (
    <>
      <header className="task-header">
        <p className="task-meta">
          <SdKindBadge kind={item.kind} /> <span className="mono">{item.code}</span>{" "}
          <SdStatusBadge status={item.status} />
          {item.isDemo ? (
            <>
              {" "}
              <DemoBadge />
            </>
          ) : null}
        </p>
        <h1>{item.title}</h1>
        <p className="sd-org">
          {item.organization.name}{" "}
          {department ? (
            <span className="tag sd-department">{t("sdItem.department")}</span>
          ) : (
            <span className="tag">{t(`orgType.${item.organization.type as "enterprise"}`)}</span>
          )}
        </p>
        {item.status === "closed" && item.closeReason ? (
          <div className="alert sd-closed">
            <p>{t("sdItem.closed", { reason: labels.closeReason(item.closeReason) })}</p>
            {item.duplicateOf ? (
              <p>
                {t("sdItem.duplicateOf")}{" "}
                <Link to={`/supply-demand/${item.duplicateOf.code}`}>
                  <span className="mono">{item.duplicateOf.code}</span> {item.duplicateOf.title}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
        {item.convertedTask ? (
          <p className="alert alert-ok">
            {item.convertedTask.public ? (
              <Link to={`/tasks/${item.convertedTask.code}`}>
                {t("sdItem.convertedToTask", { code: item.convertedTask.code })}
              </Link>
            ) : (
              t("sdItem.convertedToTask", { code: item.convertedTask.code })
            )}
          </p>
        ) : null}
      </header>
      <dl className="facts">
        <Fact label={t("sdItem.organization")}>{item.organization.name}</Fact>
        {demand ? (
          <Fact label={t("sdItem.district")}>{labels.district(item.district)}</Fact>
        ) : (
          <Fact label={t("sdItem.districtsServed")}>
            {item.districtsServed.length > 0
              ? item.districtsServed.map((d) => labels.district(d)).join("、")
              : labels.district(null)}
          </Fact>
        )}
        <Fact label={t("sdItem.domain")}>{labels.domain(item.domain)}</Fact>
        {demand && item.category ? (
          <Fact label={t("sdItem.category")}>{labels.category(item.category)}</Fact>
        ) : null}
        {demand ? (
          <Fact label={t("sdItem.budget")}>{labels.range(item.budgetMinFen, item.budgetMaxFen)}</Fact>
        ) : (
          <Fact label={t("sdItem.price")}>{labels.range(item.priceMinFen, item.priceMaxFen)}</Fact>
        )}
        {demand && item.wantedBy ? <Fact label={t("sdItem.wantedBy")}>{item.wantedBy}</Fact> : null}
        {!demand && item.supplyKind ? (
          <Fact label={t("sdItem.supplyKind")}>{labels.supplyKind(item.supplyKind)}</Fact>
        ) : null}
        {!demand && item.maturity ? (
          <Fact label={t("sdItem.maturity")}>
            {labels.maturity(item.maturity)}
            {item.maturity === "deployed" && item.deployedCustomers
              ? ` (${t("sdItem.deployedAt", { count: item.deployedCustomers })})`
              : ""}
          </Fact>
        ) : null}
        <Fact label={t("sdItem.publishedAt")}>{day(item.publishedAt)}</Fact>
        {item.status === "published" && item.expiresAt ? (
          <Fact label={t("sdItem.expiresAt")}>{day(item.expiresAt)}</Fact>
        ) : null}
        <Fact label={t("sdItem.revision")}>
          {t("sdItem.revisionValue", { number: item.revision, date: day(item.updatedAt) })}
        </Fact>
      </dl>
      {item.tags.length > 0 ? (
        <section aria-labelledby="sd-tags">
          <h2 id="sd-tags" className="visually-hidden">
            {t("sdItem.tags")}
          </h2>
          <ul className="sd-tags">
            {item.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t("sdItem.summary")}</h2>
        <p>{item.summary}</p>
      </section>
      <section>
        <h2>{t("sdItem.description")}</h2>
        <RichText text={item.description} />
      </section>
      {demand && item.expectedOutcome ? (
        <section>
          <h2>{t("sdItem.expectedOutcome")}</h2>
          <RichText text={item.expectedOutcome} />
        </section>
      ) : null}
      {!demand && item.referenceCases ? (
        <section>
          <h2>{t("sdItem.referenceCases")}</h2>
          <RichText text={item.referenceCases} />
        </section>
      ) : null}
      {item.attachments.length > 0 ? (
        <section>
          <h2>{t("sdItem.attachments")}</h2>
          <ul>
            {item.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/supply-demand/${item.code}/files/${a.id}`} download>
                  {a.fileName}
                </a>{" "}
                <span className="hint">({t("sdItem.attachmentSize", { size: sizeText(a.sizeBytes) })})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
