/** Attachment upload strings; spread into `messages`. */
export const uploadMessages = {
  "err.upload.missing": { zh: "请选择要上传的 PDF 附件", en: "Please choose a PDF file to attach" },
  "err.upload.tooLarge": {
    zh: "附件超过 20 MB 的上限，请压缩后重新上传",
    en: "The attachment is larger than the 20 MB limit; please make it smaller and upload it again",
  },
  "err.upload.notPdf": {
    zh: "附件不是 PDF 文件（按文件内容检查），请上传 PDF 格式的文件",
    en: "The attachment is not a PDF (checked by its content); please upload a PDF file",
  },
  "err.upload.badName": {
    zh: "文件名过长（最多 200 个字符），请重命名后重新上传",
    en: "The file name is too long (at most 200 characters); please rename the file and upload it again",
  },
  "err.upload.unreadable": {
    zh: "无法读取上传的内容，请重新选择文件后再试；如文件名含有“;”或“=”，请先重命名",
    en: "The upload could not be read. Please choose the file again; if its name contains “;” or “=”, rename it first",
  },
  "err.upload.tooManyFiles": {
    zh: "附件已达 {max} 个的上限，未上传此文件；请先删除不再需要的附件",
    en: "{max} attachments is the limit and this file was not added; remove one you no longer need first",
  },
  "err.upload.totalTooLarge": {
    zh: "附件合计不能超过 {max} MB（已用 {used} MB），未上传此文件；请先删除不再需要的附件或压缩此文件",
    en: "Attachments may total at most {max} MB ({used} MB used), so this file was not added; remove one you no longer need or make this file smaller",
  },
  "upload.hint": {
    zh: "仅限 PDF，每个最大 20 MB；合计最多 20 个、100 MB",
    en: "PDF only, at most 20 MB each; 20 files and 100 MB in all",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
