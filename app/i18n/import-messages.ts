/** Spreadsheet import limits and what staff must be able to see before importing; spread into `messages`. */
export const importMessages = {
  "err.import.uncompressedTooLarge": {
    zh: "文件解压后超过 {max} MB 的上限，未导入任何内容；请拆分为多个文件分别导入",
    en: "Unpacked, the file is larger than the {max} MB limit and nothing was imported; split it into several files",
  },
  "err.import.compressionRatio": {
    zh: "文件的压缩比异常（超过 {max} 倍），只有特意构造的文件才会如此，未导入任何内容",
    en: "Parts of the file are compressed more than {max} times, as only a crafted file is; nothing was imported",
  },
  "err.import.corrupt": {
    zh: "文件内容与其目录不符（文件已损坏或被篡改），未导入任何内容；请在 Excel 中重新保存后再导入",
    en: "The file's contents do not match its directory (damaged or crafted) and nothing was imported; save it again in Excel, then import",
  },
  "err.import.tooManyRows": {
    zh: "工作表“{sheet}”超过 {max} 行的上限，未导入任何内容；请拆分为多个文件分别导入",
    en: "The sheet “{sheet}” has more than {max} rows, the limit, and nothing was imported; split it into several files",
  },
  "err.import.hiddenSheet": {
    zh: "工作表“{sheet}”被隐藏，未导入任何内容：请在 Excel 中取消隐藏（右键工作表标签 →“取消隐藏”）并检查其内容，或删除该工作表",
    en: "The sheet “{sheet}” is hidden and nothing was imported: unhide it in Excel (right-click a sheet tab → Unhide) and check it, or delete it",
  },
  "err.import.hiddenRow": {
    zh: "此行被隐藏，未导入任何内容：请取消隐藏并检查此行后再导入",
    en: "This row is hidden and nothing was imported: unhide it and check it, then import",
  },
  "err.import.hiddenColumn": {
    zh: "第 {column} 列被隐藏，未导入任何内容：请取消隐藏并检查此列后再导入",
    en: "Column {column} is hidden and nothing was imported: unhide it and check it, then import",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
