/** No Chromium on the machine: PDFs cannot be printed here, and .docx map fallbacks cannot be drawn. */
export class NoChromiumError extends Error {
  constructor() {
    super('未找到 Chromium：打印 PDF 需要 /usr/bin/chromium（或以 LANDLINK_CHROMIUM 指定其路径），也可改用 --format docx');
  }
}
