/**
 * The content notes, in one place: the general note on the title, and the scenes that carry their own note (a
 * `# content_note:` line in the story with "Read a short summary instead"). The story check keeps SCENE_NOTES and
 * the story's tags the same. Shown on the title, in the settings, and summarised in the teacher guide.
 */

export const GENERAL_NOTE =
  'This story includes death and dying, organ donation and surgery, grief, a childhood in an institution, fear of a group of people and cruel talk about where the characters come from. Before the hardest scenes you can choose to read a short summary instead.';

export interface SceneNote {
  /** Where it comes, in the words of the chapter list. */
  readonly scene: string;
  /** Exactly the topics of the story's `# content_note:` tag. */
  readonly topics: string;
}

export const SCENE_NOTES: readonly SceneNote[] = [
  { scene: 'Part Three: the walk out to the stranded boat', topics: 'illness, organ donation, death' },
  {
    scene: 'The visit to Madame and the drive home',
    topics: "organ donation, death, grief, derogatory talk about the students' origins, distress",
  },
  { scene: 'Epilogue: a morning in Norfolk', topics: 'grief, death' },
];
