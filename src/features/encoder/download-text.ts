/**
 * Saves text as a file through a Blob URL and an `<a download>` click: nothing leaves the page (a
 * Blob URL is local), and CSP does not govern downloads. The URL is revoked once the click is done.
 */
export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
