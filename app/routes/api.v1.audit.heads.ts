import { auditHeadsApiLoader } from "../server/audit/audit-page.server";

export const loader = auditHeadsApiLoader;
