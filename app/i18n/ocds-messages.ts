/** Open data (OCDS) API errors (keys ocds.*). */
export const ocdsMessages = {
  "ocds.err.year": {
    zh: "year 须为 2000 至 2100 之间的年份",
    en: "year must be a year between 2000 and 2100",
  },
  "ocds.err.since": {
    zh: "since 须为 ISO 8601 日期或时间，例如 2024-05-01 或 2024-05-01T08:00:00Z",
    en: "since must be an ISO 8601 date or date-time, e.g. 2024-05-01 or 2024-05-01T08:00:00Z",
  },
  "ocds.err.cursor": {
    zh: "cursor 无效：请使用 links.next 给出的链接",
    en: "cursor is not valid: follow the link given in links.next",
  },
  "ocds.err.limit": {
    zh: "limit 须为 1 至 500 之间的整数",
    en: "limit must be a whole number from 1 to 500",
  },
  "ocds.err.unknownParam": {
    zh: "不支持的参数 {name}",
    en: "Unsupported parameter {name}",
  },
  "ocds.err.ocidNotFound": {
    zh: "没有该 ocid 的公开记录",
    en: "No public record has this ocid",
  },
  "ocds.err.fileNotFound": {
    zh: "没有该数据文件",
    en: "No such data file",
  },
  "ocds.err.rateLimited": {
    zh: "请求过于频繁，请在 {seconds} 秒后重试",
    en: "Too many requests: try again in {seconds, plural, one {# second} other {# seconds}}",
  },
} as const;
