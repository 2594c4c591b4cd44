/**
 * One lesson plan laid out: its heading and book chapters, summary, aims, what to prepare, the timing table, the
 * choices and reflection stops, and differentiation. The plans themselves are data in guide-lesson-plans.ts.
 */
import type { Plan } from './guide-lesson-plans.ts';
import { below, GuideTable, Heading, type Level } from './guide-parts.tsx';

/**
 * A lesson minute by minute, in two columns (when and stage, then what happens) so that it reads on a phone
 * without scrolling sideways. Each row is `[minutes, stage, what happens]`.
 */
export function TimingTable({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: readonly (readonly [string, string, string])[];
}) {
  return (
    <GuideTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">Minutes and stage</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([minutes, stage, what]) => (
          <tr key={minutes}>
            <th scope="row">
              <span class="guide-when">{minutes} min</span> {stage}
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </GuideTable>
  );
}

export function LessonPlan({ plan, level }: { plan: Plan; level: Level }) {
  const sub = below(level);
  return (
    <section class="guide-lesson" id={plan.id} aria-labelledby={`${plan.id}-title`}>
      <Heading level={level} id={`${plan.id}-title`}>
        {plan.title}: a {plan.minutes}-minute lesson
      </Heading>
      <p class="guide-lesson-book">
        <strong>Book:</strong> {plan.book}.
      </p>
      <p>{plan.summary}</p>
      <Heading level={sub}>Aims</Heading>
      <ul>
        {plan.aims.map(([objective, aim]) => (
          <li key={objective}>
            <strong>{objective}:</strong> {aim}
          </li>
        ))}
      </ul>
      <Heading level={sub}>Prepare</Heading>
      <ul>
        {plan.prepare.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <Heading level={sub}>Timings</Heading>
      <TimingTable
        id={`${plan.id}-timings`}
        caption={`${plan.title}: the lesson minute by minute`}
        rows={plan.timings}
      />
      <Heading level={sub}>The choices students will meet</Heading>
      <p>Each is a reading of the moment, not an action. The readings offered are:</p>
      <ul>
        {plan.stances.map(([moment, readings]) => (
          <li key={moment}>
            <strong>{moment}:</strong> {readings}.
          </li>
        ))}
      </ul>
      <p>With reflection stops on, the game pauses to ask a question at these moments, in order:</p>
      <ol>
        {plan.stops.map((stop) => (
          <li key={stop}>{stop}</li>
        ))}
      </ol>
      <Heading level={sub}>Differentiation</Heading>
      <p>
        <strong>Support</strong>
      </p>
      <ul>
        {plan.support.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <strong>Stretch</strong>
      </p>
      <ul>
        {plan.stretch.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
