/** Saves a Blob as a file through a temporary link: works in every browser, needs no permission. */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
