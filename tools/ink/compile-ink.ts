/**
 * Compiles `story/main.ink` and everything it INCLUDEs with the inkjs compiler (Node only: the game ships the
 * runtime, never this). Used by the Vite plugin for dev, build and tests, so all three compile the same way.
 *
 * Besides ink's own errors and warnings, every tag in the source is parsed with the game's command parser here,
 * so an unknown or malformed tag fails the build with its file and line, before anyone plays.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { describeSite, parseTag, TagError } from '../../src/core/commands.ts';

export interface InkSource {
  /** Compiled story JSON, as the runtime loads it. */
  readonly json: string;
  /** Which file (relative to the project) each knot lives in. */
  readonly sources: Readonly<Record<string, string>>;
  /** Short hash of the compiled JSON: changes whenever the story does. */
  readonly hash: string;
  /** Every ink file read, absolute paths (for the dev server to watch). */
  readonly files: readonly string[];
  readonly tags: readonly TagOccurrence[];
  /** Words of story text (tags excluded) in each knot, with the file the knot is in. */
  readonly words: readonly { readonly file: string; readonly knot: string; readonly words: number }[];
  readonly stats: { words: number; knots: number; stitches: number; choices: number; diverts: number };
}

export interface TagOccurrence {
  readonly tag: string;
  readonly file: string;
  readonly line: number;
  readonly knot: string | undefined;
  readonly onChoice: boolean;
}

export class InkCompileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`ink did not compile:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'InkCompileError';
  }
}

export interface CompileOptions {
  /** Treat ink warnings as errors (the default: a warning is a bug waiting). */
  readonly failOnWarning?: boolean;
  /** Where file names in messages are relative to; the project root by default. */
  readonly root?: string;
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING): '([^']+)' line (\d+): ([\s\S]*)$/;

export function compileInk(mainFile: string, options: CompileOptions = {}): InkSource {
  const root = options.root ?? process.cwd();
  const storyDir = path.dirname(path.resolve(mainFile));
  const display = (name: string) =>
    path.relative(root, path.resolve(storyDir, name)).split(path.sep).join('/');
  const files = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];

  const format = (message: string) => {
    const match = MESSAGE.exec(message);
    return match ? `${display(match[2] ?? '')}:${match[3]}: ${match[4]}` : message;
  };
  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(storyDir, name),
    LoadInkFileContents: (fullPath: string) => {
      files.add(fullPath);
      return fs.readFileSync(fullPath, 'utf-8');
    },
  };
  // ink error types: 0 = author TODO, 1 = warning, 2 = error.
  const onMessage = (message: string, type: number) => {
    if (type === 2) errors.push(format(message));
    else if (type === 1) warnings.push(format(message));
  };

  const mainName = path.basename(mainFile);
  const source = fileHandler.LoadInkFileContents(path.resolve(mainFile));
  const compiler = new Compiler(source, new CompilerOptions(mainName, [], true, onMessage, fileHandler));
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch (error) {
    if (errors.length === 0) errors.push(String((error as Error).message ?? error));
  }
  const problems = [...errors, ...(options.failOnWarning === false ? [] : warnings)];
  if (problems.length > 0 || json === undefined) throw new InkCompileError(problems);

  const { tags, sources, words } = walkParsedStory(compiler.parsedStory, display);
  const tagProblems: string[] = [];
  for (const occurrence of tags) {
    try {
      parseTag(occurrence.tag, { file: occurrence.file, line: occurrence.line, knot: occurrence.knot });
    } catch (error) {
      if (error instanceof TagError) tagProblems.push(error.message);
      else throw error;
    }
  }
  if (tagProblems.length > 0) throw new InkCompileError(tagProblems);

  const stats = compiler.GenerateStats();
  return {
    json,
    sources,
    hash: createHash('sha256').update(json).digest('hex').slice(0, 16),
    files: [...files],
    tags,
    words,
    stats: {
      words: stats?.words ?? 0,
      knots: stats?.knots ?? 0,
      stitches: stats?.stitches ?? 0,
      choices: stats?.choices ?? 0,
      diverts: stats?.diverts ?? 0,
    },
  };
}

/** The small part of inkjs's parsed hierarchy we read: untyped in its public API, so described here. */
interface ParsedNode {
  readonly typeName?: string;
  readonly content?: readonly ParsedNode[];
  readonly identifier?: { name?: string | null } | null;
  readonly isStart?: boolean;
  readonly inChoice?: boolean;
  readonly text?: string;
  readonly debugMetadata?: { fileName?: string | null; startLineNumber?: number } | null;
}

/**
 * Walks ink's parsed story to find every tag (a start marker, its text, an end marker) with file, line and
 * knot, and which file each knot is in. Tags must be plain text: an expression inside a tag is reported.
 */
function walkParsedStory(story: unknown, display: (name: string) => string) {
  const tags: TagOccurrence[] = [];
  const sources: Record<string, string> = {};
  const wordsByKnot = new Map<string, { file: string; knot: string; words: number }>();
  const seen = new Set<ParsedNode>();
  let open: {
    parts: string[];
    file: string;
    line: number;
    knot: string | undefined;
    onChoice: boolean;
  } | null = null;

  const visit = (node: ParsedNode, knot: string | undefined) => {
    if (seen.has(node)) return;
    seen.add(node);
    const meta = node.debugMetadata;
    const file = meta?.fileName ? display(meta.fileName) : display('main.ink');
    let here = knot;
    if (node.typeName === 'Knot' && node.identifier?.name) {
      here = node.identifier.name;
      sources[here] = file;
    }
    if (node.typeName === 'Tag') {
      if (node.isStart) {
        open = { parts: [], file, line: meta?.startLineNumber ?? 0, knot: here, onChoice: !!node.inChoice };
      } else if (open) {
        const { parts, ...site } = open;
        tags.push({ ...site, tag: parts.join('').trim() });
        open = null;
      }
    } else if (open && node.typeName === 'Text') {
      open.parts.push(node.text ?? '');
    } else if (node.typeName === 'Text' && here) {
      const entry = wordsByKnot.get(here) ?? { file, knot: here, words: 0 };
      entry.words += (node.text ?? '').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      wordsByKnot.set(here, entry);
    } else if (open && node.typeName !== 'Text' && !node.content) {
      throw new InkCompileError([
        `${describeSite(open)}: tags are plain text; an expression inside a tag is not allowed`,
      ]);
    }
    for (const child of node.content ?? []) visit(child, here);
  };
  visit(story as ParsedNode, undefined);
  return { tags, sources, words: [...wordsByKnot.values()] };
}
