export const TASK_DOMAINS = [
  "ai",
  "5g",
  "industrial_internet",
  "blockchain",
  "metaverse",
  "big_data",
  "cloud_computing",
  "other",
] as const;

export type TaskDomain = (typeof TASK_DOMAINS)[number];

/** The middle part of a task code, e.g. 2024-AI-003. */
export const DOMAIN_CODE: Record<TaskDomain, string> = {
  ai: "AI",
  "5g": "5G",
  industrial_internet: "IIOT",
  blockchain: "BC",
  metaverse: "MV",
  big_data: "BD",
  cloud_computing: "CC",
  other: "OT",
};

export const DOMAIN_LABEL: Record<TaskDomain, { zh: string; en: string }> = {
  ai: { zh: "人工智能", en: "Artificial intelligence" },
  "5g": { zh: "5G", en: "5G" },
  industrial_internet: { zh: "工业互联网", en: "Industrial internet" },
  blockchain: { zh: "区块链", en: "Blockchain" },
  metaverse: { zh: "元宇宙", en: "Metaverse" },
  big_data: { zh: "大数据", en: "Big data" },
  cloud_computing: { zh: "云计算", en: "Cloud computing" },
  other: { zh: "其他", en: "Other" },
};

export function isTaskDomain(value: string): value is TaskDomain {
  return (TASK_DOMAINS as readonly string[]).includes(value);
}

/** Accepts the stored value or either label (as typed in a spreadsheet), case-insensitively. */
export function domainFromLabel(text: string): TaskDomain | null {
  const needle = text.trim().toLowerCase();
  for (const domain of TASK_DOMAINS) {
    const label = DOMAIN_LABEL[domain];
    if (needle === domain || needle === label.zh.toLowerCase() || needle === label.en.toLowerCase())
      return domain;
  }
  return null;
}

export const TASK_CODE_PATTERN = /^(\d{4})-(AI|5G|IIOT|BC|MV|BD|CC|OT)-(\d{3,})$/;

export function formatTaskCode(year: number, domain: TaskDomain, serial: number): string {
  return `${year}-${DOMAIN_CODE[domain]}-${String(serial).padStart(3, "0")}`;
}
