/**
 * The card that opens a chapter: its name over the picture, above a small drawing of a fence post and its wire
 * running off to a low horizon (the last place the story goes). It stays while the chapter's first line is read
 * and goes with the next; nothing about it is timed. The text panel's live region announces the chapter, so the
 * card itself is hidden from screen readers rather than read twice.
 */
export function ChapterCard({ title }: { title: string }) {
  const [part, name] = splitTitle(title);
  return (
    <div class="chapter-card" aria-hidden="true">
      <svg class="chapter-ornament" viewBox="0 0 240 36" role="presentation">
        <path class="horizon" d="M0 30 C 50 27, 90 29, 130 28 S 210 30, 240 29" />
        <path class="wire" d="M60 12 C 100 17, 150 19, 240 16" />
        <path class="wire" d="M60 20 C 100 24, 150 26, 240 23" />
        <path class="post" d="M58 6 L62 6 L61.5 32 L58.5 32 Z" />
        <path class="snag" d="M118 18 q 4 -5 9 -1 q -3 5 -9 1" />
      </svg>
      {name ? (
        <>
          <p class="chapter-part">{part}</p>
          <p class="chapter-name">{name}</p>
        </>
      ) : (
        <p class="chapter-name">{part}</p>
      )}
    </div>
  );
}

/** "Part Two: the Cottages" → ["Part Two", "the Cottages"]; a title without a colon stays whole. */
export function splitTitle(title: string): [string, string | null] {
  const at = title.indexOf(':');
  return at < 0 ? [title, null] : [title.slice(0, at).trim(), title.slice(at + 1).trim()];
}
