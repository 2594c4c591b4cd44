/**
 * Reflection prompts: what the game asks at each reflection point (`# reflect:` in the story) when reflection
 * stops are on. Written in story/reflections.json, one per point, each following one of the four reading habits
 * in STORY.md, with variants for a reader who has just taken a particular stance: the prompt takes their reading
 * seriously and pushes on it. The newest stance that has a variant wins; otherwise the point's own prompt.
 */
import * as v from 'valibot';

export const HABITS = ['fear', 'mimicry', 'gaps', 'time'] as const;
export type Habit = (typeof HABITS)[number];

/** The habit in words, shown above the prompt so a class learns the four. */
export const HABIT_NAMES: Readonly<Record<Habit, string>> = {
  fear: 'What are they afraid of?',
  mimicry: 'Who is copying whom?',
  gaps: 'What is Kathy leaving out?',
  time: 'How does running out of time change them?',
};

const POINT = v.strictObject({
  habit: v.picklist(HABITS),
  prompt: v.pipe(v.string(), v.minLength(1), v.maxLength(240)),
  after: v.optional(v.record(v.string(), v.pipe(v.string(), v.minLength(1), v.maxLength(240)))),
});
const FILE = v.strictObject({
  $comment: v.optional(v.string()),
  points: v.record(v.string(), POINT),
});

export type ReflectionPoint = v.InferOutput<typeof POINT>;
export type Reflections = Readonly<Record<string, ReflectionPoint>>;

/** Reads story/reflections.json; throws with the path of the problem (it is part of the build, not player input). */
export function readReflections(input: unknown): Reflections {
  const result = v.safeParse(FILE, input);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(
      `story/reflections.json: ${issue?.message ?? 'invalid'} at ${issue ? v.getDotPath(issue) : '?'}`,
    );
  }
  return result.output.points;
}

export interface ReflectionPrompt {
  readonly point: string;
  readonly habit: Habit;
  readonly prompt: string;
  /** The stance (`point.option`) the prompt was chosen for, if a variant was. */
  readonly after: string | null;
}

/**
 * The prompt for a reflection point, given the stances the reader has taken (oldest first, `point.option`).
 * Null when the story has a point the prompts do not know (the story check forbids it; the game then skips it).
 */
export function promptFor(
  reflections: Reflections,
  point: string,
  stances: readonly string[],
): ReflectionPrompt | null {
  // Own keys only: a point named like an Object method ('toString') is not a prompt.
  const entry = Object.hasOwn(reflections, point) ? reflections[point] : undefined;
  if (!entry) return null;
  const after = entry.after ?? {};
  const stance = stances.findLast((s) => Object.hasOwn(after, s)) ?? null;
  return {
    point,
    habit: entry.habit,
    prompt: stance ? (after[stance] as string) : entry.prompt,
    after: stance,
  };
}
