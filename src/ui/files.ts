/**
 * Files the player saves and opens: a download made from text in the page (a Blob URL, same origin, revoked
 * straight after), and the text of a chosen file. Nothing is sent anywhere.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The text of a chosen file, or null when the browser could not read it. Size limits are checked by the reader. */
export async function readChosenFile(file: File, maxBytes = 2 * 1024 * 1024): Promise<string | null> {
  // Refused before reading: a huge file is never loaded into memory (the reader then reports its size).
  if (file.size > maxBytes) return '';
  try {
    return await file.text();
  } catch {
    return null;
  }
}
