/**
 * One lesson plan per named beat, written as data and laid out by one component (guide-lesson-plan.tsx), so the
 * three plans keep the same shape: summary, aims, what to prepare, a timing table, the choices and reflection
 * stops students will meet, and how to support and stretch.
 */

export interface Plan {
  readonly id: string;
  readonly title: string;
  readonly book: string;
  readonly minutes: number;
  readonly summary: string;
  readonly aims: readonly (readonly [string, string])[];
  readonly prepare: readonly string[];
  readonly timings: readonly (readonly [string, string, string])[];
  readonly stances: readonly (readonly [string, string])[];
  readonly stops: readonly string[];
  readonly support: readonly string[];
  readonly stretch: readonly string[];
}

export const PLANS: readonly Plan[] = [
  {
    id: 'guide-lesson-pencil-case',
    title: 'The pencil case',
    book: 'Part One, chapters 5 and 6',
    minutes: 55,
    summary:
      'At ten or eleven, Kathy catches Ruth out over a pencil case with a bluff, sees what it does to her, and spends weeks putting it right. A short beat about small cruelty and kindness in a closed world, told by a narrator who owns up against herself.',
    aims: [
      [
        'Response to the text',
        'Form and support a view of Kathy as a narrator who tells us about her own unkindness, and of Ruth’s need to be singled out.',
      ],
      [
        'Writer’s methods',
        'How first-person narration, looking back, lets the older Kathy judge her younger self; how much of the scene rests on a face and on what nobody says.',
      ],
      [
        'Context',
        'Hailsham’s closed world of tokens, Sales and the register, and a childhood without parents, in which a gift from a guardian would mean everything.',
      ],
    ],
    prepare: [
      'Teacher setup: open up to Part One, tick only the pencil case, turn reflection stops on. The glossary can stay off: the words this beat needs (Sales, Exchange, tokens, guardians) make sense in context.',
      'Your copy of the novel with the bluff and the art lesson marked, so pairs can find them quickly.',
      'The four reading habits on the board: fear, copying, gaps, running out of time.',
      'For projector play, a corner of the board for the show-of-hands counts.',
    ],
    timings: [
      [
        '0 to 5',
        'Set up',
        'Recap the secret guard and where the class is in the book. Explain the one rule of the game: what happens is fixed; you choose how Kathy reads it. Students open the beat.',
      ],
      ['5 to 20', 'Play', 'About 12 to 15 minutes: three choices and three reflection stops.'],
      [
        '20 to 40',
        'Discuss',
        'Tally the three choices by hands (or with the class tally). Start where the class split most. Then pairs find the bluff in the novel and decide which of the game’s three readings of Ruth’s face the book supports best, and what the book leaves open.',
      ],
      ['40 to 50', 'Journal', 'One prompt from the pencil-case list, or extend an answer written at a stop.'],
      [
        '50 to 55',
        'Close',
        'Two or three students read one sentence aloud. Journals saved; on shared machines, End of class.',
      ],
    ],
    stances: [
      [
        'Why Kathy wants to catch Ruth out',
        'because the truth matters; because she envies her; because she wants Ruth to need her',
      ],
      ['What Ruth’s face shows after the bluff', 'shame; fear of what Kathy might do; anger, swallowed'],
      ['Why Kathy covers for Ruth when Midge asks', 'guilt; kindness; the pleasure of sharing a secret'],
    ],
    stops: [
      'The daydream every student shared, of a guardian’s secret sign of favour.',
      'After Kathy covers for Ruth in the art lesson.',
      'Kathy’s hint that this is why Ruth later helped her over the lost tape.',
    ],
    support: [
      'Glossary on, and play in pairs: one reads, one writes.',
      'Give out the three choices on a card before play, so students can think ahead.',
      'Sentence starters for the journal: “Kathy says…, but I think…”; “The moment that shows what Ruth feels is…”.',
      'A student who reads slowly can set the text speed to instant and read at their own pace; nothing is timed.',
    ],
    stretch: [
      'Compare a line the game marks as uncertain with a place in the novel where Kathy admits she may be misremembering. How does each make us doubt her, and trust her?',
      'Nobody else could ever have told us about the bluff. Why does Ishiguro have Kathy confess it herself?',
      'If the class has finished the novel, bring in what Miss Emily admits late in the book about the guardians. Does the dream of a secret gift look different now?',
    ],
  },
  {
    id: 'guide-lesson-norfolk',
    title: 'The Norfolk trip',
    book: 'Part Two, chapters 12 to 15',
    minutes: 60,
    summary:
      'Five young people drive to the coast to look at a woman who might be the person Ruth was copied from. The beat moves from hope to humiliation to a quiet afternoon of finding something lost, and ends with Tommy’s theory about the Gallery, which Part Three will answer.',
    aims: [
      [
        'Response to the text',
        'Ruth’s hopes and fears at the office window and in her outburst; Kathy’s silences; why Tommy’s theory is so persuasive.',
      ],
      [
        'Writer’s methods',
        'The “possible” as a mirror for hopes; glass, reflections and following; how the trip turns a childhood joke about the “lost corner” into a moment of grace; Kathy telling us something “came later”.',
      ],
      [
        'Context',
        'Rumour and hope among people whose future is fixed; prejudice and class in Ruth’s idea of where the students come from.',
      ],
    ],
    prepare: [
      'Teacher setup: open up to Part Two, tick only the Norfolk trip, reflection stops on.',
      'Ruth’s outburst outside the gallery names addicts, prostitutes and people coming out of prison as the people the students were copied from. The game shows no content note before this moment, so tell the class beforehand, and think of any student who is adopted or donor-conceived.',
      'This is the longest beat. On a projector allow 25 minutes, or split it across two lessons: the game saves itself, and Continue picks up where the class stopped.',
      'Your copy of the novel with the office window and the shop marked.',
    ],
    timings: [
      [
        '0 to 5',
        'Set up',
        'Recap the possible, the deferral rumour and Chrissie and Rodney. Mention the harsh talk in Ruth’s outburst before anyone meets it.',
      ],
      ['5 to 27', 'Play', 'About 20 minutes: four choices and four reflection stops.'],
      [
        '27 to 45',
        'Perspective task',
        'The replay of Ruth at the office window (about 5 minutes, imagined, not in the novel), then discussion: what does it fill in that Kathy’s telling leaves empty, and is the novel stronger for leaving it empty? Or: the class tally and a discussion of the outburst.',
      ],
      ['45 to 55', 'Journal', 'One prompt from the Norfolk list.'],
      ['55 to 60', 'Close', 'A few sentences read aloud. Journals saved; End of class on shared machines.'],
    ],
    stances: [
      ['What Ruth sees through the office window', 'a future; a stranger; a mirror'],
      ['What Kathy feels, and does not say, at Ruth’s outburst', 'anger; pity; recognition'],
      ['What the found tape means', 'chance; the childhood myth come true; Tommy’s gift'],
      ['Tommy’s theory about the Gallery', 'Kathy believes it; doubts it; wants to believe it'],
    ],
    stops: [
      'Chrissie and Rodney’s hope of more time.',
      'Ruth looking through the glass.',
      'What Ruth was most afraid of that afternoon.',
      'The moment Tommy’s theory seems to fit Kathy’s memory of Madame.',
    ],
    support: [
      'Glossary on, so the story’s special words are explained the first time they appear.',
      'Play in two halves: stop after the gallery, talk for five minutes, then go on.',
      'Put the places on the board in the order the beat visits them: the car, the café, the office, the gallery, the seafront, the shops.',
      'Read the perspective replay aloud yourself, so the class can listen rather than read.',
    ],
    stretch: [
      'Trace glass, reflections and following through the beat and through the novel.',
      'At lunch Ruth pretends to know about deferrals. Where has she done this before, and what does she gain?',
      'Tommy’s theory explains a great deal. How does the novel make the reader want to believe it too?',
    ],
  },
  {
    id: 'guide-lesson-madame',
    title: 'The visit to Madame',
    book: 'Part Three, chapters 21 and 22',
    minutes: 60,
    summary:
      'Kathy and Tommy take his drawings to Madame’s house to ask for a deferral, and hear the truth about the Gallery, about Hailsham and about themselves. It is the novel’s long-delayed explanation, and what it does to two people with very little time left.',
    aims: [
      [
        'Response to the text',
        'What the answers do to Kathy and Tommy; whether Miss Emily’s defence of Hailsham convinces; what Madame’s account of her tears changes.',
      ],
      [
        'Writer’s methods',
        'The explanation arrives in other people’s voices while Kathy stays quiet; an early scene (the dancing) is reread through a late one; the field echoes Tommy’s rage as a boy.',
      ],
      [
        'Context',
        'The ethics of the donation programme; reformers working inside a system they could not end; how public feeling turns after a scandal; art as proof of an inner life.',
      ],
    ],
    prepare: [
      'This is the hardest beat: organ donation, death, grief, harsh words about what the students are, and a man in great distress. The game shows a content note before it, with “Read a short summary instead”. Speak beforehand to any student who may be affected.',
      'Teacher setup: open up to Part Three (or everything), tick only the visit to Madame, reflection stops on.',
      'Your copy of the novel with the Littlehampton chapters and the dancing scene in Part One marked.',
      'Plan a calm last five minutes, and know your school’s pastoral routes.',
    ],
    timings: [
      [
        '0 to 5',
        'Set up',
        'Recap Ruth’s apology, the address and the fourth donation ahead. Read the content note together and remind everyone that choosing the summary is fine.',
      ],
      ['5 to 25', 'Play', 'About 20 minutes: four choices and five reflection stops.'],
      [
        '25 to 45',
        'Discuss or perspective task',
        'One of: the replay of Madame at her door (about 5 minutes, imagined, not in the novel) and discussion; a debate on Miss Emily (kindness, betrayal, or both?); or reread the dancing in the novel beside Madame’s account: what did Kathy think she saw, and what did Madame see?',
      ],
      ['45 to 55', 'Journal', 'One prompt from the Madame list, or the analytical alternative.'],
      [
        '55 to 60',
        'Close and check in',
        'Finish somewhere steady: one thing the class noticed about how the scene is written. Journals saved; End of class on shared machines.',
      ],
    ],
    stances: [
      ['What Kathy sees in Madame’s face at the gate', 'fear; pity; both at once'],
      ['What Kathy lets herself feel at the news', 'anger; numbness; only worry for Tommy'],
      [
        'Which question Kathy asks first',
        'what the Gallery was for; why Hailsham closed; what happened to Miss Lucy; or nothing. Every question is answered whichever she chooses; the order changes what she dwells on',
      ],
      ['In the field', 'holding on; or holding and letting go at once'],
    ],
    stops: [
      'At the gate.',
      'The door to the next room.',
      'The guardians’ fear.',
      'Why Madame cried.',
      'The field.',
    ],
    support: [
      'Glossary on. A student may choose the summary and still take part in the discussion.',
      'Five headings to take notes under while playing: the Gallery, why Hailsham closed, Miss Lucy, the guardians’ fear, Madame’s tears.',
      'Pause after Miss Emily’s first answer for a two-minute check: what has just been said, in plain words?',
    ],
    stretch: [
      'Madame’s last words to them gather the fear and the pity of the whole visit. Write about how.',
      'Compare the field with the playing field at the start of the novel. What has changed, and what has not?',
      'Miss Emily says the guardians won the students their childhood. Is the novel on her side?',
    ],
  },
];
