/**
 * What the /open-data page lists: every dataset the platform publishes, where to get it (per year where it is
 * yearly), its schema, how often it changes and an example request. One table here, so the page, its test and the
 * README cannot drift apart.
 */

export const DATASET_KEYS = [
  "ocdsReleases",
  "ocdsRecords",
  "ocdsBulk",
  "tasks",
  "lists",
  "notices",
  "awards",
  "policies",
  "sdList",
  "sdItems",
  "sdOutcomes",
  "sdSearch",
  "events",
  "stats",
  "feed",
  "sitemap",
  "auditHeads",
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

/**
 * live: answered from the database on each request (caches keep it at most a few minutes, see cache-control);
 * onChange: changes only when the city publishes or pays something (a batch, a result, a payout).
 */
export type UpdateFrequency = "live" | "onChange";

export type SchemaRef =
  | { kind: "ocds"; href: string }
  | { kind: "readme"; section: string }
  | { kind: "atom" }
  | { kind: "sitemap" };

export interface DatasetLink {
  href: string;
  /** Shown as is (a file name or a path). */
  text: string;
  /** A yearly file's year. */
  year?: number;
}

export interface Dataset {
  key: DatasetKey;
  formats: string[];
  links: DatasetLink[];
  schema: SchemaRef;
  frequency: UpdateFrequency;
  example: string;
}

export interface CatalogueInput {
  origin: string;
  /** Years of public challenge lists, newest first. */
  listYears: number[];
  /** The OCDS yearly bulk files (per list year) and their sizes. */
  ocdsFiles: { year: number; name: string; sizeBytes: number }[];
  /** Years with a published supply–demand batch. */
  sdListYears: number[];
  sdItemFiles: { year: number; json: string; csv: string }[];
  sdOutcomeFiles: { year: number; json: string; csv: string }[];
}

const OCDS_RELEASE_PACKAGE = "https://standard.open-contracting.org/1.1/en/schema/release_package/";
const OCDS_RECORD_PACKAGE = "https://standard.open-contracting.org/1.1/en/schema/record_package/";

export function openDataCatalogue(input: CatalogueInput): Dataset[] {
  const { origin } = input;
  const newestListYear = input.listYears[0] ?? new Date().getUTCFullYear();
  const newestSdYear = input.sdListYears[0] ?? newestListYear;
  const yearly = (files: CatalogueInput["sdItemFiles"]) =>
    files.flatMap(({ year, json, csv }) => [
      { href: `/open-data/${json}`, text: json, year },
      { href: `/open-data/${csv}`, text: csv, year },
    ]);
  return [
    {
      key: "ocdsReleases",
      formats: ["JSON"],
      links: [{ href: `/api/v1/ocds/releases?year=${newestListYear}`, text: "/api/v1/ocds/releases" }],
      schema: { kind: "ocds", href: OCDS_RELEASE_PACKAGE },
      frequency: "live",
      example: `curl '${origin}/api/v1/ocds/releases?year=${newestListYear}&since=${newestListYear}-01-01T00:00:00Z'`,
    },
    {
      key: "ocdsRecords",
      formats: ["JSON"],
      links: [],
      schema: { kind: "ocds", href: OCDS_RECORD_PACKAGE },
      frequency: "live",
      example: `curl '${origin}/api/v1/ocds/records/<ocid>'`,
    },
    {
      key: "ocdsBulk",
      formats: ["JSON Lines (gzip)", "SHA-256"],
      links: input.ocdsFiles.flatMap(({ year, name, sizeBytes }) => [
        { href: `/open-data/${name}`, text: `${name} (${formatBytes(sizeBytes)})`, year },
        { href: `/open-data/${name}.sha256`, text: `${name}.sha256`, year },
      ]),
      schema: { kind: "ocds", href: OCDS_RELEASE_PACKAGE },
      frequency: "onChange",
      example:
        `curl -O '${origin}/open-data/ocds-${newestListYear}.jsonl.gz' && ` +
        `curl -s '${origin}/open-data/ocds-${newestListYear}.jsonl.gz.sha256' | sha256sum -c`,
    },
    {
      key: "tasks",
      formats: ["JSON"],
      links: [{ href: "/api/v1/tasks", text: "/api/v1/tasks" }],
      schema: { kind: "readme", section: "GET /api/v1/tasks" },
      frequency: "live",
      example: `curl '${origin}/api/v1/tasks?q=%E5%B7%A5%E4%B8%9A%E4%BA%92%E8%81%94%E7%BD%91'`,
    },
    {
      key: "lists",
      formats: ["JSON"],
      links: [{ href: "/api/v1/lists", text: "/api/v1/lists" }],
      schema: { kind: "readme", section: "GET /api/v1/lists" },
      frequency: "live",
      example: `curl '${origin}/api/v1/lists'`,
    },
    {
      key: "notices",
      formats: ["JSON"],
      links: [{ href: "/api/v1/notices", text: "/api/v1/notices" }],
      schema: { kind: "readme", section: "GET /api/v1/notices" },
      frequency: "live",
      example: `curl '${origin}/api/v1/notices?page=1'`,
    },
    {
      key: "awards",
      formats: ["JSON"],
      links: [{ href: "/api/v1/awards", text: "/api/v1/awards" }],
      schema: { kind: "readme", section: "GET /api/v1/awards" },
      frequency: "live",
      example: `curl '${origin}/api/v1/awards'`,
    },
    {
      key: "policies",
      formats: ["JSON"],
      links: [{ href: "/api/v1/policies", text: "/api/v1/policies" }],
      schema: { kind: "readme", section: "GET /api/v1/policies" },
      frequency: "live",
      example: `curl '${origin}/api/v1/policies'`,
    },
    {
      key: "sdList",
      formats: ["JSON", "CSV", "XLSX"],
      links: input.sdListYears.flatMap((year) => [
        { href: `/api/v1/supply-demand/lists/${year}`, text: `/api/v1/supply-demand/lists/${year}`, year },
        { href: `/supply-demand/lists/${year}/export.csv`, text: `export.csv`, year },
        { href: `/supply-demand/lists/${year}/export.xlsx`, text: `export.xlsx`, year },
      ]),
      schema: { kind: "readme", section: "GET /api/v1/supply-demand" },
      frequency: "onChange",
      example: `curl '${origin}/api/v1/supply-demand/lists/${newestSdYear}'`,
    },
    {
      key: "sdItems",
      formats: ["JSON", "CSV"],
      links: yearly(input.sdItemFiles),
      schema: { kind: "readme", section: "Open data" },
      frequency: "live",
      example: `curl -O '${origin}/open-data/sd-items-${newestSdYear}.csv'`,
    },
    {
      key: "sdOutcomes",
      formats: ["JSON", "CSV"],
      links: yearly(input.sdOutcomeFiles),
      schema: { kind: "readme", section: "Open data" },
      frequency: "live",
      example: `curl '${origin}/open-data/sd-outcomes-${newestSdYear}.json'`,
    },
    {
      key: "sdSearch",
      formats: ["JSON"],
      links: [{ href: "/api/v1/supply-demand", text: "/api/v1/supply-demand" }],
      schema: { kind: "readme", section: "GET /api/v1/supply-demand" },
      frequency: "live",
      example: `curl '${origin}/api/v1/supply-demand?kind=demand&q=%E6%95%B0%E5%AD%97%E5%AD%AA%E7%94%9F'`,
    },
    {
      key: "events",
      formats: ["JSON"],
      links: [{ href: "/api/v1/events", text: "/api/v1/events" }],
      schema: { kind: "readme", section: "GET /api/v1/events" },
      frequency: "live",
      example: `curl '${origin}/api/v1/events'`,
    },
    {
      key: "stats",
      formats: ["HTML", "CSV"],
      links: [{ href: "/stats", text: "/stats" }],
      schema: { kind: "readme", section: "Programme dashboard" },
      frequency: "onChange",
      example: `curl '${origin}/stats'`,
    },
    {
      key: "feed",
      formats: ["Atom"],
      links: [
        { href: "/feed.atom", text: "/feed.atom" },
        { href: "/feed.atom?lang=en", text: "/feed.atom?lang=en" },
      ],
      schema: { kind: "atom" },
      frequency: "live",
      example: `curl '${origin}/feed.atom?lang=en'`,
    },
    {
      key: "sitemap",
      formats: ["XML"],
      links: [{ href: "/sitemap.xml", text: "/sitemap.xml" }],
      schema: { kind: "sitemap" },
      frequency: "live",
      example: `curl '${origin}/sitemap.xml'`,
    },
    {
      key: "auditHeads",
      formats: ["JSON"],
      links: [{ href: "/api/v1/audit/heads", text: "/api/v1/audit/heads" }],
      schema: { kind: "readme", section: "Audit trail" },
      frequency: "live",
      example: `curl '${origin}/api/v1/audit/heads'`,
    },
  ];
}

/** 2_345 → "2.3 KB", 3_400_000 → "3.2 MB" (binary multiples, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
