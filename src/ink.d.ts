/** What `tools/ink/vite-plugin-ink.ts` makes of an imported `.ink` file. */
declare module '*.ink' {
  const story: import('./core/story-module.ts').CompiledStory;
  export default story;
}
