/**
 * Compiles a small inline ink story for unit tests (Node only; imports the inkjs compiler, which the game never
 * ships). Fails loudly on any ink error or warning so a test never runs against half a story.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';

export function compileForTests(source: string): string {
  const problems: string[] = [];
  const files = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (name !== 'test.ink') throw new Error(`inline test ink cannot INCLUDE ${name}`);
      return source;
    },
  };
  const onMessage = (message: string, type: number) => {
    if (type > 0) problems.push(message);
  };
  const options = new CompilerOptions('test.ink', [], true, onMessage, files);
  let json: string | undefined;
  try {
    json = new Compiler(source, options).Compile().ToJson() || undefined;
  } catch (error) {
    if (problems.length === 0) problems.push(String(error));
  }
  if (problems.length > 0 || !json) throw new Error(`test ink did not compile:\n${problems.join('\n')}`);
  return json;
}
