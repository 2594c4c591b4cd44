/**
 * The journal written out for people: Markdown (for a learning platform or a text editor) and a standalone HTML
 * page (for printing or opening anywhere, with no script and no remote resource). Both follow `byChapter`, and
 * show every stance beside the readings not taken, so a reader sees the choice, not only the answer.
 *
 * The HTML is built as text for a downloaded file, never put into the game's own page; everything the player or
 * the story wrote is escaped.
 */
import { byChapter, type Journal } from './journal.ts';

export interface ExportContext {
  /** When the file was made, ISO 8601. */
  readonly at: string;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** Markdown special characters at the start of a line or inline are escaped so a student's words stay words. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${md(line)}`)
    .join('\n');
}

export function journalMarkdown(journal: Journal, context: ExportContext): string {
  const out: string[] = [];
  out.push(`# Lost Corner: journal${journal.name.trim() ? ` of ${md(journal.name.trim())}` : ''}`, '');
  out.push(`Saved ${day(context.at)}. Kept only on this device and in files you save.`, '');
  const chapters = byChapter(journal);
  if (chapters.length === 0) out.push('Nothing written yet.', '');
  for (const chapter of chapters) {
    out.push(`## ${md(chapter.title)}${chapter.book ? ` (${md(chapter.book)})` : ''}`, '');
    if (chapter.stances.length > 0) {
      out.push('### How I read it', '');
      for (const stance of chapter.stances) {
        out.push(`- **${md(stance.text)}** (${day(stance.at)})`);
        for (const other of stance.offered.filter((o) => o.option !== stance.option)) {
          out.push(`  - not taken: ${md(other.text)}`);
        }
      }
      out.push('');
    }
    if (chapter.answers.length > 0) {
      out.push('### Reflections', '');
      for (const answer of chapter.answers) {
        out.push(`**${md(answer.prompt)}** (${day(answer.at)})`, '', quoteBlock(answer.text), '');
      }
    }
    if (chapter.notes.length > 0) {
      out.push('### Notes', '');
      for (const note of chapter.notes) out.push(`(${day(note.at)})`, '', quoteBlock(note.text), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

const PAGE_STYLE = `body{font-family:Georgia,'Times New Roman',serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #999}h3{font-size:1.05rem}
blockquote{margin:0.5rem 0 1rem;padding-left:1rem;border-left:3px solid #999}.when{color:#555;font-size:0.9rem}
.not-taken{color:#444}@media print{h2{break-before:auto}section{break-inside:avoid-page}}`;

export function journalHtml(journal: Journal, context: ExportContext): string {
  const title = `Lost Corner: journal${journal.name.trim() ? ` of ${journal.name.trim()}` : ''}`;
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(title)}</h1>`);
  body.push(
    `<p class="when">Saved ${escapeHtml(day(context.at))}. Kept only on this device and in files you save.</p>`,
  );
  const chapters = byChapter(journal);
  if (chapters.length === 0) body.push('<p>Nothing written yet.</p>');
  for (const chapter of chapters) {
    body.push('<section>');
    body.push(
      `<h2>${escapeHtml(chapter.title)}${chapter.book ? ` <small>(${escapeHtml(chapter.book)})</small>` : ''}</h2>`,
    );
    if (chapter.stances.length > 0) {
      body.push('<h3>How I read it</h3><ul>');
      for (const stance of chapter.stances) {
        const others = stance.offered.filter((o) => o.option !== stance.option);
        body.push(
          `<li><strong>${escapeHtml(stance.text)}</strong> <span class="when">(${escapeHtml(day(stance.at))})</span>`,
        );
        if (others.length > 0) {
          body.push(
            `<ul class="not-taken">${others.map((o) => `<li>not taken: ${escapeHtml(o.text)}</li>`).join('')}</ul>`,
          );
        }
        body.push('</li>');
      }
      body.push('</ul>');
    }
    if (chapter.answers.length > 0) {
      body.push('<h3>Reflections</h3>');
      for (const answer of chapter.answers) {
        body.push(
          `<p><strong>${escapeHtml(answer.prompt)}</strong> <span class="when">(${escapeHtml(day(answer.at))})</span></p>`,
          `<blockquote>${paragraphs(answer.text)}</blockquote>`,
        );
      }
    }
    if (chapter.notes.length > 0) {
      body.push('<h3>Notes</h3>');
      for (const note of chapter.notes) {
        body.push(
          `<p class="when">(${escapeHtml(day(note.at))})</p>`,
          `<blockquote>${paragraphs(note.text)}</blockquote>`,
        );
      }
    }
    body.push('</section>');
  }
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    `<body>${body.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** A file name for a download: the name if given (letters and digits only), and the day. */
export function journalFileName(journal: Journal, context: ExportContext, extension: string): string {
  const who = journal.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  return `lost-corner-journal${who ? `-${who}` : ''}-${context.at.slice(0, 10)}.${extension}`;
}
