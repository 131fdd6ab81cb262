/** Saves `content` as a file in the browser's downloads. */
export function downloadFile(fileName: string, type: string, content: string): void {
  saveBlob(fileName, new Blob([content], { type }));
}

/** Saves a blob (which the browser may keep on disk when it is large) as a file in the browser's downloads. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Styles for the downloaded document, which is read without the app's style sheet: GOV.UK's
 * type, summary lists and tables in miniature, and a print layout.
 */
const DOCUMENT_CSS = `
body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.4; margin: 0 auto; max-width: 960px; padding: 20px; font-size: 16px; }
h1 { font-size: 32px; margin: 0 0 20px; } h2 { font-size: 24px; margin: 40px 0 15px; } h3 { font-size: 19px; margin: 25px 0 10px; } h4 { font-size: 16px; margin: 15px 0 5px; }
.govuk-caption-m { display: block; color: #505a5f; font-size: 19px; }
.govuk-body-s { font-size: 14px; }
a { color: #1d70b8; }
dl { margin: 0 0 20px; display: table; width: 100%; border-collapse: collapse; }
.govuk-summary-list__row { display: table-row; border-bottom: 1px solid #b1b4b6; }
dt, dd { display: table-cell; padding: 8px 20px 8px 0; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
dt { font-weight: bold; width: 35%; }
table { width: 100%; border-collapse: collapse; margin-bottom: 20px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px 8px 0; border-bottom: 1px solid #b1b4b6; }
th { font-weight: bold; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
ul, ol { padding-left: 20px; } .govuk-list { list-style: none; padding-left: 0; } .govuk-list--number { list-style: decimal; padding-left: 20px; }
.app-preserve-lines { white-space: pre-line; }
.app-export__none, .app-export__empty, .app-export__meta { color: #505a5f; }
tr, .govuk-summary-list__row { break-inside: avoid; }
@media print { body { max-width: none; padding: 0; font-size: 12pt; } a { color: inherit; text-decoration: none; } .app-export__contents { display: none; } }
`;

/** A complete, self-contained HTML page around a rendered document. */
export function standaloneHtml(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`;
}
