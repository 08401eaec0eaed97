import { type PublicTaskRow } from "../db/repositories/search";
import { DOMAIN_LABEL, isTaskDomain } from "../app/domain/task-domains";
import { toShanghaiIso } from "../app/domain/time";
import type { SearchDocument } from "./engine";
import { taskDocument } from "./task-index";

export function documentOf(row: PublicTaskRow): SearchDocument {
  return taskDocument({
    ...row,
    domainLabel: isTaskDomain(row.domain)
      ? `${DOMAIN_LABEL[row.domain].zh} ${DOMAIN_LABEL[row.domain].en}`
      : row.domain,
    bidDeadlineIso: toShanghaiIso(row.bidDeadline),
  });
}
